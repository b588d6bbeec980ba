"""Cluster insights: EKS's own checks for upgrade blockers and misconfigurations.

EKS re-runs the checks on a schedule; ``start_insights_refresh`` asks for a
run now and ``EKSClient.wait_until_insights_refresh_completed`` waits for it.
"""

from __future__ import annotations

import datetime
from typing import Literal, TypeAlias

from emrk.core.enums import ServiceEnum
from emrk.core.model import Response, member, model

__all__ = [
    "AddonCompatibilityDetail",
    "Category",
    "CategoryLiteral",
    "ClientStat",
    "DeprecationDetail",
    "DescribeInsightRequest",
    "DescribeInsightResponse",
    "DescribeInsightsRefreshRequest",
    "DescribeInsightsRefreshResponse",
    "Insight",
    "InsightCategorySpecificSummary",
    "InsightResourceDetail",
    "InsightStatus",
    "InsightStatusValue",
    "InsightStatusValueLiteral",
    "InsightSummary",
    "InsightsFilter",
    "InsightsRefreshStatus",
    "InsightsRefreshStatusLiteral",
    "ListInsightsRequest",
    "ListInsightsResponse",
    "StartInsightsRefreshRequest",
    "StartInsightsRefreshResponse",
]


class Category(ServiceEnum):
    """Family of an insight check.

    ``UPGRADE_READINESS`` finds what could break the next Kubernetes upgrade,
    ``MISCONFIGURATION`` problems in an EKS Hybrid Nodes setup, and
    ``ROLLBACK_READINESS`` what could prevent rolling back a version update.
    """

    UPGRADE_READINESS = "UPGRADE_READINESS"
    MISCONFIGURATION = "MISCONFIGURATION"
    ROLLBACK_READINESS = "ROLLBACK_READINESS"


CategoryLiteral: TypeAlias = Literal[
    "UPGRADE_READINESS",
    "MISCONFIGURATION",
    "ROLLBACK_READINESS",
]
"""The values of :class:`Category` as string literals. A request argument typed ``Category |
CategoryLiteral`` takes a member or one of these strings, so a typo is a type error; a value
newer than this client goes through ``typing.cast``.
"""


class InsightStatusValue(ServiceEnum):
    """Outcome of an insight check."""

    PASSING = "PASSING"
    WARNING = "WARNING"
    ERROR = "ERROR"
    UNKNOWN = "UNKNOWN"


InsightStatusValueLiteral: TypeAlias = Literal[
    "PASSING",
    "WARNING",
    "ERROR",
    "UNKNOWN",
]
"""The values of :class:`InsightStatusValue` as string literals. A request argument typed
``InsightStatusValue | InsightStatusValueLiteral`` takes a member or one of these strings, so a
typo is a type error; a value newer than this client goes through ``typing.cast``.
"""


class InsightsRefreshStatus(ServiceEnum):
    """Progress of an on-demand insights refresh."""

    IN_PROGRESS = "IN_PROGRESS"
    FAILED = "FAILED"
    COMPLETED = "COMPLETED"


InsightsRefreshStatusLiteral: TypeAlias = Literal[
    "IN_PROGRESS",
    "FAILED",
    "COMPLETED",
]
"""The values of :class:`InsightsRefreshStatus` as string literals. A request argument typed
``InsightsRefreshStatus | InsightsRefreshStatusLiteral`` takes a member or one of these strings,
so a typo is a type error; a value newer than this client goes through ``typing.cast``.
"""


@model
class AddonCompatibilityDetail:
    """An add-on and the versions of it that work with the next Kubernetes version."""

    name: str | None = member("name", default=None)
    """Add-on name."""
    compatible_versions: list[str] | None = member("compatibleVersions", default=None)
    """Add-on versions compatible with the next Kubernetes version."""


@model
class ClientStat:
    """A Kubernetes client still calling a deprecated API."""

    user_agent: str | None = member("userAgent", default=None)
    """User agent of the client."""
    number_of_requests_last30_days: int | None = member("numberOfRequestsLast30Days", default=None)
    """Calls it made in the last 30 days."""
    last_request_time: datetime.datetime | None = member("lastRequestTime", default=None)
    """When it last called."""


@model
class DeprecationDetail:
    """A deprecated Kubernetes API in use, what replaces it, and who still calls it."""

    usage: str | None = member("usage", default=None)
    """The deprecated API version in use."""
    replaced_with: str | None = member("replacedWith", default=None)
    """API version to migrate to, if there is one."""
    stop_serving_version: str | None = member("stopServingVersion", default=None)
    """Kubernetes version that stops serving the deprecated API."""
    start_serving_replacement_version: str | None = member(
        "startServingReplacementVersion", default=None
    )
    """Kubernetes version that first served the replacement."""
    client_stats: list[ClientStat] | None = member("clientStats", default=None)
    """Clients still using the deprecated API."""


@model
class Insight:
    """One insight check and its findings on a cluster."""

    id: str | None = member("id", default=None)
    """ID of the insight; pass it to ``describe_insight``."""
    name: str | None = member("name", default=None)
    """Name of the check."""
    category: Category | str | None = member("category", default=None)
    """Family of the check."""
    kubernetes_version: str | None = member("kubernetesVersion", default=None)
    """Kubernetes minor version the check is about, if any."""
    last_refresh_time: datetime.datetime | None = member("lastRefreshTime", default=None)
    """When EKS last ran the check successfully."""
    last_transition_time: datetime.datetime | None = member("lastTransitionTime", default=None)
    """When the outcome last changed."""
    description: str | None = member("description", default=None)
    """What the check looks for and how to fix findings (Markdown)."""
    insight_status: InsightStatus | None = member("insightStatus", default=None)
    """Outcome and the reason for it."""
    recommendation: str | None = member("recommendation", default=None)
    """How to fix the finding, when it applies."""
    additional_info: dict[str, str] | None = member("additionalInfo", default=None)
    """Links to further reading, by title."""
    resources: list[InsightResourceDetail] | None = member("resources", default=None)
    """Each resource the check evaluated, with its own outcome."""
    category_specific_summary: InsightCategorySpecificSummary | None = member(
        "categorySpecificSummary", default=None
    )
    """Extra details some upgrade-readiness checks provide."""


@model
class InsightCategorySpecificSummary:
    """Extra details of some ``UPGRADE_READINESS`` insights."""

    deprecation_details: list[DeprecationDetail] | None = member("deprecationDetails", default=None)
    """Deprecated APIs still in use."""
    addon_compatibility_details: list[AddonCompatibilityDetail] | None = member(
        "addonCompatibilityDetails", default=None
    )
    """Add-ons and their versions that fit the next Kubernetes version."""


@model
class InsightResourceDetail:
    """One resource an insight check evaluated."""

    insight_status: InsightStatus | None = member("insightStatus", default=None)
    """Outcome for this resource."""
    kubernetes_resource_uri: str | None = member("kubernetesResourceUri", default=None)
    """Kubernetes URI of the resource, if it is one."""
    arn: str | None = member("arn", default=None)
    """ARN of the resource, if it is an AWS resource."""


@model
class InsightStatus:
    """Outcome of an insight check, with the reason."""

    status: InsightStatusValue | str | None = member("status", default=None)
    """``PASSING``, ``WARNING``, ``ERROR`` or ``UNKNOWN``."""
    reason: str | None = member("reason", default=None)
    """Why the check came out this way."""


@model
class InsightSummary:
    """An insight as listed by ``list_insights``, without its per-resource details."""

    id: str | None = member("id", default=None)
    """ID of the insight; pass it to ``describe_insight``."""
    name: str | None = member("name", default=None)
    """Name of the check."""
    category: Category | str | None = member("category", default=None)
    """Family of the check."""
    kubernetes_version: str | None = member("kubernetesVersion", default=None)
    """Kubernetes minor version the check is about, if any."""
    last_refresh_time: datetime.datetime | None = member("lastRefreshTime", default=None)
    """When EKS last ran the check successfully."""
    last_transition_time: datetime.datetime | None = member("lastTransitionTime", default=None)
    """When the outcome last changed."""
    description: str | None = member("description", default=None)
    """What the check looks for (Markdown)."""
    insight_status: InsightStatus | None = member("insightStatus", default=None)
    """Outcome and the reason for it."""


@model
class InsightsFilter:
    """Which insights ``list_insights`` returns; unset members do not filter."""

    categories: list[Category | CategoryLiteral] | None = member("categories", default=None)
    """Check families to include."""
    kubernetes_versions: list[str] | None = member("kubernetesVersions", default=None)
    """Kubernetes versions to include."""
    statuses: list[InsightStatusValue | InsightStatusValueLiteral] | None = member(
        "statuses", default=None
    )
    """Outcomes to include."""


@model
class DescribeInsightRequest:
    """Input of :meth:`EKSClient.describe_insight`."""

    cluster_name: str = member("name", location="uri")
    id: str = member("id", location="uri")


@model
class DescribeInsightResponse(Response):
    """Output of :meth:`EKSClient.describe_insight`."""

    insight: Insight | None = member("insight", default=None)


@model
class DescribeInsightsRefreshRequest:
    """Input of :meth:`EKSClient.describe_insights_refresh`."""

    cluster_name: str = member("name", location="uri")


@model
class DescribeInsightsRefreshResponse(Response):
    """Output of :meth:`EKSClient.describe_insights_refresh`: the latest on-demand refresh."""

    message: str | None = member("message", default=None)
    """What the service says about the refresh (the failure reason when ``FAILED``)."""
    status: InsightsRefreshStatus | str | None = member("status", default=None)
    """``IN_PROGRESS``, ``FAILED`` or ``COMPLETED``."""
    started_at: datetime.datetime | None = member("startedAt", default=None)
    """When the refresh started."""
    ended_at: datetime.datetime | None = member("endedAt", default=None)
    """When it ended."""


@model
class ListInsightsRequest:
    """Input of :meth:`EKSClient.list_insights`."""

    cluster_name: str = member("name", location="uri")
    filter: InsightsFilter | None = member("filter", default=None)
    max_results: int | None = member("maxResults", default=None, min_value=1, max_value=100)
    next_token: str | None = member("nextToken", default=None)


@model
class ListInsightsResponse(Response):
    """One page of :meth:`EKSClient.list_insights`."""

    insights: list[InsightSummary] | None = member("insights", default=None)
    """The insights on this page."""
    next_token: str | None = member("nextToken", default=None)
    """Pass back to get the next page; ``None`` on the last page."""


@model
class StartInsightsRefreshRequest:
    """Input of :meth:`EKSClient.start_insights_refresh`."""

    cluster_name: str = member("name", location="uri")


@model
class StartInsightsRefreshResponse(Response):
    """Output of :meth:`EKSClient.start_insights_refresh`."""

    message: str | None = member("message", default=None)
    """What the service says about the refresh."""
    status: InsightsRefreshStatus | str | None = member("status", default=None)
    """Status of the refresh just started."""
