"""AWS PCS quickstart: a Slurm cluster, a compute node group and a queue, then cleanup.

Run it as is and it works offline: ``emrk.testing.Stubber`` answers each call
with a typed response queued in the order the walk-through makes its calls
(resources go from ``CREATING`` to ``ACTIVE``, and from ``DELETING`` to a
``ResourceNotFoundException``), so every request, waiter and paginator below
still runs through emrk's real encoding and parsing.

    python examples/pcs_quickstart.py

Against a real account (this creates billable resources; they are deleted at
the end unless ``--keep`` is given). The node group uses a PCS-managed launch
template, so it needs an AMI built for PCS and an instance profile whose role
name starts with ``AWSPCS``:

    python examples/pcs_quickstart.py --region us-east-1 [--profile dev] \\
        --subnet-id subnet-0123456789abcdef0 --security-group-id sg-0123456789abcdef0 \\
        --instance-profile-arn arn:aws:iam::111122223333:instance-profile/AWSPCS-nodes \\
        --ami-id ami-0123456789abcdef0
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import sys
from collections.abc import Iterator, Sequence
from typing import Any

import attrs

import emrk
from emrk.pcs import (
    Cluster,
    ClusterSlurmConfiguration,
    ClusterStatus,
    ClusterSummary,
    ComputeNodeGroup,
    ComputeNodeGroupConfiguration,
    ComputeNodeGroupStatus,
    ComputeNodeGroupSummary,
    CreateClusterResponse,
    CreateComputeNodeGroupResponse,
    CreateQueueResponse,
    DeleteClusterResponse,
    DeleteComputeNodeGroupResponse,
    DeleteQueueResponse,
    Endpoint,
    EndpointType,
    GetClusterResponse,
    GetComputeNodeGroupResponse,
    GetQueueResponse,
    InstanceConfig,
    LaunchTemplateMode,
    ListClustersResponse,
    ListComputeNodeGroupsResponse,
    ListQueuesResponse,
    Networking,
    NetworkingRequest,
    PCSClient,
    Queue,
    QueueStatus,
    QueueSummary,
    ResourceNotFoundException,
    ScalingConfiguration,
    ScalingConfigurationRequest,
    Scheduler,
    SchedulerRequest,
    SchedulerType,
    Size,
)
from emrk.testing import ANY, Stubber

OFFLINE_REGION = "us-east-1"
OFFLINE_ACCOUNT = "111122223333"


@attrs.frozen
class Settings:
    """What the walk-through creates, and how patiently it waits."""

    cluster_name: str
    subnet_id: str
    security_group_id: str
    instance_profile_arn: str
    ami_id: str
    instance_type: str
    slurm_version: str
    #: Seconds between waiter polls; ``None`` keeps each waiter's own default.
    delay: float | None
    keep: bool = False


def run(pcs: PCSClient, s: Settings) -> None:
    """Create cluster -> node group -> queue, show them, then tear down in reverse."""
    cluster_id = _create_cluster(pcs, s)
    group_id = _create_node_group(pcs, s, cluster_id)
    queue_id = _create_queue(pcs, s, cluster_id, group_id)
    _show_inventory(pcs, cluster_id)
    if s.keep:
        print("Keeping the resources (--keep).")
        return
    _tear_down(pcs, s, cluster_id, group_id, queue_id)


def _create_cluster(pcs: PCSClient, s: Settings) -> str:
    print(f"Creating cluster {s.cluster_name!r} (Slurm {s.slurm_version})...")
    pcs.create_cluster(
        cluster_name=s.cluster_name,
        scheduler=SchedulerRequest(type=SchedulerType.SLURM, version=s.slurm_version),
        size=Size.SMALL,
        networking=NetworkingRequest(
            subnet_ids=[s.subnet_id], security_group_ids=[s.security_group_id]
        ),
        tags={"created-by": "emrk-quickstart"},
    )
    cluster = pcs.wait_until_cluster_active(
        cluster_identifier=s.cluster_name, delay=s.delay, on_attempt=_progress
    ).cluster
    assert cluster is not None
    print(f"  {cluster.id} is {cluster.status}; controller at {_controller(cluster)}")
    return cluster.id


def _create_node_group(pcs: PCSClient, s: Settings, cluster_id: str) -> str:
    print("Creating compute node group 'workers'...")
    created = pcs.create_compute_node_group(
        cluster_identifier=cluster_id,
        compute_node_group_name="workers",
        subnet_ids=[s.subnet_id],
        iam_instance_profile_arn=s.instance_profile_arn,
        scaling_configuration=ScalingConfigurationRequest(
            min_instance_count=0, max_instance_count=4
        ),
        instance_configs=[InstanceConfig(instance_type=s.instance_type)],
        launch_template_mode=LaunchTemplateMode.MANAGED,
        ami_id=s.ami_id,
        security_group_ids=[s.security_group_id],
    ).compute_node_group
    assert created is not None
    group = pcs.wait_until_compute_node_group_active(
        cluster_identifier=cluster_id,
        compute_node_group_identifier=created.id,
        delay=s.delay,
        on_attempt=_progress,
    ).compute_node_group
    assert group is not None
    scaling = group.scaling_configuration
    print(
        f"  {group.id} is {group.status}: {s.instance_type}, "
        f"{scaling.min_instance_count}..{scaling.max_instance_count} instances"
    )
    return group.id


def _create_queue(pcs: PCSClient, s: Settings, cluster_id: str, group_id: str) -> str:
    print("Creating queue 'batch'...")
    created = pcs.create_queue(
        cluster_identifier=cluster_id,
        queue_name="batch",
        compute_node_group_configurations=[
            ComputeNodeGroupConfiguration(compute_node_group_id=group_id)
        ],
    ).queue
    assert created is not None
    queue = pcs.wait_until_queue_active(
        cluster_identifier=cluster_id,
        queue_identifier=created.id,
        delay=s.delay,
        on_attempt=_progress,
    ).queue
    assert queue is not None
    print(f"  {queue.id} is {queue.status}; submit with: sbatch -p {queue.name} job.sh")
    return queue.id


def _show_inventory(pcs: PCSClient, cluster_id: str) -> None:
    print("Inventory:")
    for summary in pcs.paginate_list_clusters():
        print(f"  cluster {summary.name:<20} {summary.id:<16} {summary.status}")
    for g in pcs.paginate_list_compute_node_groups(cluster_identifier=cluster_id):
        print(f"    node group {g.name:<15} {g.id:<16} {g.status}")
    for q in pcs.paginate_list_queues(cluster_identifier=cluster_id):
        print(f"    queue      {q.name:<15} {q.id:<16} {q.status}")


def _tear_down(pcs: PCSClient, s: Settings, cluster_id: str, group_id: str, queue_id: str) -> None:
    print("Deleting queue, node group and cluster (in that order)...")
    delay = s.delay
    pcs.delete_queue(cluster_identifier=cluster_id, queue_identifier=queue_id)
    pcs.wait_until_queue_deleted(
        cluster_identifier=cluster_id, queue_identifier=queue_id, delay=delay
    )
    pcs.delete_compute_node_group(
        cluster_identifier=cluster_id, compute_node_group_identifier=group_id
    )
    pcs.wait_until_compute_node_group_deleted(
        cluster_identifier=cluster_id, compute_node_group_identifier=group_id, delay=delay
    )
    pcs.delete_cluster(cluster_identifier=cluster_id)
    pcs.wait_until_cluster_deleted(cluster_identifier=cluster_id, delay=delay)
    print("  all gone.")


def _progress(attempt: emrk.WaiterAttempt) -> None:
    if attempt.state is None and attempt.response is not None:
        print(f"  ...still waiting ({attempt.waiter}, poll {attempt.attempt})")


def _controller(cluster: Any) -> str:
    for endpoint in cluster.endpoints or []:
        if endpoint.type == "SLURMCTLD":
            return f"{endpoint.private_ip_address}:{endpoint.port}"
    return "(no endpoint yet)"


# -- offline: the same calls, answered by emrk.testing.Stubber ----------------------

OFFLINE_CLUSTER_ID = "pcs_5a17c0de01"
OFFLINE_GROUP_ID = "pcs_5a17c0de02"
OFFLINE_QUEUE_ID = "pcs_5a17c0de03"


@contextlib.contextmanager
def offline_pcs(s: Settings) -> Iterator[PCSClient]:
    """A real PCSClient whose calls are answered by a Stubber, in the order ``run`` makes them."""
    session = emrk.Session(
        aws_access_key_id="AKIDOFFLINEEXAMPLE",
        aws_secret_access_key="offline-secret-not-a-real-key",
        region_name=OFFLINE_REGION,
    )
    with session.pcs() as pcs, Stubber(pcs) as stub:
        _queue_offline_answers(stub, s)
        yield pcs
        stub.assert_no_pending_responses()


def _queue_offline_answers(stub: Stubber, s: Settings) -> None:
    """Queue what PCS would answer, one answer per call (and per waiter poll) of ``run``.

    Each call must match its ``expected_params``: every argument named there,
    none other. Idempotency tokens are ignored unless named; the create calls
    name them with ``ANY`` to require that emrk sent one.
    """
    now = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
    on_cluster = {"cluster_identifier": OFFLINE_CLUSTER_ID}
    on_group = {**on_cluster, "compute_node_group_identifier": OFFLINE_GROUP_ID}
    on_queue = {**on_cluster, "queue_identifier": OFFLINE_QUEUE_ID}

    # _create_cluster: created CREATING; the waiter (by name) polls CREATING, then ACTIVE.
    creating = _offline_cluster(s, now, ClusterStatus.CREATING)
    stub.add_response(
        "create_cluster",
        CreateClusterResponse(cluster=creating),
        expected_params={
            "cluster_name": s.cluster_name,
            "scheduler": SchedulerRequest(type=SchedulerType.SLURM, version=s.slurm_version),
            "size": Size.SMALL,
            "networking": NetworkingRequest(
                subnet_ids=[s.subnet_id], security_group_ids=[s.security_group_id]
            ),
            "tags": {"created-by": "emrk-quickstart"},
            "client_token": ANY,
        },
    )
    by_name = {"cluster_identifier": s.cluster_name}
    stub.add_response("get_cluster", GetClusterResponse(cluster=creating), by_name)
    active = _offline_cluster(s, now, ClusterStatus.ACTIVE)
    stub.add_response("get_cluster", GetClusterResponse(cluster=active), by_name)

    # _create_node_group: the same pattern for the compute node group.
    group = _offline_group(s, now, ComputeNodeGroupStatus.CREATING)
    stub.add_response(
        "create_compute_node_group",
        CreateComputeNodeGroupResponse(compute_node_group=group),
        expected_params={
            **on_cluster,
            "compute_node_group_name": "workers",
            "subnet_ids": [s.subnet_id],
            "iam_instance_profile_arn": s.instance_profile_arn,
            "scaling_configuration": ScalingConfigurationRequest(
                min_instance_count=0, max_instance_count=4
            ),
            "instance_configs": [InstanceConfig(instance_type=s.instance_type)],
            "launch_template_mode": LaunchTemplateMode.MANAGED,
            "ami_id": s.ami_id,
            "security_group_ids": [s.security_group_id],
            "client_token": ANY,
        },
    )
    for status in (ComputeNodeGroupStatus.CREATING, ComputeNodeGroupStatus.ACTIVE):
        group = _offline_group(s, now, status)
        stub.add_response(
            "get_compute_node_group",
            GetComputeNodeGroupResponse(compute_node_group=group),
            on_group,
        )

    # _create_queue: and once more for the queue, which sends jobs to the group.
    stub.add_response(
        "create_queue",
        CreateQueueResponse(queue=_offline_queue(now, QueueStatus.CREATING)),
        expected_params={
            **on_cluster,
            "queue_name": "batch",
            "compute_node_group_configurations": [
                ComputeNodeGroupConfiguration(compute_node_group_id=OFFLINE_GROUP_ID)
            ],
            "client_token": ANY,
        },
    )
    for queue_status in (QueueStatus.CREATING, QueueStatus.ACTIVE):
        queue = _offline_queue(now, queue_status)
        stub.add_response("get_queue", GetQueueResponse(queue=queue), on_queue)

    # _show_inventory: the account already has a cluster, so list_clusters takes two
    # pages and the paginator follows the token; the other listings fit in one page.
    older = now - datetime.timedelta(days=12)
    other = ClusterSummary(
        name="genomics-prod",
        id="pcs_0c0ffee042",
        arn=_offline_arn("cluster", "pcs_0c0ffee042"),
        created_at=older,
        modified_at=older,
        status=ClusterStatus.ACTIVE,
    )
    first_page = ListClustersResponse(clusters=[other], next_token="page-2")
    stub.add_response("list_clusters", first_page, expected_params={})
    ours = ClusterSummary(
        name=s.cluster_name,
        id=OFFLINE_CLUSTER_ID,
        arn=active.arn,
        created_at=now,
        modified_at=now,
        status=ClusterStatus.ACTIVE,
    )
    stub.add_response(
        "list_clusters", ListClustersResponse(clusters=[ours]), {"next_token": "page-2"}
    )
    group_summary = ComputeNodeGroupSummary(
        name="workers",
        id=OFFLINE_GROUP_ID,
        arn=group.arn,
        cluster_id=OFFLINE_CLUSTER_ID,
        created_at=now,
        modified_at=now,
        status=ComputeNodeGroupStatus.ACTIVE,
    )
    groups_page = ListComputeNodeGroupsResponse(compute_node_groups=[group_summary])
    stub.add_response("list_compute_node_groups", groups_page, on_cluster)
    queue_summary = QueueSummary(
        name="batch",
        id=OFFLINE_QUEUE_ID,
        arn=queue.arn,
        cluster_id=OFFLINE_CLUSTER_ID,
        created_at=now,
        modified_at=now,
        status=QueueStatus.ACTIVE,
    )
    stub.add_response("list_queues", ListQueuesResponse(queues=[queue_summary]), on_cluster)

    # _tear_down: each delete is followed by its _deleted waiter. The queue is DELETING
    # for one poll, then gone: ResourceNotFoundException is the waiter's success.
    stub.add_response("delete_queue", DeleteQueueResponse(), on_queue)
    deleting_queue = _offline_queue(now, QueueStatus.DELETING)
    stub.add_response("get_queue", GetQueueResponse(queue=deleting_queue), on_queue)
    stub.add_client_error("get_queue", _not_found("queue", OFFLINE_QUEUE_ID), on_queue)
    # A node group may report DELETED before it disappears, which also ends its waiter.
    stub.add_response("delete_compute_node_group", DeleteComputeNodeGroupResponse(), on_group)
    deleted_group = _offline_group(s, now, ComputeNodeGroupStatus.DELETED)
    stub.add_response(
        "get_compute_node_group",
        GetComputeNodeGroupResponse(compute_node_group=deleted_group),
        on_group,
    )
    # The cluster is already gone at the first poll.
    stub.add_response("delete_cluster", DeleteClusterResponse(), on_cluster)
    stub.add_client_error("get_cluster", _not_found("cluster", OFFLINE_CLUSTER_ID), on_cluster)


def _offline_cluster(s: Settings, now: datetime.datetime, status: ClusterStatus) -> Cluster:
    """The cluster as PCS describes it; the controller endpoint exists once it is ACTIVE."""
    controller = Endpoint(type=EndpointType.SLURMCTLD, private_ip_address="10.0.0.17", port="6817")
    return Cluster(
        name=s.cluster_name,
        id=OFFLINE_CLUSTER_ID,
        arn=_offline_arn("cluster", OFFLINE_CLUSTER_ID),
        status=status,
        created_at=now,
        modified_at=now,
        scheduler=Scheduler(type=SchedulerType.SLURM, version=s.slurm_version),
        size=Size.SMALL,
        networking=Networking(subnet_ids=[s.subnet_id], security_group_ids=[s.security_group_id]),
        slurm_configuration=ClusterSlurmConfiguration(scale_down_idle_time_in_seconds=600),
        endpoints=[controller] if status is ClusterStatus.ACTIVE else None,
    )


def _offline_group(
    s: Settings, now: datetime.datetime, status: ComputeNodeGroupStatus
) -> ComputeNodeGroup:
    return ComputeNodeGroup(
        name="workers",
        id=OFFLINE_GROUP_ID,
        arn=_offline_arn("computenodegroup", OFFLINE_CLUSTER_ID, OFFLINE_GROUP_ID),
        cluster_id=OFFLINE_CLUSTER_ID,
        created_at=now,
        modified_at=now,
        status=status,
        subnet_ids=[s.subnet_id],
        iam_instance_profile_arn=s.instance_profile_arn,
        scaling_configuration=ScalingConfiguration(min_instance_count=0, max_instance_count=4),
        instance_configs=[InstanceConfig(instance_type=s.instance_type)],
        ami_id=s.ami_id,
        security_group_ids=[s.security_group_id],
        launch_template_mode=LaunchTemplateMode.MANAGED,
    )


def _offline_queue(now: datetime.datetime, status: QueueStatus) -> Queue:
    return Queue(
        name="batch",
        id=OFFLINE_QUEUE_ID,
        arn=_offline_arn("queue", OFFLINE_CLUSTER_ID, OFFLINE_QUEUE_ID),
        cluster_id=OFFLINE_CLUSTER_ID,
        created_at=now,
        modified_at=now,
        status=status,
        compute_node_group_configurations=[
            ComputeNodeGroupConfiguration(compute_node_group_id=OFFLINE_GROUP_ID)
        ],
    )


def _offline_arn(kind: str, *ids: str) -> str:
    return f"arn:aws:pcs:{OFFLINE_REGION}:{OFFLINE_ACCOUNT}:{kind}/{'/'.join(ids)}"


def _not_found(kind: str, ident: str) -> ResourceNotFoundException:
    return ResourceNotFoundException(
        f"{kind} {ident} not found", resource_id=ident, resource_type=kind
    )


# -- command line -------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    live = parser.add_argument_group("run against a real account (any of these turns it on)")
    live.add_argument("--region", help="AWS Region, e.g. us-east-1")
    live.add_argument("--profile", help="named profile from your AWS config")
    live.add_argument("--endpoint-url", help="send requests here instead of the PCS endpoint")
    need = parser.add_argument_group("resources to use (required with a real account)")
    need.add_argument("--subnet-id")
    need.add_argument("--security-group-id")
    need.add_argument("--instance-profile-arn")
    need.add_argument("--ami-id", help="an AMI built for PCS compute nodes")
    parser.add_argument("--cluster-name", default="emrk-quickstart")
    parser.add_argument("--instance-type", default="c6i.xlarge")
    parser.add_argument("--slurm-version", default="25.05")
    parser.add_argument(
        "--poll-seconds",
        type=float,
        help="seconds between status polls (default: each waiter's own pace)",
    )
    parser.add_argument("--keep", action="store_true", help="do not delete what was created")
    return parser


def _live_settings(args: argparse.Namespace, parser: argparse.ArgumentParser) -> Settings:
    required = ("subnet_id", "security_group_id", "instance_profile_arn", "ami_id")
    missing = ["--" + name.replace("_", "-") for name in required if not getattr(args, name)]
    if missing:
        parser.error(f"a real account needs {', '.join(missing)}")
    return Settings(
        cluster_name=args.cluster_name,
        subnet_id=args.subnet_id,
        security_group_id=args.security_group_id,
        instance_profile_arn=args.instance_profile_arn,
        ami_id=args.ami_id,
        instance_type=args.instance_type,
        slurm_version=args.slurm_version,
        delay=args.poll_seconds,
        keep=args.keep,
    )


def _offline_settings(args: argparse.Namespace) -> Settings:
    return Settings(
        cluster_name=args.cluster_name,
        subnet_id="subnet-0a1b2c3d4e5f60718",
        security_group_id="sg-0123456789abcdef0",
        instance_profile_arn=f"arn:aws:iam::{OFFLINE_ACCOUNT}:instance-profile/AWSPCS-nodes",
        ami_id="ami-0fedcba9876543210",
        instance_type=args.instance_type,
        slurm_version=args.slurm_version,
        delay=0,
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Parse arguments, pick live or offline mode, run the walk-through."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        if args.region or args.profile or args.endpoint_url:
            settings = _live_settings(args, parser)
            session = emrk.Session(region_name=args.region, profile_name=args.profile)
            with session.pcs(endpoint_url=args.endpoint_url) as pcs:
                run(pcs, settings)
        else:
            print("Offline mode: emrk.testing.Stubber answers PCS (see --help for a real account).")
            settings = _offline_settings(args)
            with offline_pcs(settings) as pcs:
                run(pcs, settings)
    except emrk.EmrkError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
