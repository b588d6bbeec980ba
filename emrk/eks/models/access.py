"""Access entries and access policies: which IAM principals may use a cluster, and how.

An access entry admits one IAM principal to the cluster's Kubernetes API
(replacing the ``aws-auth`` ConfigMap); access policies associated with the
entry grant it EKS-managed permissions, cluster-wide or per namespace.
"""

from __future__ import annotations

import datetime
from typing import Literal, TypeAlias

from emrk.core.enums import ServiceEnum
from emrk.core.model import Response, member, model

__all__ = [
    "AccessEntry",
    "AccessPolicy",
    "AccessScope",
    "AccessScopeType",
    "AccessScopeTypeLiteral",
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


class AccessScopeType(ServiceEnum):
    """Whether an access policy applies to the whole cluster or to listed namespaces."""

    CLUSTER = "cluster"
    NAMESPACE = "namespace"


AccessScopeTypeLiteral: TypeAlias = Literal[
    "cluster",
    "namespace",
]
"""The values of :class:`AccessScopeType` as string literals. A request argument typed
``AccessScopeType | AccessScopeTypeLiteral`` takes a member or one of these strings, so a typo
is a type error; a value newer than this client goes through ``typing.cast``.
"""


@model
class AccessEntry:
    """One IAM principal's admission to a cluster's Kubernetes API.

    Deleting the IAM user or role does not delete its access entry: delete the
    entry too, or a new principal re-created with the same ARN inherits it.
    """

    cluster_name: str | None = member("clusterName", default=None)
    principal_arn: str | None = member("principalArn", default=None)
    """The IAM user or role this entry admits; fixed once the entry exists."""
    kubernetes_groups: list[str] | None = member("kubernetesGroups", default=None)
    """Kubernetes group names the principal belongs to, as used in your
    RoleBinding/ClusterRoleBinding subjects (EKS does not check they exist)."""
    access_entry_arn: str | None = member("accessEntryArn", default=None)
    """ARN of the access entry itself."""
    created_at: datetime.datetime | None = member("createdAt", default=None)
    """When the entry was created."""
    modified_at: datetime.datetime | None = member("modifiedAt", default=None)
    """When the entry last changed."""
    tags: dict[str, str] | None = member(
        "tags",
        default=None,
        min_len=1,
        max_len=50,
        key_min_len=1,
        key_max_len=128,
        item_max_len=256,
    )
    username: str | None = member("username", default=None)
    """The Kubernetes user name the principal authenticates as."""
    type: str | None = member("type", default=None)
    """``STANDARD`` for people and applications; node types (``EC2_LINUX``, ``EC2_WINDOWS``,
    ``FARGATE_LINUX``, ``EC2``, ``HYBRID_LINUX``, ``HYPERPOD_LINUX``) for node roles."""


@model
class AccessPolicy:
    """An EKS-managed set of Kubernetes permissions (not an IAM policy).

    Their contents cannot be read through the API; most resemble the Kubernetes
    ``cluster-admin``, ``admin``, ``edit`` and ``view`` roles.
    """

    name: str | None = member("name", default=None)
    """Policy name, such as ``AmazonEKSViewPolicy``."""
    arn: str | None = member("arn", default=None)
    """Policy ARN, the value ``associate_access_policy`` takes."""


@model
class AccessScope:
    """Where an associated access policy applies: the whole cluster or some namespaces."""

    type: AccessScopeType | AccessScopeTypeLiteral | None = member("type", default=None)
    """``cluster`` or ``namespace``."""
    namespaces: list[str] | None = member("namespaces", default=None)
    """The namespaces the policy applies to; required when ``type`` is ``namespace``."""


@model
class AssociatedAccessPolicy:
    """An access policy as associated with one access entry, with its scope."""

    policy_arn: str | None = member("policyArn", default=None)
    """ARN of the associated access policy."""
    access_scope: AccessScope | None = member("accessScope", default=None)
    """Where the policy applies."""
    associated_at: datetime.datetime | None = member("associatedAt", default=None)
    """When the policy was associated with the entry."""
    modified_at: datetime.datetime | None = member("modifiedAt", default=None)
    """When the association last changed."""


@model
class AssociateAccessPolicyRequest:
    """Input of :meth:`EKSClient.associate_access_policy`."""

    cluster_name: str = member("name", location="uri")
    principal_arn: str = member("principalArn", location="uri")
    policy_arn: str = member("policyArn")
    access_scope: AccessScope = member("accessScope")


@model
class AssociateAccessPolicyResponse(Response):
    """Output of :meth:`EKSClient.associate_access_policy`."""

    cluster_name: str | None = member("clusterName", default=None)
    principal_arn: str | None = member("principalArn", default=None)
    """The IAM principal of the access entry."""
    associated_access_policy: AssociatedAccessPolicy | None = member(
        "associatedAccessPolicy", default=None
    )
    """The policy and scope now associated with the entry."""


@model
class CreateAccessEntryRequest:
    """Input of :meth:`EKSClient.create_access_entry`."""

    cluster_name: str = member("name", location="uri")
    principal_arn: str = member("principalArn")
    kubernetes_groups: list[str] | None = member("kubernetesGroups", default=None)
    tags: dict[str, str] | None = member(
        "tags",
        default=None,
        min_len=1,
        max_len=50,
        key_min_len=1,
        key_max_len=128,
        item_max_len=256,
    )
    client_request_token: str | None = member(
        "clientRequestToken", default=None, idempotency_token=True
    )
    username: str | None = member("username", default=None)
    type: str | None = member("type", default=None)


@model
class CreateAccessEntryResponse(Response):
    """Output of :meth:`EKSClient.create_access_entry`: the new access entry."""

    access_entry: AccessEntry | None = member("accessEntry", default=None)


@model
class DeleteAccessEntryRequest:
    """Input of :meth:`EKSClient.delete_access_entry`."""

    cluster_name: str = member("name", location="uri")
    principal_arn: str = member("principalArn", location="uri")


@model
class DeleteAccessEntryResponse(Response):
    """Output of :meth:`EKSClient.delete_access_entry` (no members)."""


@model
class DescribeAccessEntryRequest:
    """Input of :meth:`EKSClient.describe_access_entry`."""

    cluster_name: str = member("name", location="uri")
    principal_arn: str = member("principalArn", location="uri")


@model
class DescribeAccessEntryResponse(Response):
    """Output of :meth:`EKSClient.describe_access_entry`."""

    access_entry: AccessEntry | None = member("accessEntry", default=None)


@model
class DisassociateAccessPolicyRequest:
    """Input of :meth:`EKSClient.disassociate_access_policy`."""

    cluster_name: str = member("name", location="uri")
    principal_arn: str = member("principalArn", location="uri")
    policy_arn: str = member("policyArn", location="uri")


@model
class DisassociateAccessPolicyResponse(Response):
    """Output of :meth:`EKSClient.disassociate_access_policy` (no members)."""


@model
class ListAccessEntriesRequest:
    """Input of :meth:`EKSClient.list_access_entries`."""

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
    """One page of :meth:`EKSClient.list_access_entries`."""

    access_entries: list[str] | None = member("accessEntries", default=None)
    """ARNs of the IAM principals that have access entries."""
    next_token: str | None = member("nextToken", default=None)
    """Pass back to get the next page; ``None`` on the last page."""


@model
class ListAccessPoliciesRequest:
    """Input of :meth:`EKSClient.list_access_policies`."""

    max_results: int | None = member(
        "maxResults", default=None, location="querystring", min_value=1, max_value=100
    )
    next_token: str | None = member("nextToken", default=None, location="querystring")


@model
class ListAccessPoliciesResponse(Response):
    """One page of :meth:`EKSClient.list_access_policies`."""

    access_policies: list[AccessPolicy] | None = member("accessPolicies", default=None)
    """The access policies EKS offers."""
    next_token: str | None = member("nextToken", default=None)
    """Pass back to get the next page; ``None`` on the last page."""


@model
class ListAssociatedAccessPoliciesRequest:
    """Input of :meth:`EKSClient.list_associated_access_policies`."""

    cluster_name: str = member("name", location="uri")
    principal_arn: str = member("principalArn", location="uri")
    max_results: int | None = member(
        "maxResults", default=None, location="querystring", min_value=1, max_value=100
    )
    next_token: str | None = member("nextToken", default=None, location="querystring")


@model
class ListAssociatedAccessPoliciesResponse(Response):
    """One page of :meth:`EKSClient.list_associated_access_policies`."""

    cluster_name: str | None = member("clusterName", default=None)
    principal_arn: str | None = member("principalArn", default=None)
    """The IAM principal of the access entry."""
    next_token: str | None = member("nextToken", default=None)
    """Pass back to get the next page; ``None`` on the last page."""
    associated_access_policies: list[AssociatedAccessPolicy] | None = member(
        "associatedAccessPolicies", default=None
    )
    """The policies associated with the entry, with their scopes."""


@model
class UpdateAccessEntryRequest:
    """Input of :meth:`EKSClient.update_access_entry`."""

    cluster_name: str = member("name", location="uri")
    principal_arn: str = member("principalArn", location="uri")
    kubernetes_groups: list[str] | None = member("kubernetesGroups", default=None)
    client_request_token: str | None = member(
        "clientRequestToken", default=None, idempotency_token=True
    )
    username: str | None = member("username", default=None)


@model
class UpdateAccessEntryResponse(Response):
    """Output of :meth:`EKSClient.update_access_entry`: the entry as it is now."""

    access_entry: AccessEntry | None = member("accessEntry", default=None)
