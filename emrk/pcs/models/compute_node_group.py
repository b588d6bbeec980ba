"""DOC: module compute_node_group"""

from __future__ import annotations

import datetime
import enum

from emrk.core.model import Response, member, model
from emrk.pcs.models.common import Endpoint, ErrorInfo, SlurmCustomSetting

__all__ = [
    "ComputeNodeGroup",
    "ComputeNodeGroupSlurmConfiguration",
    "ComputeNodeGroupSlurmConfigurationRequest",
    "ComputeNodeGroupStatus",
    "ComputeNodeGroupSummary",
    "CreateComputeNodeGroupRequest",
    "CreateComputeNodeGroupResponse",
    "CustomLaunchTemplate",
    "DeleteComputeNodeGroupRequest",
    "DeleteComputeNodeGroupResponse",
    "ExecutionPolicy",
    "GetComputeNodeGroupRequest",
    "GetComputeNodeGroupResponse",
    "InstanceConfig",
    "LaunchTemplateMode",
    "ListComputeNodeGroupsRequest",
    "ListComputeNodeGroupsResponse",
    "NodeLifecycleActions",
    "NodeLifecycleActionsRequest",
    "NodeLifecycleScript",
    "NodeLifecycleStages",
    "OnError",
    "PurchaseOption",
    "RegisterComputeNodeGroupInstanceRequest",
    "RegisterComputeNodeGroupInstanceResponse",
    "ScalingConfiguration",
    "ScalingConfigurationRequest",
    "ScriptCachingPolicy",
    "ScriptSource",
    "SpotAllocationStrategy",
    "SpotOptions",
    "UpdateComputeNodeGroupRequest",
    "UpdateComputeNodeGroupResponse",
    "UpdateComputeNodeGroupSlurmConfigurationRequest",
    "UpdateNodeLifecycleActionsRequest",
]


class ComputeNodeGroupStatus(str, enum.Enum):
    """DOC: ComputeNodeGroupStatus"""

    CREATING = "CREATING"
    ACTIVE = "ACTIVE"
    UPDATING = "UPDATING"
    DELETING = "DELETING"
    CREATE_FAILED = "CREATE_FAILED"
    DELETE_FAILED = "DELETE_FAILED"
    UPDATE_FAILED = "UPDATE_FAILED"
    DELETED = "DELETED"
    SUSPENDING = "SUSPENDING"
    SUSPENDED = "SUSPENDED"
    RESUMING = "RESUMING"


class ExecutionPolicy(str, enum.Enum):
    """DOC: ExecutionPolicy"""

    FIRST_BOOT_ONLY = "FIRST_BOOT_ONLY"
    EVERY_BOOT = "EVERY_BOOT"


class LaunchTemplateMode(str, enum.Enum):
    """DOC: LaunchTemplateMode"""

    CUSTOM = "CUSTOM"
    MANAGED = "MANAGED"


class OnError(str, enum.Enum):
    """DOC: OnError"""

    TERMINATE = "TERMINATE"
    STOP_SEQUENCE = "STOP_SEQUENCE"
    CONTINUE = "CONTINUE"


class PurchaseOption(str, enum.Enum):
    """DOC: PurchaseOption"""

    ONDEMAND = "ONDEMAND"
    SPOT = "SPOT"
    CAPACITY_BLOCK = "CAPACITY_BLOCK"
    INTERRUPTIBLE_CAPACITY_RESERVATION = "INTERRUPTIBLE_CAPACITY_RESERVATION"


class ScriptCachingPolicy(str, enum.Enum):
    """DOC: ScriptCachingPolicy"""

    CACHE_ONCE = "CACHE_ONCE"
    REFRESH_ON_REBOOT = "REFRESH_ON_REBOOT"


class SpotAllocationStrategy(str, enum.Enum):
    """DOC: SpotAllocationStrategy"""

    LOWEST_PRICE = "lowest-price"
    CAPACITY_OPTIMIZED = "capacity-optimized"
    PRICE_CAPACITY_OPTIMIZED = "price-capacity-optimized"


@model
class ComputeNodeGroup:
    """DOC: ComputeNodeGroup"""

    name: str = member("name", min_len=3, max_len=25)
    id: str = member("id")
    arn: str = member("arn")
    cluster_id: str = member("clusterId")
    created_at: datetime.datetime = member("createdAt", timestamp_format="iso8601")
    modified_at: datetime.datetime = member("modifiedAt", timestamp_format="iso8601")
    status: ComputeNodeGroupStatus | str = member("status")
    subnet_ids: list[str] = member("subnetIds", min_len=1)
    iam_instance_profile_arn: str = member("iamInstanceProfileArn")
    scaling_configuration: ScalingConfiguration = member("scalingConfiguration")
    instance_configs: list[InstanceConfig] = member("instanceConfigs")
    ami_id: str | None = member("amiId", default=None)
    security_group_ids: list[str] | None = member("securityGroupIds", default=None)
    ssh_key_name: str | None = member("sshKeyName", default=None, min_len=1, max_len=255)
    purchase_option: PurchaseOption | str | None = member("purchaseOption", default=None)
    launch_template_mode: LaunchTemplateMode | str | None = member(
        "launchTemplateMode", default=None
    )
    custom_launch_template: CustomLaunchTemplate | None = member(
        "customLaunchTemplate", default=None
    )
    spot_options: SpotOptions | None = member("spotOptions", default=None)
    slurm_configuration: ComputeNodeGroupSlurmConfiguration | None = member(
        "slurmConfiguration", default=None
    )
    node_lifecycle_actions: NodeLifecycleActions | None = member(
        "nodeLifecycleActions", default=None
    )
    error_info: list[ErrorInfo] | None = member("errorInfo", default=None)


@model
class ComputeNodeGroupSlurmConfiguration:
    """DOC: ComputeNodeGroupSlurmConfiguration"""

    scale_down_idle_time_in_seconds: int | None = member(
        "scaleDownIdleTimeInSeconds", default=None, min_value=-1, max_value=10000000
    )
    slurm_custom_settings: list[SlurmCustomSetting] | None = member(
        "slurmCustomSettings", default=None
    )
    gres_custom_settings: list[dict[str, str]] | None = member("gresCustomSettings", default=None)


@model
class ComputeNodeGroupSlurmConfigurationRequest:
    """DOC: ComputeNodeGroupSlurmConfigurationRequest"""

    scale_down_idle_time_in_seconds: int | None = member(
        "scaleDownIdleTimeInSeconds", default=None, min_value=-1, max_value=10000000
    )
    slurm_custom_settings: list[SlurmCustomSetting] | None = member(
        "slurmCustomSettings", default=None
    )
    gres_custom_settings: list[dict[str, str]] | None = member("gresCustomSettings", default=None)


@model
class ComputeNodeGroupSummary:
    """DOC: ComputeNodeGroupSummary"""

    name: str = member("name", min_len=3, max_len=25)
    id: str = member("id")
    arn: str = member("arn")
    cluster_id: str = member("clusterId")
    created_at: datetime.datetime = member("createdAt", timestamp_format="iso8601")
    modified_at: datetime.datetime = member("modifiedAt", timestamp_format="iso8601")
    status: ComputeNodeGroupStatus | str = member("status")


@model
class CustomLaunchTemplate:
    """DOC: CustomLaunchTemplate"""

    id: str = member("id")
    version: str = member("version")


@model
class InstanceConfig:
    """DOC: InstanceConfig"""

    instance_type: str | None = member("instanceType", default=None)


@model
class NodeLifecycleActions:
    """DOC: NodeLifecycleActions"""

    stages: NodeLifecycleStages = member("stages")
    script_caching_policy: ScriptCachingPolicy | str | None = member(
        "scriptCachingPolicy", default=None
    )


@model
class NodeLifecycleActionsRequest:
    """DOC: NodeLifecycleActionsRequest"""

    stages: NodeLifecycleStages = member("stages")
    script_caching_policy: ScriptCachingPolicy | str | None = member(
        "scriptCachingPolicy", default=None
    )


@model
class NodeLifecycleScript:
    """DOC: NodeLifecycleScript"""

    name: str = member("name", min_len=1, max_len=64)
    script_source: ScriptSource = member("scriptSource")
    arguments: list[str] | None = member("arguments", default=None, min_len=0, max_len=20)
    on_error: OnError | str | None = member("onError", default=None)
    execution_policy: ExecutionPolicy | str | None = member("executionPolicy", default=None)


@model
class NodeLifecycleStages:
    """DOC: NodeLifecycleStages"""

    node_bootstrapped: list[NodeLifecycleScript] | None = member(
        "nodeBootstrapped", default=None, min_len=1, max_len=20
    )
    node_ready: list[NodeLifecycleScript] | None = member(
        "nodeReady", default=None, min_len=1, max_len=20
    )


@model
class ScalingConfiguration:
    """DOC: ScalingConfiguration"""

    min_instance_count: int = member("minInstanceCount", min_value=0)
    max_instance_count: int = member("maxInstanceCount", min_value=0)


@model
class ScalingConfigurationRequest:
    """DOC: ScalingConfigurationRequest"""

    min_instance_count: int = member("minInstanceCount", min_value=0)
    max_instance_count: int = member("maxInstanceCount", min_value=0)


@model
class ScriptSource:
    """DOC: ScriptSource"""

    script_location: str = member("scriptLocation", min_len=1, max_len=1024)
    s3_version_id: str | None = member("s3VersionId", default=None, min_len=0, max_len=1024)
    checksum: str | None = member("checksum", default=None, min_len=64, max_len=64)


@model
class SpotOptions:
    """DOC: SpotOptions"""

    allocation_strategy: SpotAllocationStrategy | str | None = member(
        "allocationStrategy", default=None
    )


@model
class UpdateComputeNodeGroupSlurmConfigurationRequest:
    """DOC: UpdateComputeNodeGroupSlurmConfigurationRequest"""

    scale_down_idle_time_in_seconds: int | None = member(
        "scaleDownIdleTimeInSeconds", default=None, min_value=-1, max_value=10000000
    )
    slurm_custom_settings: list[SlurmCustomSetting] | None = member(
        "slurmCustomSettings", default=None
    )
    gres_custom_settings: list[dict[str, str]] | None = member("gresCustomSettings", default=None)


@model
class UpdateNodeLifecycleActionsRequest:
    """DOC: UpdateNodeLifecycleActionsRequest"""

    stages: NodeLifecycleStages = member("stages")
    script_caching_policy: ScriptCachingPolicy | str | None = member(
        "scriptCachingPolicy", default=None
    )


@model
class CreateComputeNodeGroupRequest:
    """DOC: CreateComputeNodeGroupRequest"""

    cluster_identifier: str = member("clusterIdentifier")
    compute_node_group_name: str = member("computeNodeGroupName", min_len=3, max_len=25)
    subnet_ids: list[str] = member("subnetIds")
    iam_instance_profile_arn: str = member("iamInstanceProfileArn")
    scaling_configuration: ScalingConfigurationRequest = member("scalingConfiguration")
    instance_configs: list[InstanceConfig] = member("instanceConfigs")
    ami_id: str | None = member("amiId", default=None)
    security_group_ids: list[str] | None = member("securityGroupIds", default=None)
    ssh_key_name: str | None = member("sshKeyName", default=None, min_len=1, max_len=255)
    purchase_option: PurchaseOption | str | None = member("purchaseOption", default=None)
    launch_template_mode: LaunchTemplateMode | str | None = member(
        "launchTemplateMode", default=None
    )
    custom_launch_template: CustomLaunchTemplate | None = member(
        "customLaunchTemplate", default=None
    )
    spot_options: SpotOptions | None = member("spotOptions", default=None)
    slurm_configuration: ComputeNodeGroupSlurmConfigurationRequest | None = member(
        "slurmConfiguration", default=None
    )
    node_lifecycle_actions: NodeLifecycleActionsRequest | None = member(
        "nodeLifecycleActions", default=None
    )
    client_token: str | None = member(
        "clientToken", default=None, min_len=8, max_len=100, idempotency_token=True
    )
    tags: dict[str, str] | None = member("tags", default=None, min_len=1, max_len=200)


@model
class CreateComputeNodeGroupResponse(Response):
    """DOC: CreateComputeNodeGroupResponse"""

    compute_node_group: ComputeNodeGroup | None = member("computeNodeGroup", default=None)


@model
class DeleteComputeNodeGroupRequest:
    """DOC: DeleteComputeNodeGroupRequest"""

    cluster_identifier: str = member("clusterIdentifier")
    compute_node_group_identifier: str = member("computeNodeGroupIdentifier")
    client_token: str | None = member(
        "clientToken", default=None, min_len=8, max_len=100, idempotency_token=True
    )


@model
class DeleteComputeNodeGroupResponse(Response):
    """DOC: DeleteComputeNodeGroupResponse"""


@model
class GetComputeNodeGroupRequest:
    """DOC: GetComputeNodeGroupRequest"""

    cluster_identifier: str = member("clusterIdentifier")
    compute_node_group_identifier: str = member("computeNodeGroupIdentifier")


@model
class GetComputeNodeGroupResponse(Response):
    """DOC: GetComputeNodeGroupResponse"""

    compute_node_group: ComputeNodeGroup | None = member("computeNodeGroup", default=None)


@model
class ListComputeNodeGroupsRequest:
    """DOC: ListComputeNodeGroupsRequest"""

    cluster_identifier: str = member("clusterIdentifier")
    next_token: str | None = member("nextToken", default=None)
    max_results: int | None = member("maxResults", default=None, min_value=1, max_value=100)


@model
class ListComputeNodeGroupsResponse(Response):
    """DOC: ListComputeNodeGroupsResponse"""

    compute_node_groups: list[ComputeNodeGroupSummary] = member("computeNodeGroups")
    next_token: str | None = member("nextToken", default=None)


@model
class RegisterComputeNodeGroupInstanceRequest:
    """DOC: RegisterComputeNodeGroupInstanceRequest"""

    cluster_identifier: str = member("clusterIdentifier")
    bootstrap_id: str = member("bootstrapId", min_len=1, max_len=1000)


@model
class RegisterComputeNodeGroupInstanceResponse(Response):
    """DOC: RegisterComputeNodeGroupInstanceResponse"""

    node_id: str = member("nodeID")
    shared_secret: str = member("sharedSecret", sensitive=True)
    endpoints: list[Endpoint] = member("endpoints")
    cluster_name: str | None = member("clusterName", default=None)
    compute_node_group_id: str | None = member("computeNodeGroupId", default=None)
    compute_node_group_name: str | None = member("computeNodeGroupName", default=None)
    node_lifecycle_actions: NodeLifecycleActions | None = member(
        "nodeLifecycleActions", default=None
    )
    scheduler_version: str | None = member("schedulerVersion", default=None)


@model
class UpdateComputeNodeGroupRequest:
    """DOC: UpdateComputeNodeGroupRequest"""

    cluster_identifier: str = member("clusterIdentifier")
    compute_node_group_identifier: str = member("computeNodeGroupIdentifier")
    ami_id: str | None = member("amiId", default=None)
    security_group_ids: list[str] | None = member("securityGroupIds", default=None)
    ssh_key_name: str | None = member("sshKeyName", default=None, min_len=0, max_len=255)
    subnet_ids: list[str] | None = member("subnetIds", default=None)
    launch_template_mode: LaunchTemplateMode | str | None = member(
        "launchTemplateMode", default=None
    )
    custom_launch_template: CustomLaunchTemplate | None = member(
        "customLaunchTemplate", default=None
    )
    purchase_option: PurchaseOption | str | None = member("purchaseOption", default=None)
    spot_options: SpotOptions | None = member("spotOptions", default=None)
    scaling_configuration: ScalingConfigurationRequest | None = member(
        "scalingConfiguration", default=None
    )
    iam_instance_profile_arn: str | None = member("iamInstanceProfileArn", default=None)
    slurm_configuration: UpdateComputeNodeGroupSlurmConfigurationRequest | None = member(
        "slurmConfiguration", default=None
    )
    node_lifecycle_actions: UpdateNodeLifecycleActionsRequest | None = member(
        "nodeLifecycleActions", default=None
    )
    client_token: str | None = member(
        "clientToken", default=None, min_len=8, max_len=100, idempotency_token=True
    )


@model
class UpdateComputeNodeGroupResponse(Response):
    """DOC: UpdateComputeNodeGroupResponse"""

    compute_node_group: ComputeNodeGroup | None = member("computeNodeGroup", default=None)
