"""Paginators: iterate over every item of a listing, one page at a time.

``for item in paginator`` yields items across pages; ``paginator.pages()``
yields the response models. Requests happen lazily, only when the next page
is needed, so memory stays at one page whatever the listing's size.
"""

from __future__ import annotations

import collections
from collections.abc import Callable, Iterator
from typing import Generic, TypeVar

from emrk.core.errors import ResponseParseError

__all__ = ["Paginator"]

_RECENT_TOKENS = 16
_Page = TypeVar("_Page")
_Item = TypeVar("_Item")


class Paginator(Generic[_Page, _Item]):
    """A lazy, re-iterable listing.

    ``fetch(token)`` gets one page; ``items(page)`` and ``next_token(page)``
    read it. Iteration stops when a page has no next token; a token the
    service sent in the last 16 pages raises :class:`~emrk.ResponseParseError`
    instead of looping for ever.
    """

    def __init__(
        self,
        fetch: Callable[[str | None], _Page],
        items: Callable[[_Page], list[_Item] | None],
        next_token: Callable[[_Page], str | None],
        *,
        starting_token: str | None = None,
    ) -> None:
        self._fetch = fetch
        self._items = items
        self._next_token = next_token
        self._starting_token = starting_token

    def pages(self) -> Iterator[_Page]:
        """Each page's response model, in order."""
        token = self._starting_token
        # The last few tokens are enough to catch a service that loops, and
        # keep memory flat however long the listing is.
        recent: collections.deque[str] = collections.deque(maxlen=_RECENT_TOKENS)
        while True:
            page = self._fetch(token)
            yield page
            token = self._next_token(page)
            if not token:
                return
            if token in recent:
                raise ResponseParseError(
                    "the service sent a pagination token it had already sent; "
                    "stopping instead of looping"
                )
            recent.append(token)

    def __iter__(self) -> Iterator[_Item]:
        for page in self.pages():
            yield from self._items(page) or ()
