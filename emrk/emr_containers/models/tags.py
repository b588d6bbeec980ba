"""Tagging: label virtual clusters, job runs, job templates and endpoints by ARN.

Tags are plain key/value strings (up to 50 per resource) used for cost
allocation, access control conditions and finding resources again.
"""

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
    """Input of ListTagsForResource."""

    resource_arn: str = member("resourceArn", location="uri", min_len=60, max_len=500)


@model
class ListTagsForResourceResponse(Response):
    """Output of ListTagsForResource: every tag on the resource."""

    tags: dict[str, str] | None = member(
        "tags",
        default=None,
        min_len=0,
        max_len=50,
        key_min_len=1,
        key_max_len=128,
        item_min_len=0,
        item_max_len=256,
    )


@model
class TagResourceRequest:
    """Input of TagResource: tags to add (an existing key gets the new value)."""

    resource_arn: str = member("resourceArn", location="uri", min_len=60, max_len=500)
    tags: dict[str, str] = member(
        "tags",
        min_len=0,
        max_len=50,
        key_min_len=1,
        key_max_len=128,
        item_min_len=0,
        item_max_len=256,
    )


@model
class TagResourceResponse(Response):
    """Output of TagResource; the service returns nothing but success."""


@model
class UntagResourceRequest:
    """Input of UntagResource: the keys to remove."""

    resource_arn: str = member("resourceArn", location="uri", min_len=60, max_len=500)
    tag_keys: list[str] = member(
        "tagKeys", location="querystring", min_len=0, max_len=50, item_min_len=1, item_max_len=128
    )


@model
class UntagResourceResponse(Response):
    """Output of UntagResource; the service returns nothing but success."""
