"""A SigV4 signer for the requests emrk sends, with a cached signing key.

It computes exactly what botocore's ``SigV4Auth`` computes (same canonical
request, same header selection and blacklist, same path normalization and
double encoding), but:

* the derived signing key (four HMACs) is computed once per
  secret/date/region/service instead of on every request;
* it works on the plain method/URL/headers/body emrk already has, with no
  intermediate ``AWSRequest``;
* it never logs the canonical request, the string to sign or the signature.

It passes the AWS SigV4 test suite and produces signatures botocore verifies
(``tests/core/test_sigv4_fast.py``).
"""

from __future__ import annotations

import datetime
import hashlib
import hmac
import threading
from collections.abc import Iterable, Mapping
from urllib.parse import SplitResult, quote, urlsplit

__all__ = ["SigV4Signer", "signing_key"]

_BLACKLIST = frozenset(
    {
        "baggage",
        "connection",
        "expect",
        "keep-alive",
        "proxy-authenticate",
        "proxy-authorization",
        "te",
        "traceparent",
        "tracestate",
        "trailer",
        "transfer-encoding",
        "upgrade",
        "user-agent",
        "x-amzn-trace-id",
        "authorization",
    }
)
_EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()
_DEFAULT_PORTS = {"http": 80, "https": 443}


def signing_key(secret_key: str, date: str, region: str, service: str) -> bytes:
    """The SigV4 signing key for one day, region and service."""
    key = hmac.new(f"AWS4{secret_key}".encode(), date.encode(), hashlib.sha256).digest()
    for part in (region, service, "aws4_request"):
        key = hmac.new(key, part.encode(), hashlib.sha256).digest()
    return key


class SigV4Signer:
    """Signs requests for one region and service; safe to share between threads."""

    def __init__(self, region: str, service: str) -> None:
        self.region = region
        self.service = service
        self._lock = threading.Lock()
        self._cached: tuple[str, str, bytes] | None = None  # (secret, date, key)

    def _key(self, secret_key: str, date: str) -> bytes:
        cached = self._cached
        if cached is not None and cached[0] == secret_key and cached[1] == date:
            return cached[2]
        key = signing_key(secret_key, date, self.region, self.service)
        with self._lock:
            self._cached = (secret_key, date, key)
        return key

    def sign(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str] | Iterable[tuple[str, str]],
        body: bytes | None,
        *,
        access_key: str,
        secret_key: str,
        token: str | None = None,
        now: datetime.datetime | None = None,
    ) -> dict[str, str]:
        """The headers to add to the request: ``X-Amz-Date``, the token, ``Authorization``.

        ``headers`` are the request's other headers (a mapping, or pairs when a
        name repeats); any ``Authorization``/``X-Amz-Date``/token in them is
        ignored, as botocore replaces them.
        """
        moment = now or datetime.datetime.now(datetime.timezone.utc)
        timestamp = moment.strftime("%Y%m%dT%H%M%SZ")
        date = timestamp[:8]
        added = {"X-Amz-Date": timestamp}
        if token:
            added["X-Amz-Security-Token"] = token
        parts = _split(url)
        canonical_headers, signed = _canonical_headers(headers, added, parts)
        payload = hashlib.sha256(body).hexdigest() if body else _EMPTY_SHA256
        canonical_request = "\n".join(
            (
                method.upper(),
                quote(_remove_dot_segments(parts.path), safe="/~"),
                _canonical_query(parts.query),
                canonical_headers,
                signed,
                payload,
            )
        )
        scope = f"{date}/{self.region}/{self.service}/aws4_request"
        string_to_sign = "\n".join(
            (
                "AWS4-HMAC-SHA256",
                timestamp,
                scope,
                hashlib.sha256(canonical_request.encode("utf-8")).hexdigest(),
            )
        )
        signature = hmac.new(
            self._key(secret_key, date), string_to_sign.encode("utf-8"), hashlib.sha256
        ).hexdigest()
        added["Authorization"] = (
            f"AWS4-HMAC-SHA256 Credential={access_key}/{scope}, "
            f"SignedHeaders={signed}, Signature={signature}"
        )
        return added


def _canonical_headers(
    headers: Mapping[str, str] | Iterable[tuple[str, str]],
    added: Mapping[str, str],
    parts: SplitResult,
) -> tuple[str, str]:
    pairs = headers.items() if isinstance(headers, Mapping) else headers
    values: dict[str, list[str]] = {}
    replaced = {"x-amz-date", "x-amz-security-token"}
    for name, value in pairs:
        lname = name.lower()
        if lname in _BLACKLIST or lname in replaced:
            continue
        values.setdefault(lname, []).append(" ".join(str(value).split()))
    for name, value in added.items():
        values[name.lower()] = [value]
    if "host" not in values:
        values["host"] = [_host(parts)]
    names = sorted(values)
    canonical = "".join(f"{n}:{','.join(values[n])}\n" for n in names)
    return canonical, ";".join(names)


def _split(url: str) -> SplitResult:
    """``urlsplit`` without its cache.

    The stdlib caches every URL it splits; a long listing sends one URL per
    page, and the signer should not make that cache grow a second time.
    """
    scheme, sep, rest = url.partition("://")
    netloc, slash, tail = rest.partition("/")
    if not sep or "#" in rest or "?" in netloc:
        return urlsplit(url)
    path, _, query = (slash + tail).partition("?")
    return SplitResult(scheme.lower(), netloc, path, query, "")


def _host(parts: SplitResult) -> str:
    host = str(parts.hostname)
    if ":" in host:
        host = f"[{host}]"
    port = parts.port
    if port is not None and port != _DEFAULT_PORTS.get(parts.scheme):
        host = f"{host}:{port}"
    return host


def _canonical_query(query: str) -> str:
    if not query:
        return ""
    pairs = sorted(pair.partition("=")[::2] for pair in query.split("&"))
    return "&".join(f"{k}={v}" for k, v in pairs)


def _remove_dot_segments(path: str) -> str:
    """botocore's ``normalize_url_path``: RFC 3986 dot segments, repeated slashes folded."""
    if not path:
        return "/"
    if "." not in path and "//" not in path:
        return path
    out: list[str] = []
    for segment in path.split("/"):
        if not segment or segment == ".":
            continue
        if segment == "..":
            if out:
                out.pop()
        else:
            out.append(segment)
    first = "/" if path[0] == "/" else ""
    last = "/" if path[-1] == "/" and out else ""
    return first + "/".join(out) + last
