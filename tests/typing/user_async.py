"""User-style asyncio code on every async client; checked by mypy and pyright, never run.

``await`` gives the same response models as the sync clients, ``async for``
over a paginator gives items and over ``.pages()`` response models,
``async with`` gives the client back, waiters are awaited, the
``AsyncSession`` factories return the async clients, and the Stubber takes
an async client as it takes a sync one.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable

from typing_extensions import assert_type

import emrk
from emrk.core.http import AsyncTransport, HttpRequest, RawResponse
from emrk.eks import (
    AsyncEKSClient,
    Cluster,
    ClusterStatus,
    DescribeClusterResponse,
    DescribeNodegroupResponse,
    ListClustersResponse,
    ResourceNotFoundException,
)
from emrk.eks_auth import AssumeRoleForPodIdentityResponse, AsyncEKSAuthClient
from emrk.emr import AsyncEMRClient, GetClusterSessionCredentialsResponse
from emrk.emr_containers import (
    AsyncEMRContainersClient,
    DescribeJobRunResponse,
    JobRun,
    JobRunState,
    ListJobRunsResponse,
    StartJobRunResponse,
)
from emrk.pcs import (
    AsyncPCSClient,
    ClusterSummary,
    GetClusterResponse,
)
from emrk.pcs import (
    ListClustersResponse as PCSListClustersResponse,
)
from emrk.testing import Stubber


def factories(session: emrk.AsyncSession) -> None:
    assert_type(session.eks(), AsyncEKSClient)
    assert_type(session.eks_auth(), AsyncEKSAuthClient)
    assert_type(session.emr_containers(config=emrk.Config()), AsyncEMRContainersClient)
    assert_type(session.pcs(endpoint_url="http://127.0.0.1:4566"), AsyncPCSClient)
    assert_type(session.emr(), AsyncEMRClient)
    assert_type(emrk.AsyncSession(region_name="us-west-2", profile_name="dev"), emrk.AsyncSession)
    assert_type(AsyncEKSClient(region_name="us-west-2"), AsyncEKSClient)


async def eks_calls(session: emrk.AsyncSession) -> None:
    async with session.eks() as eks:
        assert_type(eks, AsyncEKSClient)
        call: Awaitable[DescribeClusterResponse] = eks.describe_cluster(name="prod")
        response = await call
        assert_type(response, DescribeClusterResponse)
        assert_type(response.cluster, Cluster | None)
        if response.cluster is not None:
            assert_type(response.cluster.status, ClusterStatus | str | None)
        assert_type(response.response_metadata, emrk.ResponseMetadata | None)
        try:
            await eks.describe_nodegroup(cluster_name="prod", nodegroup_name="ng")
        except ResourceNotFoundException as exc:
            assert_type(exc.cluster_name, str | None)
        both = await asyncio.gather(
            eks.describe_cluster(name="a"), eks.list_clusters(max_results=10)
        )
        assert_type(both, tuple[DescribeClusterResponse, ListClustersResponse])
    await eks.close()


async def eks_paginate_and_wait(eks: AsyncEKSClient) -> None:
    paginator = eks.paginate_list_clusters(max_results=10)
    assert_type(paginator, emrk.AsyncPaginator[ListClustersResponse, str])
    async for name in paginator:
        assert_type(name, str)
    pages = paginator.pages()
    assert_type(pages, AsyncIterator[ListClustersResponse])
    async for page in pages:
        assert_type(page.clusters, list[str] | None)
    assert_type(paginator.resume_token, str | None)
    names = [name async for name in eks.paginate_list_clusters(max_items=5, starting_token=None)]
    assert_type(names, list[str])

    active = await eks.wait_until_cluster_active(name="prod", delay=5, max_attempts=10)
    assert_type(active, DescribeClusterResponse)
    gone = await eks.wait_until_cluster_deleted(name="prod")
    assert_type(gone, DescribeClusterResponse | None)
    await eks.wait_until_nodegroup_active(
        cluster_name="prod",
        nodegroup_name="ng",
        on_attempt=lambda attempt: print(
            assert_type(attempt.response, DescribeNodegroupResponse | None)
        ),
    )


async def emr_on_eks(emr: AsyncEMRContainersClient) -> None:
    started = await emr.start_job_run(
        virtual_cluster_id="vc-1",
        execution_role_arn="arn:aws:iam::123456789012:role/job",
        release_label="emr-7.2.0-latest",
        name="daily",
    )
    assert_type(started, StartJobRunResponse)
    runs = emr.paginate_list_job_runs(virtual_cluster_id="vc-1", states=["RUNNING"])
    assert_type(runs, emrk.AsyncPaginator[ListJobRunsResponse, JobRun])
    async for run in runs:
        assert_type(run, JobRun)
        assert_type(run.state, JobRunState | str | None)
    async for page in runs.pages():
        assert_type(page, ListJobRunsResponse)

    def progress(attempt: emrk.WaiterAttempt[DescribeJobRunResponse]) -> None:
        print(attempt.attempt, attempt.state)

    done = await emr.wait_until_job_run_completed(
        id="jr-1", virtual_cluster_id="vc-1", on_attempt=progress
    )
    assert_type(done, DescribeJobRunResponse)
    described = await asyncio.gather(
        *(emr.describe_job_run(id=i, virtual_cluster_id="vc-1") for i in ("a", "b"))
    )
    assert_type(described, list[DescribeJobRunResponse])


async def pcs_eks_auth_emr(
    pcs: AsyncPCSClient, auth: AsyncEKSAuthClient, emr: AsyncEMRClient
) -> None:
    assert_type(await pcs.get_cluster(cluster_identifier="hpc"), GetClusterResponse)
    async for summary in pcs.paginate_list_clusters():
        assert_type(summary, ClusterSummary)
    async for page in pcs.paginate_list_clusters().pages():
        assert_type(page, PCSListClustersResponse)
    assert_type(await pcs.wait_until_cluster_active(cluster_identifier="hpc"), GetClusterResponse)
    assert_type(
        await auth.assume_role_for_pod_identity(cluster_name="prod", token="eyJ"),
        AssumeRoleForPodIdentityResponse,
    )
    assert_type(
        await emr.get_cluster_session_credentials(cluster_id="j-1"),
        GetClusterSessionCredentialsResponse,
    )


class MemoryTransport:
    """A user's own async transport: any object with ``async send`` and ``async close``."""

    async def send(self, request: HttpRequest) -> RawResponse:
        return RawResponse(200, {}, b"{}")

    async def close(self) -> None:
        pass


async def seams(session: emrk.AsyncSession) -> None:
    transport: AsyncTransport = MemoryTransport()
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    eks = AsyncEKSClient(session=session, transport=transport, sleep=sleep)
    assert_type(eks.region_name, str)
    raw = await emrk.with_raw_response(eks.describe_cluster)(name="prod")
    assert_type(raw.parsed, DescribeClusterResponse)
    assert_type(raw.status_code, int)
    waiting: Callable[[float], Awaitable[None]] = asyncio.sleep
    AsyncEKSClient(session=session, sleep=waiting)


async def stubbed(eks: AsyncEKSClient) -> None:
    with Stubber(eks) as stub:
        assert_type(stub, Stubber)
        stub.add_response("describe_cluster", DescribeClusterResponse(), {"name": "prod"})
        stub.add_client_error("describe_cluster", ResourceNotFoundException("gone"))
        assert_type(await eks.describe_cluster(name="prod"), DescribeClusterResponse)
        stub.assert_no_pending_responses()


async def mistakes(eks: AsyncEKSClient, session: emrk.AsyncSession) -> None:
    """Each line below is an error the type checker must keep reporting."""
    response: DescribeClusterResponse = eks.describe_cluster(name="prod")  # type: ignore[assignment]
    for _name in eks.paginate_list_clusters():  # type: ignore[attr-defined]
        pass
    with eks:  # type: ignore[attr-defined]
        pass

    def blocking(seconds: float) -> None:  # time.sleep's shape: not an async sleep
        print(seconds)

    AsyncEKSClient(session=session, sleep=blocking)  # type: ignore[arg-type]
    await eks.describe_cluster(nme="prod")  # type: ignore[call-arg]
    print(response)
