"""End to end: a whole cluster -> node group -> queue life cycle over scripted HTTP.

Every request goes through the real client stack (validation, serialization,
SigV4 signing, retries, parsing); only the HTTP answers are scripted, with
bodies shaped like the ones PCS sends.
"""

from __future__ import annotations

import pytest

from emrk.pcs import (
    ClusterStatus,
    ComputeNodeGroupConfiguration,
    ComputeNodeGroupStatus,
    ConflictException,
    CustomLaunchTemplate,
    InstanceConfig,
    NetworkingRequest,
    PCSClient,
    PurchaseOption,
    QueueStatus,
    ScalingConfigurationRequest,
    SchedulerRequest,
    Size,
    UpdateSchedulerRequest,
)

from . import fakes
from .fakes import FakePCS

CLUSTER = fakes.CLUSTER_NAME


def _script_creation(fake: FakePCS) -> None:
    fake.reply("CreateCluster", {"cluster": fakes.cluster("CREATING", endpoints=[])})
    fake.reply("GetCluster", {"cluster": fakes.cluster("CREATING", endpoints=[])})
    fake.reply("GetCluster", {"cluster": fakes.cluster("ACTIVE")})
    fake.fail("CreateComputeNodeGroup", "ThrottlingException", "Rate exceeded", retryAfterSeconds=2)
    fake.reply("CreateComputeNodeGroup", {"computeNodeGroup": fakes.node_group("CREATING")})
    fake.reply("GetComputeNodeGroup", {"computeNodeGroup": fakes.node_group("CREATING")})
    fake.reply("GetComputeNodeGroup", {"computeNodeGroup": fakes.node_group("ACTIVE")})
    fake.reply("CreateQueue", {"queue": fakes.queue("CREATING")})
    fake.reply("GetQueue", {"queue": fakes.queue("ACTIVE")})


def _script_listing(fake: FakePCS) -> None:
    pages = [[1, 2], [3, 4], [5]]
    for number, page in enumerate(pages, start=1):
        body: dict[str, object] = {"clusters": [fakes.cluster_summary(i) for i in page]}
        if number < len(pages):
            body["nextToken"] = f"page-{number + 1}"
        fake.reply("ListClusters", body)
    fake.reply("ListComputeNodeGroups", {"computeNodeGroups": [fakes.node_group_summary(1)]})
    fake.reply("ListQueues", {"queues": [fakes.queue_summary(1)]})


def _script_updates(fake: FakePCS) -> None:
    fake.reply("UpdateComputeNodeGroup", {"computeNodeGroup": fakes.node_group("UPDATING")})
    fake.reply("GetComputeNodeGroup", {"computeNodeGroup": fakes.node_group("UPDATING")})
    fake.reply(
        "GetComputeNodeGroup",
        {
            "computeNodeGroup": fakes.node_group(
                "ACTIVE", scalingConfiguration={"minInstanceCount": 1, "maxInstanceCount": 16}
            )
        },
    )
    fake.reply("UpdateQueue", {"queue": fakes.queue("UPDATING")})
    fake.reply("GetQueue", {"queue": fakes.queue("ACTIVE")})
    fake.reply("UpdateCluster", {"cluster": fakes.cluster("UPDATING")})
    fake.reply(
        "GetCluster",
        {"cluster": fakes.cluster("ACTIVE", scheduler={"type": "SLURM", "version": "25.11"})},
    )


def _script_teardown(fake: FakePCS) -> None:
    fake.fail(
        "DeleteCluster",
        "ConflictException",
        "Cluster still has compute node groups or queues",
        resourceId=fakes.CLUSTER_ID,
        resourceType="cluster",
    )
    gone = "ResourceNotFoundException"
    fake.reply("DeleteQueue")
    fake.reply("GetQueue", {"queue": fakes.queue("DELETING")})
    fake.fail("GetQueue", gone, "queue not found", **fakes.not_found("queue", fakes.QUEUE_ID))
    fake.reply("DeleteComputeNodeGroup")
    fake.reply("GetComputeNodeGroup", {"computeNodeGroup": fakes.node_group("DELETING")})
    fake.fail(
        "GetComputeNodeGroup",
        gone,
        "compute node group not found",
        **fakes.not_found("computeNodeGroup", fakes.NODE_GROUP_ID),
    )
    fake.reply("DeleteCluster")
    fake.reply("GetCluster", {"cluster": fakes.cluster("DELETING")})
    fake.fail("GetCluster", gone, "cluster not found", **fakes.not_found("cluster", CLUSTER))


def test_cluster_node_group_queue_lifecycle(
    pcs: PCSClient, fake: FakePCS, sleeps: list[float]
) -> None:
    _script_creation(fake)
    _script_listing(fake)
    _script_updates(fake)
    _script_teardown(fake)

    # -- create and wait ------------------------------------------------------
    created = pcs.create_cluster(
        cluster_name=CLUSTER,
        scheduler=SchedulerRequest(type="SLURM", version="25.05"),
        size=Size.SMALL,
        networking=NetworkingRequest(
            subnet_ids=[fakes.SUBNET], security_group_ids=[fakes.SECURITY_GROUP]
        ),
        tags={"project": "genomics"},
    )
    assert created.cluster is not None
    assert created.cluster.status is ClusterStatus.CREATING

    active = pcs.wait_until_cluster_active(cluster_identifier=CLUSTER, delay=0)
    assert active.cluster is not None
    assert active.cluster.endpoints is not None
    controller = active.cluster.endpoints[0]
    assert (controller.private_ip_address, controller.port) == ("10.0.1.23", "6817")

    group = pcs.create_compute_node_group(
        cluster_identifier=CLUSTER,
        compute_node_group_name=fakes.NODE_GROUP_NAME,
        subnet_ids=[fakes.SUBNET],
        iam_instance_profile_arn=fakes.PROFILE_ARN,
        scaling_configuration=ScalingConfigurationRequest(
            min_instance_count=0, max_instance_count=8
        ),
        instance_configs=[InstanceConfig(instance_type="c6i.xlarge")],
        custom_launch_template=CustomLaunchTemplate(id=fakes.LAUNCH_TEMPLATE, version="3"),
        purchase_option=PurchaseOption.ONDEMAND,
    ).compute_node_group
    assert group is not None
    assert group.status is ComputeNodeGroupStatus.CREATING
    pcs.wait_until_compute_node_group_active(
        cluster_identifier=CLUSTER, compute_node_group_identifier=group.id, delay=0
    )

    queue = pcs.create_queue(
        cluster_identifier=CLUSTER,
        queue_name=fakes.QUEUE_NAME,
        compute_node_group_configurations=[
            ComputeNodeGroupConfiguration(compute_node_group_id=group.id)
        ],
    ).queue
    assert queue is not None
    ready = pcs.wait_until_queue_active(
        cluster_identifier=CLUSTER, queue_identifier=queue.id, delay=0
    ).queue
    assert ready is not None
    assert ready.status is QueueStatus.ACTIVE
    assert [c.compute_node_group_id for c in ready.compute_node_group_configurations] == [group.id]

    # -- list -------------------------------------------------------------------
    names = [c.name for c in pcs.paginate_list_clusters(max_results=2)]
    assert names == [f"cluster-{i}" for i in range(1, 6)]
    assert [g.id for g in pcs.paginate_list_compute_node_groups(cluster_identifier=CLUSTER)] == [
        "pcs_ng000001"
    ]
    assert [q.name for q in pcs.paginate_list_queues(cluster_identifier=CLUSTER)] == ["queue-1"]

    # -- update -----------------------------------------------------------------
    pcs.update_compute_node_group(
        cluster_identifier=CLUSTER,
        compute_node_group_identifier=group.id,
        scaling_configuration=ScalingConfigurationRequest(
            min_instance_count=1, max_instance_count=16
        ),
    )
    scaled = pcs.wait_until_compute_node_group_active(
        cluster_identifier=CLUSTER, compute_node_group_identifier=group.id, delay=0
    ).compute_node_group
    assert scaled is not None
    assert scaled.scaling_configuration.max_instance_count == 16
    pcs.update_queue(
        cluster_identifier=CLUSTER,
        queue_identifier=queue.id,
        compute_node_group_configurations=[
            ComputeNodeGroupConfiguration(compute_node_group_id=group.id)
        ],
    )
    pcs.wait_until_queue_active(cluster_identifier=CLUSTER, queue_identifier=queue.id, delay=0)
    pcs.update_cluster(
        cluster_identifier=CLUSTER, scheduler=UpdateSchedulerRequest(version="25.11")
    )
    upgraded = pcs.wait_until_cluster_active(cluster_identifier=CLUSTER, delay=0).cluster
    assert upgraded is not None
    assert upgraded.scheduler.version == "25.11"

    # -- tear down: the cluster cannot go first ---------------------------------
    with pytest.raises(ConflictException) as conflict:
        pcs.delete_cluster(cluster_identifier=CLUSTER)
    assert (conflict.value.resource_id, conflict.value.resource_type) == (
        fakes.CLUSTER_ID,
        "cluster",
    )

    pcs.delete_queue(cluster_identifier=CLUSTER, queue_identifier=queue.id)
    assert (
        pcs.wait_until_queue_deleted(cluster_identifier=CLUSTER, queue_identifier=queue.id, delay=0)
        is None
    )
    pcs.delete_compute_node_group(
        cluster_identifier=CLUSTER, compute_node_group_identifier=group.id
    )
    pcs.wait_until_compute_node_group_deleted(
        cluster_identifier=CLUSTER, compute_node_group_identifier=group.id, delay=0
    )
    pcs.delete_cluster(cluster_identifier=CLUSTER)
    assert pcs.wait_until_cluster_deleted(cluster_identifier=CLUSTER, delay=0) is None

    # -- what went over the wire --------------------------------------------------
    assert fake.pending() == {}
    assert fake.operations() == [
        "CreateCluster",
        *["GetCluster"] * 2,
        *["CreateComputeNodeGroup"] * 2,
        *["GetComputeNodeGroup"] * 2,
        "CreateQueue",
        "GetQueue",
        *["ListClusters"] * 3,
        "ListComputeNodeGroups",
        "ListQueues",
        "UpdateComputeNodeGroup",
        *["GetComputeNodeGroup"] * 2,
        "UpdateQueue",
        "GetQueue",
        "UpdateCluster",
        "GetCluster",
        "DeleteCluster",
        "DeleteQueue",
        *["GetQueue"] * 2,
        "DeleteComputeNodeGroup",
        *["GetComputeNodeGroup"] * 2,
        "DeleteCluster",
        *["GetCluster"] * 2,
    ]
    throttled, retried = (c for c in fake.calls if c.operation == "CreateComputeNodeGroup")
    assert throttled.body == retried.body
    assert throttled.body["clientToken"] == retried.body["clientToken"]
    assert throttled.headers["amz-sdk-invocation-id"] == retried.headers["amz-sdk-invocation-id"]
    assert retried.headers["amz-sdk-request"] == "attempt=2; max=3"
    assert 2.0 in sleeps
    list_tokens = [c.body.get("nextToken") for c in fake.calls if c.operation == "ListClusters"]
    assert list_tokens == [None, "page-2", "page-3"]
    conflicting_delete = fake.calls[fake.operations().index("DeleteCluster")]
    assert conflicting_delete.body["clusterIdentifier"] == CLUSTER
