"""A SigV4 signer for the requests emrk sends, with a cached signing key.

It computes exactly what botocore's ``SigV4Auth`` computes (same canonical
request, same header selection and blacklist, same path normalization and
double encoding), but:

* the derived signing key (four HMACs) is computed once per
  secret/date/region/service instead of on every request;
* it works on the plain method/URL/headers/body emrk already has, with no
  intermediate ``AWSRequest``;
* it never logs the canonical request, the string to sign or the signature;
* it refuses credentials that cannot be what AWS issued (a line break, a
  control or a non-ASCII character) before they reach a header, with a
  :class:`~emrk.core.errors.CredentialsError` that names the credential and
  never shows it. Left alone, a CR/LF in a session token is a header
  injection that http.client stops with a ``ValueError`` quoting the whole
  token, and other stray characters cost a round trip ending in
  ``SignatureDoesNotMatch`` or an invalid-token error.

It passes the AWS SigV4 test suite and produces signatures botocore verifies
(``tests/core/test_sigv4_fast.py``).
"""

from __future__ import annotations

import datetime
import hashlib
import hmac
import re
import threading
from collections.abc import Iterable, Mapping
from typing import NamedTuple
from urllib.parse import SplitResult, quote, urlsplit

from emrk.core.errors import CredentialsError, ParamValidationError

__all__ = ["SigV4Signer", "check_credentials", "signing_key"]

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


# Access key ids are upper-case letters and digits, secret keys and session
# tokens base64 text: printable ASCII (space to ``~``) holds every credential
# AWS issues, and is what a header carries and the signer signs byte for
# byte. Anything else is a paste error: CR or LF would inject a header
# (http.client refuses it, quoting the whole value), other control characters
# reach AWS as a broken token, and non-ASCII text is signed as UTF-8 but sent
# as Latin-1 (SignatureDoesNotMatch) or not at all. Spaces pass: one at
# either end of a token is trimmed alike by the signer and by the server.
_NOT_CREDENTIAL_TEXT = re.compile(r"[^ -~]")
_EDGES = re.compile(r"\A([^ -~]*)(.*?)([^ -~]*)\Z", re.DOTALL)


class _Field(NamedTuple):
    """What to say about one credential that holds a character it cannot hold."""

    name: str
    sources: str
    harm: str


_ACCESS_KEY = _Field(
    "access key id",
    "aws_access_key_id, AWS_ACCESS_KEY_ID",
    "cannot be sent in the Authorization header",
)
_SECRET_KEY = _Field(
    "secret access key",
    "aws_secret_access_key, AWS_SECRET_ACCESS_KEY",
    "no AWS secret access key contains (AWS would answer SignatureDoesNotMatch)",
)
_TOKEN = _Field(
    "session token",
    "aws_session_token, AWS_SESSION_TOKEN",
    "cannot be sent in the X-Amz-Security-Token header",
)


def check_credentials(access_key: str, secret_key: str, token: str | None) -> None:
    """Refuse credentials holding a character no AWS credential holds.

    Raises :class:`~emrk.core.errors.CredentialsError` naming the credential
    and the kind of character (a line break, a control or a non-ASCII
    character) and where it sits, and never the value: a stray
    newline pasted with a token is the usual cause, and the token is still a
    secret. Called before anything is signed, so nothing is sent.
    """
    for value, field in ((access_key, _ACCESS_KEY), (secret_key, _SECRET_KEY), (token, _TOKEN)):
        if value is None:
            continue
        try:
            found = _NOT_CREDENTIAL_TEXT.search(value)
        except TypeError:
            raise CredentialsError(
                f"The AWS {field.name} is a {type(value).__name__}, not a str."
            ) from None
        if found is not None:
            raise CredentialsError(_credential_problem(value, field))


def _credential_problem(value: str, field: _Field) -> str:
    return (
        f"The AWS {field.name} contains {_character_kind(value)}{_where(value)}, which "
        f"{field.harm}; nothing was sent. Look for a stray character where the credentials "
        f"come from ({field.sources}, the shared credentials file or a credential_process)."
    )


def _character_kind(value: str) -> str:
    """The kind of the unwanted characters, most telling first; never the characters."""
    if "\r" in value or "\n" in value:
        return "a line break (CR or LF)"
    if not value.isascii():
        return "a non-ASCII character"
    return "a control character"


def _where(value: str) -> str:
    """`` at its end``, `` at its start``, both, or nothing when inside the value."""
    match = _EDGES.match(value)
    assert match is not None  # the pattern matches any text
    lead, core, trail = match.groups()
    if not core or _NOT_CREDENTIAL_TEXT.search(core):
        return ""
    if lead and trail:
        return " at its start and end"
    return " at its end" if trail else " at its start"


class SigV4Signer:
    """Signs requests for one region and service; safe to share between threads."""

    def __init__(self, region: str, service: str) -> None:
        if _NOT_CREDENTIAL_TEXT.search(region):
            # With an explicit endpoint_url nothing else looks at the region,
            # and it travels in the Authorization header's credential scope.
            raise ParamValidationError(
                "region_name",
                f"{region!r} cannot be sent in the Authorization header: it contains "
                f"{_character_kind(region)}",
            )
        self.region = region
        self.service = service
        self._lock = threading.Lock()
        self._cached: tuple[str, str, bytes] | None = None  # (secret, date, key)
        # The last credentials check_credentials passed: a provider hands out
        # the same strings until they rotate, so each set is scanned once.
        self._checked: tuple[str, str, str | None] | None = None

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
        ignored, as botocore replaces them. Raises
        :class:`~emrk.core.errors.CredentialsError` (see
        :func:`check_credentials`) for credentials no header can carry.
        """
        checked = (access_key, secret_key, token)
        if checked != self._checked:
            check_credentials(access_key, secret_key, token)
            self._checked = checked
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
