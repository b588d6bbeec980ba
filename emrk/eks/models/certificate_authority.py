"""Cluster certificate authorities and their rotation.

A cluster's CA signs the certificates that secure traffic to its Kubernetes
API server. A rotation adds a successor CA (``create_certificate_authority``),
waits until EKS has distributed it (``distribution_status`` ``COMPLETE``),
makes it the signer (``activate_certificate_authority``) and finally removes
the old one (``delete_certificate_authority``). A cluster holds at most two.
"""

from __future__ import annotations

import datetime
from typing import Literal, TypeAlias

from emrk.core.enums import ServiceEnum
from emrk.core.model import Response, member, model
from emrk.eks.models.activation import CertificateAuthorityActivatedBy
from emrk.eks.models.common import Update

__all__ = [
    "ActivateCertificateAuthorityRequest",
    "ActivateCertificateAuthorityResponse",
    "CertificateAuthority",
    "CertificateAuthorityCreatedBy",
    "CertificateAuthorityCreatedByLiteral",
    "CertificateAuthorityDistributionStatus",
    "CertificateAuthorityDistributionStatusLiteral",
    "CertificateAuthorityScheduledEvents",
    "CertificateAuthoritySigningStatus",
    "CertificateAuthoritySigningStatusLiteral",
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


class CertificateAuthorityCreatedBy(ServiceEnum):
    """Who created a CA: ``EKS`` (such as a cluster's first CA) or ``CUSTOMER``."""

    EKS = "EKS"
    CUSTOMER = "CUSTOMER"


CertificateAuthorityCreatedByLiteral: TypeAlias = Literal[
    "EKS",
    "CUSTOMER",
]
"""The values of :class:`CertificateAuthorityCreatedBy` as string literals. A request argument
typed ``CertificateAuthorityCreatedBy | CertificateAuthorityCreatedByLiteral`` takes a member or
one of these strings, so a typo is a type error; a value newer than this client goes through
``typing.cast``.
"""


class CertificateAuthorityDistributionStatus(ServiceEnum):
    """Whether EKS has pushed trust in a CA to the components it manages for the cluster."""

    IN_PROGRESS = "IN_PROGRESS"
    COMPLETE = "COMPLETE"
    FAILED = "FAILED"
    DELETING = "DELETING"


CertificateAuthorityDistributionStatusLiteral: TypeAlias = Literal[
    "IN_PROGRESS",
    "COMPLETE",
    "FAILED",
    "DELETING",
]
"""The values of :class:`CertificateAuthorityDistributionStatus` as string literals. A request
argument typed ``CertificateAuthorityDistributionStatus |
CertificateAuthorityDistributionStatusLiteral`` takes a member or one of these strings, so a
typo is a type error; a value newer than this client goes through ``typing.cast``.
"""


class CertificateAuthoritySigningStatus(ServiceEnum):
    """Whether a CA signs certificates (``IN_USE``), is becoming the signer, or is only trusted."""

    NOT_USED = "NOT_USED"
    ACTIVATING = "ACTIVATING"
    IN_USE = "IN_USE"


CertificateAuthoritySigningStatusLiteral: TypeAlias = Literal[
    "NOT_USED",
    "ACTIVATING",
    "IN_USE",
]
"""The values of :class:`CertificateAuthoritySigningStatus` as string literals. A request argument
typed ``CertificateAuthoritySigningStatus | CertificateAuthoritySigningStatusLiteral`` takes a
member or one of these strings, so a typo is a type error; a value newer than this client goes
through ``typing.cast``.
"""


@model
class CertificateAuthority:
    """A cluster certificate authority in full, public certificate included."""

    id: str | None = member("id", default=None)
    """ID of the CA; the value the other CA operations take."""
    created_at: datetime.datetime | None = member("createdAt", default=None)
    """When the CA was created."""
    created_by: CertificateAuthorityCreatedBy | str | None = member("createdBy", default=None)
    """``EKS`` or ``CUSTOMER``."""
    activated_at: datetime.datetime | None = member("activatedAt", default=None)
    """When the CA last became the signer; ``None`` if it never has."""
    activated_by: CertificateAuthorityActivatedBy | str | None = member("activatedBy", default=None)
    """Who last activated it: ``EKS`` automatically, or ``CUSTOMER``."""
    signing_status: CertificateAuthoritySigningStatus | str | None = member(
        "signingStatus", default=None
    )
    """``IN_USE`` (the signer), ``ACTIVATING`` or ``NOT_USED`` (trusted only: a successor, or a
    retired CA)."""
    distribution_status: CertificateAuthorityDistributionStatus | str | None = member(
        "distributionStatus", default=None
    )
    """Progress of distributing trust to the control plane, Auto Mode instances and Fargate nodes;
    activation needs ``COMPLETE``."""
    validity: CertificateAuthorityValidity | None = member("validity", default=None)
    """Start and end of the certificate's validity."""
    scheduled_events: CertificateAuthorityScheduledEvents | None = member(
        "scheduledEvents", default=None
    )
    """When EKS may, and at the latest will, activate this CA on its own."""
    rollback_available: bool | None = member("rollbackAvailable", default=None)
    """Whether you can still go back to the previous CA after activating this one."""
    data: str | None = member("data", default=None)
    """The CA's public certificate, Base64-encoded."""


@model
class CertificateAuthorityScheduledEvents:
    """The window in which EKS activates a successor CA by itself, derived from its validity.

    EKS rotates before the signing CA's certificate expires, even if you don't.
    """

    first_auto_activation: datetime.datetime | None = member("firstAutoActivation", default=None)
    """Earliest time EKS may activate the CA automatically."""
    final_auto_activation: datetime.datetime | None = member("finalAutoActivation", default=None)
    """Time by which EKS activates it if you have not."""


@model
class CertificateAuthoritySummary:
    """A cluster certificate authority without its certificate data and schedule."""

    id: str | None = member("id", default=None)
    """ID of the CA."""
    created_at: datetime.datetime | None = member("createdAt", default=None)
    """When the CA was created."""
    created_by: CertificateAuthorityCreatedBy | str | None = member("createdBy", default=None)
    """``EKS`` or ``CUSTOMER``."""
    activated_at: datetime.datetime | None = member("activatedAt", default=None)
    """When the CA last became the signer; ``None`` if it never has."""
    activated_by: CertificateAuthorityActivatedBy | str | None = member("activatedBy", default=None)
    """Who last activated it."""
    signing_status: CertificateAuthoritySigningStatus | str | None = member(
        "signingStatus", default=None
    )
    """``IN_USE``, ``ACTIVATING`` or ``NOT_USED``."""
    distribution_status: CertificateAuthorityDistributionStatus | str | None = member(
        "distributionStatus", default=None
    )
    """``IN_PROGRESS``, ``COMPLETE``, ``FAILED`` or ``DELETING``."""


@model
class CertificateAuthorityValidity:
    """When a CA's certificate is valid."""

    not_before: datetime.datetime | None = member("notBefore", default=None)
    """Start of the validity period."""
    not_after: datetime.datetime | None = member("notAfter", default=None)
    """End of the validity period."""


@model
class ActivateCertificateAuthorityRequest:
    """Input of :meth:`EKSClient.activate_certificate_authority`."""

    cluster_name: str = member("name", location="uri")
    certificate_authority_id: str = member("certificateAuthorityId", location="uri")
    client_request_token: str | None = member(
        "clientRequestToken", default=None, idempotency_token=True
    )


@model
class ActivateCertificateAuthorityResponse(Response):
    """Output of :meth:`EKSClient.activate_certificate_authority`."""

    update: Update | None = member("update", default=None)
    """The update that makes the CA the signer; wait on it with
    ``wait_until_certificate_authority_update_complete``."""
    certificate_authority: CertificateAuthoritySummary | None = member(
        "certificateAuthority", default=None
    )
    """The CA being activated."""


@model
class CreateCertificateAuthorityRequest:
    """Input of :meth:`EKSClient.create_certificate_authority`."""

    cluster_name: str = member("name", location="uri")
    client_request_token: str | None = member(
        "clientRequestToken", default=None, idempotency_token=True
    )


@model
class CreateCertificateAuthorityResponse(Response):
    """Output of :meth:`EKSClient.create_certificate_authority`."""

    update: Update | None = member("update", default=None)
    """The update that adds the CA to the cluster's trust bundle."""
    certificate_authority: CertificateAuthoritySummary | None = member(
        "certificateAuthority", default=None
    )
    """The new successor CA, with its ID."""


@model
class DeleteCertificateAuthorityRequest:
    """Input of :meth:`EKSClient.delete_certificate_authority`."""

    cluster_name: str = member("name", location="uri")
    certificate_authority_id: str = member("certificateAuthorityId", location="uri")
    client_request_token: str | None = member(
        "clientRequestToken", default=None, location="querystring", idempotency_token=True
    )
    """Idempotency token, sent in the query string (the request has no body); filled with a UUID4
    when left out."""


@model
class DeleteCertificateAuthorityResponse(Response):
    """Output of :meth:`EKSClient.delete_certificate_authority`."""

    update: Update | None = member("update", default=None)
    """The update that removes the CA from the trust bundle."""
    certificate_authority: CertificateAuthoritySummary | None = member(
        "certificateAuthority", default=None
    )
    """The CA being deleted."""


@model
class DescribeCertificateAuthorityRequest:
    """Input of :meth:`EKSClient.describe_certificate_authority`."""

    cluster_name: str = member("name", location="uri")
    certificate_authority_id: str = member("certificateAuthorityId", location="uri")


@model
class DescribeCertificateAuthorityResponse(Response):
    """Output of :meth:`EKSClient.describe_certificate_authority`."""

    certificate_authority: CertificateAuthority | None = member(
        "certificateAuthority", default=None
    )


@model
class ListCertificateAuthoritiesRequest:
    """Input of :meth:`EKSClient.list_certificate_authorities`."""

    cluster_name: str = member("name", location="uri")
    max_results: int | None = member(
        "maxResults", default=None, location="querystring", min_value=1, max_value=100
    )
    next_token: str | None = member("nextToken", default=None, location="querystring")


@model
class ListCertificateAuthoritiesResponse(Response):
    """One page of :meth:`EKSClient.list_certificate_authorities`."""

    certificate_authorities: list[CertificateAuthoritySummary] | None = member(
        "certificateAuthorities", default=None
    )
    """The cluster's CAs (at most two)."""
    next_token: str | None = member("nextToken", default=None)
    """Pass back to get the next page; ``None`` on the last page."""
