"""DOC: module tags"""

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
    """DOC: ListTagsForResourceRequest"""

    resource_arn: str = member("resourceArn", min_len=1, max_len=1011)


@model
class ListTagsForResourceResponse(Response):
    """DOC: ListTagsForResourceResponse"""

    tags: dict[str, str] | None = member("tags", default=None)


@model
class TagResourceRequest:
    """DOC: TagResourceRequest"""

    resource_arn: str = member("resourceArn", min_len=1, max_len=1011)
    tags: dict[str, str] = member("tags", min_len=1, max_len=200)


@model
class TagResourceResponse(Response):
    """DOC: TagResourceResponse"""
