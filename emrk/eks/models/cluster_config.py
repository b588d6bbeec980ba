"""What you send to create, register or change an EKS cluster.

Settings come in request/response pairs (``VpcConfigRequest`` here,
``VpcConfigResponse`` in :mod:`emrk.eks.models.cluster`), because what you
send and what the service reports differ. This module holds the request
halves and the operations that take them: create, register, update the
configuration or version, associate encryption.
"""

from __future__ import annotations

from typing import Literal, TypeAlias

from emrk.core.enums import ServiceEnum
from emrk.core.model import Response, member, model
from emrk.eks.models.cluster import (
    AuthenticationMode,
    AuthenticationModeLiteral,
    BlockStorage,
    Cluster,
    ControlPlaneEgressModeType,
    ControlPlaneEgressModeTypeLiteral,
    ControlPlaneScalingConfig,
    ElasticLoadBalancing,
    EncryptionConfig,
    IpFamily,
    IpFamilyLiteral,
    Logging,
    NodeResourcesFitConfig,
    RemoteNodeNetwork,
    RemotePodNetwork,
    ServiceNodePortRange,
    SpreadLevel,
    SpreadLevelLiteral,
    SupportType,
    SupportTypeLiteral,
)
from emrk.eks.models.common import Update

__all__ = [
    "AssociateEncryptionConfigRequest",
    "AssociateEncryptionConfigResponse",
    "ComputeConfigRequest",
    "ConnectorConfigProvider",
    "ConnectorConfigProviderLiteral",
    "ConnectorConfigRequest",
    "ControlPlanePlacementRequest",
    "CreateAccessConfigRequest",
    "CreateClusterRequest",
    "CreateClusterResponse",
    "EtcdPlacementRequest",
    "HorizontalPodAutoscalerControllerConfigRequest",
    "KubeApiServerConfigRequest",
    "KubeControllerManagerConfigRequest",
    "KubeSchedulerConfigRequest",
    "KubernetesNetworkConfigRequest",
    "OutpostConfigRequest",
    "PodGcControllerConfigRequest",
    "RegisterClusterRequest",
    "RegisterClusterResponse",
    "RemoteNetworkConfigRequest",
    "RollbackConfig",
    "StorageConfigRequest",
    "UpdateAccessConfigRequest",
    "UpdateClusterConfigRequest",
    "UpdateClusterConfigResponse",
    "UpdateClusterVersionRequest",
    "UpdateClusterVersionResponse",
    "UpgradePolicyRequest",
    "VpcConfigRequest",
    "ZonalShiftConfigRequest",
]


class ConnectorConfigProvider(ServiceEnum):
    """Where a cluster registered through the EKS Connector runs (EKS Anywhere, GKE, AKS...)."""

    EKS_ANYWHERE = "EKS_ANYWHERE"
    ANTHOS = "ANTHOS"
    GKE = "GKE"
    AKS = "AKS"
    OPENSHIFT = "OPENSHIFT"
    TANZU = "TANZU"
    RANCHER = "RANCHER"
    EC2 = "EC2"
    OTHER = "OTHER"


ConnectorConfigProviderLiteral: TypeAlias = Literal[
    "EKS_ANYWHERE",
    "ANTHOS",
    "GKE",
    "AKS",
    "OPENSHIFT",
    "TANZU",
    "RANCHER",
    "EC2",
    "OTHER",
]
"""The values of :class:`ConnectorConfigProvider` as string literals. A request argument typed
``ConnectorConfigProvider | ConnectorConfigProviderLiteral`` takes a member or one of these
strings, so a typo is a type error; a value newer than this client goes through ``typing.cast``.
"""


@model
class ComputeConfigRequest:
    """EKS Auto Mode compute settings: let Auto Mode launch and retire EC2 instances."""

    enabled: bool | None = member("enabled", default=None)
    """Turn Auto Mode compute on or off."""
    node_pools: list[str] | None = member("nodePools", default=None)
    """Built-in node pools to create, such as ``general-purpose`` and ``system``."""
    node_role_arn: str | None = member("nodeRoleArn", default=None)
    """IAM role Auto Mode instances get; fixed once compute is enabled."""


@model
class ConnectorConfigRequest:
    """Where a cluster being registered runs, and the role allowed to fetch its connector setup."""

    role_arn: str = member("roleArn")
    """IAM role allowed to request the connector configuration."""
    provider: ConnectorConfigProvider | ConnectorConfigProviderLiteral = member("provider")
    """Where the cluster runs."""


@model
class ControlPlanePlacementRequest:
    """Placement group for the control plane instances of a local cluster on an Outpost."""

    group_name: str | None = member("groupName", default=None)
    """Placement group name; fixed after creation."""
    spread_level: SpreadLevel | SpreadLevelLiteral | None = member("spreadLevel", default=None)
    """Spread per host or per rack; no placement group when omitted."""


@model
class CreateAccessConfigRequest:
    """How a new cluster authenticates IAM principals."""

    bootstrap_cluster_creator_admin_permissions: bool | None = member(
        "bootstrapClusterCreatorAdminPermissions", default=None
    )
    """Give the creator a cluster-admin access entry (default ``True``)."""
    authentication_mode: AuthenticationMode | AuthenticationModeLiteral | None = member(
        "authenticationMode", default=None
    )
    """Access entries, ``aws-auth`` or both; through the API the default is ``CONFIG_MAP``."""


@model
class EtcdPlacementRequest:
    """Placement of the etcd instances of a local cluster on an Outpost."""

    spread_level: SpreadLevel | SpreadLevelLiteral | None = member("spreadLevel", default=None)
    """Spread per host or per rack; no placement group when omitted."""


@model
class HorizontalPodAutoscalerControllerConfigRequest:
    """Horizontal pod autoscaler settings of the controller manager."""

    horizontal_pod_autoscaler_sync_period: str | None = member(
        "horizontalPodAutoscalerSyncPeriod", default=None
    )
    """How often the autoscaler syncs, as one unit such as ``15s`` or ``1m``."""


@model
class KubeApiServerConfigRequest:
    """Tunable Kubernetes API server settings."""

    event_ttl: str | None = member("eventTtl", default=None)
    """How long Kubernetes events are kept, as one unit such as ``30m`` or ``1h``."""
    service_node_port_range: ServiceNodePortRange | None = member(
        "serviceNodePortRange", default=None
    )
    """Ports NodePort services are allocated from."""


@model
class KubeControllerManagerConfigRequest:
    """Tunable Kubernetes controller manager settings."""

    pod_gc_controller_config: PodGcControllerConfigRequest | None = member(
        "podGcControllerConfig", default=None
    )
    """Garbage collection of terminated pods."""
    horizontal_pod_autoscaler_controller_config: (
        HorizontalPodAutoscalerControllerConfigRequest | None
    ) = member("horizontalPodAutoscalerControllerConfig", default=None)
    """Horizontal pod autoscaler settings."""


@model
class KubeSchedulerConfigRequest:
    """Tunable Kubernetes scheduler settings."""

    node_resources_fit: NodeResourcesFitConfig | None = member("nodeResourcesFit", default=None)
    """How the scheduler scores nodes by free resources."""


@model
class KubernetesNetworkConfigRequest:
    """Service addressing of a new cluster (and Auto Mode load balancing)."""

    service_ipv4_cidr: str | None = member("serviceIpv4Cidr", default=None)
    """Private /24 to /12 block for service IPs; only at creation, not with ``ipv6``. Defaults to
    10.100.0.0/16 or 172.20.0.0/16."""
    ip_family: IpFamily | IpFamilyLiteral | None = member("ipFamily", default=None)
    """``ipv4`` (default) or ``ipv6``; chosen at creation only."""
    elastic_load_balancing: ElasticLoadBalancing | None = member(
        "elasticLoadBalancing", default=None
    )
    """Turn EKS Auto Mode load balancing on or off."""


@model
class OutpostConfigRequest:
    """Settings of a local cluster on an AWS Outpost (not for clusters in the AWS cloud)."""

    outpost_arns: list[str] = member("outpostArns")
    """ARN of the Outpost; exactly one."""
    control_plane_instance_type: str = member("controlPlaneInstanceType")
    """EC2 instance type of all control plane instances; fixed after creation."""
    control_plane_placement: ControlPlanePlacementRequest | None = member(
        "controlPlanePlacement", default=None
    )
    """Placement group of the control plane instances."""
    etcd_instance_type: str | None = member("etcdInstanceType", default=None)
    """EC2 instance type of the etcd instances; fixed after creation."""
    etcd_placement: EtcdPlacementRequest | None = member("etcdPlacement", default=None)
    """Placement group of the etcd instances."""


@model
class PodGcControllerConfigRequest:
    """Garbage collection of terminated pods."""

    terminated_pod_gc_threshold: int | None = member(
        "terminatedPodGcThreshold", default=None, min_value=1, max_value=1000000
    )
    """Terminated pods allowed to pile up before they are deleted."""


@model
class RemoteNetworkConfigRequest:
    """Networks of EKS Hybrid Nodes: where on-premises nodes and their webhook pods live."""

    remote_node_networks: list[RemoteNodeNetwork] | None = member(
        "remoteNodeNetworks", default=None, max_len=1
    )
    """CIDRs your hybrid nodes have addresses in."""
    remote_pod_networks: list[RemotePodNetwork] | None = member(
        "remotePodNetworks", default=None, max_len=1
    )
    """CIDRs of pods that run webhooks on hybrid nodes."""


@model
class RollbackConfig:
    """Automatic rollback of a cluster version update."""

    timeout_minutes: int | None = member("timeoutMinutes", default=None)
    """Minutes, 120 to 10080 (default 720), after which the update is cancelled; it happens no
    earlier than that."""


@model
class StorageConfigRequest:
    """EKS Auto Mode block storage settings to apply."""

    block_storage: BlockStorage | None = member("blockStorage", default=None)
    """Turn Auto Mode EBS management on or off."""


@model
class UpdateAccessConfigRequest:
    """A new authentication mode for a cluster."""

    authentication_mode: AuthenticationMode | AuthenticationModeLiteral | None = member(
        "authenticationMode", default=None
    )
    """The mode to switch to."""


@model
class UpgradePolicyRequest:
    """Whether the cluster may enter extended support.

    Extended support keeps a Kubernetes version running longer, at extra cost.
    """

    support_type: SupportType | SupportTypeLiteral | None = member("supportType", default=None)
    """``EXTENDED`` (the default) or ``STANDARD`` (upgrade automatically when standard support
    ends)."""


@model
class VpcConfigRequest:
    """Where the control plane connects to your VPC and who may reach its API server."""

    subnet_ids: list[str] | None = member("subnetIds", default=None)
    """Subnets (at least two AZs) where EKS places the control plane's network interfaces."""
    security_group_ids: list[str] | None = member("securityGroupIds", default=None)
    """Security groups for those network interfaces."""
    endpoint_public_access: bool | None = member("endpointPublicAccess", default=None)
    """Serve the API on a public endpoint (default ``True``)."""
    endpoint_private_access: bool | None = member("endpointPrivateAccess", default=None)
    """Also serve the API inside the VPC (default ``False``)."""
    public_access_cidrs: list[str] | None = member("publicAccessCidrs", default=None)
    """Who may reach the public endpoint (default ``0.0.0.0/0``); with the private endpoint off,
    include your nodes' addresses."""
    control_plane_egress_mode: (
        ControlPlaneEgressModeType | ControlPlaneEgressModeTypeLiteral | None
    ) = member("controlPlaneEgressMode", default=None)
    """``AWS_MANAGED`` (default) or routed through your VPC; once customer-routed, it cannot go
    back."""


@model
class ZonalShiftConfigRequest:
    """Turn ARC zonal shift (and zonal autoshift) on or off for the cluster."""

    enabled: bool | None = member("enabled", default=None)
    """``True`` enables zonal shift."""


@model
class AssociateEncryptionConfigRequest:
    """Input of :meth:`EKSClient.associate_encryption_config`."""

    cluster_name: str = member("name", location="uri")
    encryption_config: list[EncryptionConfig] = member("encryptionConfig", max_len=1)
    client_request_token: str | None = member(
        "clientRequestToken", default=None, idempotency_token=True
    )


@model
class AssociateEncryptionConfigResponse(Response):
    """Output of :meth:`EKSClient.associate_encryption_config`: the update started."""

    update: Update | None = member("update", default=None)


@model
class CreateClusterRequest:
    """Input of :meth:`EKSClient.create_cluster`."""

    name: str = member("name", min_len=1, max_len=100)
    role_arn: str = member("roleArn")
    resources_vpc_config: VpcConfigRequest = member("resourcesVpcConfig")
    version: str | None = member("version", default=None)
    kubernetes_network_config: KubernetesNetworkConfigRequest | None = member(
        "kubernetesNetworkConfig", default=None
    )
    logging: Logging | None = member("logging", default=None)
    client_request_token: str | None = member(
        "clientRequestToken", default=None, idempotency_token=True
    )
    tags: dict[str, str] | None = member(
        "tags",
        default=None,
        min_len=1,
        max_len=50,
        key_min_len=1,
        key_max_len=128,
        item_max_len=256,
    )
    encryption_config: list[EncryptionConfig] | None = member(
        "encryptionConfig", default=None, max_len=1
    )
    outpost_config: OutpostConfigRequest | None = member("outpostConfig", default=None)
    access_config: CreateAccessConfigRequest | None = member("accessConfig", default=None)
    bootstrap_self_managed_addons: bool | None = member("bootstrapSelfManagedAddons", default=None)
    upgrade_policy: UpgradePolicyRequest | None = member("upgradePolicy", default=None)
    zonal_shift_config: ZonalShiftConfigRequest | None = member("zonalShiftConfig", default=None)
    remote_network_config: RemoteNetworkConfigRequest | None = member(
        "remoteNetworkConfig", default=None
    )
    compute_config: ComputeConfigRequest | None = member("computeConfig", default=None)
    storage_config: StorageConfigRequest | None = member("storageConfig", default=None)
    deletion_protection: bool | None = member("deletionProtection", default=None)
    control_plane_scaling_config: ControlPlaneScalingConfig | None = member(
        "controlPlaneScalingConfig", default=None
    )
    kube_api_server_config: KubeApiServerConfigRequest | None = member(
        "kubeApiServerConfig", default=None
    )
    kube_scheduler_config: KubeSchedulerConfigRequest | None = member(
        "kubeSchedulerConfig", default=None
    )
    kube_controller_manager_config: KubeControllerManagerConfigRequest | None = member(
        "kubeControllerManagerConfig", default=None
    )


@model
class CreateClusterResponse(Response):
    """Output of :meth:`EKSClient.create_cluster`: the new cluster, usually ``CREATING``."""

    cluster: Cluster | None = member("cluster", default=None)


@model
class RegisterClusterRequest:
    """Input of :meth:`EKSClient.register_cluster`."""

    name: str = member("name", min_len=1, max_len=100)
    connector_config: ConnectorConfigRequest = member("connectorConfig")
    client_request_token: str | None = member(
        "clientRequestToken", default=None, idempotency_token=True
    )
    tags: dict[str, str] | None = member(
        "tags",
        default=None,
        min_len=1,
        max_len=50,
        key_min_len=1,
        key_max_len=128,
        item_max_len=256,
    )


@model
class RegisterClusterResponse(Response):
    """Output of :meth:`EKSClient.register_cluster`: the cluster, with its activation details."""

    cluster: Cluster | None = member("cluster", default=None)


@model
class UpdateClusterConfigRequest:
    """Input of :meth:`EKSClient.update_cluster_config`."""

    name: str = member("name", location="uri")
    resources_vpc_config: VpcConfigRequest | None = member("resourcesVpcConfig", default=None)
    logging: Logging | None = member("logging", default=None)
    client_request_token: str | None = member(
        "clientRequestToken", default=None, idempotency_token=True
    )
    access_config: UpdateAccessConfigRequest | None = member("accessConfig", default=None)
    upgrade_policy: UpgradePolicyRequest | None = member("upgradePolicy", default=None)
    zonal_shift_config: ZonalShiftConfigRequest | None = member("zonalShiftConfig", default=None)
    compute_config: ComputeConfigRequest | None = member("computeConfig", default=None)
    kubernetes_network_config: KubernetesNetworkConfigRequest | None = member(
        "kubernetesNetworkConfig", default=None
    )
    storage_config: StorageConfigRequest | None = member("storageConfig", default=None)
    remote_network_config: RemoteNetworkConfigRequest | None = member(
        "remoteNetworkConfig", default=None
    )
    deletion_protection: bool | None = member("deletionProtection", default=None)
    control_plane_scaling_config: ControlPlaneScalingConfig | None = member(
        "controlPlaneScalingConfig", default=None
    )
    kube_api_server_config: KubeApiServerConfigRequest | None = member(
        "kubeApiServerConfig", default=None
    )
    kube_scheduler_config: KubeSchedulerConfigRequest | None = member(
        "kubeSchedulerConfig", default=None
    )
    kube_controller_manager_config: KubeControllerManagerConfigRequest | None = member(
        "kubeControllerManagerConfig", default=None
    )


@model
class UpdateClusterConfigResponse(Response):
    """Output of :meth:`EKSClient.update_cluster_config`: the update started."""

    update: Update | None = member("update", default=None)


@model
class UpdateClusterVersionRequest:
    """Input of :meth:`EKSClient.update_cluster_version`."""

    name: str = member("name", location="uri")
    version: str = member("version")
    client_request_token: str | None = member(
        "clientRequestToken", default=None, idempotency_token=True
    )
    force: bool | None = member("force", default=None)
    rollback_config: RollbackConfig | None = member("rollbackConfig", default=None)


@model
class UpdateClusterVersionResponse(Response):
    """Output of :meth:`EKSClient.update_cluster_version`: the update started."""

    update: Update | None = member("update", default=None)
