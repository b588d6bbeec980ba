"""max_items, starting_token and resume_token on both paginators (no I/O: pages are lists)."""

from __future__ import annotations

import asyncio

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from emrk import ParamValidationError, ResponseParseError
from emrk.core.paginate import AsyncPaginator, Paginator


@attrs.frozen
class Page:
    things: list[int] | None
    next_token: str | None = None


def _listing(sizes: list[int]) -> dict[str | None, Page]:
    """Pages of consecutive ints, keyed by the token that fetches them."""
    pages: dict[str | None, Page] = {}
    start = 0
    for number, size in enumerate(sizes):
        token = None if number == 0 else f"t{number}"
        following = f"t{number + 1}" if number + 1 < len(sizes) else None
        pages[token] = Page(list(range(start, start + size)), following)
        start += size
    return pages


def _sync(pages: dict[str | None, Page], fetched: list[str | None] | None = None, **kw: object):
    def fetch(token: str | None) -> Page:
        if fetched is not None:
            fetched.append(token)
        return pages[token]

    return Paginator(fetch, lambda p: p.things, lambda p: p.next_token, **kw)  # type: ignore[arg-type]


def _async(pages: dict[str | None, Page], **kw: object):
    async def fetch(token: str | None) -> Page:
        await asyncio.sleep(0)
        return pages[token]

    return AsyncPaginator(fetch, lambda p: p.things, lambda p: p.next_token, **kw)  # type: ignore[arg-type]


def test_max_items_stops_mid_page_and_resumes_right_after() -> None:
    pages = _listing([3, 3, 3])
    first = _sync(pages, max_items=4)
    assert list(first) == [0, 1, 2, 3]
    token = first.resume_token
    assert token is not None
    fetched: list[str | None] = []
    rest = _sync(pages, fetched, starting_token=token)
    assert list(rest) == [4, 5, 6, 7, 8]
    assert fetched == ["t1", "t2"]  # resumes on the page it stopped in
    assert rest.resume_token is None


def test_max_items_at_a_page_boundary_resumes_on_the_next_page() -> None:
    pages = _listing([2, 2])
    first = _sync(pages, max_items=2)
    assert list(first) == [0, 1]
    fetched: list[str | None] = []
    assert list(_sync(pages, fetched, starting_token=first.resume_token)) == [2, 3]
    assert fetched == ["t1"]


def test_exhausted_listing_has_no_resume_token() -> None:
    paginator = _sync(_listing([2, 2]), max_items=4)
    assert list(paginator) == [0, 1, 2, 3]
    assert paginator.resume_token is None


def test_no_resume_token_before_iterating() -> None:
    assert _sync(_listing([2])).resume_token is None


def test_breaking_out_of_the_loop_leaves_a_resume_token() -> None:
    pages = _listing([3, 3])
    paginator = _sync(pages)
    for item in paginator:
        if item == 4:
            break
    assert list(_sync(pages, starting_token=paginator.resume_token)) == [5]


def test_pages_are_truncated_to_what_iteration_hands_out() -> None:
    pages = _listing([3, 3, 3])
    first = _sync(pages, max_items=4)
    assert [p.things for p in first.pages()] == [[0, 1, 2], [3]]
    rest = _sync(pages, starting_token=first.resume_token)
    assert [p.things for p in rest.pages()] == [[4, 5], [6, 7, 8]]
    assert rest.resume_token is None


def test_max_items_zero_fetches_nothing() -> None:
    fetched: list[str | None] = []
    assert list(_sync(_listing([2]), fetched, max_items=0)) == []
    assert fetched == []


def test_a_service_token_is_accepted_as_starting_token() -> None:
    assert list(_sync(_listing([1, 1, 1]), starting_token="t2")) == [2]


@pytest.mark.parametrize("bad", [-1, 1.5, True, "3"])
def test_max_items_must_be_a_non_negative_int(bad: object) -> None:
    with pytest.raises(ParamValidationError, match="max_items"):
        _sync(_listing([1]), max_items=bad)


def test_a_repeated_token_still_raises_with_max_items() -> None:
    pages = {None: Page([1], "a"), "a": Page([2], "a")}
    with pytest.raises(ResponseParseError, match="pagination token"):
        list(_sync(pages, max_items=10))


def test_async_paginator_behaves_the_same() -> None:
    pages = _listing([3, 3, 3])

    async def run() -> tuple[list[int], list[int], list[list[int] | None]]:
        first = _async(pages, max_items=4)
        head = [item async for item in first]
        rest = [item async for item in _async(pages, starting_token=first.resume_token)]
        paged = [p.things async for p in _async(pages, max_items=5).pages()]
        return head, rest, paged

    head, rest, paged = asyncio.run(run())
    assert head == [0, 1, 2, 3]
    assert rest == [4, 5, 6, 7, 8]
    assert paged == [[0, 1, 2], [3, 4]]


@given(
    sizes=st.lists(st.integers(0, 4), min_size=1, max_size=6),
    chunk=st.integers(1, 5),
)
def test_chunks_of_max_items_cover_the_listing_exactly_once(sizes: list[int], chunk: int) -> None:
    pages = _listing(sizes)
    seen: list[int] = []
    token: str | None = None
    for _ in range(sum(sizes) + 2):
        paginator = _sync(pages, max_items=chunk, starting_token=token)
        seen.extend(paginator)
        token = paginator.resume_token
        if token is None:
            break
    assert seen == list(range(sum(sizes)))
