"""DOC: module pod_identity"""

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
    """DOC: PodIdentityAssociation"""

    cluster_name: str | None = member("clusterName", default=None)
    namespace: str | None = member("namespace", default=None)
    service_account: str | None = member("serviceAccount", default=None)
    role_arn: str | None = member("roleArn", default=None)
    association_arn: str | None = member("associationArn", default=None)
    association_id: str | None = member("associationId", default=None)
    tags: dict[str, str] | None = member("tags", default=None, min_len=1, max_len=50)
    created_at: datetime.datetime | None = member("createdAt", default=None)
    modified_at: datetime.datetime | None = member("modifiedAt", default=None)
    owner_arn: str | None = member("ownerArn", default=None)
    disable_session_tags: bool | None = member("disableSessionTags", default=None)
    target_role_arn: str | None = member("targetRoleArn", default=None)
    external_id: str | None = member("externalId", default=None)
    policy: str | None = member("policy", default=None)


@model
class PodIdentityAssociationSummary:
    """DOC: PodIdentityAssociationSummary"""

    cluster_name: str | None = member("clusterName", default=None)
    namespace: str | None = member("namespace", default=None)
    service_account: str | None = member("serviceAccount", default=None)
    association_arn: str | None = member("associationArn", default=None)
    association_id: str | None = member("associationId", default=None)
    owner_arn: str | None = member("ownerArn", default=None)


@model
class CreatePodIdentityAssociationRequest:
    """DOC: CreatePodIdentityAssociationRequest"""

    cluster_name: str = member("name", location="uri")
    namespace: str = member("namespace")
    service_account: str = member("serviceAccount")
    role_arn: str = member("roleArn")
    client_request_token: str | None = member(
        "clientRequestToken", default=None, idempotency_token=True
    )
    tags: dict[str, str] | None = member("tags", default=None, min_len=1, max_len=50)
    disable_session_tags: bool | None = member("disableSessionTags", default=None)
    target_role_arn: str | None = member("targetRoleArn", default=None)
    policy: str | None = member("policy", default=None)


@model
class CreatePodIdentityAssociationResponse(Response):
    """DOC: CreatePodIdentityAssociationResponse"""

    association: PodIdentityAssociation | None = member("association", default=None)


@model
class DeletePodIdentityAssociationRequest:
    """DOC: DeletePodIdentityAssociationRequest"""

    cluster_name: str = member("name", location="uri")
    association_id: str = member("associationId", location="uri")


@model
class DeletePodIdentityAssociationResponse(Response):
    """DOC: DeletePodIdentityAssociationResponse"""

    association: PodIdentityAssociation | None = member("association", default=None)


@model
class DescribePodIdentityAssociationRequest:
    """DOC: DescribePodIdentityAssociationRequest"""

    cluster_name: str = member("name", location="uri")
    association_id: str = member("associationId", location="uri")


@model
class DescribePodIdentityAssociationResponse(Response):
    """DOC: DescribePodIdentityAssociationResponse"""

    association: PodIdentityAssociation | None = member("association", default=None)


@model
class ListPodIdentityAssociationsRequest:
    """DOC: ListPodIdentityAssociationsRequest"""

    cluster_name: str = member("name", location="uri")
    namespace: str | None = member("namespace", default=None, location="querystring")
    service_account: str | None = member("serviceAccount", default=None, location="querystring")
    max_results: int | None = member(
        "maxResults", default=None, location="querystring", min_value=1, max_value=100
    )
    next_token: str | None = member("nextToken", default=None, location="querystring")


@model
class ListPodIdentityAssociationsResponse(Response):
    """DOC: ListPodIdentityAssociationsResponse"""

    associations: list[PodIdentityAssociationSummary] | None = member("associations", default=None)
    next_token: str | None = member("nextToken", default=None)


@model
class UpdatePodIdentityAssociationRequest:
    """DOC: UpdatePodIdentityAssociationRequest"""

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
    """DOC: UpdatePodIdentityAssociationResponse"""

    association: PodIdentityAssociation | None = member("association", default=None)
