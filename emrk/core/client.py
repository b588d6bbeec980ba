"""BaseClient: the sync driver of :class:`~emrk.core.call.Call`.

Every sync service client subclasses :class:`BaseClient`, sets ``_SERVICE``
and calls :meth:`BaseClient._call` from one method per operation. What a
call does (tokens, validation, serialization, signing, retry decisions,
parsing) is decided by :class:`~emrk.core.call.Call`; this class sends what
it says through its transport and sleeps as long as it says. The async
clients' :class:`~emrk.core.async_client.AsyncBaseClient` is the same loop
with ``await``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from emrk.core.call import Call
from emrk.core.client_base import ClientBase
from emrk.core.errors import ParamValidationError, TransportError
from emrk.core.lazy import lazy_module

if TYPE_CHECKING:
    import requests.auth

    from emrk.core import hooks as _hooks
    from emrk.core import wait as _wait
    from emrk.core.config import Config
    from emrk.core.http import Transport
    from emrk.core.operation import Operation
    from emrk.core.session import BaseSession
    from emrk.core.wait import WaiterAttempt, WaiterSpec
else:  # needed by the first waiter (or hook), not to build a client
    _hooks = lazy_module("emrk.core.hooks")
    _wait = lazy_module("emrk.core.wait")

__all__ = ["BaseClient"]

_Resp = TypeVar("_Resp")
_Self = TypeVar("_Self", bound="BaseClient")


class BaseClient(ClientBase):
    """Common machinery of every sync service client; safe to share between threads.

    ``transport`` replaces the default ``requests`` transport (any object
    with ``send(HttpRequest) -> RawResponse`` and ``close()``); ``auth``
    signs with a ``requests`` auth object instead of emrk's signer; ``sleep``
    is what retries and waiters wait with (``time.sleep`` by default). A
    config whose ``event_hooks`` hold a coroutine function is refused
    (:class:`~emrk.ParamValidationError`): only the async clients await hooks.
    """

    def __init__(
        self,
        *,
        session: BaseSession | None = None,
        region_name: str | None = None,
        endpoint_url: str | None = None,
        config: Config | None = None,
        auth: requests.auth.AuthBase | None = None,
        transport: Transport | None = None,
        sleep: Callable[[float], None] | None = None,
    ) -> None:
        super().__init__(
            session=session,
            region_name=region_name,
            endpoint_url=endpoint_url,
            config=config,
            custom_auth=auth,
        )
        if transport is None:
            # Imported here, not with the module: ``from emrk.eks import AsyncEKSClient``
            # loads this module too, and an async program never needs requests.
            from emrk.core.transport import RequestsTransport

            transport = RequestsTransport(self._config, self._endpoint_url, auth=auth)
        elif auth is not None:
            raise ParamValidationError(
                "auth", "signs through the default transport; a custom transport= cannot use it"
            )
        self._transport: Transport = transport
        self._sleep: Callable[[float], None] = sleep if sleep is not None else time.sleep
        resolved = self._config
        if resolved.request_hooks or resolved.response_hooks:
            _hooks.refuse_coroutine_functions(resolved.request_hooks, resolved.response_hooks)

    def close(self) -> None:
        """Close the client's pooled connections."""
        self._transport.close()

    def __enter__(self: _Self) -> _Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _call(self, op: Operation[Any, _Resp], **params: Any) -> _Resp:
        """Build the operation's request model from keyword arguments, then invoke it."""
        return self._invoke(op, op.input(**params))

    def _invoke(self, op: Operation[Any, _Resp], request: Any) -> _Resp:
        call = Call(self, op, request)
        policy = self._retry_policy
        transport = self._transport
        sign = self._custom_auth is None
        hooked = call.hooked
        try:
            while True:
                http = call.next_request()
                if hooked:
                    for pending in call.request_hooks(http):
                        if pending is not None:
                            _hooks.refuse_awaitable(pending, "request")
                policy.before_attempt()
                if sign:
                    call.sign(http, self._credential_provider.get())
                delay: float | None
                try:
                    raw = transport.send(http)
                except TransportError as exc:
                    delay = call.after_transport_error(exc)
                else:
                    if hooked:
                        for pending in call.response_hooks(raw):
                            if pending is not None:
                                _hooks.refuse_awaitable(pending, "response")
                    delay = call.after_response(raw)
                if delay is None:
                    return call.response
                if delay:
                    self._sleep(delay)
        except BaseException as exc:
            call.failed(exc)
            raise

    def _wait_for(
        self,
        spec: WaiterSpec[_Resp],
        call: Callable[[], _Resp],
        delay: float | None,
        max_attempts: int | None,
        on_attempt: Callable[[WaiterAttempt[_Resp]], object] | None,
    ) -> _Resp:
        """Run a waiter whose success always comes with a response."""
        return _wait.require_response(
            spec, self._wait_until_gone(spec, call, delay, max_attempts, on_attempt)
        )

    def _wait_until_gone(
        self,
        spec: WaiterSpec[_Resp],
        call: Callable[[], _Resp],
        delay: float | None,
        max_attempts: int | None,
        on_attempt: Callable[[WaiterAttempt[_Resp]], object] | None,
    ) -> _Resp | None:
        """Run a waiter that may succeed on an error (``None``: the resource is gone)."""
        return _wait.run_waiter(
            spec,
            call,
            delay=delay,
            max_attempts=max_attempts,
            on_attempt=on_attempt,
            sleep=self._sleep,
            service=self._SERVICE.service_id,
        )
