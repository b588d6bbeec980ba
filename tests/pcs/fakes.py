"""A scripted stand-in for the AWS PCS endpoint, built on ``responses``.

Tests queue answers per operation (``fake.reply("GetCluster", body)``); each
request pops the next answer for its ``X-Amz-Target`` and is recorded, with
its headers and decoded JSON body, in ``fake.calls``. A request with nothing
scripted gets a 400 ``UnscriptedCall`` error, so a test fails loudly instead
of hanging on a waiter.
"""

from __future__ import annotations

import json
from collections import defaultdict, deque
from typing import Any

import attrs
import responses

ENDPOINT = "https://pcs.us-east-1.amazonaws.com/"
TARGET_PREFIX = "AWSParallelComputingService."
ACCOUNT = "111122223333"
CLUSTER_ID = "pcs_4ak2ewq1bx"
CLUSTER_NAME = "genomics"
NODE_GROUP_ID = "pcs_7ngd3kq0le"
NODE_GROUP_NAME = "c6i-workers"
QUEUE_ID = "pcs_q2hs8vnbz1"
QUEUE_NAME = "batch"
SUBNET = "subnet-0a1b2c3d4e5f60718"
SECURITY_GROUP = "sg-0123456789abcdef0"
PROFILE_ARN = f"arn:aws:iam::{ACCOUNT}:instance-profile/AWSPCS-compute-nodes"
LAUNCH_TEMPLATE = "lt-0a1b2c3d4e5f60718"
SHARED_SECRET = "bXVuZ2Uta2V5LXRoYXQtbXVzdC1uZXZlci1sZWFr"


@attrs.define
class Call:
    """One request the fake received."""

    operation: str
    headers: dict[str, str]
    body: dict[str, Any]


@attrs.define
class _Answer:
    status: int
    body: dict[str, Any]
    headers: dict[str, str]


class FakePCS:
    """Scripted answers per operation, plus a log of every request."""

    def __init__(self, mock: responses.RequestsMock) -> None:
        self._script: dict[str, deque[_Answer]] = defaultdict(deque)
        self.calls: list[Call] = []
        mock.add_callback(responses.POST, ENDPOINT, callback=self._answer)

    def reply(
        self, operation: str, body: dict[str, Any] | None = None, *, status: int = 200
    ) -> FakePCS:
        """Queue a successful (or any-status) answer for ``operation``."""
        self._script[operation].append(_Answer(status, body or {}, {}))
        return self

    def fail(
        self, operation: str, code: str, message: str, status: int = 400, **members: Any
    ) -> FakePCS:
        """Queue an awsJson error answer for ``operation``."""
        body = {"__type": code, "message": message, **members}
        headers = {"x-amzn-RequestId": f"req-{code.lower()}"}
        self._script[operation].append(_Answer(status, body, headers))
        return self

    def operations(self) -> list[str]:
        """The operations called so far, in order."""
        return [c.operation for c in self.calls]

    def pending(self) -> dict[str, int]:
        """Scripted answers not consumed yet (should be empty at the end of a test)."""
        return {op: len(q) for op, q in self._script.items() if q}

    def _answer(self, request: Any) -> tuple[int, dict[str, str], str]:
        target = request.headers.get("X-Amz-Target", "")
        operation = target.removeprefix(TARGET_PREFIX)
        raw = request.body or b"{}"
        body = json.loads(raw.decode() if isinstance(raw, bytes) else raw)
        self.calls.append(Call(operation, dict(request.headers), body))
        queue = self._script.get(operation)
        if not queue:
            error = {"__type": "UnscriptedCall", "message": f"nothing scripted for {target}"}
            return 400, {}, json.dumps(error)
        answer = queue.popleft()
        headers = {"Content-Type": "application/x-amz-json-1.0", **answer.headers}
        headers.setdefault("x-amzn-RequestId", f"req-{len(self.calls)}")
        return answer.status, headers, json.dumps(answer.body)


def arn(kind: str, *ids: str) -> str:
    """The ARN of a PCS resource."""
    return f"arn:aws:pcs:us-east-1:{ACCOUNT}:{kind}/{'/'.join(ids)}"


def cluster(status: str = "ACTIVE", **extra: Any) -> dict[str, Any]:
    """A ``Cluster`` as GetCluster returns it."""
    body: dict[str, Any] = {
        "name": CLUSTER_NAME,
        "id": CLUSTER_ID,
        "arn": arn("cluster", CLUSTER_ID),
        "status": status,
        "createdAt": "2025-03-04T09:15:27.123Z",
        "modifiedAt": "2025-03-04T09:31:02Z",
        "scheduler": {"type": "SLURM", "version": "25.05"},
        "size": "SMALL",
        "slurmConfiguration": {
            "scaleDownIdleTimeInSeconds": 600,
            "slurmCustomSettings": [{"parameterName": "MaxJobCount", "parameterValue": "5000"}],
            "authKey": {
                "secretArn": f"arn:aws:secretsmanager:us-east-1:{ACCOUNT}:secret:pcs!slurm-auth",
                "secretVersion": "e2bb1f5c-8a47-4d2a-9f43-1e3a3b1c0d2f",
            },
            "accounting": {"mode": "NONE", "defaultPurgeTimeInDays": -1},
            "slurmRest": {"mode": "NONE"},
        },
        "networking": {
            "subnetIds": [SUBNET],
            "securityGroupIds": [SECURITY_GROUP],
            "networkType": "IPV4",
        },
        "endpoints": [
            {"type": "SLURMCTLD", "privateIpAddress": "10.0.1.23", "port": "6817"},
        ],
    }
    body.update(extra)
    return body


def cluster_summary(index: int, status: str = "ACTIVE") -> dict[str, Any]:
    """A ``ClusterSummary`` as ListClusters returns it."""
    ident = f"pcs_list{index:06d}"
    return {
        "name": f"cluster-{index}",
        "id": ident,
        "arn": arn("cluster", ident),
        "createdAt": "2025-03-01T00:00:00Z",
        "modifiedAt": "2025-03-02T00:00:00Z",
        "status": status,
    }


def node_group(status: str = "ACTIVE", **extra: Any) -> dict[str, Any]:
    """A ``ComputeNodeGroup`` as GetComputeNodeGroup returns it."""
    body: dict[str, Any] = {
        "name": NODE_GROUP_NAME,
        "id": NODE_GROUP_ID,
        "arn": arn("computenodegroup", CLUSTER_ID, NODE_GROUP_ID),
        "clusterId": CLUSTER_ID,
        "createdAt": "2025-03-04T09:40:00Z",
        "modifiedAt": "2025-03-04T09:44:10Z",
        "status": status,
        "amiId": "ami-0fedcba9876543210",
        "subnetIds": [SUBNET],
        "purchaseOption": "ONDEMAND",
        "customLaunchTemplate": {"id": LAUNCH_TEMPLATE, "version": "3"},
        "iamInstanceProfileArn": PROFILE_ARN,
        "scalingConfiguration": {"minInstanceCount": 0, "maxInstanceCount": 8},
        "instanceConfigs": [{"instanceType": "c6i.xlarge"}],
        "slurmConfiguration": {"scaleDownIdleTimeInSeconds": 300},
    }
    body.update(extra)
    return body


def node_group_summary(index: int) -> dict[str, Any]:
    """A ``ComputeNodeGroupSummary``."""
    ident = f"pcs_ng{index:06d}"
    return {
        "name": f"group-{index}",
        "id": ident,
        "arn": arn("computenodegroup", CLUSTER_ID, ident),
        "clusterId": CLUSTER_ID,
        "createdAt": "2025-03-04T09:40:00Z",
        "modifiedAt": "2025-03-04T09:44:10Z",
        "status": "ACTIVE",
    }


def queue(status: str = "ACTIVE", **extra: Any) -> dict[str, Any]:
    """A ``Queue`` as GetQueue returns it."""
    body: dict[str, Any] = {
        "name": QUEUE_NAME,
        "id": QUEUE_ID,
        "arn": arn("queue", CLUSTER_ID, QUEUE_ID),
        "clusterId": CLUSTER_ID,
        "createdAt": "2025-03-04T09:50:00Z",
        "modifiedAt": "2025-03-04T09:50:41Z",
        "status": status,
        "computeNodeGroupConfigurations": [{"computeNodeGroupId": NODE_GROUP_ID}],
    }
    body.update(extra)
    return body


def queue_summary(index: int) -> dict[str, Any]:
    """A ``QueueSummary``."""
    ident = f"pcs_qu{index:06d}"
    return {
        "name": f"queue-{index}",
        "id": ident,
        "arn": arn("queue", CLUSTER_ID, ident),
        "clusterId": CLUSTER_ID,
        "createdAt": "2025-03-04T09:50:00Z",
        "modifiedAt": "2025-03-04T09:50:41Z",
        "status": "ACTIVE",
    }


def not_found(kind: str, ident: str) -> dict[str, Any]:
    """The members of a ResourceNotFoundException for ``kind``/``ident``."""
    return {"resourceId": ident, "resourceType": kind}
