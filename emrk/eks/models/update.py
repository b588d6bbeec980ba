"""DOC: module update"""

from __future__ import annotations

from emrk.core.model import Response, member, model
from emrk.eks.models.common import Update

__all__ = [
    "CancelUpdateRequest",
    "CancelUpdateResponse",
    "DescribeUpdateRequest",
    "DescribeUpdateResponse",
    "ListUpdatesRequest",
    "ListUpdatesResponse",
]


@model
class CancelUpdateRequest:
    """DOC: CancelUpdateRequest"""

    name: str = member("name", location="uri")
    update_id: str = member("updateId", location="uri")
    client_request_token: str | None = member(
        "clientRequestToken", default=None, idempotency_token=True
    )


@model
class CancelUpdateResponse(Response):
    """DOC: CancelUpdateResponse"""

    update: Update | None = member("update", default=None)


@model
class DescribeUpdateRequest:
    """DOC: DescribeUpdateRequest"""

    name: str = member("name", location="uri")
    update_id: str = member("updateId", location="uri")
    nodegroup_name: str | None = member("nodegroupName", default=None, location="querystring")
    addon_name: str | None = member("addonName", default=None, location="querystring")
    capability_name: str | None = member("capabilityName", default=None, location="querystring")


@model
class DescribeUpdateResponse(Response):
    """DOC: DescribeUpdateResponse"""

    update: Update | None = member("update", default=None)


@model
class ListUpdatesRequest:
    """DOC: ListUpdatesRequest"""

    name: str = member("name", location="uri")
    nodegroup_name: str | None = member("nodegroupName", default=None, location="querystring")
    addon_name: str | None = member("addonName", default=None, location="querystring")
    capability_name: str | None = member("capabilityName", default=None, location="querystring")
    next_token: str | None = member("nextToken", default=None, location="querystring")
    max_results: int | None = member(
        "maxResults", default=None, location="querystring", min_value=1, max_value=100
    )


@model
class ListUpdatesResponse(Response):
    """DOC: ListUpdatesResponse"""

    update_ids: list[str] | None = member("updateIds", default=None)
    next_token: str | None = member("nextToken", default=None)
