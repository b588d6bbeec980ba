"""OpenTelemetry spans for calls and waiters (the ``otel`` extra).

emrk depends on the OpenTelemetry *API* only, and only when the application
uses it: this module is imported by the first call made after the
application imported ``opentelemetry.trace``, never by ``import emrk``.
Whether to trace is decided on every call, cheaply, so tracing set up after
a client was built applies to that client's next call:

1. ``opentelemetry.trace`` not in ``sys.modules``: nobody configured tracing
   (the check :class:`~emrk.core.call.Call` makes; this module stays unloaded);
2. the global tracer provider is still the API's default proxy, or a
   ``NoOpTracerProvider``: tracing is off;
3. otherwise each operation call is one CLIENT span named
   ``<Service>.<Operation>`` and each waiter one INTERNAL span around its polls.

Attributes follow the OpenTelemetry semantic conventions for AWS SDK calls
(``rpc.system="aws-api"``, ``rpc.service``, ``rpc.method``,
``aws.request_id``, ``cloud.region``, ``server.address``/``server.port``,
``http.response.status_code``, ``error.type``). Nothing else goes in: no
header, no body, no error message (a service may echo a request's secrets in
one), so no attribute or event can carry a secret. Spans are made current
while they run, so spans made inside (an instrumented HTTP library's, a
waiter's polls) become their children; with asyncio the current span
travels in the task's context.
"""

from __future__ import annotations

import functools
import re
import types
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from opentelemetry import context as otel_context
from opentelemetry import trace
from opentelemetry.trace import SpanKind, Status, StatusCode

from emrk._version import __version__
from emrk.core.errors import EmrkError, ServiceError, TransportError

if TYPE_CHECKING:
    from contextvars import Token

    from opentelemetry.context import Context
    from opentelemetry.util.types import AttributeValue

    from emrk.core.client_base import ClientBase
    from emrk.core.operation import Operation

__all__ = [
    "RETRY_EVENT",
    "CallTrace",
    "WaiterTrace",
    "error_type",
    "start_call",
    "start_waiter",
    "tracer",
    "transport_reason",
    "waiter_method",
]

#: The name of the span event recorded for each retry of a call.
RETRY_EVENT = "emrk.retry"
#: The providers that mean "not configured" (looked up, not imported: an API older
#: than the ``otel`` extra's minimum must not break calls).
_OFF = tuple(
    cls
    for cls in (
        getattr(trace, "ProxyTracerProvider", None),
        getattr(trace, "NoOpTracerProvider", None),
    )
    if isinstance(cls, type)
)
_DEFAULT_PORTS = {"https": 443, "http": 80}
_CAMEL_BOUNDARY = re.compile(r"(?<!^)(?=[A-Z])")
#: The provider last seen and its tracer: one tracer per provider, reused by every call.
_current: tuple[object, trace.Tracer] | None = None


def tracer() -> trace.Tracer | None:
    """emrk's tracer from the global provider, or ``None`` while tracing is not configured."""
    global _current
    provider = trace.get_tracer_provider()
    current = _current
    if current is not None and current[0] is provider:
        return current[1]
    if isinstance(provider, _OFF):
        return None
    found = provider.get_tracer("emrk", __version__)
    _current = (provider, found)
    return found


def start_call(client: ClientBase, op: Operation[Any, Any]) -> CallTrace | None:
    """Start the span of one operation call and make it current; ``None`` when not tracing."""
    found = tracer()
    if found is None:
        return None
    service = client._SERVICE.service_id
    span = found.start_span(
        f"{service}.{op.name}",
        kind=SpanKind.CLIENT,
        attributes=_call_attributes(service, op.name, client._region, client._endpoint_url),
        record_exception=False,
        set_status_on_exception=False,
    )
    return CallTrace(span)


def start_waiter(
    service: str | None, waiter: str, max_attempts: int, delay: float
) -> WaiterTrace | None:
    """Start a waiter's span (its polls become children); ``None`` when not tracing."""
    found = tracer()
    if found is None:
        return None
    method = waiter_method(waiter)
    attributes: dict[str, AttributeValue] = {
        "emrk.waiter.name": waiter,
        "emrk.waiter.max_attempts": max_attempts,
        "emrk.waiter.delay": float(delay),
    }
    if service is not None:
        attributes["rpc.service"] = service
    span = found.start_span(
        f"{service}.{method}" if service else method,
        kind=SpanKind.INTERNAL,
        attributes=attributes,
        record_exception=False,
        set_status_on_exception=False,
    )
    return WaiterTrace(span)


class _Traced:
    """A started span, current until it ends; ends exactly once."""

    __slots__ = ("_span", "_token")

    def __init__(self, span: trace.Span) -> None:
        self._span = span
        self._token: Token[Context] = otel_context.attach(trace.set_span_in_context(span))

    def _fail(self, exc: BaseException) -> None:
        kind = error_type(exc)
        self._span.set_attribute("error.type", kind)
        self._span.set_status(Status(StatusCode.ERROR, kind))
        self._end()

    def _end(self) -> None:
        self._span.end()
        otel_context.detach(self._token)


class CallTrace(_Traced):
    """The span of one operation call; :class:`~emrk.core.call.Call` reports to it."""

    __slots__ = ()

    def answered(self, status_code: int, request_id: str | None) -> None:
        """An attempt got an HTTP answer (the last one's status and id stay)."""
        if request_id:
            self._span.set_attributes(
                {"http.response.status_code": status_code, "aws.request_id": request_id}
            )
        else:
            self._span.set_attribute("http.response.status_code", status_code)

    def retrying(
        self,
        attempt: int,
        reason: str,
        delay: float,
        status_code: int | None = None,
        *,
        clock_skew: bool = False,
    ) -> None:
        """An ``emrk.retry`` event: the attempt about to be made, why, and after how long."""
        attributes: dict[str, AttributeValue] = {
            "emrk.retry.attempt": attempt,
            "emrk.retry.reason": reason,
            "emrk.retry.delay": float(delay),
        }
        if status_code is not None:
            attributes["http.response.status_code"] = status_code
        if clock_skew:
            attributes["emrk.retry.clock_skew"] = True
        self._span.add_event(RETRY_EVENT, attributes)

    def succeeded(self) -> None:
        """The call returned a response: end the span (status left unset, as for success)."""
        self._end()

    def failed(self, exc: BaseException) -> None:
        """The call raised ``exc``: ``error.type``, status ERROR, end the span."""
        self._fail(exc)


class WaiterTrace(_Traced):
    """The span around a waiter's polls; :class:`~emrk.core.wait.WaiterRun` reports to it."""

    __slots__ = ()

    def succeeded(self, attempts: int) -> None:
        """The waiter reached its success state after ``attempts`` polls."""
        self._span.set_attribute("emrk.waiter.attempts", attempts)
        self._end()

    def failed(self, exc: BaseException, attempts: int) -> None:
        """The waiter raised ``exc`` (a WaiterError, or a poll's own error)."""
        self._span.set_attribute("emrk.waiter.attempts", attempts)
        self._fail(exc)


def waiter_method(waiter: str) -> str:
    """The client method of a waiter: ``ClusterActive`` -> ``wait_until_cluster_active``."""
    return "wait_until_" + _CAMEL_BOUNDARY.sub("_", waiter).lower()


def error_type(exc: BaseException) -> str:
    """``error.type`` for an exception: a service error's code, an emrk error's class name.

    Anything else (a hook's own exception, a cancellation) is named by its
    fully qualified class. Never the message: services may echo secrets there.
    """
    if isinstance(exc, ServiceError) and exc.code:
        return exc.code
    cls = type(exc)
    if isinstance(exc, EmrkError) or cls.__module__ == "builtins":
        return cls.__qualname__
    return f"{cls.__module__}.{cls.__qualname__}"


def transport_reason(error: TransportError) -> str:
    """Why an attempt got no answer, for a retry event: the underlying exception's class."""
    cause = error.__cause__
    return type(cause).__name__ if cause is not None else type(error).__name__


@functools.lru_cache(maxsize=1024)
def _call_attributes(
    service: str, operation: str, region: str, endpoint_url: str
) -> Mapping[str, AttributeValue]:
    """A call span's starting attributes, made once per client and operation.

    Shared between calls: a span copies the attributes it is given.
    """
    attributes: dict[str, AttributeValue] = {
        "rpc.system": "aws-api",
        "rpc.service": service,
        "rpc.method": operation,
        "cloud.region": region,
    }
    parts = urlsplit(endpoint_url)
    if parts.hostname:  # never the userinfo part of a URL
        attributes["server.address"] = parts.hostname
    try:
        port = parts.port
    except ValueError:
        port = None
    if port is not None and port != _DEFAULT_PORTS.get(parts.scheme):
        attributes["server.port"] = port
    return types.MappingProxyType(attributes)
