"""Event hooks: your own functions, run on every attempt of every call.

Hooks are emrk's small, typed counterpart of boto3's event system, shaped
like httpx's ``event_hooks``: give a :class:`~emrk.Config` lists of
functions under ``"request"`` and ``"response"``::

    def add_header(operation: str, request: emrk.HttpRequest) -> None:
        request.headers["x-team"] = "data-platform"

    config = emrk.Config(event_hooks={"request": [add_header]})

* A **request hook** is called as ``hook(operation, request)`` before each
  attempt is signed and sent, so a header it adds is signed with the rest.
  A retry builds the request again from the call's own headers and runs the
  request hooks again on it.
* A **response hook** is called as ``hook(operation, info)`` with a
  :class:`ResponseInfo` for every attempt that got an HTTP answer, retried
  ones included, before the answer is parsed.

A hook that raises ends the call with that very exception: nothing is sent
after a request hook fails, and nothing is retried. On the async clients a
hook may also be a coroutine function; it is awaited. The sync clients refuse
coroutine functions when they are built, as they could not await them.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from typing import TypeAlias, TypedDict

from emrk.core.errors import ParamValidationError
from emrk.core.http import HttpRequest
from emrk.core.record import FrozenRecord

__all__ = [
    "EventHooks",
    "RequestHook",
    "ResponseHook",
    "ResponseInfo",
    "refuse_awaitable",
    "refuse_coroutine_functions",
]


class ResponseInfo(FrozenRecord):
    """What a response hook learns about one attempt's HTTP answer.

    Only what is safe to log: the response's own headers (never the
    request's, which carry the signature), no body. The answer has not been
    parsed yet when hooks run, so an error status is still a plain status
    here; a retried attempt produces one :class:`ResponseInfo` per answer.
    """

    #: The service id, e.g. ``EKS``.
    service: str
    #: The operation name, e.g. ``DescribeCluster``.
    operation: str
    #: 1 for the first attempt, 2 for the first retry, and so on.
    attempt: int
    #: The HTTP status of the answer.
    status_code: int
    #: The response headers, read-only, looked up case-insensitively.
    headers: Mapping[str, str]
    #: The AWS request id (``x-amzn-RequestId``), if the service sent one.
    request_id: str | None
    #: Seconds this attempt took, from signing it to having read its whole answer.
    elapsed_seconds: float


RequestHook: TypeAlias = Callable[[str, HttpRequest], Awaitable[None] | None]
"""``hook(operation, request)``, run before each attempt is signed.

``operation`` is the API name (``DescribeCluster``); ``request`` is the
attempt's :class:`~emrk.core.http.HttpRequest`, whose ``headers`` the hook
may change (a header added here is signed and sent). It returns ``None``; on
an async client it may instead be a coroutine function, awaited in turn.
"""

ResponseHook: TypeAlias = Callable[[str, ResponseInfo], Awaitable[None] | None]
"""``hook(operation, info)``, run on each attempt's HTTP answer before it is parsed.

``info`` is a :class:`ResponseInfo`. It returns ``None``; on an async client
it may instead be a coroutine function, awaited in turn.
"""


class EventHooks(TypedDict, total=False):
    """The ``event_hooks`` option of :class:`~emrk.Config`: hooks per event, run in order.

    A dict written inline in ``Config(event_hooks={...})`` is checked
    against this type; annotate one built beforehand as ``EventHooks``.
    """

    #: Run before each attempt is signed: ``hook(operation, request)``.
    request: Sequence[RequestHook]
    #: Run on each attempt's HTTP answer: ``hook(operation, info)``.
    response: Sequence[ResponseHook]


def refuse_coroutine_functions(
    request: Iterable[RequestHook], response: Iterable[ResponseHook]
) -> None:
    """Raise :class:`~emrk.ParamValidationError` for a hook a sync client could not await.

    Checked when a sync client is built, so the mistake shows at once
    rather than as a coroutine never awaited on the first call.
    """
    import inspect  # only clients given hooks pay for it

    for event, hooks in (("request", request), ("response", response)):
        for index, hook in enumerate(hooks):
            target = hook if inspect.isroutine(hook) else getattr(hook, "__call__", hook)  # noqa: B004
            if inspect.iscoroutinefunction(target):
                raise ParamValidationError(
                    f"event_hooks.{event}[{index}]",
                    f"{describe(hook)} is a coroutine function; a sync client cannot await "
                    "it (use an async client, or a plain function)",
                )


def refuse_awaitable(result: object, event: str) -> None:
    """A sync client's answer to a hook that returned an awaitable anyway: ``TypeError``.

    A plain return value is ignored, as the hooks' contract asks for none.
    """
    if hasattr(result, "__await__"):
        close = getattr(result, "close", None)
        if close is not None:
            close()  # no "coroutine was never awaited" warning on top of the error
        raise TypeError(
            f"a {event} hook returned an awaitable; a sync client cannot await it "
            "(use an async client, or a plain function)"
        )


def describe(hook: object) -> str:
    """A hook's name for messages and ``repr``: ``add_header``, ``Timer.on_response``..."""
    name = getattr(hook, "__qualname__", None)
    if isinstance(name, str):
        return name
    return f"<{type(hook).__qualname__} object>"
