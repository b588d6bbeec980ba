"""Tagging PCS clusters, compute node groups and queues, by ARN."""

from __future__ import annotations

from emrk.core.model import Response, member, model

__all__ = [
    "ListTagsForResourceRequest",
    "ListTagsForResourceResponse",
    "TagResourceRequest",
    "TagResourceResponse",
    "UntagResourceRequest",
    "UntagResourceResponse",
]


@model
class ListTagsForResourceRequest:
    """Input of ``list_tags_for_resource``."""

    resource_arn: str = member("resourceArn", min_len=1, max_len=1011)
    """ARN of the cluster, compute node group or queue."""


@model
class ListTagsForResourceResponse(Response):
    """Output of ``list_tags_for_resource``: the resource's tags."""

    tags: dict[str, str] | None = member(
        "tags", default=None, key_min_len=1, key_max_len=128, item_min_len=0, item_max_len=256
    )


@model
class TagResourceRequest:
    """Input of ``tag_resource``."""

    resource_arn: str = member("resourceArn", min_len=1, max_len=1011)
    """ARN of the cluster, compute node group or queue."""
    tags: dict[str, str] = member(
        "tags",
        min_len=1,
        max_len=200,
        key_min_len=1,
        key_max_len=128,
        item_min_len=0,
        item_max_len=256,
    )
    """Tags to add; an existing key gets the new value. Keys and values are
    case-sensitive and values may be empty."""


@model
class TagResourceResponse(Response):
    """Output of ``tag_resource``: empty."""


@model
class UntagResourceRequest:
    """Input of ``untag_resource``."""

    resource_arn: str = member("resourceArn", min_len=1, max_len=1011)
    """ARN of the cluster, compute node group or queue."""
    tag_keys: list[str] = member(
        "tagKeys", min_len=1, max_len=200, item_min_len=1, item_max_len=128
    )
    """Keys of the tags to remove (keys only, no values)."""


@model
class UntagResourceResponse(Response):
    """Output of ``untag_resource``: empty."""
