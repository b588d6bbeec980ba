"""Managed node groups: EC2 Auto Scaling groups of worker nodes that EKS runs and upgrades."""

from __future__ import annotations

import datetime
from typing import Literal, TypeAlias

from emrk.core.enums import ServiceEnum
from emrk.core.model import Response, member, model
from emrk.eks.models.common import Update

__all__ = [
    "AMITypes",
    "AMITypesLiteral",
    "AutoScalingGroup",
    "CapacityTypes",
    "CapacityTypesLiteral",
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
    "NodegroupIssueCodeLiteral",
    "NodegroupResources",
    "NodegroupScalingConfig",
    "NodegroupStatus",
    "NodegroupStatusLiteral",
    "NodegroupUpdateConfig",
    "NodegroupUpdateStrategies",
    "NodegroupUpdateStrategiesLiteral",
    "RemoteAccessConfig",
    "RepairAction",
    "RepairActionLiteral",
    "Taint",
    "TaintEffect",
    "TaintEffectLiteral",
    "UpdateLabelsPayload",
    "UpdateNodegroupConfigRequest",
    "UpdateNodegroupConfigResponse",
    "UpdateNodegroupVersionRequest",
    "UpdateNodegroupVersionResponse",
    "UpdateTaintsPayload",
    "WarmPoolConfig",
    "WarmPoolState",
    "WarmPoolStateLiteral",
]


class AMITypes(ServiceEnum):
    """Operating system image family of a node group (Amazon Linux 2023, Bottlerocket, Windows...).

    ``CUSTOM`` means the AMI comes from the node group's launch template. GPU
    instance types need a matching GPU or NVIDIA AMI type.
    """

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


AMITypesLiteral: TypeAlias = Literal[
    "AL2_x86_64",
    "AL2_x86_64_GPU",
    "AL2_ARM_64",
    "CUSTOM",
    "BOTTLEROCKET_ARM_64",
    "BOTTLEROCKET_x86_64",
    "BOTTLEROCKET_ARM_64_FIPS",
    "BOTTLEROCKET_x86_64_FIPS",
    "BOTTLEROCKET_ARM_64_NVIDIA",
    "BOTTLEROCKET_x86_64_NVIDIA",
    "BOTTLEROCKET_ARM_64_NVIDIA_FIPS",
    "BOTTLEROCKET_x86_64_NVIDIA_FIPS",
    "WINDOWS_CORE_2019_x86_64",
    "WINDOWS_FULL_2019_x86_64",
    "WINDOWS_CORE_2022_x86_64",
    "WINDOWS_FULL_2022_x86_64",
    "WINDOWS_CORE_2025_x86_64",
    "WINDOWS_FULL_2025_x86_64",
    "AL2023_x86_64_STANDARD",
    "AL2023_ARM_64_STANDARD",
    "AL2023_x86_64_NEURON",
    "AL2023_x86_64_NVIDIA",
    "AL2023_ARM_64_NVIDIA",
]
"""The values of :class:`AMITypes` as string literals. A request argument typed ``AMITypes |
AMITypesLiteral`` takes a member or one of these strings, so a typo is a type error; a value
newer than this client goes through ``typing.cast``.
"""


class CapacityTypes(ServiceEnum):
    """How node instances are bought: on demand, spot, or from a capacity block."""

    ON_DEMAND = "ON_DEMAND"
    SPOT = "SPOT"
    CAPACITY_BLOCK = "CAPACITY_BLOCK"


CapacityTypesLiteral: TypeAlias = Literal[
    "ON_DEMAND",
    "SPOT",
    "CAPACITY_BLOCK",
]
"""The values of :class:`CapacityTypes` as string literals. A request argument typed
``CapacityTypes | CapacityTypesLiteral`` takes a member or one of these strings, so a typo is a
type error; a value newer than this client goes through ``typing.cast``.
"""


class NodegroupIssueCode(ServiceEnum):
    """Kind of problem found with a node group (Auto Scaling, EC2, IAM, nodes joining...)."""

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


NodegroupIssueCodeLiteral: TypeAlias = Literal[
    "AutoScalingGroupNotFound",
    "AutoScalingGroupInvalidConfiguration",
    "Ec2SecurityGroupNotFound",
    "Ec2SecurityGroupDeletionFailure",
    "Ec2LaunchTemplateNotFound",
    "Ec2LaunchTemplateVersionMismatch",
    "Ec2SubnetNotFound",
    "Ec2SubnetInvalidConfiguration",
    "IamInstanceProfileNotFound",
    "Ec2SubnetMissingIpv6Assignment",
    "IamLimitExceeded",
    "IamNodeRoleNotFound",
    "NodeCreationFailure",
    "AsgInstanceLaunchFailures",
    "InstanceLimitExceeded",
    "InsufficientFreeAddresses",
    "AccessDenied",
    "InternalFailure",
    "ClusterUnreachable",
    "AmiIdNotFound",
    "AutoScalingGroupOptInRequired",
    "AutoScalingGroupRateLimitExceeded",
    "Ec2LaunchTemplateDeletionFailure",
    "Ec2LaunchTemplateInvalidConfiguration",
    "Ec2LaunchTemplateMaxLimitExceeded",
    "Ec2SubnetListTooLong",
    "IamThrottling",
    "NodeTerminationFailure",
    "PodEvictionFailure",
    "SourceEc2LaunchTemplateNotFound",
    "LimitExceeded",
    "Unknown",
    "AutoScalingGroupInstanceRefreshActive",
    "KubernetesLabelInvalid",
    "Ec2LaunchTemplateVersionMaxLimitExceeded",
    "Ec2InstanceTypeDoesNotExist",
]
"""The values of :class:`NodegroupIssueCode` as string literals. A request argument typed
``NodegroupIssueCode | NodegroupIssueCodeLiteral`` takes a member or one of these strings, so a
typo is a type error; a value newer than this client goes through ``typing.cast``.
"""


class NodegroupStatus(ServiceEnum):
    """Lifecycle of a managed node group."""

    CREATING = "CREATING"
    ACTIVE = "ACTIVE"
    UPDATING = "UPDATING"
    DELETING = "DELETING"
    CREATE_FAILED = "CREATE_FAILED"
    DELETE_FAILED = "DELETE_FAILED"
    DEGRADED = "DEGRADED"


NodegroupStatusLiteral: TypeAlias = Literal[
    "CREATING",
    "ACTIVE",
    "UPDATING",
    "DELETING",
    "CREATE_FAILED",
    "DELETE_FAILED",
    "DEGRADED",
]
"""The values of :class:`NodegroupStatus` as string literals. A request argument typed
``NodegroupStatus | NodegroupStatusLiteral`` takes a member or one of these strings, so a typo
is a type error; a value newer than this client goes through ``typing.cast``.
"""


class NodegroupUpdateStrategies(ServiceEnum):
    """How a version update replaces nodes.

    ``DEFAULT`` launches new instances before terminating old ones;
    ``MINIMAL`` terminates first, for when capacity (say, GPUs) is scarce.
    """

    DEFAULT = "DEFAULT"
    MINIMAL = "MINIMAL"


NodegroupUpdateStrategiesLiteral: TypeAlias = Literal[
    "DEFAULT",
    "MINIMAL",
]
"""The values of :class:`NodegroupUpdateStrategies` as string literals. A request argument typed
``NodegroupUpdateStrategies | NodegroupUpdateStrategiesLiteral`` takes a member or one of these
strings, so a typo is a type error; a value newer than this client goes through ``typing.cast``.
"""


class RepairAction(ServiceEnum):
    """What node auto repair does to an unhealthy node: replace it, reboot it, or nothing."""

    REPLACE = "Replace"
    REBOOT = "Reboot"
    NOACTION = "NoAction"


RepairActionLiteral: TypeAlias = Literal[
    "Replace",
    "Reboot",
    "NoAction",
]
"""The values of :class:`RepairAction` as string literals. A request argument typed ``RepairAction
| RepairActionLiteral`` takes a member or one of these strings, so a typo is a type error; a
value newer than this client goes through ``typing.cast``.
"""


class TaintEffect(ServiceEnum):
    """What a Kubernetes taint does to pods that do not tolerate it."""

    NO_SCHEDULE = "NO_SCHEDULE"
    NO_EXECUTE = "NO_EXECUTE"
    PREFER_NO_SCHEDULE = "PREFER_NO_SCHEDULE"


TaintEffectLiteral: TypeAlias = Literal[
    "NO_SCHEDULE",
    "NO_EXECUTE",
    "PREFER_NO_SCHEDULE",
]
"""The values of :class:`TaintEffect` as string literals. A request argument typed ``TaintEffect |
TaintEffectLiteral`` takes a member or one of these strings, so a typo is a type error; a value
newer than this client goes through ``typing.cast``.
"""


class WarmPoolState(ServiceEnum):
    """State warm pool instances wait in: stopped (cheapest), running (fastest) or hibernated."""

    STOPPED = "STOPPED"
    RUNNING = "RUNNING"
    HIBERNATED = "HIBERNATED"


WarmPoolStateLiteral: TypeAlias = Literal[
    "STOPPED",
    "RUNNING",
    "HIBERNATED",
]
"""The values of :class:`WarmPoolState` as string literals. A request argument typed
``WarmPoolState | WarmPoolStateLiteral`` takes a member or one of these strings, so a typo is a
type error; a value newer than this client goes through ``typing.cast``.
"""


@model
class AutoScalingGroup:
    """An EC2 Auto Scaling group behind a managed node group."""

    name: str | None = member("name", default=None)
    """Name of the Auto Scaling group."""


@model
class Issue:
    """One problem found with a managed node group."""

    code: NodegroupIssueCode | str | None = member("code", default=None)
    """Kind of problem, such as ``NodeCreationFailure`` or ``AsgInstanceLaunchFailures``."""
    message: str | None = member("message", default=None)
    """What the problem is."""
    resource_ids: list[str] | None = member("resourceIds", default=None)
    """AWS resources involved (instances, security groups...)."""


@model
class LaunchTemplateSpecification:
    """The EC2 launch template a node group uses; give its name or its ID, not both.

    The template must not set the subnet, instance profile, spot request,
    hibernation or termination behavior; EKS sets those itself.
    """

    name: str | None = member("name", default=None)
    """Template name; cannot change after the node group is created."""
    version: str | None = member("version", default=None)
    """Template version; defaults to the template's default version. Updates may change it."""
    id: str | None = member("id", default=None)
    """Template ID; cannot change after the node group is created."""


@model
class NodeRepairConfig:
    """Node auto repair: replace or reboot nodes the node monitoring agent finds unhealthy.

    Each pair of count/percentage limits is exclusive: set one or the other.
    """

    enabled: bool | None = member("enabled", default=None)
    """Turn auto repair on (it is off by default)."""
    max_unhealthy_node_threshold_count: int | None = member(
        "maxUnhealthyNodeThresholdCount", default=None, min_value=1
    )
    """Stop repairing once more nodes than this are unhealthy."""
    max_unhealthy_node_threshold_percentage: int | None = member(
        "maxUnhealthyNodeThresholdPercentage", default=None, min_value=1, max_value=100
    )
    """Stop repairing once more than this percentage of nodes are unhealthy."""
    max_parallel_nodes_repaired_count: int | None = member(
        "maxParallelNodesRepairedCount", default=None, min_value=1
    )
    """Repair at most this many nodes at once."""
    max_parallel_nodes_repaired_percentage: int | None = member(
        "maxParallelNodesRepairedPercentage", default=None, min_value=1, max_value=100
    )
    """Repair at most this percentage of unhealthy nodes at once."""
    node_repair_config_overrides: list[NodeRepairConfigOverrides] | None = member(
        "nodeRepairConfigOverrides", default=None
    )
    """Per-condition repair actions and delays; every member of an override must be set."""


@model
class NodeRepairConfigOverrides:
    """Repair behavior for one unhealthy condition reported by the node monitoring agent."""

    node_monitoring_condition: str | None = member("nodeMonitoringCondition", default=None)
    """The unhealthy condition this override applies to."""
    node_unhealthy_reason: str | None = member("nodeUnhealthyReason", default=None)
    """The reason (within that condition) it applies to."""
    min_repair_wait_time_mins: int | None = member(
        "minRepairWaitTimeMins", default=None, min_value=1
    )
    """Minutes a node must stay in that state before it is repaired."""
    repair_action: RepairAction | RepairActionLiteral | None = member("repairAction", default=None)
    """What to do to such a node."""


@model
class Nodegroup:
    """A managed node group: its instances, scaling, Kubernetes settings and status.

    With a launch template, ``instance_types``, ``disk_size`` and
    ``remote_access`` are ``None``: the template carries those settings.
    """

    nodegroup_name: str | None = member("nodegroupName", default=None)
    """Name of the node group."""
    nodegroup_arn: str | None = member("nodegroupArn", default=None)
    """ARN of the node group."""
    cluster_name: str | None = member("clusterName", default=None)
    """The cluster the nodes join."""
    version: str | None = member("version", default=None)
    """Kubernetes version of the nodes."""
    release_version: str | None = member("releaseVersion", default=None)
    """EKS optimized AMI version, or the custom AMI ID from the launch template."""
    created_at: datetime.datetime | None = member("createdAt", default=None)
    """When the node group was created."""
    modified_at: datetime.datetime | None = member("modifiedAt", default=None)
    """When it last changed."""
    status: NodegroupStatus | str | None = member("status", default=None)
    """Where the node group is in its lifecycle."""
    capacity_type: CapacityTypes | str | None = member("capacityType", default=None)
    """On demand, spot or capacity block."""
    scaling_config: NodegroupScalingConfig | None = member("scalingConfig", default=None)
    """Minimum, maximum and desired node counts."""
    instance_types: list[str] | None = member("instanceTypes", default=None)
    """EC2 instance types (``None`` with a launch template)."""
    subnets: list[str] | None = member("subnets", default=None)
    """Subnets the Auto Scaling group launches nodes in."""
    remote_access: RemoteAccessConfig | None = member("remoteAccess", default=None)
    """SSH/RDP access settings (``None`` with a launch template)."""
    ami_type: AMITypes | str | None = member("amiType", default=None)
    """AMI family, or ``CUSTOM`` for a launch template with its own AMI."""
    node_role: str | None = member("nodeRole", default=None)
    """IAM role of the nodes' instance profile."""
    labels: dict[str, str] | None = member(
        "labels", default=None, key_min_len=1, key_max_len=63, item_min_len=1, item_max_len=63
    )
    """Kubernetes labels set through EKS (nodes may carry others)."""
    taints: list[Taint] | None = member("taints", default=None)
    """Kubernetes taints put on the nodes."""
    resources: NodegroupResources | None = member("resources", default=None)
    """The Auto Scaling groups and remote-access security group behind the node group."""
    disk_size: int | None = member("diskSize", default=None)
    """Root volume size in GiB (``None`` with a launch template)."""
    health: NodegroupHealth | None = member("health", default=None)
    """Problems found with the node group; none when healthy."""
    update_config: NodegroupUpdateConfig | None = member("updateConfig", default=None)
    """How many nodes a version update may take down at once, and how."""
    node_repair_config: NodeRepairConfig | None = member("nodeRepairConfig", default=None)
    """Node auto repair settings."""
    launch_template: LaunchTemplateSpecification | None = member("launchTemplate", default=None)
    """The launch template the node group was created with, if any."""
    tags: dict[str, str] | None = member(
        "tags",
        default=None,
        min_len=1,
        max_len=50,
        key_min_len=1,
        key_max_len=128,
        item_max_len=256,
    )
    warm_pool_config: WarmPoolConfig | None = member("warmPoolConfig", default=None)
    """Warm pool of pre-initialized instances, if any."""


@model
class NodegroupHealth:
    """Health of a node group: the issues found (empty when healthy)."""

    issues: list[Issue] | None = member("issues", default=None)


@model
class NodegroupResources:
    """AWS resources behind a managed node group."""

    auto_scaling_groups: list[AutoScalingGroup] | None = member("autoScalingGroups", default=None)
    """The Auto Scaling groups."""
    remote_access_security_group: str | None = member("remoteAccessSecurityGroup", default=None)
    """Security group allowing SSH (or RDP) to the nodes."""


@model
class NodegroupScalingConfig:
    """Node counts of a node group's Auto Scaling group.

    At creation give all three or none; an update may give any of them. With the
    Kubernetes Cluster Autoscaler running, leave ``desired_size`` to it.
    """

    min_size: int | None = member("minSize", default=None, min_value=0)
    """Fewest nodes the group scales in to."""
    max_size: int | None = member("maxSize", default=None, min_value=1)
    """Most nodes the group scales out to."""
    desired_size: int | None = member("desiredSize", default=None, min_value=0)
    """Nodes the group should run now."""


@model
class NodegroupUpdateConfig:
    """How a version update rolls through the nodes; set one of the two unavailability limits."""

    max_unavailable: int | None = member("maxUnavailable", default=None, min_value=1)
    """Nodes that may be down at once (1 to 100)."""
    max_unavailable_percentage: int | None = member(
        "maxUnavailablePercentage", default=None, min_value=1, max_value=100
    )
    """Percentage of nodes that may be down at once."""
    update_strategy: NodegroupUpdateStrategies | NodegroupUpdateStrategiesLiteral | None = member(
        "updateStrategy", default=None
    )
    """``DEFAULT`` (launch, then terminate) or ``MINIMAL`` (terminate first)."""


@model
class RemoteAccessConfig:
    """SSH (Linux) or RDP (Windows) access to the nodes of a node group."""

    ec2_ssh_key: str | None = member("ec2SshKey", default=None)
    """EC2 key pair name (for Windows, used to get the RDP password)."""
    source_security_groups: list[str] | None = member("sourceSecurityGroups", default=None)
    """Security groups allowed in; with a key but none of these, the port is open to 0.0.0.0/0."""


@model
class Taint:
    """A Kubernetes taint on a node group's nodes."""

    key: str | None = member("key", default=None, min_len=1, max_len=63)
    """Taint key (1 to 63 characters)."""
    value: str | None = member("value", default=None, min_len=0, max_len=63)
    """Taint value (up to 63 characters)."""
    effect: TaintEffect | TaintEffectLiteral | None = member("effect", default=None)
    """What the taint does to pods that do not tolerate it."""


@model
class UpdateLabelsPayload:
    """Kubernetes label changes for a node group."""

    add_or_update_labels: dict[str, str] | None = member(
        "addOrUpdateLabels",
        default=None,
        key_min_len=1,
        key_max_len=63,
        item_min_len=1,
        item_max_len=63,
    )
    """Labels to add or overwrite."""
    remove_labels: list[str] | None = member("removeLabels", default=None)
    """Keys of labels to remove."""


@model
class UpdateTaintsPayload:
    """Kubernetes taint changes for a node group."""

    add_or_update_taints: list[Taint] | None = member("addOrUpdateTaints", default=None)
    """Taints to add or overwrite."""
    remove_taints: list[Taint] | None = member("removeTaints", default=None)
    """Taints to remove."""


@model
class WarmPoolConfig:
    """An EC2 Auto Scaling warm pool of pre-initialized instances for faster scale-out."""

    enabled: bool | None = member("enabled", default=None)
    """``True`` attaches a warm pool, ``False`` removes it; unset keeps the current setting."""
    min_size: int | None = member("minSize", default=None, min_value=0)
    """Instances always kept in the pool (default 0)."""
    max_group_prepared_capacity: int | None = member("maxGroupPreparedCapacity", default=None)
    """Cap on instances in the pool and the group together."""
    pool_state: WarmPoolState | WarmPoolStateLiteral | None = member("poolState", default=None)
    """State pool instances wait in (default stopped; hibernated is not available on Bottlerocket).
    """
    reuse_on_scale_in: bool | None = member("reuseOnScaleIn", default=None)
    """Return instances to the pool on scale-in instead of terminating them (not on Bottlerocket).
    """


@model
class CreateNodegroupRequest:
    """Input of :meth:`EKSClient.create_nodegroup`."""

    cluster_name: str = member("name", location="uri")
    nodegroup_name: str = member("nodegroupName")
    subnets: list[str] = member("subnets")
    node_role: str = member("nodeRole")
    scaling_config: NodegroupScalingConfig | None = member("scalingConfig", default=None)
    disk_size: int | None = member("diskSize", default=None)
    instance_types: list[str] | None = member("instanceTypes", default=None)
    ami_type: AMITypes | AMITypesLiteral | None = member("amiType", default=None)
    remote_access: RemoteAccessConfig | None = member("remoteAccess", default=None)
    labels: dict[str, str] | None = member(
        "labels", default=None, key_min_len=1, key_max_len=63, item_min_len=1, item_max_len=63
    )
    taints: list[Taint] | None = member("taints", default=None)
    tags: dict[str, str] | None = member(
        "tags",
        default=None,
        min_len=1,
        max_len=50,
        key_min_len=1,
        key_max_len=128,
        item_max_len=256,
    )
    client_request_token: str | None = member(
        "clientRequestToken", default=None, idempotency_token=True
    )
    launch_template: LaunchTemplateSpecification | None = member("launchTemplate", default=None)
    update_config: NodegroupUpdateConfig | None = member("updateConfig", default=None)
    node_repair_config: NodeRepairConfig | None = member("nodeRepairConfig", default=None)
    capacity_type: CapacityTypes | CapacityTypesLiteral | None = member(
        "capacityType", default=None
    )
    version: str | None = member("version", default=None)
    release_version: str | None = member("releaseVersion", default=None)
    warm_pool_config: WarmPoolConfig | None = member("warmPoolConfig", default=None)


@model
class CreateNodegroupResponse(Response):
    """Output of :meth:`EKSClient.create_nodegroup`: the node group, usually ``CREATING``."""

    nodegroup: Nodegroup | None = member("nodegroup", default=None)


@model
class DeleteNodegroupRequest:
    """Input of :meth:`EKSClient.delete_nodegroup`."""

    cluster_name: str = member("name", location="uri")
    nodegroup_name: str = member("nodegroupName", location="uri")


@model
class DeleteNodegroupResponse(Response):
    """Output of :meth:`EKSClient.delete_nodegroup`: the node group as deletion starts."""

    nodegroup: Nodegroup | None = member("nodegroup", default=None)


@model
class DescribeNodegroupRequest:
    """Input of :meth:`EKSClient.describe_nodegroup`."""

    cluster_name: str = member("name", location="uri")
    nodegroup_name: str = member("nodegroupName", location="uri")


@model
class DescribeNodegroupResponse(Response):
    """Output of :meth:`EKSClient.describe_nodegroup`."""

    nodegroup: Nodegroup | None = member("nodegroup", default=None)


@model
class ListNodegroupsRequest:
    """Input of :meth:`EKSClient.list_nodegroups`."""

    cluster_name: str = member("name", location="uri")
    max_results: int | None = member(
        "maxResults", default=None, location="querystring", min_value=1, max_value=100
    )
    next_token: str | None = member("nextToken", default=None, location="querystring")


@model
class ListNodegroupsResponse(Response):
    """One page of :meth:`EKSClient.list_nodegroups`."""

    nodegroups: list[str] | None = member("nodegroups", default=None)
    """Managed node group names (self-managed nodes are not listed)."""
    next_token: str | None = member("nextToken", default=None)
    """Pass back to get the next page; ``None`` on the last page."""


@model
class UpdateNodegroupConfigRequest:
    """Input of :meth:`EKSClient.update_nodegroup_config`."""

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
    """Output of :meth:`EKSClient.update_nodegroup_config`: the update started."""

    update: Update | None = member("update", default=None)


@model
class UpdateNodegroupVersionRequest:
    """Input of :meth:`EKSClient.update_nodegroup_version`."""

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
    """Output of :meth:`EKSClient.update_nodegroup_version`: the update started."""

    update: Update | None = member("update", default=None)
