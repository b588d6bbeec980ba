"""Paginators: iterate over every item of a listing, one page at a time.

``for item in paginator`` yields items across pages; ``paginator.pages()``
yields the response models. Requests happen lazily, only when the next page
is needed, so memory stays at one page whatever the listing's size.

``max_items`` and ``starting_token`` are boto3's ``PaginationConfig``
``MaxItems`` and ``StartingToken``: iteration stops after ``max_items``
items, and ``resume_token`` then says where to pick up, even in the middle
of a page. :class:`Paginator` and :class:`AsyncPaginator` differ only in how
they fetch a page; what to fetch next and which items to hand out is decided
by one shared :class:`_Cursor`, which does no I/O.
"""

from __future__ import annotations

import base64
import binascii
import collections
import json
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, Generic, TypeVar

from emrk.core.errors import ParamValidationError, ResponseParseError

__all__ = ["AsyncPaginator", "Paginator"]

_RECENT_TOKENS = 16
_Page = TypeVar("_Page")
_Item = TypeVar("_Item")


class _Position:
    """Where a listing stands: the token of the page being read and how many of its items are used.

    ``token`` is ``None`` for the first page. A position past the last page
    has no resume token.
    """

    __slots__ = ("done", "taken", "token")

    def __init__(self, token: str | None, taken: int) -> None:
        self.token = token
        self.taken = taken
        self.done = False

    def resume_token(self) -> str | None:
        if self.done:
            return None
        if self.taken == 0 and self.token is None:
            return None  # nothing read yet: starting over is the same
        return _encode(self.token, self.taken)


def _encode(token: str | None, skip: int) -> str:
    raw = json.dumps({"token": token, "skip": skip}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode("ascii")


def _decode(starting_token: str) -> tuple[str | None, int]:
    """A resume token's page token and skip count; any other string is a service token."""
    try:
        data = json.loads(base64.urlsafe_b64decode(starting_token.encode("ascii")))
    except (ValueError, UnicodeEncodeError, binascii.Error):
        return starting_token, 0
    if not isinstance(data, dict) or set(data) != {"token", "skip"}:
        return starting_token, 0
    token, skip = data["token"], data["skip"]
    if (token is not None and not isinstance(token, str)) or not isinstance(skip, int) or skip < 0:
        return starting_token, 0
    return token, skip


class _Cursor(Generic[_Page, _Item]):
    """The sans-I/O half of one iteration: which page to fetch, which items to hand out.

    The loop is the same for both paginators::

        while not cursor.finished:
            page = fetch(cursor.next_token)       # the only I/O
            items = cursor.accept(page)
            ... hand out items, moving cursor.position.taken along ...
            cursor.page_done()

    ``position`` always says where the listing stands (the page last fetched
    and how many of its items are used up), so that ``resume_token`` can be
    read at any moment, including after the caller stopped iterating early.
    """

    def __init__(
        self,
        items: Callable[[_Page], list[_Item] | None],
        next_token: Callable[[_Page], str | None],
        max_items: int | None,
        starting_token: str | None,
        position: _Position,
    ) -> None:
        self._items = items
        self._next_token = next_token
        self._remaining = max_items
        token, skip = _decode(starting_token) if starting_token else (None, 0)
        #: The token to fetch the next page with (``None``: the first page).
        self.next_token = token
        self._skip = skip
        #: True once there is nothing more to fetch.
        self.finished = max_items == 0
        self._stopped_mid_page = False
        self._following: str | None = None
        self.position = position
        position.token, position.taken, position.done = token, skip, False
        # The last few tokens are enough to catch a service that loops, and
        # keep memory flat however long the listing is.
        self._recent: collections.deque[str] = collections.deque(maxlen=_RECENT_TOKENS)

    def accept(self, page: _Page) -> list[_Item]:
        """The items of a fetched page to hand out: past the starting skip, within ``max_items``."""
        every = self._items(page) or []
        skip, self._skip = self._skip, 0
        chosen = every[skip:] if skip else every
        if self._remaining is not None:
            if len(chosen) > self._remaining:
                chosen = chosen[: self._remaining]
                self._stopped_mid_page = True
            self._remaining -= len(chosen)
            self.finished = self._remaining == 0
        self.position.token, self.position.taken = self.next_token, skip
        self._following = self._next_token(page)
        return chosen

    def page_done(self) -> None:
        """Every chosen item of the page is handed out: move on to the next page.

        A token the service already sent raises here, after the page's items
        were handed out, rather than fetching the same pages again.
        """
        if self._stopped_mid_page:
            return  # ``position`` already points just after the last item handed out
        following = self._following
        if not following:
            self.finished = True
            self.position.done = True
            return
        if following in self._recent:
            raise ResponseParseError(
                "the service sent a pagination token it had already sent; "
                "stopping instead of looping"
            )
        self._recent.append(following)
        self.next_token = following
        self.position.token, self.position.taken = following, 0


class _PaginatorBase(Generic[_Page, _Item]):
    """What both paginators hold: how to read a page, and where the last iteration stopped."""

    def __init__(
        self,
        items: Callable[[_Page], list[_Item] | None],
        next_token: Callable[[_Page], str | None],
        max_items: int | None,
        starting_token: str | None,
    ) -> None:
        if max_items is not None and (
            isinstance(max_items, bool) or not isinstance(max_items, int) or max_items < 0
        ):
            raise ParamValidationError("max_items", f"must be an int >= 0, got {max_items!r}")
        if starting_token is not None and not isinstance(starting_token, str):
            raise ParamValidationError(
                "starting_token", f"must be a str, got {type(starting_token).__name__}"
            )
        self._items = items
        self._next_token = next_token
        self._max_items = max_items
        self._starting_token = starting_token
        self._position = _Position(None, 0)

    @property
    def resume_token(self) -> str | None:
        """Where the last iteration stopped, as a ``starting_token`` for a new paginator.

        After iterating stopped at ``max_items`` (or you broke out of the
        loop), passing this as ``starting_token`` continues with the item
        right after the last one returned, even in the middle of a page.
        ``None`` before iterating and once the listing is exhausted.
        """
        return self._position.resume_token()

    def _cursor(self) -> _Cursor[_Page, _Item]:
        return _Cursor(
            self._items, self._next_token, self._max_items, self._starting_token, self._position
        )


class Paginator(_PaginatorBase[_Page, _Item]):
    """A lazy, re-iterable listing.

    ``fetch(token)`` gets one page; ``items(page)`` and ``next_token(page)``
    read it. Iteration stops when a page has no next token, or after
    ``max_items`` items; a token the service sent in the last 16 pages
    raises :class:`~emrk.ResponseParseError` instead of looping for ever.
    Each ``for`` loop starts again from ``starting_token`` (or the first page).
    """

    def __init__(
        self,
        fetch: Callable[[str | None], _Page],
        items: Callable[[_Page], list[_Item] | None],
        next_token: Callable[[_Page], str | None],
        *,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> None:
        super().__init__(items, next_token, max_items, starting_token)
        self._fetch = fetch

    def pages(self) -> Iterator[_Page]:
        """Each page's response model, in order.

        With ``max_items`` or a mid-page ``starting_token``, the first and
        last pages hold only the items iteration would hand out.
        """
        cursor = self._cursor()
        while not cursor.finished:
            page = self._fetch(cursor.next_token)
            chosen = cursor.accept(page)
            cursor.position.taken += len(chosen)
            yield _with_items(page, self._items(page), chosen)
            cursor.page_done()

    def __iter__(self) -> Iterator[_Item]:
        cursor = self._cursor()
        position = cursor.position
        while not cursor.finished:
            chosen = cursor.accept(self._fetch(cursor.next_token))
            for item in chosen:
                position.taken += 1
                yield item
            cursor.page_done()


class AsyncPaginator(_PaginatorBase[_Page, _Item]):
    """The asyncio twin of :class:`Paginator`: ``async for`` items, ``async for`` pages.

    ``fetch(token)`` returns an awaitable page; everything else, including
    ``max_items``, ``starting_token`` and ``resume_token``, behaves exactly as
    on :class:`Paginator`.
    """

    def __init__(
        self,
        fetch: Callable[[str | None], Awaitable[_Page]],
        items: Callable[[_Page], list[_Item] | None],
        next_token: Callable[[_Page], str | None],
        *,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> None:
        super().__init__(items, next_token, max_items, starting_token)
        self._fetch = fetch

    async def pages(self) -> AsyncIterator[_Page]:
        """Each page's response model, in order (see :meth:`Paginator.pages`)."""
        cursor = self._cursor()
        while not cursor.finished:
            page = await self._fetch(cursor.next_token)
            chosen = cursor.accept(page)
            cursor.position.taken += len(chosen)
            yield _with_items(page, self._items(page), chosen)
            cursor.page_done()

    async def __aiter__(self) -> AsyncIterator[_Item]:
        cursor = self._cursor()
        position = cursor.position
        while not cursor.finished:
            chosen = cursor.accept(await self._fetch(cursor.next_token))
            for item in chosen:
                position.taken += 1
                yield item
            cursor.page_done()


def _with_items(page: _Page, every: list[Any] | None, chosen: list[Any]) -> _Page:
    """``page`` itself, or a copy whose item list holds only ``chosen``."""
    if every is None or chosen is every:
        return page
    import attrs  # pages are attrs models, loaded by now

    for field in attrs.fields(type(page)):  # type: ignore[arg-type]
        if getattr(page, field.name) is every:
            truncated: _Page = attrs.evolve(page, **{field.name: chosen})  # type: ignore[misc]
            return truncated
    return page
