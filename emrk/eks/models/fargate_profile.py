"""Fargate profiles: which pods of a cluster run on AWS Fargate instead of on nodes."""

from __future__ import annotations

import datetime
from typing import Literal, TypeAlias

from emrk.core.enums import ServiceEnum
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
    "FargateProfileIssueCodeLiteral",
    "FargateProfileSelector",
    "FargateProfileStatus",
    "FargateProfileStatusLiteral",
    "ListFargateProfilesRequest",
    "ListFargateProfilesResponse",
]


class FargateProfileIssueCode(ServiceEnum):
    """Kind of problem found with a Fargate profile."""

    PODEXECUTIONROLEALREADYINUSE = "PodExecutionRoleAlreadyInUse"
    ACCESSDENIED = "AccessDenied"
    CLUSTERUNREACHABLE = "ClusterUnreachable"
    INTERNALFAILURE = "InternalFailure"


FargateProfileIssueCodeLiteral: TypeAlias = Literal[
    "PodExecutionRoleAlreadyInUse",
    "AccessDenied",
    "ClusterUnreachable",
    "InternalFailure",
]
"""The values of :class:`FargateProfileIssueCode` as string literals. A request argument typed
``FargateProfileIssueCode | FargateProfileIssueCodeLiteral`` takes a member or one of these
strings, so a typo is a type error; a value newer than this client goes through ``typing.cast``.
"""


class FargateProfileStatus(ServiceEnum):
    """Lifecycle of a Fargate profile."""

    CREATING = "CREATING"
    ACTIVE = "ACTIVE"
    DELETING = "DELETING"
    CREATE_FAILED = "CREATE_FAILED"
    DELETE_FAILED = "DELETE_FAILED"


FargateProfileStatusLiteral: TypeAlias = Literal[
    "CREATING",
    "ACTIVE",
    "DELETING",
    "CREATE_FAILED",
    "DELETE_FAILED",
]
"""The values of :class:`FargateProfileStatus` as string literals. A request argument typed
``FargateProfileStatus | FargateProfileStatusLiteral`` takes a member or one of these strings,
so a typo is a type error; a value newer than this client goes through ``typing.cast``.
"""


@model
class FargateProfile:
    """A Fargate profile: pods matching its selectors run on Fargate in its subnets."""

    fargate_profile_name: str | None = member("fargateProfileName", default=None)
    """Name of the profile."""
    fargate_profile_arn: str | None = member("fargateProfileArn", default=None)
    """ARN of the profile."""
    cluster_name: str | None = member("clusterName", default=None)
    """The cluster the profile belongs to."""
    created_at: datetime.datetime | None = member("createdAt", default=None)
    """When the profile was created."""
    pod_execution_role_arn: str | None = member("podExecutionRoleArn", default=None)
    """IAM role Fargate uses to register pods as nodes and pull images."""
    subnets: list[str] | None = member("subnets", default=None)
    """Private subnets the pods are launched in."""
    selectors: list[FargateProfileSelector] | None = member("selectors", default=None)
    """Namespace/label selectors; a pod matching any of them runs on Fargate."""
    status: FargateProfileStatus | str | None = member("status", default=None)
    """Where the profile is in its lifecycle."""
    tags: dict[str, str] | None = member(
        "tags",
        default=None,
        min_len=1,
        max_len=50,
        key_min_len=1,
        key_max_len=128,
        item_max_len=256,
    )
    health: FargateProfileHealth | None = member("health", default=None)
    """Problems found with the profile; none when healthy."""


@model
class FargateProfileHealth:
    """Health of a Fargate profile: the issues found (empty when healthy)."""

    issues: list[FargateProfileIssue] | None = member("issues", default=None)


@model
class FargateProfileIssue:
    """One problem found with a Fargate profile."""

    code: FargateProfileIssueCode | str | None = member("code", default=None)
    message: str | None = member("message", default=None)
    """What the problem is."""
    resource_ids: list[str] | None = member("resourceIds", default=None)
    """AWS resources involved."""


@model
class FargateProfileSelector:
    """Which pods a Fargate profile takes: a namespace, optionally narrowed by labels."""

    namespace: str | None = member("namespace", default=None)
    """Kubernetes namespace to match (required)."""
    labels: dict[str, str] | None = member("labels", default=None)
    """Labels a pod must all carry to match."""


@model
class CreateFargateProfileRequest:
    """Input of :meth:`EKSClient.create_fargate_profile`."""

    fargate_profile_name: str = member("fargateProfileName")
    cluster_name: str = member("name", location="uri")
    pod_execution_role_arn: str = member("podExecutionRoleArn")
    subnets: list[str] | None = member("subnets", default=None)
    selectors: list[FargateProfileSelector] | None = member("selectors", default=None)
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
class CreateFargateProfileResponse(Response):
    """Output of :meth:`EKSClient.create_fargate_profile`: the profile, usually ``CREATING``."""

    fargate_profile: FargateProfile | None = member("fargateProfile", default=None)


@model
class DeleteFargateProfileRequest:
    """Input of :meth:`EKSClient.delete_fargate_profile`."""

    cluster_name: str = member("name", location="uri")
    fargate_profile_name: str = member("fargateProfileName", location="uri")


@model
class DeleteFargateProfileResponse(Response):
    """Output of :meth:`EKSClient.delete_fargate_profile`: the profile as deletion starts."""

    fargate_profile: FargateProfile | None = member("fargateProfile", default=None)


@model
class DescribeFargateProfileRequest:
    """Input of :meth:`EKSClient.describe_fargate_profile`."""

    cluster_name: str = member("name", location="uri")
    fargate_profile_name: str = member("fargateProfileName", location="uri")


@model
class DescribeFargateProfileResponse(Response):
    """Output of :meth:`EKSClient.describe_fargate_profile`."""

    fargate_profile: FargateProfile | None = member("fargateProfile", default=None)


@model
class ListFargateProfilesRequest:
    """Input of :meth:`EKSClient.list_fargate_profiles`."""

    cluster_name: str = member("name", location="uri")
    max_results: int | None = member(
        "maxResults", default=None, location="querystring", min_value=1, max_value=100
    )
    next_token: str | None = member("nextToken", default=None, location="querystring")


@model
class ListFargateProfilesResponse(Response):
    """One page of :meth:`EKSClient.list_fargate_profiles`."""

    fargate_profile_names: list[str] | None = member("fargateProfileNames", default=None)
    """Profile names."""
    next_token: str | None = member("nextToken", default=None)
    """Pass back to get the next page; ``None`` on the last page."""
