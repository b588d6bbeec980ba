"""``max_items``, ``starting_token`` and ``resume_token`` through real clients, over HTTP.

``test_paginate_resume.py`` proves the cursor on in-memory pages; these tests
prove the client surface: every protocol carries the page token where its
service expects it (a rest-json query string, an awsJson 1.0 or 1.1 body),
a listing capped by ``max_items`` stops in the middle of a page, and its
``resume_token`` continues exactly after the last item returned, by asking
for the page it stopped in again and skipping what was already handed out.

Each listing is served by :class:`Listing` through ``responses``: items in
pages of a fixed size, the page token being the index of the page's first
item. Nothing leaves the process.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import responses

import emrk
from emrk.core.client import BaseClient
from emrk.core.endpoints import EndpointRules
from emrk.core.errors import ServiceError
from emrk.core.model import Response, member, model
from emrk.core.operation import Operation, ServiceSpec
from emrk.core.paginate import Paginator
from emrk.core.protocols import AwsJsonProtocol

TOTAL = 10
PAGE_SIZE = 3
VC = "vc0123456789abcdefghijklm"

# -- an awsJson 1.1 service (EMR, the real one, has no paginated operation) ------------


@model
class ListWidgetsRequest:
    """Input of ListWidgets: PascalCase body members, as EMR names them."""

    next_token: str | None = member("NextToken", default=None)
    max_results: int | None = member("MaxResults", default=None)


@model
class ListWidgetsResponse(Response):
    """One page of widgets."""

    widgets: list[str] | None = member("Widgets", default=None)
    next_token: str | None = member("NextToken", default=None)


class WidgetError(ServiceError):
    """Base of the widget service's errors."""


WIDGETS = ServiceSpec(
    name="widgets",
    service_id="Widgets",
    signing_name="widgets",
    api_version="2009-03-31",
    protocol=AwsJsonProtocol(target_prefix="WidgetService", json_version="1.1"),
    endpoint_rules=EndpointRules(prefix="widgets"),
    base_error=WidgetError,
    errors={},
)
LIST_WIDGETS: Operation[ListWidgetsRequest, ListWidgetsResponse] = Operation(
    "ListWidgets", ListWidgetsRequest, ListWidgetsResponse
)


class WidgetClient(BaseClient):
    """An awsJson 1.1 client written the way the service packages write theirs."""

    _SERVICE = WIDGETS

    def list_widgets(
        self, *, max_results: int | None = None, next_token: str | None = None
    ) -> ListWidgetsResponse:
        """One page of ListWidgets."""
        return self._call(LIST_WIDGETS, max_results=max_results, next_token=next_token)

    def paginate_list_widgets(
        self,
        *,
        max_results: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> Paginator[ListWidgetsResponse, str]:
        """Every widget, page by page."""
        return Paginator(
            lambda token: self.list_widgets(max_results=max_results, next_token=token),
            lambda page: page.widgets,
            lambda page: page.next_token,
            max_items=max_items,
            starting_token=starting_token,
        )


# -- the served listing ----------------------------------------------------------------


@dataclass
class Listing:
    """Items served in pages; the page token is the index of the page's first item."""

    page_size: int
    #: The page token of every request, in order (``None`` for the first page).
    tokens: list[str | None] = field(default_factory=list)

    def page(self, token: str | None, size: int | None) -> tuple[list[int], str | None]:
        self.tokens.append(token)
        assert size == self.page_size, f"the page size travels with every request, got {size}"
        start = int(token.removeprefix("page-")) if token else 0
        stop = min(start + self.page_size, TOTAL)
        return list(range(start, stop)), (f"page-{stop}" if stop < TOTAL else None)


@dataclass
class Protocol:
    """One service of one protocol: how to mount the listing and how to page through it."""

    name: str
    make_client: Callable[[emrk.Session], Any]
    mount: Callable[[responses.RequestsMock, Listing], None]
    paginate: Callable[..., Paginator[Any, Any]]
    #: What identifies a yielded item (its name or id).
    item: Callable[[Any], Any]
    #: Identifiers are this prefix and the item's index in the listing.
    prefix: str


def _json(status: int, body: dict[str, Any]) -> tuple[int, dict[str, str], str]:
    return status, {"x-amzn-RequestId": "req-1"}, json.dumps(body)


def _query(request: Any) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(request.url).query).items()}


def _int(value: str | int | None) -> int | None:
    return None if value is None else int(value)


def _mount_emr_containers(mock: responses.RequestsMock, listing: Listing) -> None:
    def answer(request: Any) -> tuple[int, dict[str, str], str]:
        query = _query(request)
        items, following = listing.page(query.get("nextToken"), _int(query.get("maxResults")))
        runs = [{"id": f"run-{i}", "state": "COMPLETED"} for i in items]
        return _json(200, {"jobRuns": runs, **({"nextToken": following} if following else {})})

    url = f"https://emr-containers.us-east-1.amazonaws.com/virtualclusters/{VC}/jobruns"
    mock.add_callback("GET", url, callback=answer)


def _mount_eks(mock: responses.RequestsMock, listing: Listing) -> None:
    def answer(request: Any) -> tuple[int, dict[str, str], str]:
        query = _query(request)
        items, following = listing.page(query.get("nextToken"), _int(query.get("maxResults")))
        names = [f"cluster-{i}" for i in items]
        return _json(200, {"clusters": names, **({"nextToken": following} if following else {})})

    mock.add_callback("GET", "https://eks.us-east-1.amazonaws.com/clusters", callback=answer)


def _mount_pcs(mock: responses.RequestsMock, listing: Listing) -> None:
    def answer(request: Any) -> tuple[int, dict[str, str], str]:
        assert request.headers["X-Amz-Target"] == "AWSParallelComputingService.ListClusters"
        assert request.headers["Content-Type"] == "application/x-amz-json-1.0"
        body = json.loads(request.body)
        items, following = listing.page(body.get("nextToken"), body.get("maxResults"))
        clusters = [
            {
                "name": f"hpc-{i}",
                "id": f"pcs_{i:010d}",
                "arn": f"arn:aws:pcs:us-east-1:123456789012:cluster/pcs_{i:010d}",
                "createdAt": "2025-01-01T00:00:00Z",
                "modifiedAt": "2025-01-01T00:00:00Z",
                "status": "ACTIVE",
            }
            for i in items
        ]
        return _json(200, {"clusters": clusters, **({"nextToken": following} if following else {})})

    mock.add_callback("POST", "https://pcs.us-east-1.amazonaws.com/", callback=answer)


def _mount_widgets(mock: responses.RequestsMock, listing: Listing) -> None:
    def answer(request: Any) -> tuple[int, dict[str, str], str]:
        assert request.headers["X-Amz-Target"] == "WidgetService.ListWidgets"
        assert request.headers["Content-Type"] == "application/x-amz-json-1.1"
        body = json.loads(request.body)
        items, following = listing.page(body.get("NextToken"), body.get("MaxResults"))
        widgets = [f"widget-{i}" for i in items]
        return _json(200, {"Widgets": widgets, **({"NextToken": following} if following else {})})

    mock.add_callback("POST", "https://widgets.us-east-1.amazonaws.com/", callback=answer)


PROTOCOLS = [
    Protocol(
        "rest-json (EMR on EKS)",
        lambda s: s.emr_containers(),
        _mount_emr_containers,
        lambda c, **kw: c.paginate_list_job_runs(virtual_cluster_id=VC, **kw),
        lambda run: run.id,
        "run-",
    ),
    Protocol(
        "rest-json (EKS)",
        lambda s: s.eks(),
        _mount_eks,
        lambda c, **kw: c.paginate_list_clusters(**kw),
        lambda name: name,
        "cluster-",
    ),
    Protocol(
        "awsJson 1.0 (PCS)",
        lambda s: s.pcs(),
        _mount_pcs,
        lambda c, **kw: c.paginate_list_clusters(**kw),
        lambda summary: summary.name,
        "hpc-",
    ),
    Protocol(
        "awsJson 1.1",
        lambda s: WidgetClient(session=s),
        _mount_widgets,
        lambda c, **kw: c.paginate_list_widgets(**kw),
        lambda name: name,
        "widget-",
    ),
]


@dataclass
class Served:
    """A client, the listing it reads and the protocol under test."""

    protocol: Protocol
    client: Any
    listing: Listing

    def paginate(self, **kwargs: Any) -> Paginator[Any, Any]:
        return self.protocol.paginate(self.client, max_results=PAGE_SIZE, **kwargs)

    def names(self, items: Any) -> list[Any]:
        return [self.protocol.item(i) for i in items]

    def expected(self, start: int, stop: int = TOTAL) -> list[str]:
        return [f"{self.protocol.prefix}{i}" for i in range(start, stop)]


@pytest.fixture(params=PROTOCOLS, ids=[p.name for p in PROTOCOLS])
def served(request: pytest.FixtureRequest, session: emrk.Session) -> Iterator[Served]:
    protocol: Protocol = request.param
    listing = Listing(PAGE_SIZE)
    client = protocol.make_client(session)
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        protocol.mount(mock, listing)
        yield Served(protocol, client, listing)
    client.close()


# -- the tests ---------------------------------------------------------------------------


def test_max_items_stops_in_the_middle_of_a_page(served: Served) -> None:
    paginator = served.paginate(max_items=4)
    assert served.names(paginator) == served.expected(0, 4)
    assert served.listing.tokens == [None, "page-3"]  # no request past the page it stopped in
    assert isinstance(paginator.resume_token, str)


def test_resume_token_continues_right_after_the_last_item(served: Served) -> None:
    first = served.paginate(max_items=4)
    assert served.names(first) == served.expected(0, 4)
    served.listing.tokens.clear()

    rest = served.paginate(starting_token=first.resume_token)
    assert served.names(rest) == served.expected(4)
    # The page it stopped in is asked for again, then skipped up to the next item.
    assert served.listing.tokens == ["page-3", "page-6", "page-9"]
    assert rest.resume_token is None  # the listing is exhausted


def test_chunks_of_max_items_walk_the_listing_once(served: Served) -> None:
    seen: list[Any] = []
    token: str | None = None
    for _ in range(TOTAL):
        chunk = served.paginate(max_items=4, starting_token=token)
        seen += served.names(chunk)
        token = chunk.resume_token
        if token is None:
            break
    assert seen == served.expected(0)


def test_resuming_at_a_page_boundary(served: Served) -> None:
    first = served.paginate(max_items=PAGE_SIZE)
    assert served.names(first) == served.expected(0, PAGE_SIZE)
    rest = served.paginate(starting_token=first.resume_token, max_items=2)
    assert served.names(rest) == served.expected(PAGE_SIZE, PAGE_SIZE + 2)


def test_pages_honour_max_items_and_starting_token(served: Served) -> None:
    capped = served.paginate(max_items=4)
    pages = list(capped.pages())
    assert [len(served.names(_items(p))) for p in pages] == [3, 1]
    assert served.names(_items(pages[-1])) == served.expected(3, 4)

    resumed = served.paginate(starting_token=capped.resume_token, max_items=5)
    pages = list(resumed.pages())
    assert [served.names(_items(p)) for p in pages] == [
        served.expected(4, 6),
        served.expected(6, 9),
    ]
    # A page cut short by a resume or a cap is still the service's response model.
    assert type(pages[0]).__name__.endswith("Response")
    assert pages[0].response_metadata.request_id == "req-1"

    following = served.paginate(starting_token=resumed.resume_token)
    assert served.names(following) == served.expected(9)


def test_a_paginator_iterated_twice_starts_from_its_starting_token_each_time(
    served: Served,
) -> None:
    first = served.paginate(max_items=2)
    list(first)
    resumed = served.paginate(starting_token=first.resume_token, max_items=2)
    assert served.names(resumed) == served.expected(2, 4)
    assert served.names(resumed) == served.expected(2, 4)


def test_a_service_token_is_accepted_as_starting_token(served: Served) -> None:
    """A page token saved from ``list_*`` (not a resume token) starts at that page."""
    assert served.names(served.paginate(starting_token="page-6")) == served.expected(6)
    assert served.listing.tokens == ["page-6", "page-9"]


def test_bad_page_options_fail_before_any_request(served: Served) -> None:
    with pytest.raises(emrk.ParamValidationError) as info:
        served.paginate(max_items=-1)
    assert info.value.param == "max_items"
    with pytest.raises(emrk.ParamValidationError) as info:
        served.paginate(starting_token=3)
    assert info.value.param == "starting_token"
    assert served.listing.tokens == []


def _items(page: Any) -> list[Any]:
    for name in ("job_runs", "clusters", "widgets"):
        items = getattr(page, name, None)
        if items is not None:
            return list(items)
    raise AssertionError(f"no items on {page!r}")
