"""The async clients' transport: one ``aiohttp.ClientSession`` per client.

aiohttp is the ``async`` extra (``pip install 'emrk[async]'``) and is
imported by the first request, not by ``import emrk`` nor by building a
client. Requests go out byte for byte as the sync transport sends them: the
URL as emrk encoded it (no re-quoting), only emrk's headers plus the framing
headers ``http.client`` adds (``Host``, ``Content-Length``,
``Accept-Encoding: identity``), no redirects. Timeouts, proxies and TLS
verification follow :class:`~emrk.Config` as on the sync side.

Every failure to get an HTTP answer becomes :class:`~emrk.TransportError`
with the original exception chained; no aiohttp or asyncio exception other
than cancellation escapes. Cancelling a call (a task cancel, an
``asyncio.timeout``) releases its connection.
"""

from __future__ import annotations

import asyncio
import os
import ssl
from typing import TYPE_CHECKING

from emrk.core.config import ResolvedConfig
from emrk.core.errors import ParamValidationError, TransportError
from emrk.core.http import HttpRequest, RawResponse, content_length

if TYPE_CHECKING:
    import aiohttp
    import yarl

__all__ = ["AiohttpTransport"]

#: Headers aiohttp would add on its own; emrk sends exactly what the sync client sends.
_SKIP_AUTO_HEADERS = frozenset({"Accept", "Accept-Encoding", "Content-Type", "User-Agent"})


class AiohttpTransport:
    """Sends requests over an aiohttp connection pool, opened by the first request.

    The pool belongs to the event loop it was opened in; used from another
    loop (a second ``asyncio.run``), the transport opens a new pool there.
    """

    def __init__(self, config: ResolvedConfig, endpoint_url: str) -> None:
        self._config = config
        self._endpoint_url = endpoint_url
        self._session: aiohttp.ClientSession | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._proxy: str | yarl.URL | None = _configured_proxy(config, endpoint_url)
        self._proxy_auth: aiohttp.BasicAuth | None = None
        self._ssl: ssl.SSLContext | bool | None = None

    async def send(self, request: HttpRequest) -> RawResponse:
        """Send one request and read the whole answer."""
        session = self._open()
        import aiohttp
        import yarl

        body = request.body
        headers = dict(request.headers)  # the framing below is the transport's, not the request's
        length = content_length(request.method, body)
        if length is not None:
            headers["Content-Length"] = length
        headers.setdefault("Accept-Encoding", "identity")
        try:
            async with session.request(
                request.method,
                yarl.URL(request.url, encoded=True),
                headers=headers,
                data=body or None,
                allow_redirects=False,
                proxy=self._proxy,
                proxy_auth=self._proxy_auth,
                skip_auto_headers=_SKIP_AUTO_HEADERS,
            ) as response:
                content = await response.read()
                return RawResponse(response.status, response.headers, content)
        except (aiohttp.ClientError, asyncio.TimeoutError, OSError, ValueError) as exc:
            host = request.url.split("?", 1)[0]
            reason = str(exc) or ("timed out" if isinstance(exc, asyncio.TimeoutError) else "")
            raise TransportError(
                f"{request.method} {host} failed: {type(exc).__name__}: {reason}"
            ) from exc

    async def close(self) -> None:
        """Close the pool (a later request opens a new one)."""
        session, self._session, self._loop = self._session, None, None
        if session is not None and not session.closed:
            await session.close()

    def _open(self) -> aiohttp.ClientSession:
        loop = asyncio.get_running_loop()
        session = self._session
        if session is None or session.closed or self._loop is not loop:
            session = self._session = self._new_session()
            self._loop = loop
        return session

    def _new_session(self) -> aiohttp.ClientSession:
        _require_aiohttp()
        import aiohttp

        config = self._config
        if self._ssl is None:
            # A plain-HTTP endpoint never verifies a certificate: skip loading a CA bundle.
            plain = self._endpoint_url.lower().startswith("http://")
            self._ssl = (config.verify is not False) if plain else _ssl_context(config.verify)
            if config.proxies is None:
                self._proxy, self._proxy_auth = _environ_proxy(self._endpoint_url)
        connector = aiohttp.TCPConnector(limit=config.max_pool_connections, ssl=self._ssl)
        timeout = aiohttp.ClientTimeout(
            total=None, sock_connect=config.connect_timeout, sock_read=config.read_timeout
        )
        # trust_env stays off: aiohttp would look up the proxy and ~/.netrc in a
        # worker thread on every request (and a netrc password would replace
        # the signature). The proxy is read from the environment once instead,
        # as the sync transport does.
        session = aiohttp.ClientSession(connector=connector, timeout=timeout, auto_decompress=True)
        # aiohttp resends an idempotent request (GET, PUT, DELETE) once, on its
        # own, when the connection breaks; emrk's retry policy decides retries
        # (and counts them in amz-sdk-request), as on the sync side. aiohttp has
        # no public switch for this; its own test client sets the same attribute.
        if hasattr(session, "_retry_connection"):
            session._retry_connection = False
        return session

    def __repr__(self) -> str:
        return f"AiohttpTransport(endpoint_url={self._endpoint_url!r})"


def _require_aiohttp() -> None:
    """Import aiohttp, or explain which extra brings it."""
    try:
        import aiohttp  # noqa: F401
    except ImportError:  # pragma: no cover - depends on the environment
        raise ImportError("emrk's async clients need aiohttp: pip install 'emrk[async]'") from None


def _configured_proxy(config: ResolvedConfig, endpoint_url: str) -> str | None:
    """The proxy ``Config.proxies`` names for the endpoint's scheme (``None``: none given)."""
    proxies = config.proxies
    if not proxies:
        return None
    scheme = endpoint_url.split("://", 1)[0].lower()
    return proxies.get(scheme) or proxies.get("all")


def _environ_proxy(endpoint_url: str) -> tuple[yarl.URL | None, aiohttp.BasicAuth | None]:
    """The proxy the environment names for the endpoint (``*_PROXY``, ``NO_PROXY``)."""
    import yarl
    from aiohttp.helpers import get_env_proxy_for_url

    try:
        return get_env_proxy_for_url(yarl.URL(endpoint_url))
    except LookupError:
        return None, None


def _ssl_context(verify: bool | str) -> ssl.SSLContext | bool:
    """TLS verification as the sync transport does it: certifi's bundle unless told otherwise."""
    if verify is False:
        return False
    bundle = verify if isinstance(verify, str) else None
    bundle = bundle or os.environ.get("AWS_CA_BUNDLE") or os.environ.get("REQUESTS_CA_BUNDLE")
    if bundle is None:
        try:
            import certifi
        except ImportError:  # pragma: no cover - certifi comes with requests
            return ssl.create_default_context()
        bundle = certifi.where()
    try:
        if os.path.isdir(bundle):
            return ssl.create_default_context(capath=bundle)
        return ssl.create_default_context(cafile=bundle)
    except (OSError, ssl.SSLError) as exc:
        raise ParamValidationError(
            "verify", f"cannot read the CA bundle {bundle!r}: {exc}"
        ) from exc
