"""Compute node groups: the EC2 instances PCS launches and scales for a cluster.

A group says which instance types to run, in which subnets, from which AMI
or launch template, how to buy them and how far to scale. Queues send jobs
to groups; a group can also serve as a cluster's login nodes.
"""

from __future__ import annotations

import datetime
from typing import Literal, TypeAlias

from emrk.core.enums import ServiceEnum
from emrk.core.model import Response, member, model
from emrk.pcs.models.common import ErrorInfo
from emrk.pcs.models.networking import Endpoint
from emrk.pcs.models.node_lifecycle import (
    NodeLifecycleActions,
    NodeLifecycleActionsRequest,
    UpdateNodeLifecycleActionsRequest,
)
from emrk.pcs.models.slurm import SlurmCustomSetting

__all__ = [
    "ComputeNodeGroup",
    "ComputeNodeGroupSlurmConfiguration",
    "ComputeNodeGroupSlurmConfigurationRequest",
    "ComputeNodeGroupStatus",
    "ComputeNodeGroupStatusLiteral",
    "ComputeNodeGroupSummary",
    "CreateComputeNodeGroupRequest",
    "CreateComputeNodeGroupResponse",
    "CustomLaunchTemplate",
    "DeleteComputeNodeGroupRequest",
    "DeleteComputeNodeGroupResponse",
    "GetComputeNodeGroupRequest",
    "GetComputeNodeGroupResponse",
    "InstanceConfig",
    "LaunchTemplateMode",
    "LaunchTemplateModeLiteral",
    "ListComputeNodeGroupsRequest",
    "ListComputeNodeGroupsResponse",
    "PurchaseOption",
    "PurchaseOptionLiteral",
    "RegisterComputeNodeGroupInstanceRequest",
    "RegisterComputeNodeGroupInstanceResponse",
    "ScalingConfiguration",
    "ScalingConfigurationRequest",
    "SpotAllocationStrategy",
    "SpotAllocationStrategyLiteral",
    "SpotOptions",
    "UpdateComputeNodeGroupRequest",
    "UpdateComputeNodeGroupResponse",
    "UpdateComputeNodeGroupSlurmConfigurationRequest",
]


class ComputeNodeGroupStatus(ServiceEnum):
    """Where a compute node group is in its provisioning life cycle.

    Unlike clusters and queues, a group can briefly report ``DELETED`` before
    it disappears. ``SUSPENDING``/``SUSPENDED`` follow the cluster's
    suspension when its Slurm release passed end of life.
    """

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


ComputeNodeGroupStatusLiteral: TypeAlias = Literal[
    "CREATING",
    "ACTIVE",
    "UPDATING",
    "DELETING",
    "CREATE_FAILED",
    "DELETE_FAILED",
    "UPDATE_FAILED",
    "DELETED",
    "SUSPENDING",
    "SUSPENDED",
    "RESUMING",
]
"""The values of :class:`ComputeNodeGroupStatus` as string literals. A request argument typed
``ComputeNodeGroupStatus | ComputeNodeGroupStatusLiteral`` takes a member or one of these
strings, so a typo is a type error; a value newer than this client goes through ``typing.cast``.
"""


class LaunchTemplateMode(ServiceEnum):
    """Who owns the EC2 launch template a group's instances start from."""

    CUSTOM = "CUSTOM"
    """Your own template, named in ``custom_launch_template`` (the default)."""
    MANAGED = "MANAGED"
    """A template PCS creates and maintains; then ``ami_id`` and
    ``security_group_ids`` must be set on the group."""


LaunchTemplateModeLiteral: TypeAlias = Literal[
    "CUSTOM",
    "MANAGED",
]
"""The values of :class:`LaunchTemplateMode` as string literals. A request argument typed
``LaunchTemplateMode | LaunchTemplateModeLiteral`` takes a member or one of these strings, so a
typo is a type error; a value newer than this client goes through ``typing.cast``.
"""


class PurchaseOption(ServiceEnum):
    """How PCS pays for a group's instances; On-Demand when unset.

    Use ``ONDEMAND`` to consume an On-Demand Capacity Reservation too.
    """

    ONDEMAND = "ONDEMAND"
    SPOT = "SPOT"
    CAPACITY_BLOCK = "CAPACITY_BLOCK"
    """EC2 Capacity Blocks for ML."""
    INTERRUPTIBLE_CAPACITY_RESERVATION = "INTERRUPTIBLE_CAPACITY_RESERVATION"


PurchaseOptionLiteral: TypeAlias = Literal[
    "ONDEMAND",
    "SPOT",
    "CAPACITY_BLOCK",
    "INTERRUPTIBLE_CAPACITY_RESERVATION",
]
"""The values of :class:`PurchaseOption` as string literals. A request argument typed
``PurchaseOption | PurchaseOptionLiteral`` takes a member or one of these strings, so a typo is
a type error; a value newer than this client goes through ``typing.cast``.
"""


class SpotAllocationStrategy(ServiceEnum):
    """How EC2 picks Spot capacity pools for a group; ``price-capacity-optimized`` by default."""

    LOWEST_PRICE = "lowest-price"
    CAPACITY_OPTIMIZED = "capacity-optimized"
    PRICE_CAPACITY_OPTIMIZED = "price-capacity-optimized"


SpotAllocationStrategyLiteral: TypeAlias = Literal[
    "lowest-price",
    "capacity-optimized",
    "price-capacity-optimized",
]
"""The values of :class:`SpotAllocationStrategy` as string literals. A request argument typed
``SpotAllocationStrategy | SpotAllocationStrategyLiteral`` takes a member or one of these
strings, so a typo is a type error; a value newer than this client goes through ``typing.cast``.
"""


@model
class CustomLaunchTemplate:
    """An EC2 launch template of yours that a ``CUSTOM``-mode group launches from."""

    id: str = member("id")
    """The launch template id, ``lt-...``."""
    version: str = member("version")
    """The template version to use."""


@model
class InstanceConfig:
    """One EC2 instance type a group may launch."""

    instance_type: str | None = member("instanceType", default=None)
    """For example ``"c6i.xlarge"``."""


@model
class ScalingConfigurationRequest:
    """Bounds on a group's instance count, for create and update calls.

    A minimum of 0 lets the group scale to nothing between jobs.
    """

    min_instance_count: int = member("minInstanceCount", min_value=0)
    """Instances kept running even when idle."""
    max_instance_count: int = member("maxInstanceCount", min_value=0)
    """Instances the group never grows beyond."""


@model
class ScalingConfiguration:
    """Bounds on a group's instance count, as PCS reports them."""

    min_instance_count: int = member("minInstanceCount", min_value=0)
    """Instances kept running even when idle."""
    max_instance_count: int = member("maxInstanceCount", min_value=0)
    """Instances the group never grows beyond."""


@model
class SpotOptions:
    """Spot settings, used when the group's purchase option is ``SPOT``."""

    allocation_strategy: SpotAllocationStrategy | SpotAllocationStrategyLiteral | None = member(
        "allocationStrategy", default=None
    )


@model
class ComputeNodeGroupSlurmConfigurationRequest:
    """Slurm options for a new compute node group."""

    scale_down_idle_time_in_seconds: int | None = member(
        "scaleDownIdleTimeInSeconds", default=None, min_value=-1, max_value=10000000
    )
    """Idle time before this group's nodes scale down, overriding the cluster's
    setting; ``-1`` drops the override (needs Slurm 25.11 or later)."""
    slurm_custom_settings: list[SlurmCustomSetting] | None = member(
        "slurmCustomSettings", default=None
    )
    """Node-level ``slurm.conf`` parameters."""
    gres_custom_settings: list[dict[str, str]] | None = member("gresCustomSettings", default=None)
    """Extra ``gres.conf`` records (GPU topology, MIG, MPS...), one attribute
    map each; PCS prefixes ``NodeName=`` and merges them with the GPU record
    it derives from the instance type."""


@model
class ComputeNodeGroupSlurmConfiguration:
    """A compute node group's Slurm options, as PCS reports them."""

    scale_down_idle_time_in_seconds: int | None = member(
        "scaleDownIdleTimeInSeconds", default=None, min_value=-1, max_value=10000000
    )
    """Group-level idle time before scale-down; unset means the cluster's applies."""
    slurm_custom_settings: list[SlurmCustomSetting] | None = member(
        "slurmCustomSettings", default=None
    )
    """Node-level ``slurm.conf`` parameters."""
    gres_custom_settings: list[dict[str, str]] | None = member("gresCustomSettings", default=None)
    """Extra ``gres.conf`` records, one attribute map each."""


@model
class UpdateComputeNodeGroupSlurmConfigurationRequest:
    """Slurm options to change with ``update_compute_node_group``."""

    scale_down_idle_time_in_seconds: int | None = member(
        "scaleDownIdleTimeInSeconds", default=None, min_value=-1, max_value=10000000
    )
    """New group-level idle time before scale-down; ``-1`` falls back to the cluster's."""
    slurm_custom_settings: list[SlurmCustomSetting] | None = member(
        "slurmCustomSettings", default=None
    )
    """Replacement node-level ``slurm.conf`` parameters."""
    gres_custom_settings: list[dict[str, str]] | None = member("gresCustomSettings", default=None)
    """Replacement ``gres.conf`` records."""


@model
class ComputeNodeGroup:
    """A compute node group in full: instances, placement, scaling and status.

    When the status ends in ``_FAILED``, ``error_info`` says why.
    """

    name: str = member("name", min_len=3, max_len=25)
    id: str = member("id")
    """The identifier PCS generated; either this or the name identifies the group."""
    arn: str = member("arn")
    cluster_id: str = member("clusterId")
    """Id of the cluster the group belongs to."""
    created_at: datetime.datetime = member("createdAt", timestamp_format="iso8601")
    modified_at: datetime.datetime = member("modifiedAt", timestamp_format="iso8601")
    status: ComputeNodeGroupStatus | str = member("status")
    """Provisioning status (not node health)."""
    subnet_ids: list[str] = member("subnetIds", min_len=1)
    """Subnets instances launch into, all in the cluster's VPC."""
    iam_instance_profile_arn: str = member("iamInstanceProfileArn")
    """Instance profile of the nodes; its role must be allowed
    ``pcs:RegisterComputeNodeGroupInstance``."""
    scaling_configuration: ScalingConfiguration = member("scalingConfiguration")
    instance_configs: list[InstanceConfig] = member("instanceConfigs")
    """Instance types the group may launch."""
    ami_id: str | None = member("amiId", default=None)
    """AMI set on the group itself; unset means the launch template's AMI is used."""
    security_group_ids: list[str] | None = member("securityGroupIds", default=None)
    """Security groups set on the group itself, replacing the launch template's."""
    ssh_key_name: str | None = member("sshKeyName", default=None, min_len=1, max_len=255)
    """EC2 key pair set on the group itself, replacing the launch template's."""
    purchase_option: PurchaseOption | str | None = member("purchaseOption", default=None)
    launch_template_mode: LaunchTemplateMode | str | None = member(
        "launchTemplateMode", default=None
    )
    custom_launch_template: CustomLaunchTemplate | None = member(
        "customLaunchTemplate", default=None
    )
    """Present in ``CUSTOM`` mode only."""
    spot_options: SpotOptions | None = member("spotOptions", default=None)
    slurm_configuration: ComputeNodeGroupSlurmConfiguration | None = member(
        "slurmConfiguration", default=None
    )
    node_lifecycle_actions: NodeLifecycleActions | None = member(
        "nodeLifecycleActions", default=None
    )
    """Scripts PCS runs on the group's nodes as they boot."""
    error_info: list[ErrorInfo] | None = member("errorInfo", default=None)
    """Problems met while provisioning, when there were any."""


@model
class ComputeNodeGroupSummary:
    """The short form of a group that ``list_compute_node_groups`` returns."""

    name: str = member("name", min_len=3, max_len=25)
    id: str = member("id")
    arn: str = member("arn")
    cluster_id: str = member("clusterId")
    created_at: datetime.datetime = member("createdAt", timestamp_format="iso8601")
    modified_at: datetime.datetime = member("modifiedAt", timestamp_format="iso8601")
    status: ComputeNodeGroupStatus | str = member("status")


@model
class CreateComputeNodeGroupRequest:
    """Input of ``create_compute_node_group``."""

    cluster_identifier: str = member("clusterIdentifier")
    """Name or id of the cluster to add the group to."""
    compute_node_group_name: str = member("computeNodeGroupName", min_len=3, max_len=25)
    """A name for the group, 3 to 25 characters, unique in the cluster."""
    subnet_ids: list[str] = member("subnetIds")
    """Subnets to launch into, in the cluster's VPC."""
    iam_instance_profile_arn: str = member("iamInstanceProfileArn")
    """Instance profile for the nodes; the role's name must start with ``AWSPCS``
    or its path be ``/aws-pcs/``."""
    scaling_configuration: ScalingConfigurationRequest = member("scalingConfiguration")
    instance_configs: list[InstanceConfig] = member("instanceConfigs")
    ami_id: str | None = member("amiId", default=None)
    """AMI to launch, overriding the template's; required in ``MANAGED`` mode."""
    security_group_ids: list[str] | None = member("securityGroupIds", default=None)
    """Security groups for the nodes, overriding the template's; required in
    ``MANAGED`` mode and refused if the template defines network interfaces."""
    ssh_key_name: str | None = member("sshKeyName", default=None, min_len=1, max_len=255)
    """EC2 key pair for the nodes, overriding the template's."""
    purchase_option: PurchaseOption | PurchaseOptionLiteral | None = member(
        "purchaseOption", default=None
    )
    launch_template_mode: LaunchTemplateMode | LaunchTemplateModeLiteral | None = member(
        "launchTemplateMode", default=None
    )
    custom_launch_template: CustomLaunchTemplate | None = member(
        "customLaunchTemplate", default=None
    )
    """Required in ``CUSTOM`` mode, refused in ``MANAGED`` mode."""
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
    """Idempotency token; filled by emrk when left out and reused on retries."""
    tags: dict[str, str] | None = member(
        "tags",
        default=None,
        min_len=1,
        max_len=200,
        key_min_len=1,
        key_max_len=128,
        item_min_len=0,
        item_max_len=256,
    )


@model
class CreateComputeNodeGroupResponse(Response):
    """Output of ``create_compute_node_group``: the group, normally ``CREATING``."""

    compute_node_group: ComputeNodeGroup | None = member("computeNodeGroup", default=None)


@model
class DeleteComputeNodeGroupRequest:
    """Input of ``delete_compute_node_group``."""

    cluster_identifier: str = member("clusterIdentifier")
    compute_node_group_identifier: str = member("computeNodeGroupIdentifier")
    """Name or id of the group."""
    client_token: str | None = member(
        "clientToken", default=None, min_len=8, max_len=100, idempotency_token=True
    )
    """Idempotency token; filled by emrk when left out."""


@model
class DeleteComputeNodeGroupResponse(Response):
    """Output of ``delete_compute_node_group``: empty; deletion continues in the background."""


@model
class GetComputeNodeGroupRequest:
    """Input of ``get_compute_node_group``."""

    cluster_identifier: str = member("clusterIdentifier")
    compute_node_group_identifier: str = member("computeNodeGroupIdentifier")
    """Name or id of the group."""


@model
class GetComputeNodeGroupResponse(Response):
    """Output of ``get_compute_node_group``."""

    compute_node_group: ComputeNodeGroup | None = member("computeNodeGroup", default=None)


@model
class ListComputeNodeGroupsRequest:
    """Input of ``list_compute_node_groups``; prefer the paginator."""

    cluster_identifier: str = member("clusterIdentifier")
    next_token: str | None = member("nextToken", default=None)
    """Token from the previous page; tokens expire after 24 hours."""
    max_results: int | None = member("maxResults", default=None, min_value=1, max_value=100)
    """Page size, up to 100 (PCS uses 10 when left out)."""


@model
class ListComputeNodeGroupsResponse(Response):
    """One page of ``list_compute_node_groups``."""

    compute_node_groups: list[ComputeNodeGroupSummary] = member("computeNodeGroups")
    next_token: str | None = member("nextToken", default=None)
    """Present when more pages follow."""


@model
class RegisterComputeNodeGroupInstanceRequest:
    """Input of ``register_compute_node_group_instance`` (called from the nodes themselves)."""

    cluster_identifier: str = member("clusterIdentifier")
    bootstrap_id: str = member("bootstrapId", min_len=1, max_len=1000)
    """A token the instance generates so that retries register it only once."""


@model
class RegisterComputeNodeGroupInstanceResponse(Response):
    """What a freshly launched node needs to join Slurm, including the cluster secret.

    ``shared_secret`` is sensitive: it never shows in ``repr``, ``str`` or logs.
    """

    node_id: str = member("nodeID")
    """The node's name in the scheduler."""
    shared_secret: str = member("sharedSecret", sensitive=True)
    """The Munge key Slurm daemons authenticate each other with; keep it secret."""
    endpoints: list[Endpoint] = member("endpoints")
    """Where the scheduler's daemons listen."""
    cluster_name: str | None = member("clusterName", default=None)
    compute_node_group_id: str | None = member("computeNodeGroupId", default=None)
    compute_node_group_name: str | None = member("computeNodeGroupName", default=None)
    node_lifecycle_actions: NodeLifecycleActions | None = member(
        "nodeLifecycleActions", default=None
    )
    """The lifecycle scripts the node should run."""
    scheduler_version: str | None = member("schedulerVersion", default=None)
    """The Slurm release the cluster runs, so the node starts the matching one."""


@model
class UpdateComputeNodeGroupRequest:
    """Input of ``update_compute_node_group``; unset members stay as they are.

    An empty string for ``ami_id`` or ``ssh_key_name``, or an empty list for
    ``security_group_ids``, removes the group-level value so the launch
    template's applies again.
    """

    cluster_identifier: str = member("clusterIdentifier")
    compute_node_group_identifier: str = member("computeNodeGroupIdentifier")
    """Name or id of the group."""
    ami_id: str | None = member("amiId", default=None)
    security_group_ids: list[str] | None = member("securityGroupIds", default=None)
    ssh_key_name: str | None = member("sshKeyName", default=None, min_len=0, max_len=255)
    subnet_ids: list[str] | None = member("subnetIds", default=None)
    launch_template_mode: LaunchTemplateMode | LaunchTemplateModeLiteral | None = member(
        "launchTemplateMode", default=None
    )
    """Switching to ``MANAGED`` drops the template association (the template
    itself is kept) and needs ``ami_id`` and ``security_group_ids`` on the group."""
    custom_launch_template: CustomLaunchTemplate | None = member(
        "customLaunchTemplate", default=None
    )
    """A new template for a ``CUSTOM`` group, or the one to switch to from ``MANAGED``."""
    purchase_option: PurchaseOption | PurchaseOptionLiteral | None = member(
        "purchaseOption", default=None
    )
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
    """Idempotency token; filled by emrk when left out."""


@model
class UpdateComputeNodeGroupResponse(Response):
    """Output of ``update_compute_node_group``: the group, normally ``UPDATING``."""

    compute_node_group: ComputeNodeGroup | None = member("computeNodeGroup", default=None)
