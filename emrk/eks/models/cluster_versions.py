"""The Kubernetes versions EKS offers and, per version, the control plane's tunables.

``describe_cluster_versions`` answers with one :class:`ClusterVersionInformation`
per version; the ``*VersionConfig``, ``*ParameterConfig`` and ``*Constraints``
models describe, per Kubernetes version, the defaults and allowed ranges of
the tunable control plane components (API server, scheduler, controller
manager).
"""

from __future__ import annotations

import datetime
from typing import Literal, TypeAlias

from emrk.core.enums import ServiceEnum
from emrk.core.model import Response, member, model
from emrk.eks.models.cluster import ScoringStrategy, ServiceNodePortRange

__all__ = [
    "AllowedValuesConstraint",
    "ClusterVersionInformation",
    "ClusterVersionStatus",
    "ClusterVersionStatusLiteral",
    "ControlPlaneConfigInfo",
    "ControlPlaneScalingTierInfo",
    "DescribeClusterVersionsRequest",
    "DescribeClusterVersionsResponse",
    "DurationConstraints",
    "DurationParameterConfig",
    "HorizontalPodAutoscalerControllerVersionConfig",
    "IntegerConstraints",
    "IntegerParameterConfig",
    "IntegerRangeConstraint",
    "KubeApiServerVersionConfig",
    "KubeControllerManagerVersionConfig",
    "KubeSchedulerVersionConfig",
    "NodeResourcesFitVersionConfig",
    "PodGcControllerVersionConfig",
    "PortRangeConstraints",
    "PortRangeParameterConfig",
    "ResourceConstraints",
    "ScoringStrategyConfig",
    "ScoringStrategyConstraints",
    "VersionStatus",
    "VersionStatusLiteral",
]


class ClusterVersionStatus(ServiceEnum):
    """Support status of a Kubernetes version (deprecated spelling; see :class:`VersionStatus`)."""

    UNSUPPORTED = "unsupported"
    STANDARD_SUPPORT = "standard-support"
    EXTENDED_SUPPORT = "extended-support"


ClusterVersionStatusLiteral: TypeAlias = Literal[
    "unsupported",
    "standard-support",
    "extended-support",
]
"""The values of :class:`ClusterVersionStatus` as string literals. A request argument typed
``ClusterVersionStatus | ClusterVersionStatusLiteral`` takes a member or one of these strings,
so a typo is a type error; a value newer than this client goes through ``typing.cast``.
"""


class VersionStatus(ServiceEnum):
    """Support status of a Kubernetes version on EKS."""

    UNSUPPORTED = "UNSUPPORTED"
    STANDARD_SUPPORT = "STANDARD_SUPPORT"
    EXTENDED_SUPPORT = "EXTENDED_SUPPORT"


VersionStatusLiteral: TypeAlias = Literal[
    "UNSUPPORTED",
    "STANDARD_SUPPORT",
    "EXTENDED_SUPPORT",
]
"""The values of :class:`VersionStatus` as string literals. A request argument typed
``VersionStatus | VersionStatusLiteral`` takes a member or one of these strings, so a typo is a
type error; a value newer than this client goes through ``typing.cast``.
"""


@model
class AllowedValuesConstraint:
    """The values a setting may take."""

    allowed_values: list[str] | None = member("allowedValues", default=None, max_len=20)


@model
class ClusterVersionInformation:
    """A Kubernetes version EKS offers, with its support dates."""

    cluster_version: str | None = member("clusterVersion", default=None)
    """Kubernetes minor version, such as ``1.31``."""
    cluster_type: str | None = member("clusterType", default=None)
    """Kind of cluster the entry applies to."""
    default_platform_version: str | None = member("defaultPlatformVersion", default=None)
    """Platform version new clusters of this version get."""
    default_version: bool | None = member("defaultVersion", default=None)
    """Whether new clusters get this version when none is asked for."""
    release_date: datetime.datetime | None = member("releaseDate", default=None)
    """When EKS released the version."""
    end_of_standard_support_date: datetime.datetime | None = member(
        "endOfStandardSupportDate", default=None
    )
    """When standard support ends."""
    end_of_extended_support_date: datetime.datetime | None = member(
        "endOfExtendedSupportDate", default=None
    )
    """When extended support ends."""
    status: ClusterVersionStatus | str | None = member("status", default=None)
    """Deprecated; read ``version_status`` instead."""
    version_status: VersionStatus | str | None = member("versionStatus", default=None)
    """Support status of the version."""
    kubernetes_patch_version: str | None = member("kubernetesPatchVersion", default=None)
    """Kubernetes patch release EKS runs, such as ``1.31.4``."""
    control_plane_scaling_tiers: list[ControlPlaneScalingTierInfo] | None = member(
        "controlPlaneScalingTiers", default=None, max_len=10
    )
    """Provisioned control plane tiers available for the version."""
    control_plane_component_config: ControlPlaneConfigInfo | None = member(
        "controlPlaneComponentConfig", default=None
    )
    """Defaults and limits of the tunable components."""


@model
class ControlPlaneConfigInfo:
    """Defaults and limits of the tunable control plane components for one Kubernetes version."""

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
class ControlPlaneScalingTierInfo:
    """What one provisioned control plane tier can handle."""

    tier_name: str | None = member("tierName", default=None)
    """Name of the tier."""
    api_request_concurrency: int | None = member("apiRequestConcurrency", default=None)
    """Maximum concurrent API requests."""
    pod_scheduling_rate_per_second: int | None = member("podSchedulingRatePerSecond", default=None)
    """Maximum pods scheduled per second."""
    cluster_database_size_gb: int | None = member("clusterDatabaseSizeGb", default=None)
    """Maximum size of the cluster database (etcd), in GB."""
    control_plane_component_config_overrides: ControlPlaneConfigInfo | None = member(
        "controlPlaneComponentConfigOverrides", default=None
    )
    """Component settings that differ in this tier."""


@model
class DurationConstraints:
    """Allowed range of a duration setting."""

    min: str | None = member("min", default=None)
    """Shortest allowed duration."""
    max: str | None = member("max", default=None)
    """Longest allowed duration."""


@model
class DurationParameterConfig:
    """A duration setting's default and allowed range."""

    default_value: str | None = member("defaultValue", default=None)
    constraints: DurationConstraints | None = member("constraints", default=None)


@model
class HorizontalPodAutoscalerControllerVersionConfig:
    """Default and allowed range of the autoscaler sync period for a Kubernetes version."""

    horizontal_pod_autoscaler_sync_period: DurationParameterConfig | None = member(
        "horizontalPodAutoscalerSyncPeriod", default=None
    )


@model
class IntegerConstraints:
    """Allowed range of an integer setting."""

    min: int | None = member("min", default=None)
    max: int | None = member("max", default=None)


@model
class IntegerParameterConfig:
    """An integer setting's default and allowed range."""

    default_value: int | None = member("defaultValue", default=None)
    constraints: IntegerConstraints | None = member("constraints", default=None)


@model
class IntegerRangeConstraint:
    """Allowed range of an integer value."""

    min: int | None = member("min", default=None)
    max: int | None = member("max", default=None)


@model
class KubeApiServerVersionConfig:
    """Defaults and limits of the API server settings for a Kubernetes version."""

    event_ttl: DurationParameterConfig | None = member("eventTtl", default=None)
    service_node_port_range: PortRangeParameterConfig | None = member(
        "serviceNodePortRange", default=None
    )


@model
class KubeControllerManagerVersionConfig:
    """Defaults and limits of the controller manager settings for a Kubernetes version."""

    pod_gc_controller_config: PodGcControllerVersionConfig | None = member(
        "podGcControllerConfig", default=None
    )
    horizontal_pod_autoscaler_controller_config: (
        HorizontalPodAutoscalerControllerVersionConfig | None
    ) = member("horizontalPodAutoscalerControllerConfig", default=None)


@model
class KubeSchedulerVersionConfig:
    """Defaults and limits of the scheduler settings for a Kubernetes version."""

    node_resources_fit: NodeResourcesFitVersionConfig | None = member(
        "nodeResourcesFit", default=None
    )


@model
class NodeResourcesFitVersionConfig:
    """Default and allowed values of the NodeResourcesFit settings for a Kubernetes version."""

    scoring_strategy: ScoringStrategyConfig | None = member("scoringStrategy", default=None)


@model
class PodGcControllerVersionConfig:
    """Default and allowed range of the pod GC threshold for a Kubernetes version."""

    terminated_pod_gc_threshold: IntegerParameterConfig | None = member(
        "terminatedPodGcThreshold", default=None
    )


@model
class PortRangeConstraints:
    """Allowed values of the two ends of a port range."""

    min_port: IntegerRangeConstraint | None = member("minPort", default=None)
    max_port: IntegerRangeConstraint | None = member("maxPort", default=None)


@model
class PortRangeParameterConfig:
    """A port range setting's default and limits."""

    default_value: ServiceNodePortRange | None = member("defaultValue", default=None)
    constraints: PortRangeConstraints | None = member("constraints", default=None)


@model
class ResourceConstraints:
    """Allowed names and weights of scheduler resource weights."""

    name: AllowedValuesConstraint | None = member("name", default=None)
    weight: IntegerRangeConstraint | None = member("weight", default=None)


@model
class ScoringStrategyConfig:
    """Default and allowed values of the scheduler scoring strategy."""

    default_value: ScoringStrategy | None = member("defaultValue", default=None)
    constraints: ScoringStrategyConstraints | None = member("constraints", default=None)


@model
class ScoringStrategyConstraints:
    """Allowed scoring strategy types and resource weights."""

    scoring_strategy: AllowedValuesConstraint | None = member("scoringStrategy", default=None)
    """Allowed strategy types."""
    resources: ResourceConstraints | None = member("resources", default=None)
    """Allowed resource weights."""


@model
class DescribeClusterVersionsRequest:
    """Input of :meth:`EKSClient.describe_cluster_versions`."""

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
    status: ClusterVersionStatus | ClusterVersionStatusLiteral | None = member(
        "status", default=None, location="querystring"
    )
    version_status: VersionStatus | VersionStatusLiteral | None = member(
        "versionStatus", default=None, location="querystring"
    )


@model
class DescribeClusterVersionsResponse(Response):
    """One page of :meth:`EKSClient.describe_cluster_versions`."""

    next_token: str | None = member("nextToken", default=None)
    """Pass back to get the next page; ``None`` on the last page."""
    cluster_versions: list[ClusterVersionInformation] | None = member(
        "clusterVersions", default=None
    )
    """The Kubernetes versions on this page."""
