"""The transport seam: :class:`HttpRequest` in, :class:`RawResponse` out.

Everything above a transport (validation, protocols, signing, retries,
parsing) is the same for the sync and async clients and does no I/O; a
transport only moves bytes. emrk ships two: :class:`~emrk.core.transport.RequestsTransport`
(the sync clients' default) and :class:`~emrk.core.async_transport.AiohttpTransport`
(the async clients'). Pass your own with ``transport=`` to send through
another HTTP stack, or to answer from memory in tests (``emrk.testing.Stubber``
does exactly that).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Protocol

from emrk.core.record import FrozenRecord

__all__ = [
    "AsyncTransport",
    "content_length",
    "HttpRequest",
    "RawResponse",
    "RequestContext",
    "Transport",
]


class RequestContext(FrozenRecord, kw_only=False):
    """What a request is for; transports that only send bytes ignore it."""

    #: The service id, e.g. ``EKS``.
    service: str
    #: The operation name, e.g. ``DescribeCluster``.
    operation: str
    #: The validated request model (idempotency tokens filled in).
    input: Any
    #: 1 for the first attempt, 2 for the first retry, and so on.
    attempt: int


class HttpRequest:
    """One HTTP request, in wire form.

    ``url`` is absolute once the client has joined it to its endpoint (a
    protocol's ``serialize`` returns it relative: path and query only); it
    is already percent-encoded and must be sent as it is. ``headers`` may be
    changed until the request is signed. ``context`` tells a transport or a
    hook which operation the request belongs to.
    """

    __slots__ = ("body", "context", "headers", "method", "url")

    method: str
    url: str
    headers: dict[str, str]
    body: bytes
    context: RequestContext | None

    def __init__(
        self,
        method: str,
        url: str,
        headers: dict[str, str],
        body: bytes,
        context: RequestContext | None = None,
    ) -> None:
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.context = context

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, HttpRequest):
            return NotImplemented
        return (self.method, self.url, self.headers, self.body) == (
            other.method,
            other.url,
            other.headers,
            other.body,
        )

    __hash__: ClassVar[None]  # type: ignore[assignment]  # mutable headers: not hashable

    def __repr__(self) -> str:
        return f"<HttpRequest {self.method} {self.url.split('?', 1)[0]}>"


class RawResponse(FrozenRecord, kw_only=False):
    """The HTTP answer as the transport got it: status, headers, the whole body."""

    status_code: int
    #: Looked up case-insensitively by the core (``x-amzn-RequestId``...).
    headers: Mapping[str, str]
    body: bytes


def content_length(method: str, body: bytes) -> str | None:
    """The ``Content-Length`` to frame a request with, as ``http.client`` frames it.

    The body's size, ``0`` for an empty body on any method but GET and HEAD,
    and none for those. Both of emrk's transports frame requests this way, so
    the sync and async clients send the same headers.
    """
    if body or method not in ("GET", "HEAD"):
        return str(len(body))
    return None


class Transport(Protocol):
    """Sends requests for a sync client; must be safe to share between threads.

    ``send`` raises :class:`~emrk.TransportError` when no HTTP answer came
    back (connection, TLS, timeout); any status code is an answer.
    """

    def send(self, request: HttpRequest) -> RawResponse:
        """Send one request and read its whole answer."""
        ...

    def close(self) -> None:
        """Release pooled connections (the transport may be used again after)."""
        ...


class AsyncTransport(Protocol):
    """Sends requests for an async client, with the same rules as :class:`Transport`."""

    async def send(self, request: HttpRequest) -> RawResponse:
        """Send one request and read its whole answer."""
        ...

    async def close(self) -> None:
        """Release pooled connections."""
        ...
