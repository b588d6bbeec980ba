"""DOC: module eks_anywhere"""

from __future__ import annotations

import datetime
import enum

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
    "EksAnywhereSubscriptionStatus",
    "EksAnywhereSubscriptionTerm",
    "EksAnywhereSubscriptionTermUnit",
    "License",
    "ListEksAnywhereSubscriptionsRequest",
    "ListEksAnywhereSubscriptionsResponse",
    "UpdateEksAnywhereSubscriptionRequest",
    "UpdateEksAnywhereSubscriptionResponse",
]


class EksAnywhereSubscriptionLicenseType(str, enum.Enum):
    """DOC: EksAnywhereSubscriptionLicenseType"""

    CLUSTER = "Cluster"


class EksAnywhereSubscriptionStatus(str, enum.Enum):
    """DOC: EksAnywhereSubscriptionStatus"""

    CREATING = "CREATING"
    ACTIVE = "ACTIVE"
    UPDATING = "UPDATING"
    EXPIRING = "EXPIRING"
    EXPIRED = "EXPIRED"
    DELETING = "DELETING"


class EksAnywhereSubscriptionTermUnit(str, enum.Enum):
    """DOC: EksAnywhereSubscriptionTermUnit"""

    MONTHS = "MONTHS"


@model
class EksAnywhereSubscription:
    """DOC: EksAnywhereSubscription"""

    id: str | None = member("id", default=None)
    arn: str | None = member("arn", default=None)
    created_at: datetime.datetime | None = member("createdAt", default=None)
    effective_date: datetime.datetime | None = member("effectiveDate", default=None)
    expiration_date: datetime.datetime | None = member("expirationDate", default=None)
    license_quantity: int | None = member("licenseQuantity", default=None)
    license_type: EksAnywhereSubscriptionLicenseType | str | None = member(
        "licenseType", default=None
    )
    term: EksAnywhereSubscriptionTerm | None = member("term", default=None)
    status: str | None = member("status", default=None)
    auto_renew: bool | None = member("autoRenew", default=None)
    license_arns: list[str] | None = member("licenseArns", default=None)
    licenses: list[License] | None = member("licenses", default=None)
    tags: dict[str, str] | None = member("tags", default=None, min_len=1, max_len=50)


@model
class EksAnywhereSubscriptionTerm:
    """DOC: EksAnywhereSubscriptionTerm"""

    duration: int | None = member("duration", default=None)
    unit: EksAnywhereSubscriptionTermUnit | str | None = member("unit", default=None)


@model
class License:
    """DOC: License"""

    id: str | None = member("id", default=None)
    token: str | None = member("token", default=None)


@model
class CreateEksAnywhereSubscriptionRequest:
    """DOC: CreateEksAnywhereSubscriptionRequest"""

    name: str = member("name", min_len=1, max_len=100)
    term: EksAnywhereSubscriptionTerm = member("term")
    license_quantity: int | None = member("licenseQuantity", default=None)
    license_type: EksAnywhereSubscriptionLicenseType | str | None = member(
        "licenseType", default=None
    )
    auto_renew: bool | None = member("autoRenew", default=None)
    client_request_token: str | None = member(
        "clientRequestToken", default=None, idempotency_token=True
    )
    tags: dict[str, str] | None = member("tags", default=None, min_len=1, max_len=50)


@model
class CreateEksAnywhereSubscriptionResponse(Response):
    """DOC: CreateEksAnywhereSubscriptionResponse"""

    subscription: EksAnywhereSubscription | None = member("subscription", default=None)


@model
class DeleteEksAnywhereSubscriptionRequest:
    """DOC: DeleteEksAnywhereSubscriptionRequest"""

    id: str = member("id", location="uri")


@model
class DeleteEksAnywhereSubscriptionResponse(Response):
    """DOC: DeleteEksAnywhereSubscriptionResponse"""

    subscription: EksAnywhereSubscription | None = member("subscription", default=None)


@model
class DescribeEksAnywhereSubscriptionRequest:
    """DOC: DescribeEksAnywhereSubscriptionRequest"""

    id: str = member("id", location="uri")


@model
class DescribeEksAnywhereSubscriptionResponse(Response):
    """DOC: DescribeEksAnywhereSubscriptionResponse"""

    subscription: EksAnywhereSubscription | None = member("subscription", default=None)


@model
class ListEksAnywhereSubscriptionsRequest:
    """DOC: ListEksAnywhereSubscriptionsRequest"""

    max_results: int | None = member(
        "maxResults", default=None, location="querystring", min_value=1, max_value=100
    )
    next_token: str | None = member("nextToken", default=None, location="querystring")
    include_status: list[EksAnywhereSubscriptionStatus | str] | None = member(
        "includeStatus", default=None, location="querystring"
    )


@model
class ListEksAnywhereSubscriptionsResponse(Response):
    """DOC: ListEksAnywhereSubscriptionsResponse"""

    subscriptions: list[EksAnywhereSubscription] | None = member("subscriptions", default=None)
    next_token: str | None = member("nextToken", default=None)


@model
class UpdateEksAnywhereSubscriptionRequest:
    """DOC: UpdateEksAnywhereSubscriptionRequest"""

    id: str = member("id", location="uri")
    auto_renew: bool = member("autoRenew")
    client_request_token: str | None = member(
        "clientRequestToken", default=None, idempotency_token=True
    )


@model
class UpdateEksAnywhereSubscriptionResponse(Response):
    """DOC: UpdateEksAnywhereSubscriptionResponse"""

    subscription: EksAnywhereSubscription | None = member("subscription", default=None)
