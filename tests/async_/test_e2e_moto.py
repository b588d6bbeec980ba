"""The quickstart flows with the async clients, end to end over real HTTP on 127.0.0.1.

* EMR on EKS (``examples/emr_on_eks_quickstart.py``) and EKS
  (``examples/eks_quickstart.py``) against the session's moto server, with
  several calls in flight at once where the flow allows it;
* AWS PCS (``examples/pcs_quickstart.py``), which moto does not implement,
  against the in-memory PCS of ``tests/pcs/memory_pcs.py`` served over HTTP.

Waiters poll with an async sleep recorder, so nothing waits; a sync client
on the same endpoint then sees what the async one did. Names carry random
suffixes: the moto server is shared with other test modules.
"""

from __future__ import annotations

import asyncio
import http.server
import threading
import uuid
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest

import emrk
from emrk.eks import (
    AsyncEKSClient,
    ClusterStatus,
    EKSClient,
    NodegroupScalingConfig,
    NodegroupStatus,
    ResourceNotFoundException,
    VpcConfigRequest,
)
from emrk.emr_containers import (
    AsyncEMRContainersClient,
    CloudWatchMonitoringConfiguration,
    ConfigurationOverrides,
    ContainerInfo,
    ContainerProvider,
    EksInfo,
    EMRContainersClient,
    JobDriver,
    JobRunState,
    MonitoringConfiguration,
    SparkSubmitJobDriver,
    VirtualClusterState,
)
from emrk.pcs import (
    AsyncPCSClient,
    ComputeNodeGroupConfiguration,
    InstanceConfig,
    LaunchTemplateMode,
    NetworkingRequest,
    ScalingConfigurationRequest,
    SchedulerRequest,
    SchedulerType,
    Size,
)
from emrk.pcs import ClusterStatus as PCSClusterStatus
from tests.conftest import FAKE_KEY_ID, FAKE_SECRET
from tests.pcs.memory_pcs import InMemoryPCS

from ._helpers import AsyncSleepRecorder

pytestmark = pytest.mark.e2e

ACCOUNT = "123456789012"
JOB_ROLE = f"arn:aws:iam::{ACCOUNT}:role/emr-on-eks-job"
CLUSTER_ROLE = f"arn:aws:iam::{ACCOUNT}:role/eksClusterRole"
NODE_ROLE = f"arn:aws:iam::{ACCOUNT}:role/eksNodeRole"
SUBNETS = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]


@pytest.fixture
async def emr(
    asession: emrk.AsyncSession, moto_endpoint: str, asleeps: AsyncSleepRecorder
) -> AsyncIterator[AsyncEMRContainersClient]:
    async with AsyncEMRContainersClient(
        session=asession, endpoint_url=moto_endpoint, sleep=asleeps
    ) as client:
        yield client


@pytest.fixture
async def eks(
    asession: emrk.AsyncSession, moto_endpoint: str, asleeps: AsyncSleepRecorder
) -> AsyncIterator[AsyncEKSClient]:
    async with AsyncEKSClient(
        session=asession, endpoint_url=moto_endpoint, sleep=asleeps
    ) as client:
        yield client


# -- EMR on EKS ------------------------------------------------------------------------


async def test_emr_on_eks_quickstart_flow(
    emr: AsyncEMRContainersClient, session: emrk.Session, moto_endpoint: str
) -> None:
    namespace = f"spark-{uuid.uuid4().hex[:8]}"
    created = await emr.create_virtual_cluster(
        name=f"quickstart-{namespace}",
        container_provider=ContainerProvider(
            type="EKS",
            id="analytics-eks",
            info=ContainerInfo(eks_info=EksInfo(namespace=namespace)),
        ),
        tags={"created-by": "emrk-async-quickstart"},
    )
    assert created.id is not None
    cluster_id = created.id
    running = await emr.wait_until_virtual_cluster_running(id=cluster_id, delay=0)
    assert running.virtual_cluster is not None
    assert running.virtual_cluster.state is VirtualClusterState.RUNNING

    def submit(n: int) -> Any:
        return emr.start_job_run(
            virtual_cluster_id=cluster_id,
            name=f"spark-pi-{n}",
            execution_role_arn=JOB_ROLE,
            release_label="emr-7.2.0-latest",
            job_driver=JobDriver(
                spark_submit_job_driver=SparkSubmitJobDriver(
                    entry_point="local:///usr/lib/spark/examples/src/main/python/pi.py",
                    entry_point_arguments=["100"],
                )
            ),
            configuration_overrides=ConfigurationOverrides(
                monitoring_configuration=MonitoringConfiguration(
                    cloud_watch_monitoring_configuration=CloudWatchMonitoringConfiguration(
                        log_group_name="/emr-on-eks/quickstart"
                    )
                )
            ),
        )

    started = await asyncio.gather(*(submit(n) for n in range(4)))  # four submissions at once
    run_ids = [s.id for s in started]
    assert len(set(run_ids)) == 4 and all(run_ids)

    pages = [
        page
        async for page in emr.paginate_list_job_runs(
            virtual_cluster_id=cluster_id, max_results=2
        ).pages()
    ]
    assert [len(p.job_runs or []) for p in pages] == [2, 2]
    listed = [run.id async for run in emr.paginate_list_job_runs(virtual_cluster_id=cluster_id)]
    assert sorted(listed) == sorted(run_ids)

    described = await asyncio.gather(
        *(emr.describe_job_run(id=i, virtual_cluster_id=cluster_id) for i in run_ids)
    )
    assert [d.job_run.name for d in described if d.job_run] == [f"spark-pi-{n}" for n in range(4)]

    await asyncio.gather(
        *(emr.cancel_job_run(id=i, virtual_cluster_id=cluster_id) for i in run_ids)
    )
    with pytest.raises(emrk.WaiterError) as info:
        await emr.wait_until_job_run_completed(
            id=run_ids[0], virtual_cluster_id=cluster_id, delay=0, max_attempts=30
        )
    last = info.value.last_response
    assert last is not None and last.job_run is not None
    assert last.job_run.state in (JobRunState.CANCELLED, JobRunState.CANCEL_PENDING)

    # The sync client on the same endpoint sees what the async one did.
    with EMRContainersClient(session=session, endpoint_url=moto_endpoint) as sync_emr:
        assert sorted(
            r.id for r in sync_emr.paginate_list_job_runs(virtual_cluster_id=cluster_id)
        ) == sorted(run_ids)

    await emr.delete_virtual_cluster(id=cluster_id)
    gone = await emr.wait_until_virtual_cluster_deleted(id=cluster_id, delay=0)
    assert gone is None or (
        gone.virtual_cluster is not None
        and gone.virtual_cluster.state is VirtualClusterState.TERMINATED
    )


async def test_emr_on_eks_errors_are_typed(emr: AsyncEMRContainersClient) -> None:
    from emrk.emr_containers import ResourceNotFoundException as NotFound
    from emrk.emr_containers import ValidationException

    with pytest.raises(ValidationException):
        await emr.describe_virtual_cluster(id="0" * 25)
    with pytest.raises((NotFound, ValidationException)):
        await emr.describe_job_run(id="0" * 19, virtual_cluster_id="0" * 25)


# -- EKS ----------------------------------------------------------------------------


async def test_eks_quickstart_flow(
    eks: AsyncEKSClient, session: emrk.Session, moto_endpoint: str, asleeps: AsyncSleepRecorder
) -> None:
    names = [f"async-{uuid.uuid4().hex[:8]}-{n}" for n in range(3)]
    created = await asyncio.gather(
        *(
            eks.create_cluster(
                name=name,
                role_arn=CLUSTER_ROLE,
                resources_vpc_config=VpcConfigRequest(
                    subnet_ids=SUBNETS, endpoint_public_access=True
                ),
                tags={"created-by": "emrk-async-quickstart"},
            )
            for name in names
        )
    )
    arns = [c.cluster.arn for c in created if c.cluster]
    assert len(arns) == 3
    active = await asyncio.gather(*(eks.wait_until_cluster_active(name=n, delay=0) for n in names))
    assert all(a.cluster and a.cluster.status is ClusterStatus.ACTIVE for a in active)

    name = names[0]
    await asyncio.gather(
        *(
            eks.create_nodegroup(
                cluster_name=name,
                nodegroup_name=f"ng-{n}",
                node_role=NODE_ROLE,
                subnets=SUBNETS,
                instance_types=["t3.medium"],
                scaling_config=NodegroupScalingConfig(min_size=1, max_size=2, desired_size=1),
                labels={"pool": f"ng-{n}"},
            )
            for n in range(3)
        )
    )
    ready = await eks.wait_until_nodegroup_active(cluster_name=name, nodegroup_name="ng-0", delay=0)
    assert ready.nodegroup is not None and ready.nodegroup.status is NodegroupStatus.ACTIVE

    listed = [n async for n in eks.paginate_list_clusters(max_results=1)]
    assert set(names) <= set(listed)
    pages = [
        p.nodegroups
        async for p in eks.paginate_list_nodegroups(cluster_name=name, max_results=2).pages()
    ]
    assert pages == [["ng-0", "ng-1"], ["ng-2"]]
    described = await eks.describe_cluster(name=name)
    assert described.cluster is not None and described.cluster.endpoint

    await eks.tag_resource(resource_arn=arns[0], tags={"team": "data-platform"})
    tags = (await eks.list_tags_for_resource(resource_arn=arns[0])).tags
    assert tags == {"created-by": "emrk-async-quickstart", "team": "data-platform"}

    with EKSClient(session=session, endpoint_url=moto_endpoint) as sync_eks:
        assert sync_eks.list_nodegroups(cluster_name=name).nodegroups == ["ng-0", "ng-1", "ng-2"]

    await asyncio.gather(
        *(eks.delete_nodegroup(cluster_name=name, nodegroup_name=f"ng-{n}") for n in range(3))
    )
    gone = await eks.wait_until_nodegroup_deleted(cluster_name=name, nodegroup_name="ng-0", delay=0)
    assert gone is None
    await asyncio.gather(*(eks.delete_cluster(name=n) for n in names))
    assert (
        await asyncio.gather(*(eks.wait_until_cluster_deleted(name=n, delay=0) for n in names))
        == [None] * 3
    )
    with pytest.raises(ResourceNotFoundException):
        await eks.describe_cluster(name=name)
    assert all(d == 0 for d in asleeps.delays)


# -- AWS PCS (in-memory, over HTTP) ----------------------------------------------------


@pytest.fixture
def local_pcs() -> Iterator[str]:
    """The in-memory PCS of tests/pcs/memory_pcs.py, served on 127.0.0.1."""
    fake = InMemoryPCS()
    lock = threading.Lock()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            with lock:
                status, headers, body = fake.handle(self)
            payload = body.encode()
            self.send_response(status)
            for name, value in {**headers, "Content-Length": str(len(payload))}.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


async def test_pcs_quickstart_flow(local_pcs: str, asleeps: AsyncSleepRecorder) -> None:
    session = emrk.AsyncSession(FAKE_KEY_ID, FAKE_SECRET, region_name="us-east-1")
    async with AsyncPCSClient(session=session, endpoint_url=local_pcs, sleep=asleeps) as pcs:
        await pcs.create_cluster(
            cluster_name="async-quickstart",
            scheduler=SchedulerRequest(type=SchedulerType.SLURM, version="24.11"),
            size=Size.SMALL,
            networking=NetworkingRequest(subnet_ids=["subnet-1"], security_group_ids=["sg-1"]),
        )
        cluster = (
            await pcs.wait_until_cluster_active(cluster_identifier="async-quickstart", delay=0)
        ).cluster
        assert cluster is not None and cluster.status is PCSClusterStatus.ACTIVE
        group = (
            await pcs.create_compute_node_group(
                cluster_identifier=cluster.id,
                compute_node_group_name="workers",
                subnet_ids=["subnet-1"],
                iam_instance_profile_arn=f"arn:aws:iam::{ACCOUNT}:instance-profile/AWSPCS-nodes",
                scaling_configuration=ScalingConfigurationRequest(
                    min_instance_count=0, max_instance_count=4
                ),
                instance_configs=[InstanceConfig(instance_type="c6i.xlarge")],
                launch_template_mode=LaunchTemplateMode.MANAGED,
                ami_id="ami-0123456789abcdef0",
                security_group_ids=["sg-1"],
            )
        ).compute_node_group
        assert group is not None
        await pcs.wait_until_compute_node_group_active(
            cluster_identifier=cluster.id, compute_node_group_identifier=group.id, delay=0
        )
        queue = (
            await pcs.create_queue(
                cluster_identifier=cluster.id,
                queue_name="batch",
                compute_node_group_configurations=[
                    ComputeNodeGroupConfiguration(compute_node_group_id=group.id)
                ],
            )
        ).queue
        assert queue is not None
        await pcs.wait_until_queue_active(
            cluster_identifier=cluster.id, queue_identifier=queue.id, delay=0
        )
        clusters, groups, queues = await asyncio.gather(
            _names(pcs.paginate_list_clusters()),
            _names(pcs.paginate_list_compute_node_groups(cluster_identifier=cluster.id)),
            _names(pcs.paginate_list_queues(cluster_identifier=cluster.id)),
        )
        assert (clusters, groups, queues) == (["async-quickstart"], ["workers"], ["batch"])

        await pcs.delete_queue(cluster_identifier=cluster.id, queue_identifier=queue.id)
        await pcs.wait_until_queue_deleted(
            cluster_identifier=cluster.id, queue_identifier=queue.id, delay=0
        )
        await pcs.delete_compute_node_group(
            cluster_identifier=cluster.id, compute_node_group_identifier=group.id
        )
        await pcs.wait_until_compute_node_group_deleted(
            cluster_identifier=cluster.id, compute_node_group_identifier=group.id, delay=0
        )
        await pcs.delete_cluster(cluster_identifier=cluster.id)
        await pcs.wait_until_cluster_deleted(cluster_identifier=cluster.id, delay=0)
        assert await _names(pcs.paginate_list_clusters()) == []
    assert asleeps.delays  # the waiters polled more than once, through the injected sleep


async def _names(paginator: Any) -> list[str]:
    return [item.name async for item in paginator]
