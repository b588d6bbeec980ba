"""The sync clients' transport: one pooled ``requests.Session`` per client.

Timeouts, proxies and TLS verification are decided once at construction; the
pool itself is created on the first request, so building a client is cheap.
Every failure to get an HTTP answer (connection refused or reset, DNS, TLS,
timeouts, a body cut short) becomes :class:`~emrk.core.errors.TransportError`
with the original exception chained; no ``requests`` or ``urllib3``
exception escapes.

:class:`SigV4Auth` is emrk's signer as a ``requests`` auth object, for code
that signs its own ``requests`` calls to AWS; a client given any ``auth=``
object signs through it instead of its own signer.
"""

from __future__ import annotations

import functools
import http.client
import os
import threading

import requests
import requests.adapters
import urllib3.exceptions
from requests.structures import CaseInsensitiveDict

from emrk.core.config import ResolvedConfig
from emrk.core.credentials import CredentialProvider
from emrk.core.errors import TransportError
from emrk.core.http import HttpRequest, RawResponse, content_length
from emrk.core.signing import SIGNATURE_HEADERS, RequestSigner

__all__ = ["RequestsTransport", "SigV4Auth"]

_TRANSPORT_FAILURES = (
    requests.RequestException,
    urllib3.exceptions.HTTPError,
    http.client.HTTPException,
    OSError,
)


class RequestsTransport:
    """Sends requests over a ``requests`` connection pool built on first use.

    Everything a request needs is decided at construction (timeouts, proxies,
    TLS verification) so that each send does only the work of that send: the
    ``PreparedRequest`` is filled in directly (emrk's URLs and headers are
    already in wire form) and handed to the pool's adapter. ``auth``, when
    given, signs each prepared request (the client then does not sign).
    """

    def __init__(
        self,
        config: ResolvedConfig,
        endpoint_url: str,
        *,
        auth: requests.auth.AuthBase | None = None,
    ) -> None:
        self._auth = auth
        self._pool_size = config.max_pool_connections
        self._requests_session: requests.Session | None = None
        self._lock = threading.Lock()
        self._timeout = (config.connect_timeout, config.read_timeout)
        self._proxies: dict[str, str] = (
            dict(config.proxies) if config.proxies is not None else environ_proxies(endpoint_url)
        )
        verify = config.verify
        if verify is True:
            verify = os.environ.get("AWS_CA_BUNDLE") or os.environ.get("REQUESTS_CA_BUNDLE") or True
        self._verify = verify

    @property
    def session(self) -> requests.Session:
        """The ``requests.Session`` holding the pool (created on first use)."""
        session = self._requests_session
        if session is None:
            with self._lock:
                if self._requests_session is None:
                    self._requests_session = _pooled_session(self._pool_size)
                session = self._requests_session
        return session

    def send(self, request: HttpRequest) -> RawResponse:
        """Send one request and read the whole answer."""
        method, url = request.method, request.url
        prepared = _prepare(method, url, request.headers, request.body)
        if self._auth is not None:
            prepared = self._auth(prepared)
        try:
            adapter = self.session.get_adapter(url)
            response = adapter.send(
                prepared,
                stream=False,
                timeout=self._timeout,
                verify=self._verify,
                cert=None,
                proxies=self._proxies,
            )
            content = response.content
        except _TRANSPORT_FAILURES as exc:
            raise TransportError(
                f"{method} {_host(url)} failed: {type(exc).__name__}: {exc}"
            ) from exc
        return RawResponse(response.status_code, response.headers, content)

    def close(self) -> None:
        """Close pooled connections."""
        if self._requests_session is not None:
            self._requests_session.close()


class SigV4Auth(requests.auth.AuthBase):
    """emrk's SigV4 signer as a ``requests`` auth object.

    Signs each prepared request with the credentials current at that moment,
    so a retry carries a fresh date and, after a refresh, fresh keys.
    """

    def __init__(self, credentials: CredentialProvider, service: str, region: str) -> None:
        self.credentials = credentials
        self.service = service
        self.region = region
        self._signer = RequestSigner(service, region)

    def __call__(self, r: requests.PreparedRequest) -> requests.PreparedRequest:
        body = r.body
        if isinstance(body, str):
            body = body.encode("utf-8")
        for name in SIGNATURE_HEADERS:
            r.headers.pop(name, None)
        request = HttpRequest(
            str(r.method),
            str(r.url),
            dict(r.headers.items()),
            body if isinstance(body, bytes) else b"",
        )
        self._signer.sign(request, self.credentials.get())
        r.headers.update(request.headers)
        return r

    def __repr__(self) -> str:
        return f"SigV4Auth(service={self.service!r}, region={self.region!r})"


def _pooled_session(pool_size: int) -> requests.Session:
    session = requests.Session()
    adapter = requests.adapters.HTTPAdapter(
        pool_connections=1, pool_maxsize=pool_size, max_retries=0
    )
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    return session


def _prepare(
    method: str, url: str, headers: dict[str, str], body: bytes
) -> requests.PreparedRequest:
    """A PreparedRequest for a URL and headers that are already in wire form.

    ``PreparedRequest.prepare`` would re-parse and re-quote the URL (turning
    an encoded ``%2E`` back into a dot) and rebuild the headers; emrk's
    protocols already produce both exactly as they must be sent.
    """
    if not url.isascii():  # a hand-written endpoint URL with an IDN host
        prepared = requests.PreparedRequest()
        prepared.prepare(method=method, url=url, headers=headers, data=body or None)
        return prepared
    prepared = requests.PreparedRequest()
    prepared.method = method
    prepared.url = url
    prepared.headers = CaseInsensitiveDict(headers)
    if body:
        prepared.body = body
    length = content_length(method, body)
    if length is not None:
        prepared.headers["Content-Length"] = length
    return prepared


_PROXY_VARIABLES = (
    "http_proxy",
    "HTTP_PROXY",
    "https_proxy",
    "HTTPS_PROXY",
    "all_proxy",
    "ALL_PROXY",
    "no_proxy",
    "NO_PROXY",
    "REQUEST_METHOD",
)


def environ_proxies(url: str) -> dict[str, str]:
    """The proxies ``requests`` would take from the environment for ``url``.

    The lookup scans the whole environment, so its answer is cached against
    the values of the variables that can change it.
    """
    key = tuple(os.environ.get(name) for name in _PROXY_VARIABLES)
    return dict(_environ_proxies(url, key))


@functools.lru_cache(maxsize=64)
def _environ_proxies(url: str, _key: tuple[str | None, ...]) -> tuple[tuple[str, str], ...]:
    return tuple(requests.utils.get_environ_proxies(url).items())


def _host(url: str) -> str:
    return url.split("?", 1)[0]
