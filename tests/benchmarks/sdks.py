"""The same workloads spelled once for boto3 and once for emrk.

A benchmark child imports exactly one SDK, so each adapter imports its SDK
lazily. Every call is checked once against the canned body before timing
starts (:meth:`Sdk.check`), so a broken parse can never pass for a fast one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tests.benchmarks import bodies

__all__ = ["FAKE_KEY_ID", "FAKE_SECRET", "OPERATIONS", "REGION", "SERVICES", "Sdk", "sdk_named"]

FAKE_KEY_ID = "AKIDEXAMPLEBENCHKEY1"
FAKE_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYBENCHSECRET"
REGION = "us-east-1"
#: botocore service names of the three clients the targets talk about.
SERVICES = ("eks", "emr-containers", "pcs")
#: Operation -> the service whose client runs it.
OPERATIONS = {"DescribeCluster": "eks", "DescribeJobRun": "emr-containers", "GetCluster": "pcs"}

_Call = Callable[[Any], Any]


class Sdk:
    """What a workload needs from an SDK; subclasses fill it in."""

    name = ""

    def new_session(self) -> Any:
        """A session with the fake keys and ``REGION``."""
        raise NotImplementedError

    def client(self, session: Any, service: str, url: str) -> Any:
        """A client for ``service`` (botocore name) sending to ``url``."""
        raise NotImplementedError

    def close(self, client: Any) -> None:
        """Release the client's connections."""
        client.close()

    def call(self, operation: str) -> _Call:
        """A function that runs ``operation`` on a client once."""
        raise NotImplementedError

    def identify(self, operation: str, response: Any) -> str:
        """The name or id in a response, to check the body was really parsed."""
        raise NotImplementedError

    def count_items(self, client: Any) -> int:
        """Page through every ListClusters name, one page at a time, and count them."""
        raise NotImplementedError

    def check(self, client: Any, operation: str) -> None:
        """Run ``operation`` once and fail loudly if the answer is not what was served."""
        expected = {
            "DescribeCluster": bodies.CLUSTER_NAME,
            "DescribeJobRun": bodies.JOB_RUN_ID,
            "GetCluster": bodies.PCS_CLUSTER_ID,
        }[operation]
        got = self.identify(operation, self.call(operation)(client))
        if got != expected:
            raise RuntimeError(f"{self.name} {operation}: parsed {got!r}, expected {expected!r}")


class Boto3Sdk(Sdk):
    """boto3 1.44.5, used the way its documentation shows."""

    name = "boto3"

    def new_session(self) -> Any:
        import boto3.session

        return boto3.session.Session(
            aws_access_key_id=FAKE_KEY_ID, aws_secret_access_key=FAKE_SECRET, region_name=REGION
        )

    def client(self, session: Any, service: str, url: str) -> Any:
        return session.client(service, endpoint_url=url)

    def call(self, operation: str) -> _Call:
        calls: dict[str, _Call] = {
            "DescribeCluster": lambda c: c.describe_cluster(name=bodies.CLUSTER_NAME),
            "DescribeJobRun": lambda c: c.describe_job_run(
                id=bodies.JOB_RUN_ID, virtualClusterId=bodies.VIRTUAL_CLUSTER_ID
            ),
            "GetCluster": lambda c: c.get_cluster(clusterIdentifier=bodies.PCS_CLUSTER_ID),
        }
        return calls[operation]

    def identify(self, operation: str, response: Any) -> str:
        if operation == "DescribeJobRun":
            return str(response["jobRun"]["id"])
        if operation == "GetCluster":
            return str(response["cluster"]["id"])
        return str(response["cluster"]["name"])

    def count_items(self, client: Any) -> int:
        count = 0
        for page in client.get_paginator("list_clusters").paginate():
            for _name in page["clusters"]:
                count += 1
        return count


class EmrkSdk(Sdk):
    """emrk from this checkout."""

    name = "emrk"

    def new_session(self) -> Any:
        import emrk

        return emrk.Session(
            aws_access_key_id=FAKE_KEY_ID, aws_secret_access_key=FAKE_SECRET, region_name=REGION
        )

    def client(self, session: Any, service: str, url: str) -> Any:
        factory = {"eks": session.eks, "emr-containers": session.emr_containers, "pcs": session.pcs}
        return factory[service](endpoint_url=url)

    def call(self, operation: str) -> _Call:
        calls: dict[str, _Call] = {
            "DescribeCluster": lambda c: c.describe_cluster(name=bodies.CLUSTER_NAME),
            "DescribeJobRun": lambda c: c.describe_job_run(
                id=bodies.JOB_RUN_ID, virtual_cluster_id=bodies.VIRTUAL_CLUSTER_ID
            ),
            "GetCluster": lambda c: c.get_cluster(cluster_identifier=bodies.PCS_CLUSTER_ID),
        }
        return calls[operation]

    def identify(self, operation: str, response: Any) -> str:
        if operation == "DescribeJobRun":
            return str(response.job_run.id)
        if operation == "GetCluster":
            return str(response.cluster.id)
        return str(response.cluster.name)

    def count_items(self, client: Any) -> int:
        count = 0
        for _name in client.paginate_list_clusters():
            count += 1
        return count


def sdk_named(name: str) -> Sdk:
    """The adapter for ``"boto3"`` or ``"emrk"``."""
    adapters: dict[str, type[Sdk]] = {"boto3": Boto3Sdk, "emrk": EmrkSdk}
    return adapters[name]()
