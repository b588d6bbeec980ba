"""EKS Pod Identity associations: IAM roles for the pods of a service account.

An association ties a namespace and service account to an IAM role; the EKS
Pod Identity Agent then hands its pods temporary credentials for that role
(what :mod:`emrk.eks_auth` does on the node). Unlike IAM roles for service
accounts, no OIDC provider is needed and one role can serve many clusters.
Associations are eventually consistent: allow a few seconds before pods see
a change.
"""

from __future__ import annotations

import datetime

from emrk.core.model import Response, member, model

__all__ = [
    "CreatePodIdentityAssociationRequest",
    "CreatePodIdentityAssociationResponse",
    "DeletePodIdentityAssociationRequest",
    "DeletePodIdentityAssociationResponse",
    "DescribePodIdentityAssociationRequest",
    "DescribePodIdentityAssociationResponse",
    "ListPodIdentityAssociationsRequest",
    "ListPodIdentityAssociationsResponse",
    "PodIdentityAssociation",
    "PodIdentityAssociationSummary",
    "UpdatePodIdentityAssociationRequest",
    "UpdatePodIdentityAssociationResponse",
]


@model
class PodIdentityAssociation:
    """An EKS Pod Identity association in full."""

    cluster_name: str | None = member("clusterName", default=None)
    """The cluster the association is in."""
    namespace: str | None = member("namespace", default=None)
    """Namespace of the service account (and of the pods using it)."""
    service_account: str | None = member("serviceAccount", default=None)
    """Kubernetes service account whose pods get the role."""
    role_arn: str | None = member("roleArn", default=None)
    """IAM role the pods receive credentials for."""
    association_arn: str | None = member("associationArn", default=None)
    """ARN of the association."""
    association_id: str | None = member("associationId", default=None)
    """ID of the association; the value the other operations take."""
    tags: dict[str, str] | None = member(
        "tags",
        default=None,
        min_len=1,
        max_len=50,
        key_min_len=1,
        key_max_len=128,
        item_max_len=256,
    )
    created_at: datetime.datetime | None = member("createdAt", default=None)
    """When the association was created."""
    modified_at: datetime.datetime | None = member("modifiedAt", default=None)
    """When it last changed."""
    owner_arn: str | None = member("ownerArn", default=None)
    """The EKS add-on that owns the association, if any."""
    disable_session_tags: bool | None = member("disableSessionTags", default=None)
    """``True`` when the usual session tags (cluster, namespace, service account, pod...) are not
    added when assuming the role."""
    target_role_arn: str | None = member("targetRoleArn", default=None)
    """A second role assumed with the first one's credentials (typically in another account); pods
    get this role's credentials."""
    external_id: str | None = member("externalId", default=None)
    """External ID to require in the target role's trust policy (``sts:ExternalId``), so only this
    association can assume it."""
    policy: str | None = member("policy", default=None)
    """Session policy (JSON) that further narrows the role's permissions for these pods."""


@model
class PodIdentityAssociationSummary:
    """An association as listed by ``list_pod_identity_associations`` (no role, tags or dates)."""

    cluster_name: str | None = member("clusterName", default=None)
    """The cluster the association is in."""
    namespace: str | None = member("namespace", default=None)
    """Namespace of the service account."""
    service_account: str | None = member("serviceAccount", default=None)
    """Kubernetes service account whose pods get the role."""
    association_arn: str | None = member("associationArn", default=None)
    """ARN of the association."""
    association_id: str | None = member("associationId", default=None)
    """ID of the association."""
    owner_arn: str | None = member("ownerArn", default=None)
    """The EKS add-on that owns the association, if any."""


@model
class CreatePodIdentityAssociationRequest:
    """Input of :meth:`EKSClient.create_pod_identity_association`."""

    cluster_name: str = member("name", location="uri")
    namespace: str = member("namespace")
    service_account: str = member("serviceAccount")
    role_arn: str = member("roleArn")
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
    disable_session_tags: bool | None = member("disableSessionTags", default=None)
    target_role_arn: str | None = member("targetRoleArn", default=None)
    policy: str | None = member("policy", default=None)


@model
class CreatePodIdentityAssociationResponse(Response):
    """Output of :meth:`EKSClient.create_pod_identity_association`."""

    association: PodIdentityAssociation | None = member("association", default=None)


@model
class DeletePodIdentityAssociationRequest:
    """Input of :meth:`EKSClient.delete_pod_identity_association`."""

    cluster_name: str = member("name", location="uri")
    association_id: str = member("associationId", location="uri")


@model
class DeletePodIdentityAssociationResponse(Response):
    """Output of :meth:`EKSClient.delete_pod_identity_association`."""

    association: PodIdentityAssociation | None = member("association", default=None)


@model
class DescribePodIdentityAssociationRequest:
    """Input of :meth:`EKSClient.describe_pod_identity_association`."""

    cluster_name: str = member("name", location="uri")
    association_id: str = member("associationId", location="uri")


@model
class DescribePodIdentityAssociationResponse(Response):
    """Output of :meth:`EKSClient.describe_pod_identity_association`."""

    association: PodIdentityAssociation | None = member("association", default=None)


@model
class ListPodIdentityAssociationsRequest:
    """Input of :meth:`EKSClient.list_pod_identity_associations`."""

    cluster_name: str = member("name", location="uri")
    namespace: str | None = member("namespace", default=None, location="querystring")
    service_account: str | None = member("serviceAccount", default=None, location="querystring")
    max_results: int | None = member(
        "maxResults", default=None, location="querystring", min_value=1, max_value=100
    )
    next_token: str | None = member("nextToken", default=None, location="querystring")


@model
class ListPodIdentityAssociationsResponse(Response):
    """One page of :meth:`EKSClient.list_pod_identity_associations`."""

    associations: list[PodIdentityAssociationSummary] | None = member("associations", default=None)
    """Summaries of the matching associations."""
    next_token: str | None = member("nextToken", default=None)
    """Pass back to get the next page; ``None`` on the last page."""


@model
class UpdatePodIdentityAssociationRequest:
    """Input of :meth:`EKSClient.update_pod_identity_association`."""

    cluster_name: str = member("name", location="uri")
    association_id: str = member("associationId", location="uri")
    role_arn: str | None = member("roleArn", default=None)
    client_request_token: str | None = member(
        "clientRequestToken", default=None, idempotency_token=True
    )
    disable_session_tags: bool | None = member("disableSessionTags", default=None)
    target_role_arn: str | None = member("targetRoleArn", default=None)
    policy: str | None = member("policy", default=None)


@model
class UpdatePodIdentityAssociationResponse(Response):
    """Output of :meth:`EKSClient.update_pod_identity_association`."""

    association: PodIdentityAssociation | None = member("association", default=None)
