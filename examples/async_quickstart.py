"""Async quickstart: EMR on EKS and EKS with many calls in flight at once.

The async clients (``emrk.AsyncSession``) take the same arguments and return
the same models as the sync ones; each call is awaited, so ``asyncio.gather``
keeps dozens of them in flight over one client's connection pool. This tour
lists EKS clusters and EMR on EKS virtual clusters with ``async for``,
describes everything it found concurrently, and waits with the waiters.

By default it needs no AWS account: it starts moto's server on 127.0.0.1
with fake credentials, creates a few clusters, node groups, virtual clusters
and job runs there (concurrently too), tours them, and deletes them::

    python examples/async_quickstart.py

Against a real account it only reads (and waits on resources that already
exist); any of ``--endpoint-url``, ``--region`` or ``--profile`` means "not
moto", and nothing is created or deleted::

    python examples/async_quickstart.py --region eu-west-1 --profile data
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import sys
import uuid
from collections.abc import Generator, Sequence

import emrk
from emrk.eks import (
    AsyncEKSClient,
    DescribeClusterResponse,
    NodegroupScalingConfig,
    VpcConfigRequest,
)
from emrk.emr_containers import (
    AsyncEMRContainersClient,
    ContainerInfo,
    ContainerProvider,
    DescribeJobRunResponse,
    EksInfo,
    JobDriver,
    JobRunState,
    SparkSubmitJobDriver,
    VirtualClusterState,
)

FAKE_ACCOUNT = "123456789012"
FAKE_KEY_ID = "AKIDASYNCQUICKSTART1"
FAKE_SECRET = "async-quickstart-fake-secret-key-not-real"
SUBNETS = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
#: What the offline tour creates in moto: clusters, node groups per cluster, job runs per cluster.
CLUSTERS, NODEGROUPS, JOB_RUNS = 3, 2, 4


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--endpoint-url", help="send requests here instead of the AWS endpoints")
    parser.add_argument("--region", help="AWS region, e.g. eu-west-1")
    parser.add_argument("--profile", help="profile from your AWS config files")
    args = parser.parse_args(argv)
    args.offline = not (args.endpoint_url or args.region or args.profile)
    return args


@contextlib.contextmanager
def moto_server() -> Generator[str, None, None]:
    """Start moto's server on a free loopback port; yield its URL."""
    from moto.server import ThreadedMotoServer

    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # no access log on the console
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    try:
        host, port = server.get_host_and_port()
        yield f"http://{host}:{port}"
    finally:
        server.stop()


# -- seeding moto (offline only) --------------------------------------------------------


async def seed_eks(eks: AsyncEKSClient, prefix: str) -> list[str]:
    """Create the clusters at once, then every node group at once."""
    names = [f"{prefix}-{n}" for n in range(CLUSTERS)]
    await asyncio.gather(
        *(
            eks.create_cluster(
                name=name,
                role_arn=f"arn:aws:iam::{FAKE_ACCOUNT}:role/eksClusterRole",
                resources_vpc_config=VpcConfigRequest(subnet_ids=SUBNETS),
                tags={"created-by": "emrk-async-quickstart"},
            )
            for name in names
        )
    )
    await asyncio.gather(
        *(
            eks.create_nodegroup(
                cluster_name=name,
                nodegroup_name=f"pool-{n}",
                node_role=f"arn:aws:iam::{FAKE_ACCOUNT}:role/eksNodeRole",
                subnets=SUBNETS,
                scaling_config=NodegroupScalingConfig(min_size=1, max_size=3, desired_size=1),
            )
            for name in names
            for n in range(NODEGROUPS)
        )
    )
    print(f"Created {CLUSTERS} EKS clusters with {NODEGROUPS} node groups each, concurrently")
    return names


async def seed_emr(emr: AsyncEMRContainersClient, eks_clusters: list[str]) -> list[str]:
    """One virtual cluster per EKS cluster, then every job run, all submitted at once."""
    created = await asyncio.gather(
        *(
            emr.create_virtual_cluster(
                name=f"vc-{cluster}",
                container_provider=ContainerProvider(
                    type="EKS",
                    id=cluster,
                    info=ContainerInfo(eks_info=EksInfo(namespace=f"spark-{uuid.uuid4().hex[:8]}")),
                ),
            )
            for cluster in eks_clusters
        )
    )
    ids = [c.id for c in created if c.id is not None]
    driver = JobDriver(
        spark_submit_job_driver=SparkSubmitJobDriver(
            entry_point="local:///usr/lib/spark/examples/src/main/python/pi.py",
            entry_point_arguments=["100"],
        )
    )
    await asyncio.gather(
        *(
            emr.start_job_run(
                virtual_cluster_id=vc,
                name=f"spark-pi-{n}",
                execution_role_arn=f"arn:aws:iam::{FAKE_ACCOUNT}:role/emr-on-eks-job",
                release_label="emr-7.2.0-latest",
                job_driver=driver,
            )
            for vc in ids
            for n in range(JOB_RUNS)
        )
    )
    print(f"Created {len(ids)} virtual clusters and submitted {len(ids) * JOB_RUNS} job runs")
    return ids


# -- the tour ------------------------------------------------------------------------


async def tour_eks(eks: AsyncEKSClient, delay: float | None) -> None:
    names = [name async for name in eks.paginate_list_clusters()]
    print(f"\nEKS: {len(names)} cluster(s); describing them and listing node groups at once")
    described, nodegroups = await asyncio.gather(
        asyncio.gather(*(eks.describe_cluster(name=name) for name in names)),
        asyncio.gather(*(_nodegroups(eks, name) for name in names)),
    )
    for response, groups in zip(described, nodegroups, strict=True):
        cluster = response.cluster
        if cluster is not None:
            print(f"  {cluster.name:<28} {cluster.status!s:<9} {cluster.version}  {groups}")
    print("Waiting until every cluster is ACTIVE (one waiter per cluster, concurrently)")
    outcomes = await asyncio.gather(
        *(eks.wait_until_cluster_active(name=name, delay=delay) for name in names),
        return_exceptions=True,
    )
    for name, outcome in zip(names, outcomes, strict=True):
        print(f"  {name:<28} {_waited(outcome)}")


async def _nodegroups(eks: AsyncEKSClient, cluster: str) -> list[str]:
    """Every node group of a cluster, page by page (two per page to show the paging)."""
    groups: list[str] = []
    async for page in eks.paginate_list_nodegroups(cluster_name=cluster, max_results=2).pages():
        groups.extend(page.nodegroups or [])
    return groups


def _waited(outcome: DescribeClusterResponse | BaseException) -> str:
    if isinstance(outcome, emrk.WaiterError):
        return f"not active: {outcome.reason}"
    if isinstance(outcome, BaseException):
        raise outcome
    created = outcome.cluster.created_at if outcome.cluster else None
    return f"active since {created.isoformat(timespec='seconds') if created else '?'}"


async def tour_emr(emr: AsyncEMRContainersClient) -> list[tuple[str, str]]:
    """List running virtual clusters and their job runs; describe the job runs all at once."""
    clusters = [
        vc async for vc in emr.paginate_list_virtual_clusters(states=[VirtualClusterState.RUNNING])
    ]
    print(f"\nEMR on EKS: {len(clusters)} running virtual cluster(s)")
    runs: list[tuple[str, str]] = []
    for vc in clusters:
        if vc.id is None:
            continue
        async for run in emr.paginate_list_job_runs(virtual_cluster_id=vc.id, max_items=10):
            if run.id is not None:
                runs.append((vc.id, run.id))
    described = await asyncio.gather(
        *(emr.describe_job_run(id=run, virtual_cluster_id=vc) for vc, run in runs)
    )
    print(f"Described {len(described)} job runs with one asyncio.gather:")
    for response in described:
        print(f"  {_row(response)}")
    return runs


def _row(response: DescribeJobRunResponse) -> str:
    run = response.job_run
    if run is None:
        return "?"
    return f"{run.virtual_cluster_id}/{run.id}  {run.name or '-':<12} {run.state or '-'}"


async def cancel_and_wait(
    emr: AsyncEMRContainersClient, runs: list[tuple[str, str]], delay: float | None
) -> None:
    """Cancel the job runs at once, then wait for all of them at once (offline only)."""
    await asyncio.gather(*(emr.cancel_job_run(id=run, virtual_cluster_id=vc) for vc, run in runs))
    print(f"\nCancelled {len(runs)} job runs; waiting for them to finish")
    outcomes = await asyncio.gather(
        *(
            emr.wait_until_job_run_completed(id=run, virtual_cluster_id=vc, delay=delay)
            for vc, run in runs
        ),
        return_exceptions=True,
    )
    cancelled = 0
    for outcome in outcomes:
        if isinstance(outcome, emrk.WaiterError):
            last = outcome.last_response
            if isinstance(last, DescribeJobRunResponse) and last.job_run is not None:
                cancelled += last.job_run.state == JobRunState.CANCELLED
        elif isinstance(outcome, BaseException):
            raise outcome
    print(f"  {cancelled} of {len(runs)} ended CANCELLED (the completion waiter's failure state)")


async def clean_up(
    eks: AsyncEKSClient, emr: AsyncEMRContainersClient, clusters: list[str], vcs: list[str]
) -> None:
    await asyncio.gather(*(emr.delete_virtual_cluster(id=vc) for vc in vcs))
    await asyncio.gather(
        *(
            eks.delete_nodegroup(cluster_name=name, nodegroup_name=f"pool-{n}")
            for name in clusters
            for n in range(NODEGROUPS)
        )
    )
    await asyncio.gather(*(eks.delete_cluster(name=name) for name in clusters))
    gone = await asyncio.gather(
        *(eks.wait_until_cluster_deleted(name=name, delay=0) for name in clusters)
    )
    print(f"\nDeleted {len(vcs)} virtual clusters and {len(gone)} EKS clusters")


async def run(session: emrk.AsyncSession, endpoint_url: str | None, offline: bool) -> None:
    delay = 0 if offline else None  # moto answers at once; AWS gets the waiters' own pacing
    config = emrk.Config(max_pool_connections=20)
    async with (
        session.eks(endpoint_url=endpoint_url, config=config) as eks,
        session.emr_containers(endpoint_url=endpoint_url, config=config) as emr,
    ):
        clusters: list[str] = []
        vcs: list[str] = []
        if offline:
            clusters = await seed_eks(eks, f"quickstart-{uuid.uuid4().hex[:6]}")
            vcs = await seed_emr(emr, clusters)
        try:
            await tour_eks(eks, delay)
            runs = await tour_emr(emr)
            if offline:
                await cancel_and_wait(emr, runs, delay)
        finally:
            if offline:
                await clean_up(eks, emr, clusters, vcs)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        if args.offline:
            with moto_server() as url:
                print(f"Using moto's server at {url} (fake credentials, nothing is billed)\n")
                session = emrk.AsyncSession(FAKE_KEY_ID, FAKE_SECRET, region_name="us-east-1")
                asyncio.run(run(session, url, offline=True))
        else:
            session = emrk.AsyncSession(profile_name=args.profile, region_name=args.region)
            asyncio.run(run(session, args.endpoint_url, offline=False))
    except emrk.EmrkError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
