"""DOC: module fargate_profile"""

from __future__ import annotations

import datetime
import enum

from emrk.core.model import Response, member, model

__all__ = [
    "CreateFargateProfileRequest",
    "CreateFargateProfileResponse",
    "DeleteFargateProfileRequest",
    "DeleteFargateProfileResponse",
    "DescribeFargateProfileRequest",
    "DescribeFargateProfileResponse",
    "FargateProfile",
    "FargateProfileHealth",
    "FargateProfileIssue",
    "FargateProfileIssueCode",
    "FargateProfileSelector",
    "FargateProfileStatus",
    "ListFargateProfilesRequest",
    "ListFargateProfilesResponse",
]


class FargateProfileIssueCode(str, enum.Enum):
    """DOC: FargateProfileIssueCode"""

    PODEXECUTIONROLEALREADYINUSE = "PodExecutionRoleAlreadyInUse"
    ACCESSDENIED = "AccessDenied"
    CLUSTERUNREACHABLE = "ClusterUnreachable"
    INTERNALFAILURE = "InternalFailure"


class FargateProfileStatus(str, enum.Enum):
    """DOC: FargateProfileStatus"""

    CREATING = "CREATING"
    ACTIVE = "ACTIVE"
    DELETING = "DELETING"
    CREATE_FAILED = "CREATE_FAILED"
    DELETE_FAILED = "DELETE_FAILED"


@model
class FargateProfile:
    """DOC: FargateProfile"""

    fargate_profile_name: str | None = member("fargateProfileName", default=None)
    fargate_profile_arn: str | None = member("fargateProfileArn", default=None)
    cluster_name: str | None = member("clusterName", default=None)
    created_at: datetime.datetime | None = member("createdAt", default=None)
    pod_execution_role_arn: str | None = member("podExecutionRoleArn", default=None)
    subnets: list[str] | None = member("subnets", default=None)
    selectors: list[FargateProfileSelector] | None = member("selectors", default=None)
    status: FargateProfileStatus | str | None = member("status", default=None)
    tags: dict[str, str] | None = member("tags", default=None, min_len=1, max_len=50)
    health: FargateProfileHealth | None = member("health", default=None)


@model
class FargateProfileHealth:
    """DOC: FargateProfileHealth"""

    issues: list[FargateProfileIssue] | None = member("issues", default=None)


@model
class FargateProfileIssue:
    """DOC: FargateProfileIssue"""

    code: FargateProfileIssueCode | str | None = member("code", default=None)
    message: str | None = member("message", default=None)
    resource_ids: list[str] | None = member("resourceIds", default=None)


@model
class FargateProfileSelector:
    """DOC: FargateProfileSelector"""

    namespace: str | None = member("namespace", default=None)
    labels: dict[str, str] | None = member("labels", default=None)


@model
class CreateFargateProfileRequest:
    """DOC: CreateFargateProfileRequest"""

    fargate_profile_name: str = member("fargateProfileName")
    cluster_name: str = member("name", location="uri")
    pod_execution_role_arn: str = member("podExecutionRoleArn")
    subnets: list[str] | None = member("subnets", default=None)
    selectors: list[FargateProfileSelector] | None = member("selectors", default=None)
    client_request_token: str | None = member(
        "clientRequestToken", default=None, idempotency_token=True
    )
    tags: dict[str, str] | None = member("tags", default=None, min_len=1, max_len=50)


@model
class CreateFargateProfileResponse(Response):
    """DOC: CreateFargateProfileResponse"""

    fargate_profile: FargateProfile | None = member("fargateProfile", default=None)


@model
class DeleteFargateProfileRequest:
    """DOC: DeleteFargateProfileRequest"""

    cluster_name: str = member("name", location="uri")
    fargate_profile_name: str = member("fargateProfileName", location="uri")


@model
class DeleteFargateProfileResponse(Response):
    """DOC: DeleteFargateProfileResponse"""

    fargate_profile: FargateProfile | None = member("fargateProfile", default=None)


@model
class DescribeFargateProfileRequest:
    """DOC: DescribeFargateProfileRequest"""

    cluster_name: str = member("name", location="uri")
    fargate_profile_name: str = member("fargateProfileName", location="uri")


@model
class DescribeFargateProfileResponse(Response):
    """DOC: DescribeFargateProfileResponse"""

    fargate_profile: FargateProfile | None = member("fargateProfile", default=None)


@model
class ListFargateProfilesRequest:
    """DOC: ListFargateProfilesRequest"""

    cluster_name: str = member("name", location="uri")
    max_results: int | None = member(
        "maxResults", default=None, location="querystring", min_value=1, max_value=100
    )
    next_token: str | None = member("nextToken", default=None, location="querystring")


@model
class ListFargateProfilesResponse(Response):
    """DOC: ListFargateProfilesResponse"""

    fargate_profile_names: list[str] | None = member("fargateProfileNames", default=None)
    next_token: str | None = member("nextToken", default=None)
