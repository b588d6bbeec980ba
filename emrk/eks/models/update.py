"""Request and response models of the update operations: describe, list and cancel."""

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
    """Input of :meth:`EKSClient.cancel_update`."""

    name: str = member("name", location="uri")
    """Name of the cluster the update belongs to."""
    update_id: str = member("updateId", location="uri")
    """ID of the in-progress update to cancel."""
    client_request_token: str | None = member(
        "clientRequestToken", default=None, idempotency_token=True
    )
    """Idempotency token; filled with a UUID4 when left out."""


@model
class CancelUpdateResponse(Response):
    """Output of :meth:`EKSClient.cancel_update`: the update, with its cancellation details."""

    update: Update | None = member("update", default=None)


@model
class DescribeUpdateRequest:
    """Input of :meth:`EKSClient.describe_update`."""

    name: str = member("name", location="uri")
    """Name of the cluster the update belongs to."""
    update_id: str = member("updateId", location="uri")
    nodegroup_name: str | None = member("nodegroupName", default=None, location="querystring")
    """Required when the update is a node group update."""
    addon_name: str | None = member("addonName", default=None, location="querystring")
    """Required when the update is an add-on update."""
    capability_name: str | None = member("capabilityName", default=None, location="querystring")
    """Required when the update is a capability update."""


@model
class DescribeUpdateResponse(Response):
    """Output of :meth:`EKSClient.describe_update`."""

    update: Update | None = member("update", default=None)


@model
class ListUpdatesRequest:
    """Input of :meth:`EKSClient.list_updates`."""

    name: str = member("name", location="uri")
    """Name of the cluster whose updates to list."""
    nodegroup_name: str | None = member("nodegroupName", default=None, location="querystring")
    """List the updates of this managed node group instead of the cluster's."""
    addon_name: str | None = member("addonName", default=None, location="querystring")
    """List the updates of this add-on instead of the cluster's."""
    capability_name: str | None = member("capabilityName", default=None, location="querystring")
    """List the updates of this capability instead of the cluster's."""
    next_token: str | None = member("nextToken", default=None, location="querystring")
    """Token from the previous page; ``None`` for the first page."""
    max_results: int | None = member(
        "maxResults", default=None, location="querystring", min_value=1, max_value=100
    )
    """Page size, 1 to 100."""


@model
class ListUpdatesResponse(Response):
    """One page of :meth:`EKSClient.list_updates`."""

    update_ids: list[str] | None = member("updateIds", default=None)
    """IDs of the updates on this page."""
    next_token: str | None = member("nextToken", default=None)
    """Pass back to get the next page; ``None`` on the last page."""
