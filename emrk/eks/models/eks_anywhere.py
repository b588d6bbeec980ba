"""EKS Anywhere subscriptions: support licenses for clusters you run on your own infrastructure."""

from __future__ import annotations

import datetime
from typing import Literal, TypeAlias

from emrk.core.enums import ServiceEnum
from emrk.core.model import Response, member, model

__all__ = [
    "CreateEksAnywhereSubscriptionRequest",
    "CreateEksAnywhereSubscriptionResponse",
    "DeleteEksAnywhereSubscriptionRequest",
    "DeleteEksAnywhereSubscriptionResponse",
    "DescribeEksAnywhereSubscriptionRequest",
    "DescribeEksAnywhereSubscriptionResponse",
    "EksAnywhereSubscription",
    "EksAnywhereSubscriptionLicenseType",
    "EksAnywhereSubscriptionLicenseTypeLiteral",
    "EksAnywhereSubscriptionStatus",
    "EksAnywhereSubscriptionStatusLiteral",
    "EksAnywhereSubscriptionTerm",
    "EksAnywhereSubscriptionTermUnit",
    "EksAnywhereSubscriptionTermUnitLiteral",
    "License",
    "ListEksAnywhereSubscriptionsRequest",
    "ListEksAnywhereSubscriptionsResponse",
    "UpdateEksAnywhereSubscriptionRequest",
    "UpdateEksAnywhereSubscriptionResponse",
]


class EksAnywhereSubscriptionLicenseType(ServiceEnum):
    """License kind of a subscription; ``Cluster`` covers support for one EKS Anywhere cluster."""

    CLUSTER = "Cluster"


EksAnywhereSubscriptionLicenseTypeLiteral: TypeAlias = Literal["Cluster",]
"""The values of :class:`EksAnywhereSubscriptionLicenseType` as string literals. A request argument
typed ``EksAnywhereSubscriptionLicenseType | EksAnywhereSubscriptionLicenseTypeLiteral`` takes a
member or one of these strings, so a typo is a type error; a value newer than this client goes
through ``typing.cast``.
"""


class EksAnywhereSubscriptionStatus(ServiceEnum):
    """Lifecycle of an EKS Anywhere subscription."""

    CREATING = "CREATING"
    ACTIVE = "ACTIVE"
    UPDATING = "UPDATING"
    EXPIRING = "EXPIRING"
    EXPIRED = "EXPIRED"
    DELETING = "DELETING"


EksAnywhereSubscriptionStatusLiteral: TypeAlias = Literal[
    "CREATING",
    "ACTIVE",
    "UPDATING",
    "EXPIRING",
    "EXPIRED",
    "DELETING",
]
"""The values of :class:`EksAnywhereSubscriptionStatus` as string literals. A request argument
typed ``EksAnywhereSubscriptionStatus | EksAnywhereSubscriptionStatusLiteral`` takes a member or
one of these strings, so a typo is a type error; a value newer than this client goes through
``typing.cast``.
"""


class EksAnywhereSubscriptionTermUnit(ServiceEnum):
    """Unit of a subscription term; only ``MONTHS``."""

    MONTHS = "MONTHS"


EksAnywhereSubscriptionTermUnitLiteral: TypeAlias = Literal["MONTHS",]
"""The values of :class:`EksAnywhereSubscriptionTermUnit` as string literals. A request argument
typed ``EksAnywhereSubscriptionTermUnit | EksAnywhereSubscriptionTermUnitLiteral`` takes a
member or one of these strings, so a typo is a type error; a value newer than this client goes
through ``typing.cast``.
"""


@model
class EksAnywhereSubscription:
    """An EKS Anywhere support subscription and the licenses it holds.

    A subscription is a commitment for its whole term; it also opens access to
    the EKS Anywhere Curated Packages.
    """

    id: str | None = member("id", default=None)
    """UUID of the subscription."""
    arn: str | None = member("arn", default=None)
    """ARN of the subscription."""
    created_at: datetime.datetime | None = member("createdAt", default=None)
    """When the subscription was created."""
    effective_date: datetime.datetime | None = member("effectiveDate", default=None)
    """When the subscription took effect."""
    expiration_date: datetime.datetime | None = member("expirationDate", default=None)
    """When it expires, or renews if ``auto_renew`` is set."""
    license_quantity: int | None = member("licenseQuantity", default=None)
    """Number of licenses, 1 to 100."""
    license_type: EksAnywhereSubscriptionLicenseType | str | None = member(
        "licenseType", default=None
    )
    """``Cluster``: one license per EKS Anywhere cluster."""
    term: EksAnywhereSubscriptionTerm | None = member("term", default=None)
    """Length of the commitment."""
    status: str | None = member("status", default=None)
    """Where the subscription is in its lifecycle."""
    auto_renew: bool | None = member("autoRenew", default=None)
    """Whether it renews at the end of its term."""
    license_arns: list[str] | None = member("licenseArns", default=None)
    """AWS License Manager ARNs of the licenses."""
    licenses: list[License] | None = member("licenses", default=None)
    """The licenses, with the tokens used to verify extended support."""
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
class EksAnywhereSubscriptionTerm:
    """Length of a subscription: 12 or 36 ``MONTHS``."""

    duration: int | None = member("duration", default=None)
    """12 or 36."""
    unit: EksAnywhereSubscriptionTermUnit | EksAnywhereSubscriptionTermUnitLiteral | None = member(
        "unit", default=None
    )
    """``MONTHS``."""


@model
class License:
    """One EKS Anywhere license of a subscription."""

    id: str | None = member("id", default=None)
    """ID of the license."""
    token: str | None = member("token", default=None)
    """License token used to verify eligibility for extended support."""


@model
class CreateEksAnywhereSubscriptionRequest:
    """Input of :meth:`EKSClient.create_eks_anywhere_subscription`."""

    name: str = member("name", min_len=1, max_len=100)
    term: EksAnywhereSubscriptionTerm = member("term")
    license_quantity: int | None = member("licenseQuantity", default=None)
    license_type: (
        EksAnywhereSubscriptionLicenseType | EksAnywhereSubscriptionLicenseTypeLiteral | None
    ) = member("licenseType", default=None)
    auto_renew: bool | None = member("autoRenew", default=None)
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
class CreateEksAnywhereSubscriptionResponse(Response):
    """Output of :meth:`EKSClient.create_eks_anywhere_subscription`."""

    subscription: EksAnywhereSubscription | None = member("subscription", default=None)


@model
class DeleteEksAnywhereSubscriptionRequest:
    """Input of :meth:`EKSClient.delete_eks_anywhere_subscription`."""

    id: str = member("id", location="uri")


@model
class DeleteEksAnywhereSubscriptionResponse(Response):
    """Output of :meth:`EKSClient.delete_eks_anywhere_subscription`."""

    subscription: EksAnywhereSubscription | None = member("subscription", default=None)


@model
class DescribeEksAnywhereSubscriptionRequest:
    """Input of :meth:`EKSClient.describe_eks_anywhere_subscription`."""

    id: str = member("id", location="uri")


@model
class DescribeEksAnywhereSubscriptionResponse(Response):
    """Output of :meth:`EKSClient.describe_eks_anywhere_subscription`."""

    subscription: EksAnywhereSubscription | None = member("subscription", default=None)


@model
class ListEksAnywhereSubscriptionsRequest:
    """Input of :meth:`EKSClient.list_eks_anywhere_subscriptions`."""

    max_results: int | None = member(
        "maxResults", default=None, location="querystring", min_value=1, max_value=100
    )
    next_token: str | None = member("nextToken", default=None, location="querystring")
    include_status: (
        list[EksAnywhereSubscriptionStatus | EksAnywhereSubscriptionStatusLiteral] | None
    ) = member("includeStatus", default=None, location="querystring")


@model
class ListEksAnywhereSubscriptionsResponse(Response):
    """One page of :meth:`EKSClient.list_eks_anywhere_subscriptions`."""

    subscriptions: list[EksAnywhereSubscription] | None = member("subscriptions", default=None)
    """The subscriptions on this page."""
    next_token: str | None = member("nextToken", default=None)
    """Pass back to get the next page; ``None`` on the last page."""


@model
class UpdateEksAnywhereSubscriptionRequest:
    """Input of :meth:`EKSClient.update_eks_anywhere_subscription`."""

    id: str = member("id", location="uri")
    auto_renew: bool = member("autoRenew")
    client_request_token: str | None = member(
        "clientRequestToken", default=None, idempotency_token=True
    )


@model
class UpdateEksAnywhereSubscriptionResponse(Response):
    """Output of :meth:`EKSClient.update_eks_anywhere_subscription`."""

    subscription: EksAnywhereSubscription | None = member("subscription", default=None)
