"""DOC: module certificate_authority"""

from __future__ import annotations

import datetime
import enum

from emrk.core.model import Response, member, model
from emrk.eks.models.common import CertificateAuthorityActivatedBy, Update

__all__ = [
    "ActivateCertificateAuthorityRequest",
    "ActivateCertificateAuthorityResponse",
    "CertificateAuthority",
    "CertificateAuthorityCreatedBy",
    "CertificateAuthorityDistributionStatus",
    "CertificateAuthorityScheduledEvents",
    "CertificateAuthoritySigningStatus",
    "CertificateAuthoritySummary",
    "CertificateAuthorityValidity",
    "CreateCertificateAuthorityRequest",
    "CreateCertificateAuthorityResponse",
    "DeleteCertificateAuthorityRequest",
    "DeleteCertificateAuthorityResponse",
    "DescribeCertificateAuthorityRequest",
    "DescribeCertificateAuthorityResponse",
    "ListCertificateAuthoritiesRequest",
    "ListCertificateAuthoritiesResponse",
]


class CertificateAuthorityCreatedBy(str, enum.Enum):
    """DOC: CertificateAuthorityCreatedBy"""

    EKS = "EKS"
    CUSTOMER = "CUSTOMER"


class CertificateAuthorityDistributionStatus(str, enum.Enum):
    """DOC: CertificateAuthorityDistributionStatus"""

    IN_PROGRESS = "IN_PROGRESS"
    COMPLETE = "COMPLETE"
    FAILED = "FAILED"
    DELETING = "DELETING"


class CertificateAuthoritySigningStatus(str, enum.Enum):
    """DOC: CertificateAuthoritySigningStatus"""

    NOT_USED = "NOT_USED"
    ACTIVATING = "ACTIVATING"
    IN_USE = "IN_USE"


@model
class CertificateAuthority:
    """DOC: CertificateAuthority"""

    id: str | None = member("id", default=None)
    created_at: datetime.datetime | None = member("createdAt", default=None)
    created_by: CertificateAuthorityCreatedBy | str | None = member("createdBy", default=None)
    activated_at: datetime.datetime | None = member("activatedAt", default=None)
    activated_by: CertificateAuthorityActivatedBy | str | None = member("activatedBy", default=None)
    signing_status: CertificateAuthoritySigningStatus | str | None = member(
        "signingStatus", default=None
    )
    distribution_status: CertificateAuthorityDistributionStatus | str | None = member(
        "distributionStatus", default=None
    )
    validity: CertificateAuthorityValidity | None = member("validity", default=None)
    scheduled_events: CertificateAuthorityScheduledEvents | None = member(
        "scheduledEvents", default=None
    )
    rollback_available: bool | None = member("rollbackAvailable", default=None)
    data: str | None = member("data", default=None)


@model
class CertificateAuthorityScheduledEvents:
    """DOC: CertificateAuthorityScheduledEvents"""

    first_auto_activation: datetime.datetime | None = member("firstAutoActivation", default=None)
    final_auto_activation: datetime.datetime | None = member("finalAutoActivation", default=None)


@model
class CertificateAuthoritySummary:
    """DOC: CertificateAuthoritySummary"""

    id: str | None = member("id", default=None)
    created_at: datetime.datetime | None = member("createdAt", default=None)
    created_by: CertificateAuthorityCreatedBy | str | None = member("createdBy", default=None)
    activated_at: datetime.datetime | None = member("activatedAt", default=None)
    activated_by: CertificateAuthorityActivatedBy | str | None = member("activatedBy", default=None)
    signing_status: CertificateAuthoritySigningStatus | str | None = member(
        "signingStatus", default=None
    )
    distribution_status: CertificateAuthorityDistributionStatus | str | None = member(
        "distributionStatus", default=None
    )


@model
class CertificateAuthorityValidity:
    """DOC: CertificateAuthorityValidity"""

    not_before: datetime.datetime | None = member("notBefore", default=None)
    not_after: datetime.datetime | None = member("notAfter", default=None)


@model
class ActivateCertificateAuthorityRequest:
    """DOC: ActivateCertificateAuthorityRequest"""

    cluster_name: str = member("name", location="uri")
    certificate_authority_id: str = member("certificateAuthorityId", location="uri")
    client_request_token: str | None = member(
        "clientRequestToken", default=None, idempotency_token=True
    )


@model
class ActivateCertificateAuthorityResponse(Response):
    """DOC: ActivateCertificateAuthorityResponse"""

    update: Update | None = member("update", default=None)
    certificate_authority: CertificateAuthoritySummary | None = member(
        "certificateAuthority", default=None
    )


@model
class CreateCertificateAuthorityRequest:
    """DOC: CreateCertificateAuthorityRequest"""

    cluster_name: str = member("name", location="uri")
    client_request_token: str | None = member(
        "clientRequestToken", default=None, idempotency_token=True
    )


@model
class CreateCertificateAuthorityResponse(Response):
    """DOC: CreateCertificateAuthorityResponse"""

    update: Update | None = member("update", default=None)
    certificate_authority: CertificateAuthoritySummary | None = member(
        "certificateAuthority", default=None
    )


@model
class DeleteCertificateAuthorityRequest:
    """DOC: DeleteCertificateAuthorityRequest"""

    cluster_name: str = member("name", location="uri")
    certificate_authority_id: str = member("certificateAuthorityId", location="uri")
    client_request_token: str | None = member(
        "clientRequestToken", default=None, location="querystring", idempotency_token=True
    )


@model
class DeleteCertificateAuthorityResponse(Response):
    """DOC: DeleteCertificateAuthorityResponse"""

    update: Update | None = member("update", default=None)
    certificate_authority: CertificateAuthoritySummary | None = member(
        "certificateAuthority", default=None
    )


@model
class DescribeCertificateAuthorityRequest:
    """DOC: DescribeCertificateAuthorityRequest"""

    cluster_name: str = member("name", location="uri")
    certificate_authority_id: str = member("certificateAuthorityId", location="uri")


@model
class DescribeCertificateAuthorityResponse(Response):
    """DOC: DescribeCertificateAuthorityResponse"""

    certificate_authority: CertificateAuthority | None = member(
        "certificateAuthority", default=None
    )


@model
class ListCertificateAuthoritiesRequest:
    """DOC: ListCertificateAuthoritiesRequest"""

    cluster_name: str = member("name", location="uri")
    max_results: int | None = member(
        "maxResults", default=None, location="querystring", min_value=1, max_value=100
    )
    next_token: str | None = member("nextToken", default=None, location="querystring")


@model
class ListCertificateAuthoritiesResponse(Response):
    """DOC: ListCertificateAuthoritiesResponse"""

    certificate_authorities: list[CertificateAuthoritySummary] | None = member(
        "certificateAuthorities", default=None
    )
    next_token: str | None = member("nextToken", default=None)
