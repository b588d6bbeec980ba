"""DOC: module access"""

from __future__ import annotations

import datetime
import enum

from emrk.core.model import Response, member, model

__all__ = [
    "AccessEntry",
    "AccessPolicy",
    "AccessScope",
    "AccessScopeType",
    "AssociateAccessPolicyRequest",
    "AssociateAccessPolicyResponse",
    "AssociatedAccessPolicy",
    "CreateAccessEntryRequest",
    "CreateAccessEntryResponse",
    "DeleteAccessEntryRequest",
    "DeleteAccessEntryResponse",
    "DescribeAccessEntryRequest",
    "DescribeAccessEntryResponse",
    "DisassociateAccessPolicyRequest",
    "DisassociateAccessPolicyResponse",
    "ListAccessEntriesRequest",
    "ListAccessEntriesResponse",
    "ListAccessPoliciesRequest",
    "ListAccessPoliciesResponse",
    "ListAssociatedAccessPoliciesRequest",
    "ListAssociatedAccessPoliciesResponse",
    "UpdateAccessEntryRequest",
    "UpdateAccessEntryResponse",
]


class AccessScopeType(str, enum.Enum):
    """DOC: AccessScopeType"""

    CLUSTER = "cluster"
    NAMESPACE = "namespace"


@model
class AccessEntry:
    """DOC: AccessEntry"""

    cluster_name: str | None = member("clusterName", default=None)
    principal_arn: str | None = member("principalArn", default=None)
    kubernetes_groups: list[str] | None = member("kubernetesGroups", default=None)
    access_entry_arn: str | None = member("accessEntryArn", default=None)
    created_at: datetime.datetime | None = member("createdAt", default=None)
    modified_at: datetime.datetime | None = member("modifiedAt", default=None)
    tags: dict[str, str] | None = member("tags", default=None, min_len=1, max_len=50)
    username: str | None = member("username", default=None)
    type: str | None = member("type", default=None)


@model
class AccessPolicy:
    """DOC: AccessPolicy"""

    name: str | None = member("name", default=None)
    arn: str | None = member("arn", default=None)


@model
class AccessScope:
    """DOC: AccessScope"""

    type: AccessScopeType | str | None = member("type", default=None)
    namespaces: list[str] | None = member("namespaces", default=None)


@model
class AssociatedAccessPolicy:
    """DOC: AssociatedAccessPolicy"""

    policy_arn: str | None = member("policyArn", default=None)
    access_scope: AccessScope | None = member("accessScope", default=None)
    associated_at: datetime.datetime | None = member("associatedAt", default=None)
    modified_at: datetime.datetime | None = member("modifiedAt", default=None)


@model
class AssociateAccessPolicyRequest:
    """DOC: AssociateAccessPolicyRequest"""

    cluster_name: str = member("name", location="uri")
    principal_arn: str = member("principalArn", location="uri")
    policy_arn: str = member("policyArn")
    access_scope: AccessScope = member("accessScope")


@model
class AssociateAccessPolicyResponse(Response):
    """DOC: AssociateAccessPolicyResponse"""

    cluster_name: str | None = member("clusterName", default=None)
    principal_arn: str | None = member("principalArn", default=None)
    associated_access_policy: AssociatedAccessPolicy | None = member(
        "associatedAccessPolicy", default=None
    )


@model
class CreateAccessEntryRequest:
    """DOC: CreateAccessEntryRequest"""

    cluster_name: str = member("name", location="uri")
    principal_arn: str = member("principalArn")
    kubernetes_groups: list[str] | None = member("kubernetesGroups", default=None)
    tags: dict[str, str] | None = member("tags", default=None, min_len=1, max_len=50)
    client_request_token: str | None = member(
        "clientRequestToken", default=None, idempotency_token=True
    )
    username: str | None = member("username", default=None)
    type: str | None = member("type", default=None)


@model
class CreateAccessEntryResponse(Response):
    """DOC: CreateAccessEntryResponse"""

    access_entry: AccessEntry | None = member("accessEntry", default=None)


@model
class DeleteAccessEntryRequest:
    """DOC: DeleteAccessEntryRequest"""

    cluster_name: str = member("name", location="uri")
    principal_arn: str = member("principalArn", location="uri")


@model
class DeleteAccessEntryResponse(Response):
    """DOC: DeleteAccessEntryResponse"""


@model
class DescribeAccessEntryRequest:
    """DOC: DescribeAccessEntryRequest"""

    cluster_name: str = member("name", location="uri")
    principal_arn: str = member("principalArn", location="uri")


@model
class DescribeAccessEntryResponse(Response):
    """DOC: DescribeAccessEntryResponse"""

    access_entry: AccessEntry | None = member("accessEntry", default=None)


@model
class DisassociateAccessPolicyRequest:
    """DOC: DisassociateAccessPolicyRequest"""

    cluster_name: str = member("name", location="uri")
    principal_arn: str = member("principalArn", location="uri")
    policy_arn: str = member("policyArn", location="uri")


@model
class DisassociateAccessPolicyResponse(Response):
    """DOC: DisassociateAccessPolicyResponse"""


@model
class ListAccessEntriesRequest:
    """DOC: ListAccessEntriesRequest"""

    cluster_name: str = member("name", location="uri")
    associated_policy_arn: str | None = member(
        "associatedPolicyArn", default=None, location="querystring"
    )
    max_results: int | None = member(
        "maxResults", default=None, location="querystring", min_value=1, max_value=100
    )
    next_token: str | None = member("nextToken", default=None, location="querystring")


@model
class ListAccessEntriesResponse(Response):
    """DOC: ListAccessEntriesResponse"""

    access_entries: list[str] | None = member("accessEntries", default=None)
    next_token: str | None = member("nextToken", default=None)


@model
class ListAccessPoliciesRequest:
    """DOC: ListAccessPoliciesRequest"""

    max_results: int | None = member(
        "maxResults", default=None, location="querystring", min_value=1, max_value=100
    )
    next_token: str | None = member("nextToken", default=None, location="querystring")


@model
class ListAccessPoliciesResponse(Response):
    """DOC: ListAccessPoliciesResponse"""

    access_policies: list[AccessPolicy] | None = member("accessPolicies", default=None)
    next_token: str | None = member("nextToken", default=None)


@model
class ListAssociatedAccessPoliciesRequest:
    """DOC: ListAssociatedAccessPoliciesRequest"""

    cluster_name: str = member("name", location="uri")
    principal_arn: str = member("principalArn", location="uri")
    max_results: int | None = member(
        "maxResults", default=None, location="querystring", min_value=1, max_value=100
    )
    next_token: str | None = member("nextToken", default=None, location="querystring")


@model
class ListAssociatedAccessPoliciesResponse(Response):
    """DOC: ListAssociatedAccessPoliciesResponse"""

    cluster_name: str | None = member("clusterName", default=None)
    principal_arn: str | None = member("principalArn", default=None)
    next_token: str | None = member("nextToken", default=None)
    associated_access_policies: list[AssociatedAccessPolicy] | None = member(
        "associatedAccessPolicies", default=None
    )


@model
class UpdateAccessEntryRequest:
    """DOC: UpdateAccessEntryRequest"""

    cluster_name: str = member("name", location="uri")
    principal_arn: str = member("principalArn", location="uri")
    kubernetes_groups: list[str] | None = member("kubernetesGroups", default=None)
    client_request_token: str | None = member(
        "clientRequestToken", default=None, idempotency_token=True
    )
    username: str | None = member("username", default=None)


@model
class UpdateAccessEntryResponse(Response):
    """DOC: UpdateAccessEntryResponse"""

    access_entry: AccessEntry | None = member("accessEntry", default=None)
