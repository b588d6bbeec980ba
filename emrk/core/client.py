"""BaseClient: ties model, protocol, endpoint, signer, transport and retries together.

Every service client subclasses :class:`BaseClient`, sets ``_SERVICE`` and
calls :meth:`BaseClient._invoke` from one method per operation. One call:

1. fill idempotency tokens left unset (one UUID4 per call, reused on retries);
2. validate the request against the model (nothing is sent if it fails);
3. serialize it with the service's protocol;
4. send it through the retry loop, signing each attempt afresh;
5. parse the answer into the response model or the typed service error.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

import requests

from emrk._version import __version__
from emrk.core.config import Config
from emrk.core.endpoints import resolve_endpoint_url
from emrk.core.errors import (
    EmrkError,
    ParamValidationError,
    ResponseParseError,
    ServiceError,
    TransportError,
)
from emrk.core.lazy import lazy_module
from emrk.core.operation import Operation, ServiceSpec
from emrk.core.retries import AttemptOutcome, CallState, make_policy
from emrk.core.session import BaseSession
from emrk.core.signing import SigV4Auth
from emrk.core.transport import Transport

if TYPE_CHECKING:
    from emrk.core import model as _model
    from emrk.core import raw as _raw
    from emrk.core import redaction as _redaction
    from emrk.core import validation as _validation
    from emrk.core import wait as _wait
    from emrk.core.wait import WaiterAttempt, WaiterSpec
else:  # needed from the first call on, not to build a client
    _model = lazy_module("emrk.core.model")
    _raw = lazy_module("emrk.core.raw")
    _redaction = lazy_module("emrk.core.redaction")
    _validation = lazy_module("emrk.core.validation")
    _wait = lazy_module("emrk.core.wait")

__all__ = ["BaseClient"]

logger: logging.Logger = logging.getLogger("emrk")
_Resp = TypeVar("_Resp")
_TOKEN_FIELDS: dict[type, tuple[str, ...]] = {}


class BaseClient:
    """Common machinery of every service client; safe to share between threads."""

    _SERVICE: ClassVar[ServiceSpec]

    def __init__(
        self,
        *,
        session: BaseSession | None = None,
        region_name: str | None = None,
        endpoint_url: str | None = None,
        config: Config | None = None,
        auth: requests.auth.AuthBase | None = None,
    ) -> None:
        spec = self._SERVICE
        self._session = session if session is not None else BaseSession(region_name=region_name)
        resolved = (config or Config()).resolve()
        region = region_name or self._session.region_name
        if not region:
            raise ParamValidationError(
                "region_name",
                "no AWS region configured: pass region_name=, set AWS_REGION or "
                "AWS_DEFAULT_REGION, or set a region in your AWS profile",
            )
        self._config = resolved
        self._region = region
        self._endpoint_url = _endpoint_url(
            spec, region, endpoint_url, resolved.use_fips_endpoint, resolved.use_dualstack_endpoint
        )
        self._auth: requests.auth.AuthBase = (
            auth
            if auth is not None
            else SigV4Auth(self._session.credential_provider, spec.signing_name, region)
        )
        self._retry_policy = make_policy(
            resolved.retry_mode,
            resolved.max_attempts,
            throttling_codes=spec.throttling_codes,
            transient_codes=spec.transient_codes,
        )
        self._transport = Transport(resolved, self._endpoint_url)
        self._user_agent = _user_agent(resolved.user_agent_extra)
        self._sleep: Callable[[float], None] = time.sleep

    @property
    def region_name(self) -> str:
        """The region this client signs for."""
        return str(self._region)

    @property
    def endpoint_url(self) -> str:
        """The endpoint this client sends to."""
        return self._endpoint_url

    def close(self) -> None:
        """Close the client's pooled connections."""
        self._transport.close()

    def __enter__(self: _Self) -> _Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        name = type(self).__name__
        return f"{name}(region_name={self._region!r}, endpoint_url={self._endpoint_url!r})"

    def _wait_for(
        self,
        spec: WaiterSpec[_Resp],
        call: Callable[[], _Resp],
        delay: float | None,
        max_attempts: int | None,
        on_attempt: Callable[[WaiterAttempt[_Resp]], None] | None,
    ) -> _Resp:
        """Run a waiter whose success always comes with a response."""
        return _wait.wait_for(
            spec,
            call,
            delay=delay,
            max_attempts=max_attempts,
            on_attempt=on_attempt,
            sleep=self._sleep,
        )

    def _wait_until_gone(
        self,
        spec: WaiterSpec[_Resp],
        call: Callable[[], _Resp],
        delay: float | None,
        max_attempts: int | None,
        on_attempt: Callable[[WaiterAttempt[_Resp]], None] | None,
    ) -> _Resp | None:
        """Run a waiter that may succeed on an error (``None``: the resource is gone)."""
        return _wait.run_waiter(
            spec,
            call,
            delay=delay,
            max_attempts=max_attempts,
            on_attempt=on_attempt,
            sleep=self._sleep,
        )

    def _call(self, op: Operation[Any, _Resp], **params: Any) -> _Resp:
        """Build the operation's request model from keyword arguments, then invoke it."""
        return self._invoke(op, op.input(**params))

    def _invoke(self, op: Operation[Any, _Resp], request: Any) -> _Resp:
        request = _fill_idempotency_tokens(request)
        _validation.validate(request)
        spec = self._SERVICE
        http = spec.protocol.serialize(op, request)
        url = self._endpoint_url + http.path
        policy = self._retry_policy
        headers = dict(http.headers)
        headers["User-Agent"] = self._user_agent
        headers["amz-sdk-invocation-id"] = _new_uuid()
        call = CallState()
        attempt = 0
        name = f"{spec.service_id}.{op.name}"
        while True:
            attempt += 1
            headers["amz-sdk-request"] = f"attempt={attempt}; max={policy.max_attempts}"
            policy.before_attempt()
            if logger.isEnabledFor(logging.DEBUG):
                logger.debug(
                    "%s attempt %d/%d: %s %s %r",
                    name,
                    attempt,
                    policy.max_attempts,
                    http.method,
                    url,
                    request,
                )
            started = time.monotonic()
            try:
                raw = self._transport.send(http.method, url, headers, http.body, self._auth)
            except TransportError as exc:
                outcome = AttemptOutcome(transport_error=True)
                policy.after_attempt(outcome)
                delay = policy.retry_delay(attempt, outcome, call)
                logger.debug("%s attempt %d: %s", name, attempt, exc)
                if delay is None:
                    raise
                self._sleep(delay)
                continue
            if logger.isEnabledFor(logging.DEBUG):
                logger.debug(
                    "%s attempt %d: HTTP %d in %.1f ms (request id %s)",
                    name,
                    attempt,
                    raw.status_code,
                    (time.monotonic() - started) * 1000,
                    raw.headers.get("x-amzn-RequestId"),
                )
            if raw.status_code < 300:
                policy.after_attempt(AttemptOutcome(status_code=raw.status_code))
                try:
                    result = spec.protocol.parse(op, raw, attempt)
                except ResponseParseError as exc:
                    unreadable = exc
                else:
                    policy.on_success(call)
                    _raw.record_raw(raw.status_code, raw.headers, raw.body)
                    return result
                # Raised outside the handler: no chained copy may keep a body it withholds.
                raise _guard_parse_error(unreadable, raw.body, _known_secrets(self._auth, request))
            error = spec.protocol.parse_error(raw, spec)
            outcome = AttemptOutcome(
                status_code=raw.status_code,
                error_code=error.code,
                headers=raw.headers,
                retry_after_seconds=_retry_after_seconds(error),
            )
            policy.after_attempt(outcome)
            delay = policy.retry_delay(attempt, outcome, call)
            if delay is None:
                raise _scrub_error(error, _known_secrets(self._auth, request))
            logger.debug("%s attempt %d: %s; retrying in %.3f s", name, attempt, error.code, delay)
            self._sleep(delay)


_Self = TypeVar("_Self", bound=BaseClient)


def _fill_idempotency_tokens(request: Any) -> Any:
    cls = type(request)
    names = _TOKEN_FIELDS.get(cls)
    if names is None:
        names = _TOKEN_FIELDS[cls] = tuple(
            f.name for f in _model.plan_of(cls).fields if f.spec.idempotency_token
        )
    missing = {n: _new_uuid() for n in names if getattr(request, n) is None}
    if not missing:
        return request
    import attrs  # models are attrs classes; attrs is loaded with them

    return attrs.evolve(request, **missing)


def _known_secrets(auth: object, request: Any) -> set[str]:
    """What this call must not echo: the request's sensitive values and the signing keys.

    Computed only when a call fails, so the happy path pays nothing for it.
    """
    secrets = _redaction.secret_values(request)
    provider = getattr(auth, "credentials", None)
    if provider is not None:
        try:
            creds = provider.get()
        except EmrkError:
            return secrets
        secrets.update(s for s in (creds.secret_key, creds.token) if s)
    return secrets


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
    escaped = json.dumps(secret)[1:-1]
    forms = (secret, escaped, escaped.replace("/", "\\/"))
    return any(form.encode("utf-8") in body for form in forms)


def _new_uuid() -> str:
    """A random UUID4 as text (uuid is imported on first use: it pulls in platform)."""
    import uuid

    return str(uuid.uuid4())


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


def _endpoint_url(
    spec: ServiceSpec,
    region: str | None,
    explicit: str | None,
    use_fips: bool,
    use_dualstack: bool,
) -> str:
    import os

    url = explicit
    if url is None and os.environ.get("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "").lower() != "true":
        url = os.environ.get(spec.endpoint_env_var) or os.environ.get("AWS_ENDPOINT_URL")
    if url:
        if "://" not in url:
            raise ParamValidationError("endpoint_url", f"must include a scheme, got {url!r}")
        return url.rstrip("/")
    return resolve_endpoint_url(
        spec.endpoint_rules, region, use_fips=use_fips, use_dualstack=use_dualstack
    )


_PYTHON_VERSION = ".".join(str(part) for part in sys.version_info[:3])


def _user_agent(extra: str | None) -> str:
    agent = f"emrk/{__version__} Python/{_PYTHON_VERSION} requests/{requests.__version__}"
    return f"{agent} {extra}" if extra else agent
