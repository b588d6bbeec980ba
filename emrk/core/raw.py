"""The raw HTTP answer behind a parsed response, when a caller needs it.

``emrk.with_raw_response(client.describe_cluster)(name="prod")`` makes the
same call and returns a :class:`RawResponse` holding the parsed model *and*
the HTTP status, headers and body bytes exactly as they arrived. Typed: the
wrapped function takes the method's own arguments and ``.parsed`` has the
method's return type. An async client's method works the same way:
``await emrk.with_raw_response(eks.describe_cluster)(name="prod")``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Coroutine, Mapping
from typing import Any, Generic, ParamSpec, TypeVar, overload

import attrs

from emrk.core.call import RAW_CAPTURE

__all__ = ["RawResponse", "with_raw_response"]

_P = ParamSpec("_P")
_R = TypeVar("_R")


@attrs.frozen
class RawResponse(Generic[_R]):
    """A parsed response and the HTTP answer it came from."""

    parsed: _R
    status_code: int
    headers: Mapping[str, str] = attrs.field(repr=False)
    #: The body bytes as received; they may hold sensitive data.
    body: bytes = attrs.field(repr=False)


_CO_COROUTINE = 0x80  # inspect.CO_COROUTINE, without importing inspect


@overload
def with_raw_response(  # type: ignore[overload-overlap]  # a coroutine is also an _R
    method: Callable[_P, Coroutine[Any, Any, _R]],
) -> Callable[_P, Coroutine[Any, Any, RawResponse[_R]]]: ...
@overload
def with_raw_response(method: Callable[_P, _R]) -> Callable[_P, RawResponse[_R]]: ...


def with_raw_response(method: Callable[_P, Any]) -> Callable[_P, Any]:
    """Wrap a client method so that it returns a :class:`RawResponse`.

    The call, its retries and its errors are unchanged; only the successful
    answer is kept alongside the parsed model. A coroutine method (an async
    client's) gives a coroutine function.
    """
    code = getattr(getattr(method, "__func__", method), "__code__", None)
    if code is not None and code.co_flags & _CO_COROUTINE:

        @functools.wraps(method)
        async def call_async(*args: _P.args, **kwargs: _P.kwargs) -> RawResponse[Any]:
            seen: list[tuple[int, Mapping[str, str], bytes]] = []
            token = RAW_CAPTURE.set(seen)
            try:
                parsed = await method(*args, **kwargs)
            finally:
                RAW_CAPTURE.reset(token)
            return _raw(method, parsed, seen)

        return call_async

    @functools.wraps(method)
    def call(*args: _P.args, **kwargs: _P.kwargs) -> RawResponse[Any]:
        seen: list[tuple[int, Mapping[str, str], bytes]] = []
        token = RAW_CAPTURE.set(seen)
        try:
            parsed = method(*args, **kwargs)
        finally:
            RAW_CAPTURE.reset(token)
        return _raw(method, parsed, seen)

    return call


def _raw(
    method: object, parsed: _R, seen: list[tuple[int, Mapping[str, str], bytes]]
) -> RawResponse[_R]:
    if not seen:
        raise RuntimeError(f"{getattr(method, '__name__', method)!r} made no HTTP call")
    status, headers, body = seen[-1]
    return RawResponse(parsed=parsed, status_code=status, headers=headers, body=body)
