"""EKS clusters: :class:`Cluster`, what ``describe_cluster`` returns, and the calls that return it.

Everything a cluster reports about itself lives here (networking, access,
logging, identity, health, the control-plane component settings it runs
with), with the operations that answer with a cluster or list them. What you
send to create or change a cluster is in :mod:`emrk.eks.models.cluster_config`;
the catalogue of Kubernetes versions and their tunables in
:mod:`emrk.eks.models.cluster_versions`. The split keeps the first
``describe_cluster`` of a program from building the models it does not use.
"""

from __future__ import annotations

import datetime
from typing import Literal, TypeAlias

from emrk.core.enums import ServiceEnum
from emrk.core.model import Response, member, model
from emrk.eks.models.activation import CertificateAuthorityActivatedBy

__all__ = [
    "AccessConfigResponse",
    "ActiveCertificateAuthority",
    "AuthenticationMode",
    "AuthenticationModeLiteral",
    "BlockStorage",
    "Certificate",
    "Cluster",
    "ClusterHealth",
    "ClusterIssue",
    "ClusterIssueCode",
    "ClusterIssueCodeLiteral",
    "ClusterStatus",
    "ClusterStatusLiteral",
    "ComputeConfigResponse",
    "ConnectorConfigResponse",
    "ControlPlaneEgressModeType",
    "ControlPlaneEgressModeTypeLiteral",
    "ControlPlanePlacementResponse",
    "ControlPlaneScalingConfig",
    "CrdManagementConfiguration",
    "DeleteClusterRequest",
    "DeleteClusterResponse",
    "DeregisterClusterRequest",
    "DeregisterClusterResponse",
    "DescribeClusterRequest",
    "DescribeClusterResponse",
    "ElasticLoadBalancing",
    "EncryptionConfig",
    "EtcdPlacementResponse",
    "GatewayApiConfiguration",
    "HorizontalPodAutoscalerControllerConfigResponse",
    "Identity",
    "IpFamily",
    "IpFamilyLiteral",
    "KubeApiServerConfigResponse",
    "KubeControllerManagerConfigResponse",
    "KubeSchedulerConfigResponse",
    "KubernetesNetworkConfigResponse",
    "ListClustersRequest",
    "ListClustersResponse",
    "LogSetup",
    "LogType",
    "LogTypeLiteral",
    "Logging",
    "NodeResourcesFitConfig",
    "OIDC",
    "OutpostConfigResponse",
    "PodGcControllerConfigResponse",
    "Provider",
    "ProvisionedControlPlaneTier",
    "ProvisionedControlPlaneTierLiteral",
    "RemoteNetworkConfigResponse",
    "RemoteNodeNetwork",
    "RemotePodNetwork",
    "ResourceWeight",
    "ScoringStrategy",
    "ScoringStrategyType",
    "ScoringStrategyTypeLiteral",
    "ServiceNodePortRange",
    "SpreadLevel",
    "SpreadLevelLiteral",
    "StorageConfigResponse",
    "SupportType",
    "SupportTypeLiteral",
    "UpgradePolicyResponse",
    "VpcConfigResponse",
    "ZonalShiftConfigResponse",
]


class AuthenticationMode(ServiceEnum):
    """Where the cluster looks up IAM principals: access entries (``API``), the
    ``aws-auth`` ConfigMap (``CONFIG_MAP``), or both.
    """

    API = "API"
    API_AND_CONFIG_MAP = "API_AND_CONFIG_MAP"
    CONFIG_MAP = "CONFIG_MAP"


AuthenticationModeLiteral: TypeAlias = Literal[
    "API",
    "API_AND_CONFIG_MAP",
    "CONFIG_MAP",
]
"""The values of :class:`AuthenticationMode` as string literals. A request argument typed
``AuthenticationMode | AuthenticationModeLiteral`` takes a member or one of these strings, so a
typo is a type error; a value newer than this client goes through ``typing.cast``.
"""


class ClusterIssueCode(ServiceEnum):
    """Kind of problem found with a cluster (IAM, VPC, KMS, STS, version...)."""

    ACCESSDENIED = "AccessDenied"
    CLUSTERUNREACHABLE = "ClusterUnreachable"
    CONFIGURATIONCONFLICT = "ConfigurationConflict"
    INTERNALFAILURE = "InternalFailure"
    RESOURCELIMITEXCEEDED = "ResourceLimitExceeded"
    RESOURCENOTFOUND = "ResourceNotFound"
    IAMROLENOTFOUND = "IamRoleNotFound"
    VPCNOTFOUND = "VpcNotFound"
    INSUFFICIENTFREEADDRESSES = "InsufficientFreeAddresses"
    EC2SERVICENOTSUBSCRIBED = "Ec2ServiceNotSubscribed"
    EC2SUBNETNOTFOUND = "Ec2SubnetNotFound"
    EC2SECURITYGROUPNOTFOUND = "Ec2SecurityGroupNotFound"
    KMSGRANTREVOKED = "KmsGrantRevoked"
    KMSKEYNOTFOUND = "KmsKeyNotFound"
    KMSKEYMARKEDFORDELETION = "KmsKeyMarkedForDeletion"
    KMSKEYDISABLED = "KmsKeyDisabled"
    STSREGIONALENDPOINTDISABLED = "StsRegionalEndpointDisabled"
    UNSUPPORTEDVERSION = "UnsupportedVersion"
    OTHER = "Other"


ClusterIssueCodeLiteral: TypeAlias = Literal[
    "AccessDenied",
    "ClusterUnreachable",
    "ConfigurationConflict",
    "InternalFailure",
    "ResourceLimitExceeded",
    "ResourceNotFound",
    "IamRoleNotFound",
    "VpcNotFound",
    "InsufficientFreeAddresses",
    "Ec2ServiceNotSubscribed",
    "Ec2SubnetNotFound",
    "Ec2SecurityGroupNotFound",
    "KmsGrantRevoked",
    "KmsKeyNotFound",
    "KmsKeyMarkedForDeletion",
    "KmsKeyDisabled",
    "StsRegionalEndpointDisabled",
    "UnsupportedVersion",
    "Other",
]
"""The values of :class:`ClusterIssueCode` as string literals. A request argument typed
``ClusterIssueCode | ClusterIssueCodeLiteral`` takes a member or one of these strings, so a typo
is a type error; a value newer than this client goes through ``typing.cast``.
"""


class ClusterStatus(ServiceEnum):
    """Lifecycle of a cluster; the API endpoint and CA data exist only once ``ACTIVE``."""

    CREATING = "CREATING"
    ACTIVE = "ACTIVE"
    DELETING = "DELETING"
    FAILED = "FAILED"
    UPDATING = "UPDATING"
    PENDING = "PENDING"


ClusterStatusLiteral: TypeAlias = Literal[
    "CREATING",
    "ACTIVE",
    "DELETING",
    "FAILED",
    "UPDATING",
    "PENDING",
]
"""The values of :class:`ClusterStatus` as string literals. A request argument typed
``ClusterStatus | ClusterStatusLiteral`` takes a member or one of these strings, so a typo is a
type error; a value newer than this client goes through ``typing.cast``.
"""


class ControlPlaneEgressModeType(ServiceEnum):
    """Who routes the control plane's outbound traffic: EKS (``AWS_MANAGED``) or your VPC."""

    AWS_MANAGED = "AWS_MANAGED"
    CUSTOMER_ROUTED = "CUSTOMER_ROUTED"
    CUSTOMER_ISOLATED = "CUSTOMER_ISOLATED"


ControlPlaneEgressModeTypeLiteral: TypeAlias = Literal[
    "AWS_MANAGED",
    "CUSTOMER_ROUTED",
    "CUSTOMER_ISOLATED",
]
"""The values of :class:`ControlPlaneEgressModeType` as string literals. A request argument typed
``ControlPlaneEgressModeType | ControlPlaneEgressModeTypeLiteral`` takes a member or one of
these strings, so a typo is a type error; a value newer than this client goes through
``typing.cast``.
"""


class IpFamily(ServiceEnum):
    """IP family of the addresses Kubernetes gives pods and services."""

    IPV4 = "ipv4"
    IPV6 = "ipv6"


IpFamilyLiteral: TypeAlias = Literal[
    "ipv4",
    "ipv6",
]
"""The values of :class:`IpFamily` as string literals. A request argument typed ``IpFamily |
IpFamilyLiteral`` takes a member or one of these strings, so a typo is a type error; a value
newer than this client goes through ``typing.cast``.
"""


class LogType(ServiceEnum):
    """A control plane log stream that can be exported to CloudWatch Logs."""

    API = "api"
    AUDIT = "audit"
    AUTHENTICATOR = "authenticator"
    CONTROLLERMANAGER = "controllerManager"
    SCHEDULER = "scheduler"


LogTypeLiteral: TypeAlias = Literal[
    "api",
    "audit",
    "authenticator",
    "controllerManager",
    "scheduler",
]
"""The values of :class:`LogType` as string literals. A request argument typed ``LogType |
LogTypeLiteral`` takes a member or one of these strings, so a typo is a type error; a value
newer than this client goes through ``typing.cast``.
"""


class ProvisionedControlPlaneTier(ServiceEnum):
    """Size of a provisioned control plane (``standard`` up to ``tier-8xl``)."""

    STANDARD = "standard"
    TIER_XL = "tier-xl"
    TIER_2XL = "tier-2xl"
    TIER_4XL = "tier-4xl"
    TIER_8XL = "tier-8xl"


ProvisionedControlPlaneTierLiteral: TypeAlias = Literal[
    "standard",
    "tier-xl",
    "tier-2xl",
    "tier-4xl",
    "tier-8xl",
]
"""The values of :class:`ProvisionedControlPlaneTier` as string literals. A request argument typed
``ProvisionedControlPlaneTier | ProvisionedControlPlaneTierLiteral`` takes a member or one of
these strings, so a typo is a type error; a value newer than this client goes through
``typing.cast``.
"""


class ScoringStrategyType(ServiceEnum):
    """How the scheduler's NodeResourcesFit plugin ranks nodes: spread or pack."""

    LEASTALLOCATED = "LeastAllocated"
    MOSTALLOCATED = "MostAllocated"


ScoringStrategyTypeLiteral: TypeAlias = Literal[
    "LeastAllocated",
    "MostAllocated",
]
"""The values of :class:`ScoringStrategyType` as string literals. A request argument typed
``ScoringStrategyType | ScoringStrategyTypeLiteral`` takes a member or one of these strings, so
a typo is a type error; a value newer than this client goes through ``typing.cast``.
"""


class SpreadLevel(ServiceEnum):
    """Spread level of an Outposts placement group: per host or per rack."""

    HOST = "host"
    RACK = "rack"


SpreadLevelLiteral: TypeAlias = Literal[
    "host",
    "rack",
]
"""The values of :class:`SpreadLevel` as string literals. A request argument typed ``SpreadLevel |
SpreadLevelLiteral`` takes a member or one of these strings, so a typo is a type error; a value
newer than this client goes through ``typing.cast``.
"""


class SupportType(ServiceEnum):
    """Upgrade policy: ``EXTENDED`` support on a version, or upgrade when ``STANDARD`` ends."""

    STANDARD = "STANDARD"
    EXTENDED = "EXTENDED"


SupportTypeLiteral: TypeAlias = Literal[
    "STANDARD",
    "EXTENDED",
]
"""The values of :class:`SupportType` as string literals. A request argument typed ``SupportType |
SupportTypeLiteral`` takes a member or one of these strings, so a typo is a type error; a value
newer than this client goes through ``typing.cast``.
"""


@model
class AccessConfigResponse:
    """How the cluster authenticates IAM principals."""

    bootstrap_cluster_creator_admin_permissions: bool | None = member(
        "bootstrapClusterCreatorAdminPermissions", default=None
    )
    """Whether the creator got a cluster-admin access entry when the cluster was created."""
    authentication_mode: AuthenticationMode | str | None = member(
        "authenticationMode", default=None
    )
    """Where IAM principals are looked up: access entries, ``aws-auth`` or both."""


@model
class ActiveCertificateAuthority:
    """The certificate authority currently signing the cluster's certificates."""

    id: str | None = member("id", default=None)
    """ID of the signing CA."""
    activated_by: CertificateAuthorityActivatedBy | str | None = member("activatedBy", default=None)
    """``EKS`` or ``CUSTOMER``."""


@model
class BlockStorage:
    """EKS Auto Mode block storage: when enabled, Auto Mode manages EBS volumes for you."""

    enabled: bool | None = member("enabled", default=None)
    """Whether Auto Mode manages EBS volumes."""


@model
class Certificate:
    """The cluster's certificate-authority data, for kubeconfig files."""

    data: str | None = member("data", default=None)
    """Base64-encoded CA certificate, for the ``certificate-authority-data`` kubeconfig field."""
    active: ActiveCertificateAuthority | None = member("active", default=None)
    """The CA currently signing the cluster's certificates."""


@model
class Cluster:
    """An EKS cluster: control plane settings, status and connection details."""

    name: str | None = member("name", default=None)
    """Cluster name, unique in the account and region."""
    arn: str | None = member("arn", default=None)
    """ARN of the cluster."""
    created_at: datetime.datetime | None = member("createdAt", default=None)
    """When the cluster was created."""
    version: str | None = member("version", default=None)
    """Kubernetes minor version, such as ``1.31``."""
    endpoint: str | None = member("endpoint", default=None)
    """URL of the Kubernetes API server (available once ``ACTIVE``)."""
    role_arn: str | None = member("roleArn", default=None)
    """IAM role the control plane uses to call AWS on your behalf."""
    resources_vpc_config: VpcConfigResponse | None = member("resourcesVpcConfig", default=None)
    """VPC, subnets, security groups and endpoint access of the control plane."""
    kubernetes_network_config: KubernetesNetworkConfigResponse | None = member(
        "kubernetesNetworkConfig", default=None
    )
    """Service CIDR and IP family."""
    logging: Logging | None = member("logging", default=None)
    """Which control plane logs go to CloudWatch Logs."""
    identity: Identity | None = member("identity", default=None)
    """The cluster's OIDC issuer (for IAM roles for service accounts)."""
    status: ClusterStatus | str | None = member("status", default=None)
    """Where the cluster is in its lifecycle."""
    certificate_authority: Certificate | None = member("certificateAuthority", default=None)
    """CA data for kubeconfig (available once ``ACTIVE``)."""
    client_request_token: str | None = member("clientRequestToken", default=None)
    """The idempotency token of the create call."""
    platform_version: str | None = member("platformVersion", default=None)
    """EKS platform version, such as ``eks.12``."""
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
    """KMS envelope encryption of Kubernetes secrets."""
    connector_config: ConnectorConfigResponse | None = member("connectorConfig", default=None)
    """Registration details, for clusters connected through the EKS Connector."""
    id: str | None = member("id", default=None)
    """ID of a local cluster on an Outpost; ``None`` for clusters in the AWS cloud."""
    health: ClusterHealth | None = member("health", default=None)
    """Problems found with the cluster; none when healthy."""
    outpost_config: OutpostConfigResponse | None = member("outpostConfig", default=None)
    """Settings of a local cluster on an Outpost."""
    access_config: AccessConfigResponse | None = member("accessConfig", default=None)
    """Authentication mode and creator admin bootstrap."""
    upgrade_policy: UpgradePolicyResponse | None = member("upgradePolicy", default=None)
    """Whether the cluster may enter extended support."""
    zonal_shift_config: ZonalShiftConfigResponse | None = member("zonalShiftConfig", default=None)
    """Whether ARC zonal shift is enabled."""
    remote_network_config: RemoteNetworkConfigResponse | None = member(
        "remoteNetworkConfig", default=None
    )
    """Node and pod networks of EKS Hybrid Nodes."""
    compute_config: ComputeConfigResponse | None = member("computeConfig", default=None)
    """EKS Auto Mode compute settings."""
    storage_config: StorageConfigResponse | None = member("storageConfig", default=None)
    """EKS Auto Mode block storage settings."""
    deletion_protection: bool | None = member("deletionProtection", default=None)
    """When ``True``, ``delete_cluster`` fails until protection is turned off."""
    control_plane_scaling_config: ControlPlaneScalingConfig | None = member(
        "controlPlaneScalingConfig", default=None
    )
    """Provisioned control plane tier."""
    kube_api_server_config: KubeApiServerConfigResponse | None = member(
        "kubeApiServerConfig", default=None
    )
    """Tunable API server settings in effect."""
    kube_scheduler_config: KubeSchedulerConfigResponse | None = member(
        "kubeSchedulerConfig", default=None
    )
    """Tunable scheduler settings in effect."""
    kube_controller_manager_config: KubeControllerManagerConfigResponse | None = member(
        "kubeControllerManagerConfig", default=None
    )
    """Tunable controller manager settings in effect."""


@model
class ClusterHealth:
    """Health of a cluster: the issues found (empty when healthy)."""

    issues: list[ClusterIssue] | None = member("issues", default=None)


@model
class ClusterIssue:
    """One problem found with a cluster."""

    code: ClusterIssueCode | str | None = member("code", default=None)
    message: str | None = member("message", default=None)
    """What the problem is."""
    resource_ids: list[str] | None = member("resourceIds", default=None)
    """Resources involved, when known."""


@model
class ComputeConfigResponse:
    """EKS Auto Mode compute settings in effect."""

    enabled: bool | None = member("enabled", default=None)
    """Whether Auto Mode manages EC2 instances."""
    node_pools: list[str] | None = member("nodePools", default=None)
    """Built-in node pools configured."""
    node_role_arn: str | None = member("nodeRoleArn", default=None)
    """IAM role Auto Mode instances get."""


@model
class ConnectorConfigResponse:
    """Registration details of a connected cluster.

    Apply the connector manifest with the activation ID and code before
    ``activation_expiry``, or the registration lapses.
    """

    activation_id: str | None = member("activationId", default=None)
    """ID to put in the connector manifest."""
    activation_code: str | None = member("activationCode", default=None)
    """Code to put in the connector manifest."""
    activation_expiry: datetime.datetime | None = member("activationExpiry", default=None)
    """Deadline for applying the manifest."""
    provider: str | None = member("provider", default=None)
    """Where the cluster runs."""
    role_arn: str | None = member("roleArn", default=None)
    """IAM role used to reach AWS from the connected cluster."""


@model
class ControlPlanePlacementResponse:
    """Placement of the control plane instances of a local cluster on an Outpost."""

    group_name: str | None = member("groupName", default=None)
    """Placement group name."""
    spread_level: SpreadLevel | str | None = member("spreadLevel", default=None)
    """Spread per host or per rack."""


@model
class ControlPlaneScalingConfig:
    """Provisioned control plane size."""

    tier: ProvisionedControlPlaneTier | ProvisionedControlPlaneTierLiteral | None = member(
        "tier", default=None
    )
    """``standard``, ``tier-xl``, ``tier-2xl``, ``tier-4xl`` or ``tier-8xl``."""


@model
class CrdManagementConfiguration:
    """Whether EKS Auto Mode installs and updates the Gateway API CRDs."""

    managed: bool | None = member("managed", default=None)
    """``True`` when Auto Mode manages the Gateway API CRDs."""


@model
class ElasticLoadBalancing:
    """EKS Auto Mode load balancing: when enabled, Auto Mode creates and deletes load balancers."""

    enabled: bool | None = member("enabled", default=None)
    """Whether Auto Mode manages load balancers."""
    gateway_api: GatewayApiConfiguration | None = member("gatewayApi", default=None)
    """Gateway API support of Auto Mode load balancing."""


@model
class EncryptionConfig:
    """KMS envelope encryption of Kubernetes resources."""

    resources: list[str] | None = member("resources", default=None)
    """Resources to encrypt; only ``secrets`` is accepted. Clusters on 1.28 and later encrypt all
    API data by default, so this no longer changes what is encrypted."""
    provider: Provider | None = member("provider", default=None)
    """The KMS key to use."""


@model
class EtcdPlacementResponse:
    """Placement of the etcd instances of a local cluster on an Outpost."""

    spread_level: SpreadLevel | str | None = member("spreadLevel", default=None)


@model
class GatewayApiConfiguration:
    """Gateway API support of EKS Auto Mode load balancing."""

    crds: CrdManagementConfiguration | None = member("crds", default=None)
    """Whether Auto Mode manages the Gateway API CRDs."""


@model
class HorizontalPodAutoscalerControllerConfigResponse:
    """Horizontal pod autoscaler settings in effect."""

    horizontal_pod_autoscaler_sync_period: str | None = member(
        "horizontalPodAutoscalerSyncPeriod", default=None
    )
    """How often the autoscaler syncs."""


@model
class Identity:
    """The cluster's identity provider: its OIDC issuer."""

    oidc: OIDC | None = member("oidc", default=None)


@model
class KubeApiServerConfigResponse:
    """Kubernetes API server settings in effect."""

    event_ttl: str | None = member("eventTtl", default=None)
    """How long Kubernetes events are kept."""
    service_node_port_range: ServiceNodePortRange | None = member(
        "serviceNodePortRange", default=None
    )
    """Ports NodePort services are allocated from."""


@model
class KubeControllerManagerConfigResponse:
    """Kubernetes controller manager settings in effect."""

    pod_gc_controller_config: PodGcControllerConfigResponse | None = member(
        "podGcControllerConfig", default=None
    )
    horizontal_pod_autoscaler_controller_config: (
        HorizontalPodAutoscalerControllerConfigResponse | None
    ) = member("horizontalPodAutoscalerControllerConfig", default=None)


@model
class KubeSchedulerConfigResponse:
    """Kubernetes scheduler settings in effect."""

    node_resources_fit: NodeResourcesFitConfig | None = member("nodeResourcesFit", default=None)


@model
class KubernetesNetworkConfigResponse:
    """Service addressing of a cluster; one of the two CIDR members is set."""

    service_ipv4_cidr: str | None = member("serviceIpv4Cidr", default=None)
    """Block service IPs come from, for ``ipv4`` clusters."""
    service_ipv6_cidr: str | None = member("serviceIpv6Cidr", default=None)
    """Block service IPs come from, for ``ipv6`` clusters."""
    ip_family: IpFamily | str | None = member("ipFamily", default=None)
    """``ipv4`` or ``ipv6``."""
    elastic_load_balancing: ElasticLoadBalancing | None = member(
        "elasticLoadBalancing", default=None
    )
    """EKS Auto Mode load balancing settings."""


@model
class LogSetup:
    """Whether a set of control plane log types is exported to CloudWatch Logs."""

    types: list[LogType | LogTypeLiteral] | None = member("types", default=None)
    """The log types this entry turns on or off."""
    enabled: bool | None = member("enabled", default=None)
    """``True`` exports these log types; each type is switched independently."""


@model
class Logging:
    """Which control plane logs the cluster exports to CloudWatch Logs (none by default)."""

    cluster_logging: list[LogSetup] | None = member("clusterLogging", default=None)
    """One entry per on/off group of log types."""


@model
class NodeResourcesFitConfig:
    """The scheduler's NodeResourcesFit plugin settings."""

    scoring_strategy: ScoringStrategy | None = member("scoringStrategy", default=None)
    """How nodes are ranked by their free resources."""


@model
class OIDC:
    """The cluster's OpenID Connect issuer."""

    issuer: str | None = member("issuer", default=None)
    """Issuer URL; register it as an IAM OIDC provider for IAM roles for service accounts."""


@model
class OutpostConfigResponse:
    """Settings of a local cluster on an AWS Outpost."""

    outpost_arns: list[str] = member("outpostArns")
    """ARN of the Outpost."""
    control_plane_instance_type: str = member("controlPlaneInstanceType")
    """EC2 instance type of the control plane instances."""
    control_plane_placement: ControlPlanePlacementResponse | None = member(
        "controlPlanePlacement", default=None
    )
    """Placement of the control plane instances."""
    etcd_instance_type: str | None = member("etcdInstanceType", default=None)
    """EC2 instance type of the etcd instances."""
    etcd_placement: EtcdPlacementResponse | None = member("etcdPlacement", default=None)
    """Placement of the etcd instances."""


@model
class PodGcControllerConfigResponse:
    """Garbage collection of terminated pods, as in effect."""

    terminated_pod_gc_threshold: int | None = member(
        "terminatedPodGcThreshold", default=None, min_value=1, max_value=1000000
    )
    """Terminated pods allowed to pile up before they are deleted."""


@model
class Provider:
    """The KMS key that encrypts Kubernetes secrets."""

    key_arn: str | None = member("keyArn", default=None)
    """ARN or alias of a symmetric KMS key in the cluster's region (cross-account keys need a key
    policy that allows it)."""


@model
class RemoteNetworkConfigResponse:
    """Networks of EKS Hybrid Nodes, as configured."""

    remote_node_networks: list[RemoteNodeNetwork] | None = member(
        "remoteNodeNetworks", default=None, max_len=1
    )
    """CIDRs hybrid nodes have addresses in."""
    remote_pod_networks: list[RemotePodNetwork] | None = member(
        "remotePodNetworks", default=None, max_len=1
    )
    """CIDRs of pods that run webhooks on hybrid nodes."""


@model
class RemoteNodeNetwork:
    """Address ranges of hybrid nodes.

    Each block must be private (RFC 1918) IPv4 between /32 and /8, must not
    overlap the VPC or the service CIDR, and must route to the VPC.
    """

    cidrs: list[str] | None = member("cidrs", default=None)
    """IPv4 CIDR blocks, such as ``10.2.0.0/16``."""


@model
class RemotePodNetwork:
    """Address ranges of pods that run Kubernetes webhooks on hybrid nodes.

    These come from your CNI plugin's configuration (Calico or Cilium; the Amazon
    VPC CNI does not run on hybrid nodes). Same rules as :class:`RemoteNodeNetwork`.
    """

    cidrs: list[str] | None = member("cidrs", default=None)
    """IPv4 CIDR blocks, such as ``10.3.0.0/16``."""


@model
class ResourceWeight:
    """How much one resource counts when the scheduler scores nodes."""

    name: str | None = member("name", default=None, min_len=1, max_len=253)
    """Resource name, such as ``cpu`` or ``memory``."""
    weight: int | None = member("weight", default=None, min_value=1, max_value=100)
    """Weight from 1 to 100."""


@model
class ScoringStrategy:
    """How the scheduler ranks nodes by free resources."""

    type: ScoringStrategyType | ScoringStrategyTypeLiteral | None = member("type", default=None)
    """``LeastAllocated`` spreads pods; ``MostAllocated`` packs them."""
    resources: list[ResourceWeight] | None = member("resources", default=None, max_len=100)
    """How much each resource counts."""


@model
class ServiceNodePortRange:
    """Ports NodePort services are allocated from."""

    min_port: int | None = member("minPort", default=None)
    """First port of the range."""
    max_port: int | None = member("maxPort", default=None)
    """Last port of the range."""


@model
class StorageConfigResponse:
    """EKS Auto Mode block storage settings in effect."""

    block_storage: BlockStorage | None = member("blockStorage", default=None)


@model
class UpgradePolicyResponse:
    """Whether the cluster may enter extended support."""

    support_type: SupportType | str | None = member("supportType", default=None)
    """``EXTENDED`` or ``STANDARD`` (upgraded automatically when standard support ends)."""


@model
class VpcConfigResponse:
    """The control plane's VPC placement and API server endpoint access."""

    subnet_ids: list[str] | None = member("subnetIds", default=None)
    """Subnets holding the control plane's network interfaces."""
    security_group_ids: list[str] | None = member("securityGroupIds", default=None)
    """Security groups on those network interfaces."""
    cluster_security_group_id: str | None = member("clusterSecurityGroupId", default=None)
    """Security group EKS created for control plane to node traffic."""
    vpc_id: str | None = member("vpcId", default=None)
    """The cluster's VPC."""
    endpoint_public_access: bool | None = member("endpointPublicAccess", default=None)
    """Whether the public API endpoint is on."""
    endpoint_private_access: bool | None = member("endpointPrivateAccess", default=None)
    """Whether the API is also served inside the VPC."""
    public_access_cidrs: list[str] | None = member("publicAccessCidrs", default=None)
    """Who may reach the public endpoint."""
    control_plane_egress_mode: ControlPlaneEgressModeType | str | None = member(
        "controlPlaneEgressMode", default=None
    )
    """Who routes the control plane's outbound traffic."""


@model
class ZonalShiftConfigResponse:
    """Whether ARC zonal shift is enabled for the cluster."""

    enabled: bool | None = member("enabled", default=None)


@model
class DeleteClusterRequest:
    """Input of :meth:`EKSClient.delete_cluster`."""

    name: str = member("name", location="uri")


@model
class DeleteClusterResponse(Response):
    """Output of :meth:`EKSClient.delete_cluster`: the cluster as deletion starts."""

    cluster: Cluster | None = member("cluster", default=None)


@model
class DeregisterClusterRequest:
    """Input of :meth:`EKSClient.deregister_cluster`."""

    name: str = member("name", location="uri")


@model
class DeregisterClusterResponse(Response):
    """Output of :meth:`EKSClient.deregister_cluster`."""

    cluster: Cluster | None = member("cluster", default=None)


@model
class DescribeClusterRequest:
    """Input of :meth:`EKSClient.describe_cluster`."""

    name: str = member("name", location="uri")


@model
class DescribeClusterResponse(Response):
    """Output of :meth:`EKSClient.describe_cluster`."""

    cluster: Cluster | None = member("cluster", default=None)


@model
class ListClustersRequest:
    """Input of :meth:`EKSClient.list_clusters`."""

    max_results: int | None = member(
        "maxResults", default=None, location="querystring", min_value=1, max_value=100
    )
    next_token: str | None = member("nextToken", default=None, location="querystring")
    include: list[str] | None = member("include", default=None, location="querystring")


@model
class ListClustersResponse(Response):
    """One page of :meth:`EKSClient.list_clusters`."""

    clusters: list[str] | None = member("clusters", default=None)
    """Cluster names."""
    next_token: str | None = member("nextToken", default=None)
    """Pass back to get the next page; ``None`` on the last page."""
