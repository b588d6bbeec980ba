"""One operation call, without I/O: what to send, and what to make of each answer.

A :class:`Call` does everything about a call except moving bytes and
waiting; the sync and async clients drive the same :class:`Call` with their
own transport and sleep, so they behave identically by construction::

    call = Call(client, op, request)     # fill tokens, validate, serialize
    try:
        while True:
            http = call.next_request()   # the attempt's headers and context
            if call.hooked:              # the user's request hooks, one by one
                for pending in call.request_hooks(http):
                    ...                  # the async driver awaits a coroutine's result
            call.sign(http, credentials) # SigV4, at the session's clock
            try:
                raw = transport.send(http)   # the only I/O...
            except TransportError as exc:
                delay = call.after_transport_error(exc)
            else:
                if call.hooked:
                    for pending in call.response_hooks(raw):
                        ...
                delay = call.after_response(raw)
            if delay is None:
                return call.response
            sleep(delay)                 # ...and the only waiting
    except BaseException as exc:
        call.failed(exc)                 # ends the call's span, if tracing
        raise

``after_response``/``after_transport_error`` return ``None`` when the call is
done (``call.response`` holds the parsed response), the seconds to wait before
the next attempt, or raise the call's final error.

Event hooks (:mod:`emrk.core.hooks`) are the user's code: the call runs them
one by one and hands back what each returned, so the async driver can await
a coroutine hook before the next one runs. Tracing (:mod:`emrk.core.tracing`)
is decided here too: when the application has configured OpenTelemetry,
the call is a span from validation to its last answer, and each retry an
event on it.
"""

from __future__ import annotations

import contextvars
import datetime
import json
import logging
import os
import sys
import time
import types
from collections.abc import Awaitable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from emrk.core.clock import CLOCK_SKEW_ERROR_CODES, parse_http_date
from emrk.core.errors import EmrkError, ResponseParseError, ServiceError, TransportError
from emrk.core.http import HttpRequest, RawResponse, RequestContext
from emrk.core.lazy import lazy_module
from emrk.core.protocols.base import request_id_of
from emrk.core.retries import AttemptOutcome, CallState

if TYPE_CHECKING:
    from emrk.core import hooks as _hooks
    from emrk.core import model as _model
    from emrk.core import redaction as _redaction
    from emrk.core import tracing as _tracing
    from emrk.core import validation as _validation
    from emrk.core.client_base import ClientBase
    from emrk.core.credentials import Credentials
    from emrk.core.hooks import RequestHook, ResponseHook
    from emrk.core.operation import Operation
    from emrk.core.tracing import CallTrace
else:  # needed from the first call on, not to build a client
    _model = lazy_module("emrk.core.model")
    _redaction = lazy_module("emrk.core.redaction")
    _validation = lazy_module("emrk.core.validation")
    # only for clients given hooks, and applications that configured tracing
    _hooks = lazy_module("emrk.core.hooks")
    _tracing = lazy_module("emrk.core.tracing")

__all__ = ["Call", "fill_idempotency_tokens", "new_uuid"]

logger: logging.Logger = logging.getLogger("emrk")
#: Where ``emrk.with_raw_response`` collects the successful answers of the call it wraps.
RAW_CAPTURE: contextvars.ContextVar[list[tuple[int, Mapping[str, str], bytes]] | None] = (
    contextvars.ContextVar("emrk_raw_capture", default=None)
)
_Resp = TypeVar("_Resp")
_TOKEN_FIELDS: dict[type, tuple[str, ...]] = {}
#: Present once the application imported OpenTelemetry's API: the only sign
#: of tracing looked at while it is off, so emrk never imports it itself.
_OTEL_TRACE = "opentelemetry.trace"
_modules = sys.modules


class Call(Generic[_Resp]):
    """The state of one operation call across its attempts.

    Building it starts the call's span when tracing is configured, fills
    idempotency tokens left unset (one UUID4 per call, reused on every
    retry), validates the request (nothing is sent if that fails) and
    serializes it once.
    """

    __slots__ = (
        "_body",
        "_client",
        "_credentials",
        "_headers",
        "_method",
        "_retry",
        "_signed_at",
        "_started",
        "_trace",
        "attempt",
        "hooked",
        "name",
        "op",
        "request",
        "response",
        "url",
    )

    def __init__(self, client: ClientBase, op: Operation[Any, _Resp], request: Any) -> None:
        self._trace: CallTrace | None = (
            _tracing.start_call(client, op) if _OTEL_TRACE in _modules else None
        )
        spec = client._SERVICE
        try:
            request = fill_idempotency_tokens(request)
            _validation.validate(request)
            http = spec.protocol.serialize(op, request)
        except BaseException as exc:  # invalid input: a failed span, nothing sent
            self.failed(exc)
            raise
        headers = http.headers
        headers["User-Agent"] = client._user_agent
        headers["amz-sdk-invocation-id"] = new_uuid()
        self._client = client
        self._method = http.method
        self._headers = headers
        self._body = http.body
        self._retry = CallState()
        self._credentials: Credentials | None = None
        self._signed_at: datetime.datetime | None = None
        self._started = 0.0
        self.op: Operation[Any, _Resp] = op
        #: The validated request model, idempotency tokens filled in.
        self.request: Any = request
        self.url: str = client._endpoint_url + http.url
        #: ``<Service>.<Operation>``, as logs and traces name the call.
        self.name: str = f"{spec.service_id}.{op.name}"
        #: The number of the attempt under way (1 for the first).
        self.attempt: int = 0
        config = client._config
        #: Whether the client has event hooks: without, the drivers skip them outright.
        self.hooked: bool = bool(config.request_hooks or config.response_hooks)
        #: The parsed response, set when an attempt succeeds (``after_response`` returns None).
        self.response: _Resp

    def next_request(self) -> HttpRequest:
        """The next attempt's request: a fresh copy of the headers, not yet signed."""
        self.attempt += 1
        attempt = self.attempt
        client = self._client
        headers = dict(self._headers)
        headers["amz-sdk-request"] = f"attempt={attempt}; max={client._retry_policy.max_attempts}"
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "%s attempt %d/%d: %s %s %r",
                self.name,
                attempt,
                client._retry_policy.max_attempts,
                self._method,
                self.url,
                self.request,
            )
        self._started = time.monotonic()
        context = RequestContext(client._SERVICE.service_id, self.op.name, self.request, attempt)
        return HttpRequest(self._method, self.url, headers, self._body, context)

    def request_hooks(self, request: HttpRequest) -> Iterable[Awaitable[None] | None]:
        """Run the request hooks on ``request`` one by one, yielding what each returned.

        The driver takes each result before the next hook runs: the sync one
        refuses an awaitable, the async one awaits it. Empty without hooks.
        """
        hooks = self._client._config.request_hooks
        return self._run_request_hooks(hooks, request) if hooks else ()

    def _run_request_hooks(
        self, hooks: tuple[RequestHook, ...], request: HttpRequest
    ) -> Iterator[Awaitable[None] | None]:
        yield from _run_hooks(hooks, self.op.name, request)
        self._started = time.monotonic()  # the hooks' own time is not the attempt's

    def response_hooks(self, raw: RawResponse) -> Iterable[Awaitable[None] | None]:
        """Run the response hooks on an attempt's answer, as :meth:`request_hooks` does."""
        hooks = self._client._config.response_hooks
        if not hooks:
            return ()
        info = _hooks.ResponseInfo(
            service=self._client._SERVICE.service_id,
            operation=self.op.name,
            attempt=self.attempt,
            status_code=raw.status_code,
            headers=_read_only(raw.headers),
            request_id=request_id_of(raw.headers),
            elapsed_seconds=time.monotonic() - self._started,
        )
        return _run_hooks(hooks, self.op.name, info)

    def sign(self, request: HttpRequest, credentials: Credentials) -> None:
        """Sign ``request`` with ``credentials`` at the session's (corrected) time."""
        self._credentials = credentials
        self._started = time.monotonic()  # the attempt's time counts from here
        self._signed_at = self._client._signer.sign(request, credentials)

    def failed(self, exc: BaseException) -> None:
        """The call ends with ``exc`` (its own error, a hook's, a cancellation...).

        Only tracing cares: the span records the error type and ends. Safe to
        call more than once; the drivers call it for whatever escapes them.
        """
        trace = self._trace
        if trace is not None:
            self._trace = None
            trace.failed(exc)

    def after_response(self, raw: RawResponse) -> float | None:
        """Take an HTTP answer: ``None`` when done, else the delay before retrying.

        Raises the typed service error (or :class:`~emrk.ResponseParseError`)
        when the answer is final.
        """
        client = self._client
        policy = client._retry_policy
        spec = client._SERVICE
        debug = logger.isEnabledFor(logging.DEBUG)
        trace = self._trace
        if trace is not None:
            trace.answered(raw.status_code, request_id_of(raw.headers))
        if raw.status_code < 300:
            if debug:
                self._log_answer(raw, None)
            policy.after_attempt(AttemptOutcome(status_code=raw.status_code))
            try:
                result = spec.protocol.parse(self.op, raw, self.attempt)
            except ResponseParseError as exc:
                unreadable = exc
            else:
                policy.on_success(self._retry)
                seen = RAW_CAPTURE.get()
                if seen is not None:  # emrk.with_raw_response asked for the answer
                    seen.append((raw.status_code, raw.headers, raw.body))
                self.response = result
                if trace is not None:
                    self._trace = None
                    trace.succeeded()
                return None
            # Raised outside the handler: no chained copy may keep a body it withholds.
            raise _guard_parse_error(unreadable, raw.body, self._known_secrets())
        error = spec.protocol.parse_error(raw, spec)
        if debug:
            self._log_answer(raw, error.code)
        if self._clock_was_wrong(raw, error):
            if self.attempt < policy.max_attempts:
                logger.debug(
                    "%s attempt %d: %s; signing again", self.name, self.attempt, error.code
                )
                if trace is not None:
                    trace.retrying(
                        self.attempt + 1, error.code, 0.0, raw.status_code, clock_skew=True
                    )
                return 0.0  # no backoff, nothing taken from the retry quota
            raise _scrub_error(error, self._known_secrets())
        outcome = AttemptOutcome(
            status_code=raw.status_code,
            error_code=error.code,
            headers=raw.headers,
            retry_after_seconds=_retry_after_seconds(error),
        )
        policy.after_attempt(outcome)
        delay = policy.retry_delay(self.attempt, outcome, self._retry)
        if delay is None:
            raise _scrub_error(error, self._known_secrets())
        logger.debug(
            "%s attempt %d: %s; retrying in %.3f s", self.name, self.attempt, error.code, delay
        )
        if trace is not None:
            trace.retrying(self.attempt + 1, error.code, delay, raw.status_code)
        return delay

    def after_transport_error(self, error: TransportError) -> float:
        """Take a failure to get any answer: the delay before retrying, or raise it."""
        policy = self._client._retry_policy
        outcome = AttemptOutcome(transport_error=True)
        policy.after_attempt(outcome)
        delay = policy.retry_delay(self.attempt, outcome, self._retry)
        logger.debug("%s attempt %d: %s", self.name, self.attempt, error)
        if delay is None:
            raise error
        trace = self._trace
        if trace is not None:
            trace.retrying(self.attempt + 1, _tracing.transport_reason(error), delay)
        return delay

    def _clock_was_wrong(self, raw: RawResponse, error: ServiceError) -> bool:
        """Whether the service refused the request for its signing time; learns the offset."""
        if error.code not in CLOCK_SKEW_ERROR_CODES or self._signed_at is None:
            return False
        server_time = parse_http_date(raw.headers.get("Date"))
        clock = self._client._signer.clock
        if server_time is None or not clock.is_skewed(self._signed_at, server_time):
            return False
        clock.learn(server_time)
        return True

    def _log_answer(self, raw: RawResponse, error_code: str | None) -> None:
        """One DEBUG line per answer: status, error code if any, time and request id."""
        logger.debug(
            "%s attempt %d: HTTP %d%s in %.1f ms (request id %s)",
            self.name,
            self.attempt,
            raw.status_code,
            f" {error_code}" if error_code else "",
            (time.monotonic() - self._started) * 1000,
            request_id_of(raw.headers),
        )

    def _known_secrets(self) -> set[str]:
        """What this call must not echo: the request's sensitive values and the signing keys.

        Computed only when a call fails, so the happy path pays nothing for it.
        """
        secrets = _redaction.secret_values(self.request)
        credentials = self._credentials
        if credentials is None:  # a custom ``auth=`` signed: ask it for its keys
            provider = getattr(self._client._custom_auth, "credentials", None)
            if provider is not None:
                try:
                    credentials = provider.get()
                except EmrkError:
                    return secrets
        if credentials is not None:
            secrets.update(s for s in (credentials.secret_key, credentials.token) if s)
        return secrets


def _run_hooks(
    hooks: tuple[RequestHook, ...] | tuple[ResponseHook, ...], operation: str, value: Any
) -> Iterator[Awaitable[None] | None]:
    for hook in hooks:
        yield hook(operation, value)


def _read_only(headers: Any) -> Any:
    """Response headers a hook can read but not change under the parser's feet."""
    return types.MappingProxyType(headers)


def fill_idempotency_tokens(request: Any) -> Any:
    """``request`` with every unset idempotency-token member set to a fresh UUID4."""
    cls = type(request)
    names = _TOKEN_FIELDS.get(cls)
    if names is None:
        names = _TOKEN_FIELDS[cls] = tuple(
            f.name for f in _model.plan_of(cls).fields if f.spec.idempotency_token
        )
    missing = {n: new_uuid() for n in names if getattr(request, n) is None}
    if not missing:
        return request
    import attrs  # models are attrs classes; attrs is loaded with them

    return attrs.evolve(request, **missing)


def new_uuid() -> str:
    """A random UUID4 as text, as ``str(uuid.uuid4())`` gives it.

    Built from ``os.urandom`` directly: the ``uuid`` module's import is a
    cost every program's first call would pay for one line.
    """
    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40  # version 4
    raw[8] = (raw[8] & 0x3F) | 0x80  # the RFC 4122 variant
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _scrub_error(error: ServiceError, secrets: set[str]) -> ServiceError:
    """Mask request secrets a service echoed in its error message or members."""
    if not secrets:
        return error
    error.message = _redaction.scrub(error.message, secrets)
    error.args = (error.message,)
    for name in error.wire_members:
        value = getattr(error, name, None)
        if value is not None:
            setattr(error, name, _scrub_member(value, secrets))
    return error


def _scrub_member(value: Any, secrets: set[str]) -> Any:
    """A member with echoed secrets masked, inside lists and models too (PCS's ``field_list``)."""
    if isinstance(value, str):
        return _redaction.scrub(value, secrets)
    if isinstance(value, list):
        return [_scrub_member(item, secrets) for item in value]
    if _model.is_model(type(value)):
        import attrs  # models are attrs classes; attrs is loaded with them

        fields = _model.plan_of(type(value)).fields
        changes = {
            f.name: _scrub_member(getattr(value, f.name), secrets)
            for f in fields
            if getattr(value, f.name) is not None
        }
        return attrs.evolve(value, **changes)
    return value


def _guard_parse_error(
    error: ResponseParseError, body: bytes, secrets: set[str]
) -> ResponseParseError:
    """The same error with the body withheld if it holds a secret this call knows."""
    reason = _redaction.scrub(error.reason, secrets)
    if reason == error.reason and not any(_appears_in(s, body) for s in secrets):
        return error
    return ResponseParseError(
        reason,
        status_code=error.status_code,
        request_id=error.request_id,
        body=body,
        withhold_body=True,
    )


def _appears_in(secret: str, body: bytes) -> bool:
    """Whether ``body`` shows ``secret`` (as is or JSON-escaped), by the masking rule.

    A short secret counts only where it stands as a whole token, as when
    masking, so a one-letter sensitive value does not withhold every body.
    """
    text = body.decode("utf-8", "replace")
    escaped = json.dumps(secret)[1:-1]
    forms = {secret, escaped, escaped.replace("/", "\\/")}
    return any(_redaction.scrub(text, {form}) != text for form in forms)


def _retry_after_seconds(error: ServiceError) -> float | None:
    value = getattr(error, "retry_after_seconds", None)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            return None
    return None
