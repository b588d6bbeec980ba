"""DOC: module insight"""

from __future__ import annotations

import datetime
import enum

from emrk.core.model import Response, member, model

__all__ = [
    "AddonCompatibilityDetail",
    "Category",
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
    "InsightSummary",
    "InsightsFilter",
    "InsightsRefreshStatus",
    "ListInsightsRequest",
    "ListInsightsResponse",
    "StartInsightsRefreshRequest",
    "StartInsightsRefreshResponse",
]


class Category(str, enum.Enum):
    """DOC: Category"""

    UPGRADE_READINESS = "UPGRADE_READINESS"
    MISCONFIGURATION = "MISCONFIGURATION"
    ROLLBACK_READINESS = "ROLLBACK_READINESS"


class InsightStatusValue(str, enum.Enum):
    """DOC: InsightStatusValue"""

    PASSING = "PASSING"
    WARNING = "WARNING"
    ERROR = "ERROR"
    UNKNOWN = "UNKNOWN"


class InsightsRefreshStatus(str, enum.Enum):
    """DOC: InsightsRefreshStatus"""

    IN_PROGRESS = "IN_PROGRESS"
    FAILED = "FAILED"
    COMPLETED = "COMPLETED"


@model
class AddonCompatibilityDetail:
    """DOC: AddonCompatibilityDetail"""

    name: str | None = member("name", default=None)
    compatible_versions: list[str] | None = member("compatibleVersions", default=None)


@model
class ClientStat:
    """DOC: ClientStat"""

    user_agent: str | None = member("userAgent", default=None)
    number_of_requests_last30_days: int | None = member("numberOfRequestsLast30Days", default=None)
    last_request_time: datetime.datetime | None = member("lastRequestTime", default=None)


@model
class DeprecationDetail:
    """DOC: DeprecationDetail"""

    usage: str | None = member("usage", default=None)
    replaced_with: str | None = member("replacedWith", default=None)
    stop_serving_version: str | None = member("stopServingVersion", default=None)
    start_serving_replacement_version: str | None = member(
        "startServingReplacementVersion", default=None
    )
    client_stats: list[ClientStat] | None = member("clientStats", default=None)


@model
class Insight:
    """DOC: Insight"""

    id: str | None = member("id", default=None)
    name: str | None = member("name", default=None)
    category: Category | str | None = member("category", default=None)
    kubernetes_version: str | None = member("kubernetesVersion", default=None)
    last_refresh_time: datetime.datetime | None = member("lastRefreshTime", default=None)
    last_transition_time: datetime.datetime | None = member("lastTransitionTime", default=None)
    description: str | None = member("description", default=None)
    insight_status: InsightStatus | None = member("insightStatus", default=None)
    recommendation: str | None = member("recommendation", default=None)
    additional_info: dict[str, str] | None = member("additionalInfo", default=None)
    resources: list[InsightResourceDetail] | None = member("resources", default=None)
    category_specific_summary: InsightCategorySpecificSummary | None = member(
        "categorySpecificSummary", default=None
    )


@model
class InsightCategorySpecificSummary:
    """DOC: InsightCategorySpecificSummary"""

    deprecation_details: list[DeprecationDetail] | None = member("deprecationDetails", default=None)
    addon_compatibility_details: list[AddonCompatibilityDetail] | None = member(
        "addonCompatibilityDetails", default=None
    )


@model
class InsightResourceDetail:
    """DOC: InsightResourceDetail"""

    insight_status: InsightStatus | None = member("insightStatus", default=None)
    kubernetes_resource_uri: str | None = member("kubernetesResourceUri", default=None)
    arn: str | None = member("arn", default=None)


@model
class InsightStatus:
    """DOC: InsightStatus"""

    status: InsightStatusValue | str | None = member("status", default=None)
    reason: str | None = member("reason", default=None)


@model
class InsightSummary:
    """DOC: InsightSummary"""

    id: str | None = member("id", default=None)
    name: str | None = member("name", default=None)
    category: Category | str | None = member("category", default=None)
    kubernetes_version: str | None = member("kubernetesVersion", default=None)
    last_refresh_time: datetime.datetime | None = member("lastRefreshTime", default=None)
    last_transition_time: datetime.datetime | None = member("lastTransitionTime", default=None)
    description: str | None = member("description", default=None)
    insight_status: InsightStatus | None = member("insightStatus", default=None)


@model
class InsightsFilter:
    """DOC: InsightsFilter"""

    categories: list[Category | str] | None = member("categories", default=None)
    kubernetes_versions: list[str] | None = member("kubernetesVersions", default=None)
    statuses: list[InsightStatusValue | str] | None = member("statuses", default=None)


@model
class DescribeInsightRequest:
    """DOC: DescribeInsightRequest"""

    cluster_name: str = member("name", location="uri")
    id: str = member("id", location="uri")


@model
class DescribeInsightResponse(Response):
    """DOC: DescribeInsightResponse"""

    insight: Insight | None = member("insight", default=None)


@model
class DescribeInsightsRefreshRequest:
    """DOC: DescribeInsightsRefreshRequest"""

    cluster_name: str = member("name", location="uri")


@model
class DescribeInsightsRefreshResponse(Response):
    """DOC: DescribeInsightsRefreshResponse"""

    message: str | None = member("message", default=None)
    status: InsightsRefreshStatus | str | None = member("status", default=None)
    started_at: datetime.datetime | None = member("startedAt", default=None)
    ended_at: datetime.datetime | None = member("endedAt", default=None)


@model
class ListInsightsRequest:
    """DOC: ListInsightsRequest"""

    cluster_name: str = member("name", location="uri")
    filter: InsightsFilter | None = member("filter", default=None)
    max_results: int | None = member("maxResults", default=None, min_value=1, max_value=100)
    next_token: str | None = member("nextToken", default=None)


@model
class ListInsightsResponse(Response):
    """DOC: ListInsightsResponse"""

    insights: list[InsightSummary] | None = member("insights", default=None)
    next_token: str | None = member("nextToken", default=None)


@model
class StartInsightsRefreshRequest:
    """DOC: StartInsightsRefreshRequest"""

    cluster_name: str = member("name", location="uri")


@model
class StartInsightsRefreshResponse(Response):
    """DOC: StartInsightsRefreshResponse"""

    message: str | None = member("message", default=None)
    status: InsightsRefreshStatus | str | None = member("status", default=None)
