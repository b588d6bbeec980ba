"""A small rest-json service the core tests call, so they depend on no real service.

It is declared the way the service packages declare theirs: ``@model`` classes
with :func:`member`, :class:`Operation` specs, a :class:`ServiceSpec` and a
:class:`BaseClient` subclass with one method per operation.
"""

from __future__ import annotations

import enum
from collections.abc import Callable

from emrk.core.client import BaseClient
from emrk.core.endpoints import EndpointRules
from emrk.core.errors import ServiceError
from emrk.core.model import Response, member, model
from emrk.core.operation import Operation, ServiceSpec
from emrk.core.paginate import Paginator
from emrk.core.protocols import RestJsonProtocol
from emrk.core.wait import Acceptor, WaiterAttempt, WaiterSpec

ENDPOINT = "https://fake.us-east-1.amazonaws.com"
SECRET_VALUE = "hunter2-sensitive-member-value"


class ThingState(str, enum.Enum):
    """States a fake thing goes through."""

    CREATING = "CREATING"
    ACTIVE = "ACTIVE"
    FAILED = "FAILED"


@model
class EchoRequest:
    """Input of Echo: a path label, a body member, a sensitive member, a token."""

    name: str = member("name", location="uri", min_len=1)
    count: int | None = member("count", default=None, min_value=0, max_value=100)
    password: str | None = member("password", default=None, sensitive=True)
    client_token: str | None = member("clientToken", default=None, idempotency_token=True)


@model
class EchoResponse(Response):
    """Output of Echo."""

    name: str | None = member("name", default=None)
    password: str | None = member("password", default=None, sensitive=True)


@model
class ListThingsRequest:
    """Input of ListThings: the pagination token travels in the query string."""

    next_token: str | None = member("nextToken", default=None, location="querystring")
    max_results: int | None = member("maxResults", default=None, location="querystring")


@model
class ListThingsResponse(Response):
    """One page of things."""

    things: list[str] | None = member("things", default=None)
    next_token: str | None = member("nextToken", default=None)


@model
class GetThingRequest:
    """Input of GetThing."""

    name: str = member("name", location="uri")


@model
class GetThingResponse(Response):
    """Output of GetThing."""

    state: ThingState | str | None = member("state", default=None)


class FakeError(ServiceError):
    """Base of the fake service's errors."""


class NotFoundException(FakeError):
    """The thing does not exist."""

    wire_code = "NotFoundException"
    wire_members = {"thing_name": "thingName"}


class ValidationException(FakeError):
    """The request was invalid."""

    wire_code = "ValidationException"
    wire_members = {}


class FakeThrottledException(FakeError):
    """A modeled throttling error with a code botocore does not know."""

    wire_code = "FakeThrottledException"
    wire_members = {"retry_after_seconds": "retryAfterSeconds"}


class InternalServerException(FakeError):
    """The service failed."""

    wire_code = "InternalServerException"
    wire_members = {}


ERRORS: dict[str, type[ServiceError]] = {
    cls.wire_code: cls
    for cls in (
        NotFoundException,
        ValidationException,
        FakeThrottledException,
        InternalServerException,
    )
}

SERVICE = ServiceSpec(
    name="fake",
    service_id="Fake Service",
    signing_name="fakesvc",
    api_version="2024-01-01",
    protocol=RestJsonProtocol(),
    endpoint_rules=EndpointRules(prefix="fake"),
    base_error=FakeError,
    errors=ERRORS,
    throttling_codes=frozenset({"FakeThrottledException"}),
)

ECHO: Operation[EchoRequest, EchoResponse] = Operation(
    "Echo", EchoRequest, EchoResponse, "POST", "/echo/{name}"
)
LIST_THINGS: Operation[ListThingsRequest, ListThingsResponse] = Operation(
    "ListThings", ListThingsRequest, ListThingsResponse, "GET", "/things"
)
GET_THING: Operation[GetThingRequest, GetThingResponse] = Operation(
    "GetThing", GetThingRequest, GetThingResponse, "GET", "/things/{name}"
)

THING_ACTIVE: WaiterSpec[GetThingResponse] = WaiterSpec(
    name="ThingActive",
    delay=5,
    max_attempts=4,
    acceptors=(
        Acceptor("success", lambda r: r.state == ThingState.ACTIVE),
        Acceptor("failure", lambda r: r.state == ThingState.FAILED, reason="the thing failed"),
        Acceptor("retry", error="NotFoundException"),
    ),
)


class FakeClient(BaseClient):
    """A client for the fake service."""

    _SERVICE = SERVICE

    def echo(
        self,
        *,
        name: str,
        count: int | None = None,
        password: str | None = None,
        client_token: str | None = None,
    ) -> EchoResponse:
        """Send Echo."""
        return self._call(
            ECHO, name=name, count=count, password=password, client_token=client_token
        )

    def list_things(
        self, *, next_token: str | None = None, max_results: int | None = None
    ) -> ListThingsResponse:
        """One page of ListThings."""
        return self._call(LIST_THINGS, next_token=next_token, max_results=max_results)

    def paginate_list_things(
        self, *, max_results: int | None = None
    ) -> Paginator[ListThingsResponse, str]:
        """Every thing, page by page."""
        return Paginator(
            lambda token: self.list_things(next_token=token, max_results=max_results),
            lambda page: page.things,
            lambda page: page.next_token,
        )

    def get_thing(self, *, name: str) -> GetThingResponse:
        """Send GetThing."""
        return self._call(GET_THING, name=name)

    def wait_until_thing_active(
        self,
        *,
        name: str,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_attempt: Callable[[WaiterAttempt], None] | None = None,
    ) -> GetThingResponse:
        """Poll GetThing until the thing is ACTIVE."""
        return self._wait_for(
            THING_ACTIVE, lambda: self.get_thing(name=name), delay, max_attempts, on_attempt
        )
