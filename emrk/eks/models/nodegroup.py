"""DOC: module nodegroup"""

from __future__ import annotations

import datetime
import enum

from emrk.core.model import Response, member, model
from emrk.eks.models.common import Update

__all__ = [
    "AMITypes",
    "AutoScalingGroup",
    "CapacityTypes",
    "CreateNodegroupRequest",
    "CreateNodegroupResponse",
    "DeleteNodegroupRequest",
    "DeleteNodegroupResponse",
    "DescribeNodegroupRequest",
    "DescribeNodegroupResponse",
    "Issue",
    "LaunchTemplateSpecification",
    "ListNodegroupsRequest",
    "ListNodegroupsResponse",
    "NodeRepairConfig",
    "NodeRepairConfigOverrides",
    "Nodegroup",
    "NodegroupHealth",
    "NodegroupIssueCode",
    "NodegroupResources",
    "NodegroupScalingConfig",
    "NodegroupStatus",
    "NodegroupUpdateConfig",
    "NodegroupUpdateStrategies",
    "RemoteAccessConfig",
    "RepairAction",
    "Taint",
    "TaintEffect",
    "UpdateLabelsPayload",
    "UpdateNodegroupConfigRequest",
    "UpdateNodegroupConfigResponse",
    "UpdateNodegroupVersionRequest",
    "UpdateNodegroupVersionResponse",
    "UpdateTaintsPayload",
    "WarmPoolConfig",
    "WarmPoolState",
]


class AMITypes(str, enum.Enum):
    """DOC: AMITypes"""

    AL2_X86_64 = "AL2_x86_64"
    AL2_X86_64_GPU = "AL2_x86_64_GPU"
    AL2_ARM_64 = "AL2_ARM_64"
    CUSTOM = "CUSTOM"
    BOTTLEROCKET_ARM_64 = "BOTTLEROCKET_ARM_64"
    BOTTLEROCKET_X86_64 = "BOTTLEROCKET_x86_64"
    BOTTLEROCKET_ARM_64_FIPS = "BOTTLEROCKET_ARM_64_FIPS"
    BOTTLEROCKET_X86_64_FIPS = "BOTTLEROCKET_x86_64_FIPS"
    BOTTLEROCKET_ARM_64_NVIDIA = "BOTTLEROCKET_ARM_64_NVIDIA"
    BOTTLEROCKET_X86_64_NVIDIA = "BOTTLEROCKET_x86_64_NVIDIA"
    BOTTLEROCKET_ARM_64_NVIDIA_FIPS = "BOTTLEROCKET_ARM_64_NVIDIA_FIPS"
    BOTTLEROCKET_X86_64_NVIDIA_FIPS = "BOTTLEROCKET_x86_64_NVIDIA_FIPS"
    WINDOWS_CORE_2019_X86_64 = "WINDOWS_CORE_2019_x86_64"
    WINDOWS_FULL_2019_X86_64 = "WINDOWS_FULL_2019_x86_64"
    WINDOWS_CORE_2022_X86_64 = "WINDOWS_CORE_2022_x86_64"
    WINDOWS_FULL_2022_X86_64 = "WINDOWS_FULL_2022_x86_64"
    WINDOWS_CORE_2025_X86_64 = "WINDOWS_CORE_2025_x86_64"
    WINDOWS_FULL_2025_X86_64 = "WINDOWS_FULL_2025_x86_64"
    AL2023_X86_64_STANDARD = "AL2023_x86_64_STANDARD"
    AL2023_ARM_64_STANDARD = "AL2023_ARM_64_STANDARD"
    AL2023_X86_64_NEURON = "AL2023_x86_64_NEURON"
    AL2023_X86_64_NVIDIA = "AL2023_x86_64_NVIDIA"
    AL2023_ARM_64_NVIDIA = "AL2023_ARM_64_NVIDIA"


class CapacityTypes(str, enum.Enum):
    """DOC: CapacityTypes"""

    ON_DEMAND = "ON_DEMAND"
    SPOT = "SPOT"
    CAPACITY_BLOCK = "CAPACITY_BLOCK"


class NodegroupIssueCode(str, enum.Enum):
    """DOC: NodegroupIssueCode"""

    AUTOSCALINGGROUPNOTFOUND = "AutoScalingGroupNotFound"
    AUTOSCALINGGROUPINVALIDCONFIGURATION = "AutoScalingGroupInvalidConfiguration"
    EC2SECURITYGROUPNOTFOUND = "Ec2SecurityGroupNotFound"
    EC2SECURITYGROUPDELETIONFAILURE = "Ec2SecurityGroupDeletionFailure"
    EC2LAUNCHTEMPLATENOTFOUND = "Ec2LaunchTemplateNotFound"
    EC2LAUNCHTEMPLATEVERSIONMISMATCH = "Ec2LaunchTemplateVersionMismatch"
    EC2SUBNETNOTFOUND = "Ec2SubnetNotFound"
    EC2SUBNETINVALIDCONFIGURATION = "Ec2SubnetInvalidConfiguration"
    IAMINSTANCEPROFILENOTFOUND = "IamInstanceProfileNotFound"
    EC2SUBNETMISSINGIPV6ASSIGNMENT = "Ec2SubnetMissingIpv6Assignment"
    IAMLIMITEXCEEDED = "IamLimitExceeded"
    IAMNODEROLENOTFOUND = "IamNodeRoleNotFound"
    NODECREATIONFAILURE = "NodeCreationFailure"
    ASGINSTANCELAUNCHFAILURES = "AsgInstanceLaunchFailures"
    INSTANCELIMITEXCEEDED = "InstanceLimitExceeded"
    INSUFFICIENTFREEADDRESSES = "InsufficientFreeAddresses"
    ACCESSDENIED = "AccessDenied"
    INTERNALFAILURE = "InternalFailure"
    CLUSTERUNREACHABLE = "ClusterUnreachable"
    AMIIDNOTFOUND = "AmiIdNotFound"
    AUTOSCALINGGROUPOPTINREQUIRED = "AutoScalingGroupOptInRequired"
    AUTOSCALINGGROUPRATELIMITEXCEEDED = "AutoScalingGroupRateLimitExceeded"
    EC2LAUNCHTEMPLATEDELETIONFAILURE = "Ec2LaunchTemplateDeletionFailure"
    EC2LAUNCHTEMPLATEINVALIDCONFIGURATION = "Ec2LaunchTemplateInvalidConfiguration"
    EC2LAUNCHTEMPLATEMAXLIMITEXCEEDED = "Ec2LaunchTemplateMaxLimitExceeded"
    EC2SUBNETLISTTOOLONG = "Ec2SubnetListTooLong"
    IAMTHROTTLING = "IamThrottling"
    NODETERMINATIONFAILURE = "NodeTerminationFailure"
    PODEVICTIONFAILURE = "PodEvictionFailure"
    SOURCEEC2LAUNCHTEMPLATENOTFOUND = "SourceEc2LaunchTemplateNotFound"
    LIMITEXCEEDED = "LimitExceeded"
    UNKNOWN = "Unknown"
    AUTOSCALINGGROUPINSTANCEREFRESHACTIVE = "AutoScalingGroupInstanceRefreshActive"
    KUBERNETESLABELINVALID = "KubernetesLabelInvalid"
    EC2LAUNCHTEMPLATEVERSIONMAXLIMITEXCEEDED = "Ec2LaunchTemplateVersionMaxLimitExceeded"
    EC2INSTANCETYPEDOESNOTEXIST = "Ec2InstanceTypeDoesNotExist"


class NodegroupStatus(str, enum.Enum):
    """DOC: NodegroupStatus"""

    CREATING = "CREATING"
    ACTIVE = "ACTIVE"
    UPDATING = "UPDATING"
    DELETING = "DELETING"
    CREATE_FAILED = "CREATE_FAILED"
    DELETE_FAILED = "DELETE_FAILED"
    DEGRADED = "DEGRADED"


class NodegroupUpdateStrategies(str, enum.Enum):
    """DOC: NodegroupUpdateStrategies"""

    DEFAULT = "DEFAULT"
    MINIMAL = "MINIMAL"


class RepairAction(str, enum.Enum):
    """DOC: RepairAction"""

    REPLACE = "Replace"
    REBOOT = "Reboot"
    NOACTION = "NoAction"


class TaintEffect(str, enum.Enum):
    """DOC: TaintEffect"""

    NO_SCHEDULE = "NO_SCHEDULE"
    NO_EXECUTE = "NO_EXECUTE"
    PREFER_NO_SCHEDULE = "PREFER_NO_SCHEDULE"


class WarmPoolState(str, enum.Enum):
    """DOC: WarmPoolState"""

    STOPPED = "STOPPED"
    RUNNING = "RUNNING"
    HIBERNATED = "HIBERNATED"


@model
class AutoScalingGroup:
    """DOC: AutoScalingGroup"""

    name: str | None = member("name", default=None)


@model
class Issue:
    """DOC: Issue"""

    code: NodegroupIssueCode | str | None = member("code", default=None)
    message: str | None = member("message", default=None)
    resource_ids: list[str] | None = member("resourceIds", default=None)


@model
class LaunchTemplateSpecification:
    """DOC: LaunchTemplateSpecification"""

    name: str | None = member("name", default=None)
    version: str | None = member("version", default=None)
    id: str | None = member("id", default=None)


@model
class NodeRepairConfig:
    """DOC: NodeRepairConfig"""

    enabled: bool | None = member("enabled", default=None)
    max_unhealthy_node_threshold_count: int | None = member(
        "maxUnhealthyNodeThresholdCount", default=None, min_value=1
    )
    max_unhealthy_node_threshold_percentage: int | None = member(
        "maxUnhealthyNodeThresholdPercentage", default=None, min_value=1, max_value=100
    )
    max_parallel_nodes_repaired_count: int | None = member(
        "maxParallelNodesRepairedCount", default=None, min_value=1
    )
    max_parallel_nodes_repaired_percentage: int | None = member(
        "maxParallelNodesRepairedPercentage", default=None, min_value=1, max_value=100
    )
    node_repair_config_overrides: list[NodeRepairConfigOverrides] | None = member(
        "nodeRepairConfigOverrides", default=None
    )


@model
class NodeRepairConfigOverrides:
    """DOC: NodeRepairConfigOverrides"""

    node_monitoring_condition: str | None = member("nodeMonitoringCondition", default=None)
    node_unhealthy_reason: str | None = member("nodeUnhealthyReason", default=None)
    min_repair_wait_time_mins: int | None = member(
        "minRepairWaitTimeMins", default=None, min_value=1
    )
    repair_action: RepairAction | str | None = member("repairAction", default=None)


@model
class Nodegroup:
    """DOC: Nodegroup"""

    nodegroup_name: str | None = member("nodegroupName", default=None)
    nodegroup_arn: str | None = member("nodegroupArn", default=None)
    cluster_name: str | None = member("clusterName", default=None)
    version: str | None = member("version", default=None)
    release_version: str | None = member("releaseVersion", default=None)
    created_at: datetime.datetime | None = member("createdAt", default=None)
    modified_at: datetime.datetime | None = member("modifiedAt", default=None)
    status: NodegroupStatus | str | None = member("status", default=None)
    capacity_type: CapacityTypes | str | None = member("capacityType", default=None)
    scaling_config: NodegroupScalingConfig | None = member("scalingConfig", default=None)
    instance_types: list[str] | None = member("instanceTypes", default=None)
    subnets: list[str] | None = member("subnets", default=None)
    remote_access: RemoteAccessConfig | None = member("remoteAccess", default=None)
    ami_type: AMITypes | str | None = member("amiType", default=None)
    node_role: str | None = member("nodeRole", default=None)
    labels: dict[str, str] | None = member("labels", default=None)
    taints: list[Taint] | None = member("taints", default=None)
    resources: NodegroupResources | None = member("resources", default=None)
    disk_size: int | None = member("diskSize", default=None)
    health: NodegroupHealth | None = member("health", default=None)
    update_config: NodegroupUpdateConfig | None = member("updateConfig", default=None)
    node_repair_config: NodeRepairConfig | None = member("nodeRepairConfig", default=None)
    launch_template: LaunchTemplateSpecification | None = member("launchTemplate", default=None)
    tags: dict[str, str] | None = member("tags", default=None, min_len=1, max_len=50)
    warm_pool_config: WarmPoolConfig | None = member("warmPoolConfig", default=None)


@model
class NodegroupHealth:
    """DOC: NodegroupHealth"""

    issues: list[Issue] | None = member("issues", default=None)


@model
class NodegroupResources:
    """DOC: NodegroupResources"""

    auto_scaling_groups: list[AutoScalingGroup] | None = member("autoScalingGroups", default=None)
    remote_access_security_group: str | None = member("remoteAccessSecurityGroup", default=None)


@model
class NodegroupScalingConfig:
    """DOC: NodegroupScalingConfig"""

    min_size: int | None = member("minSize", default=None, min_value=0)
    max_size: int | None = member("maxSize", default=None, min_value=1)
    desired_size: int | None = member("desiredSize", default=None, min_value=0)


@model
class NodegroupUpdateConfig:
    """DOC: NodegroupUpdateConfig"""

    max_unavailable: int | None = member("maxUnavailable", default=None, min_value=1)
    max_unavailable_percentage: int | None = member(
        "maxUnavailablePercentage", default=None, min_value=1, max_value=100
    )
    update_strategy: NodegroupUpdateStrategies | str | None = member("updateStrategy", default=None)


@model
class RemoteAccessConfig:
    """DOC: RemoteAccessConfig"""

    ec2_ssh_key: str | None = member("ec2SshKey", default=None)
    source_security_groups: list[str] | None = member("sourceSecurityGroups", default=None)


@model
class Taint:
    """DOC: Taint"""

    key: str | None = member("key", default=None, min_len=1, max_len=63)
    value: str | None = member("value", default=None, min_len=0, max_len=63)
    effect: TaintEffect | str | None = member("effect", default=None)


@model
class UpdateLabelsPayload:
    """DOC: UpdateLabelsPayload"""

    add_or_update_labels: dict[str, str] | None = member("addOrUpdateLabels", default=None)
    remove_labels: list[str] | None = member("removeLabels", default=None)


@model
class UpdateTaintsPayload:
    """DOC: UpdateTaintsPayload"""

    add_or_update_taints: list[Taint] | None = member("addOrUpdateTaints", default=None)
    remove_taints: list[Taint] | None = member("removeTaints", default=None)


@model
class WarmPoolConfig:
    """DOC: WarmPoolConfig"""

    enabled: bool | None = member("enabled", default=None)
    min_size: int | None = member("minSize", default=None, min_value=0)
    max_group_prepared_capacity: int | None = member("maxGroupPreparedCapacity", default=None)
    pool_state: WarmPoolState | str | None = member("poolState", default=None)
    reuse_on_scale_in: bool | None = member("reuseOnScaleIn", default=None)


@model
class CreateNodegroupRequest:
    """DOC: CreateNodegroupRequest"""

    cluster_name: str = member("name", location="uri")
    nodegroup_name: str = member("nodegroupName")
    subnets: list[str] = member("subnets")
    node_role: str = member("nodeRole")
    scaling_config: NodegroupScalingConfig | None = member("scalingConfig", default=None)
    disk_size: int | None = member("diskSize", default=None)
    instance_types: list[str] | None = member("instanceTypes", default=None)
    ami_type: AMITypes | str | None = member("amiType", default=None)
    remote_access: RemoteAccessConfig | None = member("remoteAccess", default=None)
    labels: dict[str, str] | None = member("labels", default=None)
    taints: list[Taint] | None = member("taints", default=None)
    tags: dict[str, str] | None = member("tags", default=None, min_len=1, max_len=50)
    client_request_token: str | None = member(
        "clientRequestToken", default=None, idempotency_token=True
    )
    launch_template: LaunchTemplateSpecification | None = member("launchTemplate", default=None)
    update_config: NodegroupUpdateConfig | None = member("updateConfig", default=None)
    node_repair_config: NodeRepairConfig | None = member("nodeRepairConfig", default=None)
    capacity_type: CapacityTypes | str | None = member("capacityType", default=None)
    version: str | None = member("version", default=None)
    release_version: str | None = member("releaseVersion", default=None)
    warm_pool_config: WarmPoolConfig | None = member("warmPoolConfig", default=None)


@model
class CreateNodegroupResponse(Response):
    """DOC: CreateNodegroupResponse"""

    nodegroup: Nodegroup | None = member("nodegroup", default=None)


@model
class DeleteNodegroupRequest:
    """DOC: DeleteNodegroupRequest"""

    cluster_name: str = member("name", location="uri")
    nodegroup_name: str = member("nodegroupName", location="uri")


@model
class DeleteNodegroupResponse(Response):
    """DOC: DeleteNodegroupResponse"""

    nodegroup: Nodegroup | None = member("nodegroup", default=None)


@model
class DescribeNodegroupRequest:
    """DOC: DescribeNodegroupRequest"""

    cluster_name: str = member("name", location="uri")
    nodegroup_name: str = member("nodegroupName", location="uri")


@model
class DescribeNodegroupResponse(Response):
    """DOC: DescribeNodegroupResponse"""

    nodegroup: Nodegroup | None = member("nodegroup", default=None)


@model
class ListNodegroupsRequest:
    """DOC: ListNodegroupsRequest"""

    cluster_name: str = member("name", location="uri")
    max_results: int | None = member(
        "maxResults", default=None, location="querystring", min_value=1, max_value=100
    )
    next_token: str | None = member("nextToken", default=None, location="querystring")


@model
class ListNodegroupsResponse(Response):
    """DOC: ListNodegroupsResponse"""

    nodegroups: list[str] | None = member("nodegroups", default=None)
    next_token: str | None = member("nextToken", default=None)


@model
class UpdateNodegroupConfigRequest:
    """DOC: UpdateNodegroupConfigRequest"""

    cluster_name: str = member("name", location="uri")
    nodegroup_name: str = member("nodegroupName", location="uri")
    labels: UpdateLabelsPayload | None = member("labels", default=None)
    taints: UpdateTaintsPayload | None = member("taints", default=None)
    scaling_config: NodegroupScalingConfig | None = member("scalingConfig", default=None)
    update_config: NodegroupUpdateConfig | None = member("updateConfig", default=None)
    node_repair_config: NodeRepairConfig | None = member("nodeRepairConfig", default=None)
    warm_pool_config: WarmPoolConfig | None = member("warmPoolConfig", default=None)
    client_request_token: str | None = member(
        "clientRequestToken", default=None, idempotency_token=True
    )


@model
class UpdateNodegroupConfigResponse(Response):
    """DOC: UpdateNodegroupConfigResponse"""

    update: Update | None = member("update", default=None)


@model
class UpdateNodegroupVersionRequest:
    """DOC: UpdateNodegroupVersionRequest"""

    cluster_name: str = member("name", location="uri")
    nodegroup_name: str = member("nodegroupName", location="uri")
    version: str | None = member("version", default=None)
    release_version: str | None = member("releaseVersion", default=None)
    launch_template: LaunchTemplateSpecification | None = member("launchTemplate", default=None)
    force: bool | None = member("force", default=None)
    client_request_token: str | None = member(
        "clientRequestToken", default=None, idempotency_token=True
    )


@model
class UpdateNodegroupVersionResponse(Response):
    """DOC: UpdateNodegroupVersionResponse"""

    update: Update | None = member("update", default=None)
