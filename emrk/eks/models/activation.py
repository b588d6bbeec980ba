"""Who activated a cluster's certificate authority: the one enum the cluster models share.

It lives on its own so that describing a cluster (:mod:`emrk.eks.models.cluster`)
does not load the update records of :mod:`emrk.eks.models.common` as well.
"""

from __future__ import annotations

from typing import Literal, TypeAlias

from emrk.core.enums import ServiceEnum

__all__ = ["CertificateAuthorityActivatedBy", "CertificateAuthorityActivatedByLiteral"]


class CertificateAuthorityActivatedBy(ServiceEnum):
    """Who made a cluster certificate authority the active one: EKS itself or the customer."""

    EKS = "EKS"
    CUSTOMER = "CUSTOMER"


CertificateAuthorityActivatedByLiteral: TypeAlias = Literal[
    "EKS",
    "CUSTOMER",
]
"""The values of :class:`CertificateAuthorityActivatedBy` as string literals. A request argument
typed ``CertificateAuthorityActivatedBy | CertificateAuthorityActivatedByLiteral`` takes a
member or one of these strings, so a typo is a type error; a value newer than this client goes
through ``typing.cast``.
"""
