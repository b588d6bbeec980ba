"""HTTP transport: one pooled ``requests.Session`` per client.

Timeouts, proxies and TLS verification are decided once at construction.
Every failure to get an HTTP answer (connection refused or reset, DNS, TLS,
timeouts, a body cut short) becomes :class:`~emrk.core.errors.TransportError`
with the original exception chained; no ``requests`` or ``urllib3``
exception escapes.
"""

from __future__ import annotations

import http.client
import os
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import requests
import requests.adapters
import urllib3.exceptions

from emrk.core.config import ResolvedConfig
from emrk.core.errors import TransportError
from emrk.core.protocols.base import RawResponse

__all__ = ["Transport"]

_TRANSPORT_FAILURES = (
    requests.RequestException,
    urllib3.exceptions.HTTPError,
    http.client.HTTPException,
    OSError,
)


class Transport:
    """Sends prepared requests over a connection pool."""

    def __init__(self, config: ResolvedConfig, endpoint_url: str) -> None:
        session = requests.Session()
        adapter = requests.adapters.HTTPAdapter(
            pool_connections=1, pool_maxsize=config.max_pool_connections, max_retries=0
        )
        session.mount("https://", adapter)
        session.mount("http://", adapter)
        self._session = session
        self._timeout = (config.connect_timeout, config.read_timeout)
        self._proxies: dict[str, str] = (
            dict(config.proxies)
            if config.proxies is not None
            else requests.utils.get_environ_proxies(endpoint_url)
        )
        verify = config.verify
        if verify is True:
            verify = os.environ.get("AWS_CA_BUNDLE") or os.environ.get("REQUESTS_CA_BUNDLE") or True
        self._verify = verify

    def send(
        self,
        method: str,
        url: str,
        headers: dict[str, str],
        body: bytes,
        auth: Any,
    ) -> RawResponse:
        """Sign (through ``auth``) and send one request; read the whole answer."""
        prepared = requests.PreparedRequest()
        prepared.prepare(method=method, url=url, headers=headers, data=body or None)
        if "%2E" in url:
            prepared.url = _keep_encoded_dots(prepared.url, url)
        prepared.prepare_auth(auth)
        try:
            response = self._session.send(
                prepared,
                timeout=self._timeout,
                verify=self._verify,
                proxies=self._proxies,
                allow_redirects=False,
            )
            content = response.content
        except _TRANSPORT_FAILURES as exc:
            raise TransportError(
                f"{method} {_host(url)} failed: {type(exc).__name__}: {exc}"
            ) from exc
        return RawResponse(response.status_code, response.headers, content)

    def close(self) -> None:
        """Close pooled connections."""
        self._session.close()


def _host(url: str) -> str:
    return url.split("?", 1)[0]


def _keep_encoded_dots(prepared_url: str | None, url: str) -> str | None:
    """Put back the path emrk built where ``requests`` decoded ``%2E`` to ``.``.

    ``requests`` un-escapes unreserved characters, so a path label of ``..``
    sent as ``%2E%2E`` would reach the server as a dot segment and name
    another resource. The path is restored before signing, so the signature
    covers what the server receives.
    """
    if prepared_url is None:
        return None
    return urlunsplit(urlsplit(prepared_url)._replace(path=urlsplit(url).path))
