"""DOC: module cluster"""

from __future__ import annotations

import datetime
import enum

from emrk.core.model import Response, member, model
from emrk.eks.models.common import CertificateAuthorityActivatedBy, Update

__all__ = [
    "AccessConfigResponse",
    "ActiveCertificateAuthority",
    "AllowedValuesConstraint",
    "AssociateEncryptionConfigRequest",
    "AssociateEncryptionConfigResponse",
    "AuthenticationMode",
    "BlockStorage",
    "Certificate",
    "Cluster",
    "ClusterHealth",
    "ClusterIssue",
    "ClusterIssueCode",
    "ClusterStatus",
    "ClusterVersionInformation",
    "ClusterVersionStatus",
    "ComputeConfigRequest",
    "ComputeConfigResponse",
    "ConnectorConfigProvider",
    "ConnectorConfigRequest",
    "ConnectorConfigResponse",
    "ControlPlaneConfigInfo",
    "ControlPlaneEgressModeType",
    "ControlPlanePlacementRequest",
    "ControlPlanePlacementResponse",
    "ControlPlaneScalingConfig",
    "ControlPlaneScalingTierInfo",
    "CrdManagementConfiguration",
    "CreateAccessConfigRequest",
    "CreateClusterRequest",
    "CreateClusterResponse",
    "DeleteClusterRequest",
    "DeleteClusterResponse",
    "DeregisterClusterRequest",
    "DeregisterClusterResponse",
    "DescribeClusterRequest",
    "DescribeClusterResponse",
    "DescribeClusterVersionsRequest",
    "DescribeClusterVersionsResponse",
    "DurationConstraints",
    "DurationParameterConfig",
    "ElasticLoadBalancing",
    "EncryptionConfig",
    "EtcdPlacementRequest",
    "EtcdPlacementResponse",
    "GatewayApiConfiguration",
    "HorizontalPodAutoscalerControllerConfigRequest",
    "HorizontalPodAutoscalerControllerConfigResponse",
    "HorizontalPodAutoscalerControllerVersionConfig",
    "Identity",
    "IntegerConstraints",
    "IntegerParameterConfig",
    "IntegerRangeConstraint",
    "IpFamily",
    "KubeApiServerConfigRequest",
    "KubeApiServerConfigResponse",
    "KubeApiServerVersionConfig",
    "KubeControllerManagerConfigRequest",
    "KubeControllerManagerConfigResponse",
    "KubeControllerManagerVersionConfig",
    "KubeSchedulerConfigRequest",
    "KubeSchedulerConfigResponse",
    "KubeSchedulerVersionConfig",
    "KubernetesNetworkConfigRequest",
    "KubernetesNetworkConfigResponse",
    "ListClustersRequest",
    "ListClustersResponse",
    "LogSetup",
    "LogType",
    "Logging",
    "NodeResourcesFitConfig",
    "NodeResourcesFitVersionConfig",
    "OIDC",
    "OutpostConfigRequest",
    "OutpostConfigResponse",
    "PodGcControllerConfigRequest",
    "PodGcControllerConfigResponse",
    "PodGcControllerVersionConfig",
    "PortRangeConstraints",
    "PortRangeParameterConfig",
    "Provider",
    "ProvisionedControlPlaneTier",
    "RegisterClusterRequest",
    "RegisterClusterResponse",
    "RemoteNetworkConfigRequest",
    "RemoteNetworkConfigResponse",
    "RemoteNodeNetwork",
    "RemotePodNetwork",
    "ResourceConstraints",
    "ResourceWeight",
    "RollbackConfig",
    "ScoringStrategy",
    "ScoringStrategyConfig",
    "ScoringStrategyConstraints",
    "ScoringStrategyType",
    "ServiceNodePortRange",
    "SpreadLevel",
    "StorageConfigRequest",
    "StorageConfigResponse",
    "SupportType",
    "UpdateAccessConfigRequest",
    "UpdateClusterConfigRequest",
    "UpdateClusterConfigResponse",
    "UpdateClusterVersionRequest",
    "UpdateClusterVersionResponse",
    "UpgradePolicyRequest",
    "UpgradePolicyResponse",
    "VersionStatus",
    "VpcConfigRequest",
    "VpcConfigResponse",
    "ZonalShiftConfigRequest",
    "ZonalShiftConfigResponse",
]


class AuthenticationMode(str, enum.Enum):
    """DOC: AuthenticationMode"""

    API = "API"
    API_AND_CONFIG_MAP = "API_AND_CONFIG_MAP"
    CONFIG_MAP = "CONFIG_MAP"


class ClusterIssueCode(str, enum.Enum):
    """DOC: ClusterIssueCode"""

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


class ClusterStatus(str, enum.Enum):
    """DOC: ClusterStatus"""

    CREATING = "CREATING"
    ACTIVE = "ACTIVE"
    DELETING = "DELETING"
    FAILED = "FAILED"
    UPDATING = "UPDATING"
    PENDING = "PENDING"


class ClusterVersionStatus(str, enum.Enum):
    """DOC: ClusterVersionStatus"""

    UNSUPPORTED = "unsupported"
    STANDARD_SUPPORT = "standard-support"
    EXTENDED_SUPPORT = "extended-support"


class ConnectorConfigProvider(str, enum.Enum):
    """DOC: ConnectorConfigProvider"""

    EKS_ANYWHERE = "EKS_ANYWHERE"
    ANTHOS = "ANTHOS"
    GKE = "GKE"
    AKS = "AKS"
    OPENSHIFT = "OPENSHIFT"
    TANZU = "TANZU"
    RANCHER = "RANCHER"
    EC2 = "EC2"
    OTHER = "OTHER"


class ControlPlaneEgressModeType(str, enum.Enum):
    """DOC: ControlPlaneEgressModeType"""

    AWS_MANAGED = "AWS_MANAGED"
    CUSTOMER_ROUTED = "CUSTOMER_ROUTED"
    CUSTOMER_ISOLATED = "CUSTOMER_ISOLATED"


class IpFamily(str, enum.Enum):
    """DOC: IpFamily"""

    IPV4 = "ipv4"
    IPV6 = "ipv6"


class LogType(str, enum.Enum):
    """DOC: LogType"""

    API = "api"
    AUDIT = "audit"
    AUTHENTICATOR = "authenticator"
    CONTROLLERMANAGER = "controllerManager"
    SCHEDULER = "scheduler"


class ProvisionedControlPlaneTier(str, enum.Enum):
    """DOC: ProvisionedControlPlaneTier"""

    STANDARD = "standard"
    TIER_XL = "tier-xl"
    TIER_2XL = "tier-2xl"
    TIER_4XL = "tier-4xl"
    TIER_8XL = "tier-8xl"


class ScoringStrategyType(str, enum.Enum):
    """DOC: ScoringStrategyType"""

    LEASTALLOCATED = "LeastAllocated"
    MOSTALLOCATED = "MostAllocated"


class SpreadLevel(str, enum.Enum):
    """DOC: SpreadLevel"""

    HOST = "host"
    RACK = "rack"


class SupportType(str, enum.Enum):
    """DOC: SupportType"""

    STANDARD = "STANDARD"
    EXTENDED = "EXTENDED"


class VersionStatus(str, enum.Enum):
    """DOC: VersionStatus"""

    UNSUPPORTED = "UNSUPPORTED"
    STANDARD_SUPPORT = "STANDARD_SUPPORT"
    EXTENDED_SUPPORT = "EXTENDED_SUPPORT"


@model
class AccessConfigResponse:
    """DOC: AccessConfigResponse"""

    bootstrap_cluster_creator_admin_permissions: bool | None = member(
        "bootstrapClusterCreatorAdminPermissions", default=None
    )
    authentication_mode: AuthenticationMode | str | None = member(
        "authenticationMode", default=None
    )


@model
class ActiveCertificateAuthority:
    """DOC: ActiveCertificateAuthority"""

    id: str | None = member("id", default=None)
    activated_by: CertificateAuthorityActivatedBy | str | None = member("activatedBy", default=None)


@model
class AllowedValuesConstraint:
    """DOC: AllowedValuesConstraint"""

    allowed_values: list[str] | None = member("allowedValues", default=None, max_len=20)


@model
class BlockStorage:
    """DOC: BlockStorage"""

    enabled: bool | None = member("enabled", default=None)


@model
class Certificate:
    """DOC: Certificate"""

    data: str | None = member("data", default=None)
    active: ActiveCertificateAuthority | None = member("active", default=None)


@model
class Cluster:
    """DOC: Cluster"""

    name: str | None = member("name", default=None)
    arn: str | None = member("arn", default=None)
    created_at: datetime.datetime | None = member("createdAt", default=None)
    version: str | None = member("version", default=None)
    endpoint: str | None = member("endpoint", default=None)
    role_arn: str | None = member("roleArn", default=None)
    resources_vpc_config: VpcConfigResponse | None = member("resourcesVpcConfig", default=None)
    kubernetes_network_config: KubernetesNetworkConfigResponse | None = member(
        "kubernetesNetworkConfig", default=None
    )
    logging: Logging | None = member("logging", default=None)
    identity: Identity | None = member("identity", default=None)
    status: ClusterStatus | str | None = member("status", default=None)
    certificate_authority: Certificate | None = member("certificateAuthority", default=None)
    client_request_token: str | None = member("clientRequestToken", default=None)
    platform_version: str | None = member("platformVersion", default=None)
    tags: dict[str, str] | None = member("tags", default=None, min_len=1, max_len=50)
    encryption_config: list[EncryptionConfig] | None = member(
        "encryptionConfig", default=None, max_len=1
    )
    connector_config: ConnectorConfigResponse | None = member("connectorConfig", default=None)
    id: str | None = member("id", default=None)
    health: ClusterHealth | None = member("health", default=None)
    outpost_config: OutpostConfigResponse | None = member("outpostConfig", default=None)
    access_config: AccessConfigResponse | None = member("accessConfig", default=None)
    upgrade_policy: UpgradePolicyResponse | None = member("upgradePolicy", default=None)
    zonal_shift_config: ZonalShiftConfigResponse | None = member("zonalShiftConfig", default=None)
    remote_network_config: RemoteNetworkConfigResponse | None = member(
        "remoteNetworkConfig", default=None
    )
    compute_config: ComputeConfigResponse | None = member("computeConfig", default=None)
    storage_config: StorageConfigResponse | None = member("storageConfig", default=None)
    deletion_protection: bool | None = member("deletionProtection", default=None)
    control_plane_scaling_config: ControlPlaneScalingConfig | None = member(
        "controlPlaneScalingConfig", default=None
    )
    kube_api_server_config: KubeApiServerConfigResponse | None = member(
        "kubeApiServerConfig", default=None
    )
    kube_scheduler_config: KubeSchedulerConfigResponse | None = member(
        "kubeSchedulerConfig", default=None
    )
    kube_controller_manager_config: KubeControllerManagerConfigResponse | None = member(
        "kubeControllerManagerConfig", default=None
    )


@model
class ClusterHealth:
    """DOC: ClusterHealth"""

    issues: list[ClusterIssue] | None = member("issues", default=None)


@model
class ClusterIssue:
    """DOC: ClusterIssue"""

    code: ClusterIssueCode | str | None = member("code", default=None)
    message: str | None = member("message", default=None)
    resource_ids: list[str] | None = member("resourceIds", default=None)


@model
class ClusterVersionInformation:
    """DOC: ClusterVersionInformation"""

    cluster_version: str | None = member("clusterVersion", default=None)
    cluster_type: str | None = member("clusterType", default=None)
    default_platform_version: str | None = member("defaultPlatformVersion", default=None)
    default_version: bool | None = member("defaultVersion", default=None)
    release_date: datetime.datetime | None = member("releaseDate", default=None)
    end_of_standard_support_date: datetime.datetime | None = member(
        "endOfStandardSupportDate", default=None
    )
    end_of_extended_support_date: datetime.datetime | None = member(
        "endOfExtendedSupportDate", default=None
    )
    status: ClusterVersionStatus | str | None = member("status", default=None)
    version_status: VersionStatus | str | None = member("versionStatus", default=None)
    kubernetes_patch_version: str | None = member("kubernetesPatchVersion", default=None)
    control_plane_scaling_tiers: list[ControlPlaneScalingTierInfo] | None = member(
        "controlPlaneScalingTiers", default=None, max_len=10
    )
    control_plane_component_config: ControlPlaneConfigInfo | None = member(
        "controlPlaneComponentConfig", default=None
    )


@model
class ComputeConfigRequest:
    """DOC: ComputeConfigRequest"""

    enabled: bool | None = member("enabled", default=None)
    node_pools: list[str] | None = member("nodePools", default=None)
    node_role_arn: str | None = member("nodeRoleArn", default=None)


@model
class ComputeConfigResponse:
    """DOC: ComputeConfigResponse"""

    enabled: bool | None = member("enabled", default=None)
    node_pools: list[str] | None = member("nodePools", default=None)
    node_role_arn: str | None = member("nodeRoleArn", default=None)


@model
class ConnectorConfigRequest:
    """DOC: ConnectorConfigRequest"""

    role_arn: str = member("roleArn")
    provider: ConnectorConfigProvider | str = member("provider")


@model
class ConnectorConfigResponse:
    """DOC: ConnectorConfigResponse"""

    activation_id: str | None = member("activationId", default=None)
    activation_code: str | None = member("activationCode", default=None)
    activation_expiry: datetime.datetime | None = member("activationExpiry", default=None)
    provider: str | None = member("provider", default=None)
    role_arn: str | None = member("roleArn", default=None)


@model
class ControlPlaneConfigInfo:
    """DOC: ControlPlaneConfigInfo"""

    kube_api_server_config: KubeApiServerVersionConfig | None = member(
        "kubeApiServerConfig", default=None
    )
    kube_scheduler_config: KubeSchedulerVersionConfig | None = member(
        "kubeSchedulerConfig", default=None
    )
    kube_controller_manager_config: KubeControllerManagerVersionConfig | None = member(
        "kubeControllerManagerConfig", default=None
    )


@model
class ControlPlanePlacementRequest:
    """DOC: ControlPlanePlacementRequest"""

    group_name: str | None = member("groupName", default=None)
    spread_level: SpreadLevel | str | None = member("spreadLevel", default=None)


@model
class ControlPlanePlacementResponse:
    """DOC: ControlPlanePlacementResponse"""

    group_name: str | None = member("groupName", default=None)
    spread_level: SpreadLevel | str | None = member("spreadLevel", default=None)


@model
class ControlPlaneScalingConfig:
    """DOC: ControlPlaneScalingConfig"""

    tier: ProvisionedControlPlaneTier | str | None = member("tier", default=None)


@model
class ControlPlaneScalingTierInfo:
    """DOC: ControlPlaneScalingTierInfo"""

    tier_name: str | None = member("tierName", default=None)
    api_request_concurrency: int | None = member("apiRequestConcurrency", default=None)
    pod_scheduling_rate_per_second: int | None = member("podSchedulingRatePerSecond", default=None)
    cluster_database_size_gb: int | None = member("clusterDatabaseSizeGb", default=None)
    control_plane_component_config_overrides: ControlPlaneConfigInfo | None = member(
        "controlPlaneComponentConfigOverrides", default=None
    )


@model
class CrdManagementConfiguration:
    """DOC: CrdManagementConfiguration"""

    managed: bool | None = member("managed", default=None)


@model
class CreateAccessConfigRequest:
    """DOC: CreateAccessConfigRequest"""

    bootstrap_cluster_creator_admin_permissions: bool | None = member(
        "bootstrapClusterCreatorAdminPermissions", default=None
    )
    authentication_mode: AuthenticationMode | str | None = member(
        "authenticationMode", default=None
    )


@model
class DurationConstraints:
    """DOC: DurationConstraints"""

    min: str | None = member("min", default=None)
    max: str | None = member("max", default=None)


@model
class DurationParameterConfig:
    """DOC: DurationParameterConfig"""

    default_value: str | None = member("defaultValue", default=None)
    constraints: DurationConstraints | None = member("constraints", default=None)


@model
class ElasticLoadBalancing:
    """DOC: ElasticLoadBalancing"""

    enabled: bool | None = member("enabled", default=None)
    gateway_api: GatewayApiConfiguration | None = member("gatewayApi", default=None)


@model
class EncryptionConfig:
    """DOC: EncryptionConfig"""

    resources: list[str] | None = member("resources", default=None)
    provider: Provider | None = member("provider", default=None)


@model
class EtcdPlacementRequest:
    """DOC: EtcdPlacementRequest"""

    spread_level: SpreadLevel | str | None = member("spreadLevel", default=None)


@model
class EtcdPlacementResponse:
    """DOC: EtcdPlacementResponse"""

    spread_level: SpreadLevel | str | None = member("spreadLevel", default=None)


@model
class GatewayApiConfiguration:
    """DOC: GatewayApiConfiguration"""

    crds: CrdManagementConfiguration | None = member("crds", default=None)


@model
class HorizontalPodAutoscalerControllerConfigRequest:
    """DOC: HorizontalPodAutoscalerControllerConfigRequest"""

    horizontal_pod_autoscaler_sync_period: str | None = member(
        "horizontalPodAutoscalerSyncPeriod", default=None
    )


@model
class HorizontalPodAutoscalerControllerConfigResponse:
    """DOC: HorizontalPodAutoscalerControllerConfigResponse"""

    horizontal_pod_autoscaler_sync_period: str | None = member(
        "horizontalPodAutoscalerSyncPeriod", default=None
    )


@model
class HorizontalPodAutoscalerControllerVersionConfig:
    """DOC: HorizontalPodAutoscalerControllerVersionConfig"""

    horizontal_pod_autoscaler_sync_period: DurationParameterConfig | None = member(
        "horizontalPodAutoscalerSyncPeriod", default=None
    )


@model
class Identity:
    """DOC: Identity"""

    oidc: OIDC | None = member("oidc", default=None)


@model
class IntegerConstraints:
    """DOC: IntegerConstraints"""

    min: int | None = member("min", default=None)
    max: int | None = member("max", default=None)


@model
class IntegerParameterConfig:
    """DOC: IntegerParameterConfig"""

    default_value: int | None = member("defaultValue", default=None)
    constraints: IntegerConstraints | None = member("constraints", default=None)


@model
class IntegerRangeConstraint:
    """DOC: IntegerRangeConstraint"""

    min: int | None = member("min", default=None)
    max: int | None = member("max", default=None)


@model
class KubeApiServerConfigRequest:
    """DOC: KubeApiServerConfigRequest"""

    event_ttl: str | None = member("eventTtl", default=None)
    service_node_port_range: ServiceNodePortRange | None = member(
        "serviceNodePortRange", default=None
    )


@model
class KubeApiServerConfigResponse:
    """DOC: KubeApiServerConfigResponse"""

    event_ttl: str | None = member("eventTtl", default=None)
    service_node_port_range: ServiceNodePortRange | None = member(
        "serviceNodePortRange", default=None
    )


@model
class KubeApiServerVersionConfig:
    """DOC: KubeApiServerVersionConfig"""

    event_ttl: DurationParameterConfig | None = member("eventTtl", default=None)
    service_node_port_range: PortRangeParameterConfig | None = member(
        "serviceNodePortRange", default=None
    )


@model
class KubeControllerManagerConfigRequest:
    """DOC: KubeControllerManagerConfigRequest"""

    pod_gc_controller_config: PodGcControllerConfigRequest | None = member(
        "podGcControllerConfig", default=None
    )
    horizontal_pod_autoscaler_controller_config: (
        HorizontalPodAutoscalerControllerConfigRequest | None
    ) = member("horizontalPodAutoscalerControllerConfig", default=None)


@model
class KubeControllerManagerConfigResponse:
    """DOC: KubeControllerManagerConfigResponse"""

    pod_gc_controller_config: PodGcControllerConfigResponse | None = member(
        "podGcControllerConfig", default=None
    )
    horizontal_pod_autoscaler_controller_config: (
        HorizontalPodAutoscalerControllerConfigResponse | None
    ) = member("horizontalPodAutoscalerControllerConfig", default=None)


@model
class KubeControllerManagerVersionConfig:
    """DOC: KubeControllerManagerVersionConfig"""

    pod_gc_controller_config: PodGcControllerVersionConfig | None = member(
        "podGcControllerConfig", default=None
    )
    horizontal_pod_autoscaler_controller_config: (
        HorizontalPodAutoscalerControllerVersionConfig | None
    ) = member("horizontalPodAutoscalerControllerConfig", default=None)


@model
class KubeSchedulerConfigRequest:
    """DOC: KubeSchedulerConfigRequest"""

    node_resources_fit: NodeResourcesFitConfig | None = member("nodeResourcesFit", default=None)


@model
class KubeSchedulerConfigResponse:
    """DOC: KubeSchedulerConfigResponse"""

    node_resources_fit: NodeResourcesFitConfig | None = member("nodeResourcesFit", default=None)


@model
class KubeSchedulerVersionConfig:
    """DOC: KubeSchedulerVersionConfig"""

    node_resources_fit: NodeResourcesFitVersionConfig | None = member(
        "nodeResourcesFit", default=None
    )


@model
class KubernetesNetworkConfigRequest:
    """DOC: KubernetesNetworkConfigRequest"""

    service_ipv4_cidr: str | None = member("serviceIpv4Cidr", default=None)
    ip_family: IpFamily | str | None = member("ipFamily", default=None)
    elastic_load_balancing: ElasticLoadBalancing | None = member(
        "elasticLoadBalancing", default=None
    )


@model
class KubernetesNetworkConfigResponse:
    """DOC: KubernetesNetworkConfigResponse"""

    service_ipv4_cidr: str | None = member("serviceIpv4Cidr", default=None)
    service_ipv6_cidr: str | None = member("serviceIpv6Cidr", default=None)
    ip_family: IpFamily | str | None = member("ipFamily", default=None)
    elastic_load_balancing: ElasticLoadBalancing | None = member(
        "elasticLoadBalancing", default=None
    )


@model
class LogSetup:
    """DOC: LogSetup"""

    types: list[LogType | str] | None = member("types", default=None)
    enabled: bool | None = member("enabled", default=None)


@model
class Logging:
    """DOC: Logging"""

    cluster_logging: list[LogSetup] | None = member("clusterLogging", default=None)


@model
class NodeResourcesFitConfig:
    """DOC: NodeResourcesFitConfig"""

    scoring_strategy: ScoringStrategy | None = member("scoringStrategy", default=None)


@model
class NodeResourcesFitVersionConfig:
    """DOC: NodeResourcesFitVersionConfig"""

    scoring_strategy: ScoringStrategyConfig | None = member("scoringStrategy", default=None)


@model
class OIDC:
    """DOC: OIDC"""

    issuer: str | None = member("issuer", default=None)


@model
class OutpostConfigRequest:
    """DOC: OutpostConfigRequest"""

    outpost_arns: list[str] = member("outpostArns")
    control_plane_instance_type: str = member("controlPlaneInstanceType")
    control_plane_placement: ControlPlanePlacementRequest | None = member(
        "controlPlanePlacement", default=None
    )
    etcd_instance_type: str | None = member("etcdInstanceType", default=None)
    etcd_placement: EtcdPlacementRequest | None = member("etcdPlacement", default=None)


@model
class OutpostConfigResponse:
    """DOC: OutpostConfigResponse"""

    outpost_arns: list[str] = member("outpostArns")
    control_plane_instance_type: str = member("controlPlaneInstanceType")
    control_plane_placement: ControlPlanePlacementResponse | None = member(
        "controlPlanePlacement", default=None
    )
    etcd_instance_type: str | None = member("etcdInstanceType", default=None)
    etcd_placement: EtcdPlacementResponse | None = member("etcdPlacement", default=None)


@model
class PodGcControllerConfigRequest:
    """DOC: PodGcControllerConfigRequest"""

    terminated_pod_gc_threshold: int | None = member(
        "terminatedPodGcThreshold", default=None, min_value=1, max_value=1000000
    )


@model
class PodGcControllerConfigResponse:
    """DOC: PodGcControllerConfigResponse"""

    terminated_pod_gc_threshold: int | None = member(
        "terminatedPodGcThreshold", default=None, min_value=1, max_value=1000000
    )


@model
class PodGcControllerVersionConfig:
    """DOC: PodGcControllerVersionConfig"""

    terminated_pod_gc_threshold: IntegerParameterConfig | None = member(
        "terminatedPodGcThreshold", default=None
    )


@model
class PortRangeConstraints:
    """DOC: PortRangeConstraints"""

    min_port: IntegerRangeConstraint | None = member("minPort", default=None)
    max_port: IntegerRangeConstraint | None = member("maxPort", default=None)


@model
class PortRangeParameterConfig:
    """DOC: PortRangeParameterConfig"""

    default_value: ServiceNodePortRange | None = member("defaultValue", default=None)
    constraints: PortRangeConstraints | None = member("constraints", default=None)


@model
class Provider:
    """DOC: Provider"""

    key_arn: str | None = member("keyArn", default=None)


@model
class RemoteNetworkConfigRequest:
    """DOC: RemoteNetworkConfigRequest"""

    remote_node_networks: list[RemoteNodeNetwork] | None = member(
        "remoteNodeNetworks", default=None, max_len=1
    )
    remote_pod_networks: list[RemotePodNetwork] | None = member(
        "remotePodNetworks", default=None, max_len=1
    )


@model
class RemoteNetworkConfigResponse:
    """DOC: RemoteNetworkConfigResponse"""

    remote_node_networks: list[RemoteNodeNetwork] | None = member(
        "remoteNodeNetworks", default=None, max_len=1
    )
    remote_pod_networks: list[RemotePodNetwork] | None = member(
        "remotePodNetworks", default=None, max_len=1
    )


@model
class RemoteNodeNetwork:
    """DOC: RemoteNodeNetwork"""

    cidrs: list[str] | None = member("cidrs", default=None)


@model
class RemotePodNetwork:
    """DOC: RemotePodNetwork"""

    cidrs: list[str] | None = member("cidrs", default=None)


@model
class ResourceConstraints:
    """DOC: ResourceConstraints"""

    name: AllowedValuesConstraint | None = member("name", default=None)
    weight: IntegerRangeConstraint | None = member("weight", default=None)


@model
class ResourceWeight:
    """DOC: ResourceWeight"""

    name: str | None = member("name", default=None, min_len=1, max_len=253)
    weight: int | None = member("weight", default=None, min_value=1, max_value=100)


@model
class RollbackConfig:
    """DOC: RollbackConfig"""

    timeout_minutes: int | None = member("timeoutMinutes", default=None)


@model
class ScoringStrategy:
    """DOC: ScoringStrategy"""

    type: ScoringStrategyType | str | None = member("type", default=None)
    resources: list[ResourceWeight] | None = member("resources", default=None, max_len=100)


@model
class ScoringStrategyConfig:
    """DOC: ScoringStrategyConfig"""

    default_value: ScoringStrategy | None = member("defaultValue", default=None)
    constraints: ScoringStrategyConstraints | None = member("constraints", default=None)


@model
class ScoringStrategyConstraints:
    """DOC: ScoringStrategyConstraints"""

    scoring_strategy: AllowedValuesConstraint | None = member("scoringStrategy", default=None)
    resources: ResourceConstraints | None = member("resources", default=None)


@model
class ServiceNodePortRange:
    """DOC: ServiceNodePortRange"""

    min_port: int | None = member("minPort", default=None)
    max_port: int | None = member("maxPort", default=None)


@model
class StorageConfigRequest:
    """DOC: StorageConfigRequest"""

    block_storage: BlockStorage | None = member("blockStorage", default=None)


@model
class StorageConfigResponse:
    """DOC: StorageConfigResponse"""

    block_storage: BlockStorage | None = member("blockStorage", default=None)


@model
class UpdateAccessConfigRequest:
    """DOC: UpdateAccessConfigRequest"""

    authentication_mode: AuthenticationMode | str | None = member(
        "authenticationMode", default=None
    )


@model
class UpgradePolicyRequest:
    """DOC: UpgradePolicyRequest"""

    support_type: SupportType | str | None = member("supportType", default=None)


@model
class UpgradePolicyResponse:
    """DOC: UpgradePolicyResponse"""

    support_type: SupportType | str | None = member("supportType", default=None)


@model
class VpcConfigRequest:
    """DOC: VpcConfigRequest"""

    subnet_ids: list[str] | None = member("subnetIds", default=None)
    security_group_ids: list[str] | None = member("securityGroupIds", default=None)
    endpoint_public_access: bool | None = member("endpointPublicAccess", default=None)
    endpoint_private_access: bool | None = member("endpointPrivateAccess", default=None)
    public_access_cidrs: list[str] | None = member("publicAccessCidrs", default=None)
    control_plane_egress_mode: ControlPlaneEgressModeType | str | None = member(
        "controlPlaneEgressMode", default=None
    )


@model
class VpcConfigResponse:
    """DOC: VpcConfigResponse"""

    subnet_ids: list[str] | None = member("subnetIds", default=None)
    security_group_ids: list[str] | None = member("securityGroupIds", default=None)
    cluster_security_group_id: str | None = member("clusterSecurityGroupId", default=None)
    vpc_id: str | None = member("vpcId", default=None)
    endpoint_public_access: bool | None = member("endpointPublicAccess", default=None)
    endpoint_private_access: bool | None = member("endpointPrivateAccess", default=None)
    public_access_cidrs: list[str] | None = member("publicAccessCidrs", default=None)
    control_plane_egress_mode: ControlPlaneEgressModeType | str | None = member(
        "controlPlaneEgressMode", default=None
    )


@model
class ZonalShiftConfigRequest:
    """DOC: ZonalShiftConfigRequest"""

    enabled: bool | None = member("enabled", default=None)


@model
class ZonalShiftConfigResponse:
    """DOC: ZonalShiftConfigResponse"""

    enabled: bool | None = member("enabled", default=None)


@model
class AssociateEncryptionConfigRequest:
    """DOC: AssociateEncryptionConfigRequest"""

    cluster_name: str = member("name", location="uri")
    encryption_config: list[EncryptionConfig] = member("encryptionConfig", max_len=1)
    client_request_token: str | None = member(
        "clientRequestToken", default=None, idempotency_token=True
    )


@model
class AssociateEncryptionConfigResponse(Response):
    """DOC: AssociateEncryptionConfigResponse"""

    update: Update | None = member("update", default=None)


@model
class CreateClusterRequest:
    """DOC: CreateClusterRequest"""

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
    tags: dict[str, str] | None = member("tags", default=None, min_len=1, max_len=50)
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
    """DOC: CreateClusterResponse"""

    cluster: Cluster | None = member("cluster", default=None)


@model
class DeleteClusterRequest:
    """DOC: DeleteClusterRequest"""

    name: str = member("name", location="uri")


@model
class DeleteClusterResponse(Response):
    """DOC: DeleteClusterResponse"""

    cluster: Cluster | None = member("cluster", default=None)


@model
class DeregisterClusterRequest:
    """DOC: DeregisterClusterRequest"""

    name: str = member("name", location="uri")


@model
class DeregisterClusterResponse(Response):
    """DOC: DeregisterClusterResponse"""

    cluster: Cluster | None = member("cluster", default=None)


@model
class DescribeClusterRequest:
    """DOC: DescribeClusterRequest"""

    name: str = member("name", location="uri")


@model
class DescribeClusterResponse(Response):
    """DOC: DescribeClusterResponse"""

    cluster: Cluster | None = member("cluster", default=None)


@model
class DescribeClusterVersionsRequest:
    """DOC: DescribeClusterVersionsRequest"""

    cluster_type: str | None = member("clusterType", default=None, location="querystring")
    max_results: int | None = member(
        "maxResults", default=None, location="querystring", min_value=1, max_value=100
    )
    next_token: str | None = member("nextToken", default=None, location="querystring")
    default_only: bool | None = member("defaultOnly", default=None, location="querystring")
    include_all: bool | None = member("includeAll", default=None, location="querystring")
    cluster_versions: list[str] | None = member(
        "clusterVersions", default=None, location="querystring"
    )
    status: ClusterVersionStatus | str | None = member(
        "status", default=None, location="querystring"
    )
    version_status: VersionStatus | str | None = member(
        "versionStatus", default=None, location="querystring"
    )


@model
class DescribeClusterVersionsResponse(Response):
    """DOC: DescribeClusterVersionsResponse"""

    next_token: str | None = member("nextToken", default=None)
    cluster_versions: list[ClusterVersionInformation] | None = member(
        "clusterVersions", default=None
    )


@model
class ListClustersRequest:
    """DOC: ListClustersRequest"""

    max_results: int | None = member(
        "maxResults", default=None, location="querystring", min_value=1, max_value=100
    )
    next_token: str | None = member("nextToken", default=None, location="querystring")
    include: list[str] | None = member("include", default=None, location="querystring")


@model
class ListClustersResponse(Response):
    """DOC: ListClustersResponse"""

    clusters: list[str] | None = member("clusters", default=None)
    next_token: str | None = member("nextToken", default=None)


@model
class RegisterClusterRequest:
    """DOC: RegisterClusterRequest"""

    name: str = member("name", min_len=1, max_len=100)
    connector_config: ConnectorConfigRequest = member("connectorConfig")
    client_request_token: str | None = member(
        "clientRequestToken", default=None, idempotency_token=True
    )
    tags: dict[str, str] | None = member("tags", default=None, min_len=1, max_len=50)


@model
class RegisterClusterResponse(Response):
    """DOC: RegisterClusterResponse"""

    cluster: Cluster | None = member("cluster", default=None)


@model
class UpdateClusterConfigRequest:
    """DOC: UpdateClusterConfigRequest"""

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
    """DOC: UpdateClusterConfigResponse"""

    update: Update | None = member("update", default=None)


@model
class UpdateClusterVersionRequest:
    """DOC: UpdateClusterVersionRequest"""

    name: str = member("name", location="uri")
    version: str = member("version")
    client_request_token: str | None = member(
        "clientRequestToken", default=None, idempotency_token=True
    )
    force: bool | None = member("force", default=None)
    rollback_config: RollbackConfig | None = member("rollbackConfig", default=None)


@model
class UpdateClusterVersionResponse(Response):
    """DOC: UpdateClusterVersionResponse"""

    update: Update | None = member("update", default=None)
