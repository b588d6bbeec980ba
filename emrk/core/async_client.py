"""AsyncBaseClient: the asyncio driver of :class:`~emrk.core.call.Call`.

The async twin of :class:`~emrk.core.client.BaseClient`: the same
:class:`~emrk.core.call.Call` decides everything about a call, this loop only
awaits the transport and ``asyncio.sleep``. Nothing here blocks the event
loop: credentials that botocore must resolve or refresh are fetched in a
worker thread, and the adaptive rate limiter is waited on with
``asyncio.sleep``. The generated ``Async<Service>Client`` classes subclass it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

from emrk.core.async_transport import AiohttpTransport
from emrk.core.call import Call
from emrk.core.client_base import ClientBase
from emrk.core.errors import ClientClosedError, TransportError
from emrk.core.lazy import lazy_module

if TYPE_CHECKING:
    from types import TracebackType

    from emrk.core import wait as _wait
    from emrk.core.config import Config
    from emrk.core.credentials import Credentials
    from emrk.core.http import AsyncTransport
    from emrk.core.operation import Operation
    from emrk.core.session import BaseSession
    from emrk.core.wait import WaiterAttempt, WaiterSpec
else:  # needed by the first waiter, not to build a client
    _wait = lazy_module("emrk.core.wait")

__all__ = ["AsyncBaseClient"]

_Resp = TypeVar("_Resp")
_Self = TypeVar("_Self", bound="AsyncBaseClient")


class AsyncBaseClient(ClientBase):
    """Common machinery of every async service client; safe to share between tasks.

    Open it with ``async with`` (or call :meth:`close` when done): its
    connection pool is opened by the first request and closed with it.
    ``transport`` replaces the default aiohttp transport (any object with
    ``async send(HttpRequest) -> RawResponse`` and ``async close()``);
    ``sleep`` is what retries and waiters wait with (``asyncio.sleep`` by
    default). Event hooks may be plain or coroutine functions here; a
    coroutine hook is awaited before the next hook runs.
    """

    def __init__(
        self,
        *,
        session: BaseSession | None = None,
        region_name: str | None = None,
        endpoint_url: str | None = None,
        config: Config | None = None,
        transport: AsyncTransport | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        super().__init__(
            session=session, region_name=region_name, endpoint_url=endpoint_url, config=config
        )
        self._transport: AsyncTransport = (
            transport
            if transport is not None
            else AiohttpTransport(self._config, self._endpoint_url)
        )
        self._sleep: Callable[[float], Awaitable[None]] = (
            sleep if sleep is not None else asyncio.sleep
        )
        self._closed = False

    async def close(self) -> None:
        """Close the client's connection pool; closing twice is harmless.

        A closed client raises :class:`~emrk.ClientClosedError` on its next call.
        """
        if not self._closed:
            self._closed = True
            await self._transport.close()

    async def __aenter__(self: _Self) -> _Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()

    async def _call(self, op: Operation[Any, _Resp], **params: Any) -> _Resp:
        """Build the operation's request model from keyword arguments, then invoke it."""
        return await self._invoke(op, op.input(**params))

    async def _invoke(self, op: Operation[Any, _Resp], request: Any) -> _Resp:
        if self._closed:
            raise self._closed_error()
        call = Call(self, op, request)
        limiter = self._retry_policy.rate_limiter
        transport = self._transport
        hooked = call.hooked
        try:
            while True:
                http = call.next_request()
                if hooked:
                    for pending in call.request_hooks(http):
                        if pending is not None:
                            await pending
                if limiter is not None:
                    while (wait := limiter.reserve()) > 0:
                        await self._sleep(wait)
                call.sign(http, await self._credentials())
                if self._closed:  # closed while this call waited: backoff, limiter, credentials
                    raise self._closed_error()
                delay: float | None
                try:
                    raw = await transport.send(http)
                except TransportError as exc:
                    delay = call.after_transport_error(exc)
                else:
                    if hooked:
                        for pending in call.response_hooks(raw):
                            if pending is not None:
                                await pending
                    delay = call.after_response(raw)
                if delay is None:
                    return call.response
                if delay:
                    await self._sleep(delay)
        except BaseException as exc:
            call.failed(exc)
            raise

    async def _credentials(self) -> Credentials:
        """Current credentials, resolved or refreshed off the event loop when that may block."""
        provider = self._credential_provider
        peek = getattr(provider, "peek", None)  # a provider of the user's may not have one
        ready: Credentials | None = peek() if peek is not None else None
        if ready is not None:
            return ready
        return await asyncio.to_thread(provider.get)

    def _closed_error(self) -> ClientClosedError:
        return ClientClosedError(f"this {type(self).__name__} is closed; create a new client")

    async def _wait_for(
        self,
        spec: WaiterSpec[_Resp],
        call: Callable[[], Awaitable[_Resp]],
        delay: float | None,
        max_attempts: int | None,
        on_attempt: Callable[[WaiterAttempt[_Resp]], object] | None,
    ) -> _Resp:
        """Run a waiter whose success always comes with a response."""
        result = await self._wait_until_gone(spec, call, delay, max_attempts, on_attempt)
        return _wait.require_response(spec, result)

    async def _wait_until_gone(
        self,
        spec: WaiterSpec[_Resp],
        call: Callable[[], Awaitable[_Resp]],
        delay: float | None,
        max_attempts: int | None,
        on_attempt: Callable[[WaiterAttempt[_Resp]], object] | None,
    ) -> _Resp | None:
        """Run a waiter that may succeed on an error (``None``: the resource is gone)."""
        return await _wait.run_waiter_async(
            spec,
            call,
            delay=delay,
            max_attempts=max_attempts,
            on_attempt=on_attempt,
            sleep=self._sleep,
            service=self._SERVICE.service_id,
        )
