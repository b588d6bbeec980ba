"""Request and response models of tagging: list and add tags (removal is in ``common``)."""

from __future__ import annotations

from emrk.core.model import Response, member, model

__all__ = [
    "ListTagsForResourceRequest",
    "ListTagsForResourceResponse",
    "TagResourceRequest",
    "TagResourceResponse",
]


@model
class ListTagsForResourceRequest:
    """Input of :meth:`EKSClient.list_tags_for_resource`."""

    resource_arn: str = member("resourceArn", location="uri")
    """ARN of the resource whose tags to read."""


@model
class ListTagsForResourceResponse(Response):
    """Output of :meth:`EKSClient.list_tags_for_resource`."""

    tags: dict[str, str] | None = member(
        "tags",
        default=None,
        min_len=1,
        max_len=50,
        key_min_len=1,
        key_max_len=128,
        item_max_len=256,
    )
    """The resource's tags, key to value."""


@model
class TagResourceRequest:
    """Input of :meth:`EKSClient.tag_resource`."""

    resource_arn: str = member("resourceArn", location="uri")
    """ARN of the resource to tag."""
    tags: dict[str, str] = member(
        "tags", min_len=1, max_len=50, key_min_len=1, key_max_len=128, item_max_len=256
    )
    """Tags to add or overwrite (1 to 50); tags not named here are left alone."""


@model
class TagResourceResponse(Response):
    """Output of :meth:`EKSClient.tag_resource` (no members)."""
