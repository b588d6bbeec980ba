"""What the PCS client puts on the wire, and how it reads what comes back."""

from __future__ import annotations

import datetime
import uuid
from typing import Any

import pytest

import emrk
from emrk.pcs import (
    AccountingRequest,
    ClusterSlurmConfigurationRequest,
    ClusterStatus,
    ComputeNodeGroupConfiguration,
    CustomLaunchTemplate,
    EndpointType,
    InstanceConfig,
    LaunchTemplateMode,
    NetworkingRequest,
    NetworkType,
    NodeLifecycleActionsRequest,
    NodeLifecycleScript,
    NodeLifecycleStages,
    OnError,
    PCSClient,
    PurchaseOption,
    ScalingConfigurationRequest,
    SchedulerRequest,
    SchedulerType,
    ScriptSource,
    Size,
    SlurmCustomSetting,
    SpotAllocationStrategy,
    SpotOptions,
    UpdateClusterSlurmConfigurationRequest,
    UpdateSchedulerRequest,
)

from . import fakes
from .fakes import FakePCS

CLUSTER = fakes.CLUSTER_NAME
C = {"clusterIdentifier": CLUSTER}

# (method, keyword arguments, operation, expected JSON body without clientToken, answer)
OPERATIONS: list[tuple[str, dict[str, Any], str, dict[str, Any], dict[str, Any]]] = [
    (
        "create_cluster",
        {
            "cluster_name": CLUSTER,
            "scheduler": SchedulerRequest(type=SchedulerType.SLURM, version="25.05"),
            "size": Size.SMALL,
            "networking": NetworkingRequest(
                subnet_ids=[fakes.SUBNET],
                security_group_ids=[fakes.SECURITY_GROUP],
                network_type=NetworkType.IPV4,
            ),
            "slurm_configuration": ClusterSlurmConfigurationRequest(
                scale_down_idle_time_in_seconds=900,
                slurm_custom_settings=[
                    SlurmCustomSetting(parameter_name="MaxJobCount", parameter_value="5000")
                ],
                accounting=AccountingRequest(mode="STANDARD", default_purge_time_in_days=30),
            ),
            "tags": {"team": "genomics"},
        },
        "CreateCluster",
        {
            "clusterName": CLUSTER,
            "scheduler": {"type": "SLURM", "version": "25.05"},
            "size": "SMALL",
            "networking": {
                "subnetIds": [fakes.SUBNET],
                "securityGroupIds": [fakes.SECURITY_GROUP],
                "networkType": "IPV4",
            },
            "slurmConfiguration": {
                "scaleDownIdleTimeInSeconds": 900,
                "slurmCustomSettings": [{"parameterName": "MaxJobCount", "parameterValue": "5000"}],
                "accounting": {"mode": "STANDARD", "defaultPurgeTimeInDays": 30},
            },
            "tags": {"team": "genomics"},
        },
        {"cluster": fakes.cluster("CREATING")},
    ),
    (
        "create_compute_node_group",
        {
            "cluster_identifier": CLUSTER,
            "compute_node_group_name": fakes.NODE_GROUP_NAME,
            "subnet_ids": [fakes.SUBNET],
            "iam_instance_profile_arn": fakes.PROFILE_ARN,
            "scaling_configuration": ScalingConfigurationRequest(
                min_instance_count=0, max_instance_count=8
            ),
            "instance_configs": [InstanceConfig(instance_type="c6i.xlarge")],
            "purchase_option": PurchaseOption.SPOT,
            "spot_options": SpotOptions(allocation_strategy=SpotAllocationStrategy.LOWEST_PRICE),
            "custom_launch_template": CustomLaunchTemplate(id=fakes.LAUNCH_TEMPLATE, version="3"),
            "node_lifecycle_actions": NodeLifecycleActionsRequest(
                stages=NodeLifecycleStages(
                    node_bootstrapped=[
                        NodeLifecycleScript(
                            name="mount-fsx",
                            script_source=ScriptSource(script_location="s3://ops/mount.sh"),
                            arguments=["--dir", "/fsx"],
                            on_error=OnError.STOP_SEQUENCE,
                        )
                    ]
                )
            ),
        },
        "CreateComputeNodeGroup",
        {
            **C,
            "computeNodeGroupName": fakes.NODE_GROUP_NAME,
            "subnetIds": [fakes.SUBNET],
            "iamInstanceProfileArn": fakes.PROFILE_ARN,
            "scalingConfiguration": {"minInstanceCount": 0, "maxInstanceCount": 8},
            "instanceConfigs": [{"instanceType": "c6i.xlarge"}],
            "purchaseOption": "SPOT",
            "spotOptions": {"allocationStrategy": "lowest-price"},
            "customLaunchTemplate": {"id": fakes.LAUNCH_TEMPLATE, "version": "3"},
            "nodeLifecycleActions": {
                "stages": {
                    "nodeBootstrapped": [
                        {
                            "name": "mount-fsx",
                            "scriptSource": {"scriptLocation": "s3://ops/mount.sh"},
                            "arguments": ["--dir", "/fsx"],
                            "onError": "STOP_SEQUENCE",
                        }
                    ]
                }
            },
        },
        {"computeNodeGroup": fakes.node_group("CREATING")},
    ),
    (
        "create_queue",
        {
            "cluster_identifier": CLUSTER,
            "queue_name": fakes.QUEUE_NAME,
            "compute_node_group_configurations": [
                ComputeNodeGroupConfiguration(compute_node_group_id=fakes.NODE_GROUP_ID)
            ],
        },
        "CreateQueue",
        {
            **C,
            "queueName": fakes.QUEUE_NAME,
            "computeNodeGroupConfigurations": [{"computeNodeGroupId": fakes.NODE_GROUP_ID}],
        },
        {"queue": fakes.queue("CREATING")},
    ),
    ("delete_cluster", {"cluster_identifier": CLUSTER}, "DeleteCluster", C, {}),
    (
        "delete_compute_node_group",
        {"cluster_identifier": CLUSTER, "compute_node_group_identifier": fakes.NODE_GROUP_ID},
        "DeleteComputeNodeGroup",
        {**C, "computeNodeGroupIdentifier": fakes.NODE_GROUP_ID},
        {},
    ),
    (
        "delete_queue",
        {"cluster_identifier": CLUSTER, "queue_identifier": fakes.QUEUE_ID},
        "DeleteQueue",
        {**C, "queueIdentifier": fakes.QUEUE_ID},
        {},
    ),
    ("get_cluster", {"cluster_identifier": CLUSTER}, "GetCluster", C, {"cluster": fakes.cluster()}),
    (
        "get_compute_node_group",
        {"cluster_identifier": CLUSTER, "compute_node_group_identifier": fakes.NODE_GROUP_NAME},
        "GetComputeNodeGroup",
        {**C, "computeNodeGroupIdentifier": fakes.NODE_GROUP_NAME},
        {"computeNodeGroup": fakes.node_group()},
    ),
    (
        "get_queue",
        {"cluster_identifier": CLUSTER, "queue_identifier": fakes.QUEUE_NAME},
        "GetQueue",
        {**C, "queueIdentifier": fakes.QUEUE_NAME},
        {"queue": fakes.queue()},
    ),
    (
        "list_clusters",
        {"max_results": 25, "next_token": "tok-2"},
        "ListClusters",
        {"maxResults": 25, "nextToken": "tok-2"},
        {"clusters": []},
    ),
    (
        "list_compute_node_groups",
        {"cluster_identifier": CLUSTER},
        "ListComputeNodeGroups",
        C,
        {"computeNodeGroups": []},
    ),
    ("list_queues", {"cluster_identifier": CLUSTER}, "ListQueues", C, {"queues": []}),
    (
        "list_tags_for_resource",
        {"resource_arn": fakes.arn("cluster", fakes.CLUSTER_ID)},
        "ListTagsForResource",
        {"resourceArn": fakes.arn("cluster", fakes.CLUSTER_ID)},
        {"tags": {"team": "genomics"}},
    ),
    (
        "register_compute_node_group_instance",
        {"cluster_identifier": fakes.CLUSTER_ID, "bootstrap_id": "i-0abc1234def567890"},
        "RegisterComputeNodeGroupInstance",
        {"clusterIdentifier": fakes.CLUSTER_ID, "bootstrapId": "i-0abc1234def567890"},
        {
            "nodeID": "c6i-workers-1",
            "sharedSecret": fakes.SHARED_SECRET,
            "endpoints": [{"type": "SLURMCTLD", "privateIpAddress": "10.0.1.23", "port": "6817"}],
        },
    ),
    (
        "tag_resource",
        {"resource_arn": fakes.arn("queue", fakes.CLUSTER_ID, fakes.QUEUE_ID), "tags": {"a": ""}},
        "TagResource",
        {"resourceArn": fakes.arn("queue", fakes.CLUSTER_ID, fakes.QUEUE_ID), "tags": {"a": ""}},
        {},
    ),
    (
        "untag_resource",
        {"resource_arn": fakes.arn("cluster", fakes.CLUSTER_ID), "tag_keys": ["a", "b"]},
        "UntagResource",
        {"resourceArn": fakes.arn("cluster", fakes.CLUSTER_ID), "tagKeys": ["a", "b"]},
        {},
    ),
    (
        "update_cluster",
        {
            "cluster_identifier": CLUSTER,
            "scheduler": UpdateSchedulerRequest(version="25.11"),
            "slurm_configuration": UpdateClusterSlurmConfigurationRequest(
                scale_down_idle_time_in_seconds=1200
            ),
        },
        "UpdateCluster",
        {
            **C,
            "scheduler": {"version": "25.11"},
            "slurmConfiguration": {"scaleDownIdleTimeInSeconds": 1200},
        },
        {"cluster": fakes.cluster("UPDATING")},
    ),
    (
        "update_compute_node_group",
        {
            "cluster_identifier": CLUSTER,
            "compute_node_group_identifier": fakes.NODE_GROUP_NAME,
            "scaling_configuration": ScalingConfigurationRequest(
                min_instance_count=1, max_instance_count=16
            ),
            "launch_template_mode": LaunchTemplateMode.MANAGED,
            "ami_id": "ami-0fedcba9876543210",
            "security_group_ids": [fakes.SECURITY_GROUP],
            "ssh_key_name": "",
        },
        "UpdateComputeNodeGroup",
        {
            **C,
            "computeNodeGroupIdentifier": fakes.NODE_GROUP_NAME,
            "scalingConfiguration": {"minInstanceCount": 1, "maxInstanceCount": 16},
            "launchTemplateMode": "MANAGED",
            "amiId": "ami-0fedcba9876543210",
            "securityGroupIds": [fakes.SECURITY_GROUP],
            "sshKeyName": "",
        },
        {"computeNodeGroup": fakes.node_group("UPDATING")},
    ),
    (
        "update_queue",
        {
            "cluster_identifier": CLUSTER,
            "queue_identifier": fakes.QUEUE_NAME,
            "compute_node_group_configurations": [
                ComputeNodeGroupConfiguration(compute_node_group_id="pcs_other00001")
            ],
        },
        "UpdateQueue",
        {
            **C,
            "queueIdentifier": fakes.QUEUE_NAME,
            "computeNodeGroupConfigurations": [{"computeNodeGroupId": "pcs_other00001"}],
        },
        {"queue": fakes.queue("UPDATING")},
    ),
]
TOKEN_OPERATIONS = [op for op in OPERATIONS if op[0].startswith(("create_", "delete_", "update_"))]
_IDS = [op[0] for op in OPERATIONS]
_TOKEN_IDS = [op[0] for op in TOKEN_OPERATIONS]


def test_every_operation_is_covered() -> None:
    assert len(OPERATIONS) == 19
    assert len(TOKEN_OPERATIONS) == 9


@pytest.mark.parametrize(("method", "kwargs", "operation", "body", "answer"), OPERATIONS, ids=_IDS)
def test_request_wire_format(
    pcs: PCSClient,
    fake: FakePCS,
    method: str,
    kwargs: dict[str, Any],
    operation: str,
    body: dict[str, Any],
    answer: dict[str, Any],
) -> None:
    fake.reply(operation, answer)

    getattr(pcs, method)(**kwargs)

    (call,) = fake.calls
    assert call.headers["X-Amz-Target"] == f"AWSParallelComputingService.{operation}"
    assert call.headers["Content-Type"] == "application/x-amz-json-1.0"
    assert "/us-east-1/pcs/aws4_request" in call.headers["Authorization"]
    sent = dict(call.body)
    sent.pop("clientToken", None)
    assert sent == body


@pytest.mark.parametrize(
    ("method", "kwargs", "operation", "body", "answer"), TOKEN_OPERATIONS, ids=_TOKEN_IDS
)
def test_idempotency_token_is_filled_and_reused_on_retry(
    pcs: PCSClient,
    fake: FakePCS,
    method: str,
    kwargs: dict[str, Any],
    operation: str,
    body: dict[str, Any],
    answer: dict[str, Any],
) -> None:
    fake.fail(operation, "InternalServerException", "try again", status=500)
    fake.reply(operation, answer)
    fake.reply(operation, answer)

    getattr(pcs, method)(**kwargs)
    getattr(pcs, method)(**kwargs)

    first, retry, second_call = (c.body["clientToken"] for c in fake.calls)
    assert uuid.UUID(first).version == 4
    assert retry == first
    assert second_call != first


@pytest.mark.parametrize(
    ("method", "kwargs", "operation", "body", "answer"), TOKEN_OPERATIONS, ids=_TOKEN_IDS
)
def test_explicit_idempotency_token_is_sent_as_given(
    pcs: PCSClient,
    fake: FakePCS,
    method: str,
    kwargs: dict[str, Any],
    operation: str,
    body: dict[str, Any],
    answer: dict[str, Any],
) -> None:
    fake.reply(operation, answer)

    getattr(pcs, method)(**kwargs, client_token="my-own-token-0001")

    assert fake.calls[0].body["clientToken"] == "my-own-token-0001"


def test_plain_strings_work_where_enums_are_expected(pcs: PCSClient, fake: FakePCS) -> None:
    fake.reply("CreateCluster", {"cluster": fakes.cluster("CREATING")})

    pcs.create_cluster(
        cluster_name=CLUSTER,
        scheduler=SchedulerRequest(type="SLURM", version="25.05"),
        size="LARGE",
        networking=NetworkingRequest(subnet_ids=[fakes.SUBNET]),
    )

    assert fake.calls[0].body["size"] == "LARGE"
    assert fake.calls[0].body["scheduler"] == {"type": "SLURM", "version": "25.05"}


def test_cluster_response_parses_to_typed_models(pcs: PCSClient, fake: FakePCS) -> None:
    fake.reply("GetCluster", {"cluster": fakes.cluster()})

    cluster = pcs.get_cluster(cluster_identifier=CLUSTER).cluster

    assert cluster is not None
    assert cluster.status is ClusterStatus.ACTIVE
    assert cluster.size is Size.SMALL
    assert cluster.created_at == datetime.datetime(
        2025, 3, 4, 9, 15, 27, 123000, tzinfo=datetime.timezone.utc
    )
    assert cluster.modified_at.tzinfo is not None
    assert cluster.modified_at.utcoffset() == datetime.timedelta(0)
    assert cluster.networking.network_type is NetworkType.IPV4
    assert cluster.endpoints is not None
    assert cluster.endpoints[0].type is EndpointType.SLURMCTLD
    assert cluster.endpoints[0].port == "6817"
    assert cluster.slurm_configuration is not None
    assert cluster.slurm_configuration.accounting is not None
    assert cluster.slurm_configuration.accounting.default_purge_time_in_days == -1


def test_response_metadata_carries_the_request_id(pcs: PCSClient, fake: FakePCS) -> None:
    fake.reply("GetCluster", {"cluster": fakes.cluster()})

    response = pcs.get_cluster(cluster_identifier=CLUSTER)

    assert response.response_metadata is not None
    assert response.response_metadata.request_id == "req-1"
    assert response.response_metadata.http_status_code == 200


def test_unknown_enum_values_and_fields_are_tolerated(pcs: PCSClient, fake: FakePCS) -> None:
    body = fakes.cluster("MIGRATING", size="XLARGE", brandNewField={"x": 1})
    body["endpoints"][0]["type"] = "SLURMMONITORD"
    fake.reply("GetCluster", {"cluster": body, "anotherNewField": True})

    cluster = pcs.get_cluster(cluster_identifier=CLUSTER).cluster

    assert cluster is not None
    assert cluster.status == "MIGRATING"
    assert not isinstance(cluster.status, ClusterStatus)
    assert cluster.size == "XLARGE"
    assert cluster.endpoints is not None
    assert cluster.endpoints[0].type == "SLURMMONITORD"


def test_paginators_follow_tokens(pcs: PCSClient, fake: FakePCS) -> None:
    fake.reply("ListQueues", {"queues": [fakes.queue_summary(1)], "nextToken": "p2"})
    fake.reply("ListQueues", {"queues": [fakes.queue_summary(2)]})
    fake.reply("ListComputeNodeGroups", {"computeNodeGroups": [fakes.node_group_summary(1)]})

    queues = [q.name for q in pcs.paginate_list_queues(cluster_identifier=CLUSTER, max_results=1)]
    groups = [g.id for g in pcs.paginate_list_compute_node_groups(cluster_identifier=CLUSTER)]

    assert queues == ["queue-1", "queue-2"]
    assert groups == ["pcs_ng000001"]
    assert [c.body for c in fake.calls] == [
        {**C, "maxResults": 1},
        {**C, "maxResults": 1, "nextToken": "p2"},
        C,
    ]


def test_paginator_is_lazy(pcs: PCSClient, fake: FakePCS) -> None:
    fake.reply("ListClusters", {"clusters": [fakes.cluster_summary(1)], "nextToken": "p2"})

    first = next(iter(pcs.paginate_list_clusters()))

    assert first.id == "pcs_list000001"
    assert len(fake.calls) == 1


def test_validation_stops_bad_input_before_sending(pcs: PCSClient, fake: FakePCS) -> None:
    with pytest.raises(emrk.ParamValidationError) as caught:
        pcs.create_queue(cluster_identifier=CLUSTER, queue_name="q")
    assert caught.value.param == "queue_name"

    with pytest.raises(emrk.ParamValidationError) as caught:
        pcs.list_clusters(max_results=500)
    assert caught.value.param == "max_results"

    with pytest.raises(emrk.ParamValidationError):
        pcs.create_compute_node_group(
            cluster_identifier=CLUSTER,
            compute_node_group_name=fakes.NODE_GROUP_NAME,
            subnet_ids=[fakes.SUBNET],
            iam_instance_profile_arn=fakes.PROFILE_ARN,
            scaling_configuration=ScalingConfigurationRequest(
                min_instance_count=-1, max_instance_count=4
            ),
            instance_configs=[InstanceConfig(instance_type="c6i.xlarge")],
        )

    assert fake.calls == []
