"""SigV4 through emrk's signing path: the AWS test suite, retries, custom auth, logs.

The AWS Signature Version 4 test suite (``sigv4-testsuite``) is run the way a
request really travels: each raw ``.req`` becomes a ``requests``
``PreparedRequest``, :class:`emrk.core.signing.SigV4Auth` signs it at the
suite's fixed time, and the ``Authorization`` header must equal ``.authz``.
Cases ``requests`` cannot represent are skipped with the reason below.
"""

from __future__ import annotations

import datetime
import itertools
import logging
from pathlib import Path

import pytest
import requests
import responses
from aws_requests_auth.aws_auth import AWSRequestsAuth

import emrk
from emrk.core.credentials import Credentials, StaticCredentialProvider
from emrk.core.signing import SigV4Auth
from tests.core._clock import frozen_signing_clock
from tests.core._fake_service import ENDPOINT, SECRET_VALUE, FakeClient
from tests.core._reference import (
    SIGV4_ACCESS_KEY,
    SIGV4_CASE_COUNT,
    SIGV4_SECRET_KEY,
    SIGV4_SUITE,
    SIGV4_TIME,
    parse_raw_request,
    sigv4_cases,
)

SUITE = SIGV4_SUITE
ACCESS_KEY = SIGV4_ACCESS_KEY
SECRET_KEY = SIGV4_SECRET_KEY
SUITE_TIME = SIGV4_TIME
TOKEN = "FwoGZXIvYXdzEXAMPLE-session-token-value/with+chars=="

_ENCODED_PATH = (
    "the raw path holds characters a URL must percent-encode ({}); requests encodes "
    "them before signing, and SigV4 for non-S3 services then encodes the sent path "
    "once more (as AWS does when it checks the signature, and as botocore does for "
    "the paths it sends), so the suite's once-encoded canonical path does not apply"
)
#: Suite cases the signing path cannot take, and why.
SKIPPED = {
    "get-header-value-multiline": (
        "a folded (multi-line) header value cannot be sent: requests refuses header "
        "values containing line breaks"
    ),
    "get-utf8": _ENCODED_PATH.format("non-ASCII"),
    "get-space": _ENCODED_PATH.format("a space"),
}


def _case_param(case: Path) -> object:
    name = case.relative_to(SUITE).as_posix()
    reason = SKIPPED.get(case.name)
    marks = [pytest.mark.skip(reason=f"{name}: {reason}")] if reason else []
    return pytest.param(case, id=name, marks=marks)


def _prepared(case: Path) -> requests.PreparedRequest:
    raw = (case / f"{case.name}.req").read_text(encoding="utf-8")
    method, target, pairs, body = parse_raw_request(raw)
    headers: dict[str, str] = {}
    for name, value in pairs:  # a repeated header is one comma-joined header (RFC 9110)
        headers[name] = f"{headers[name]},{value}" if name in headers else value
    host = next(v for k, v in headers.items() if k.lower() == "host")
    request = requests.Request(method, f"https://{host}{target}", headers=headers, data=body)
    prepared = request.prepare()
    # requests adds Content-Length to every POST; the raw request has none, and
    # the suite's canonical request signs exactly the raw request's headers.
    if "content-length" not in {name.lower() for name in headers}:
        prepared.headers.pop("Content-Length", None)
    return prepared


def _token_of(case: Path) -> str | None:
    canonical = (case / f"{case.name}.creq").read_text(encoding="utf-8")
    for line in canonical.splitlines():
        if line.startswith("x-amz-security-token:"):
            return line.split(":", 1)[1]
    return None


@pytest.mark.parametrize("case", [_case_param(c) for c in sigv4_cases()])
def test_aws_sigv4_suite(case: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The Authorization header matches the suite's for every representable case."""
    frozen_signing_clock(monkeypatch, SUITE_TIME)
    prepared = _prepared(case)
    credentials = Credentials(ACCESS_KEY, SECRET_KEY, _token_of(case))
    auth = SigV4Auth(StaticCredentialProvider(credentials), "service", "us-east-1")
    signed = auth(prepared)
    expected = (case / f"{case.name}.authz").read_text(encoding="utf-8").strip()
    assert signed.headers["Authorization"] == expected
    assert signed.headers["X-Amz-Date"] == "20150830T123600Z"


def test_suite_was_found() -> None:
    """The whole suite is in tests/data, and nearly every case runs."""
    cases = sigv4_cases()
    assert len(cases) == SIGV4_CASE_COUNT, f"expected {SIGV4_CASE_COUNT} cases under {SUITE}"
    assert set(SKIPPED) <= {case.name for case in cases}
    assert len(SKIPPED) <= 3


# -- through a client --------------------------------------------------------


def _client(session: emrk.Session, **kwargs: object) -> FakeClient:
    client = FakeClient(session=session, sleep=lambda _seconds: None, **kwargs)  # type: ignore[arg-type]
    return client


@responses.activate
def test_each_retry_is_signed_again_with_a_fresh_date(
    session: emrk.Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A retry carries a new X-Amz-Date and a new signature when time has moved."""
    times = (SUITE_TIME + datetime.timedelta(seconds=n) for n in itertools.count(0, 7))
    frozen_signing_clock(monkeypatch, lambda: next(times))
    url = f"{ENDPOINT}/echo/x"
    responses.add(responses.POST, url, status=503, json={"message": "busy"})
    responses.add(responses.POST, url, json={"name": "x"})
    _client(session).echo(name="x")
    first, second = (call.request for call in responses.calls)
    assert first.headers["X-Amz-Date"] != second.headers["X-Amz-Date"]
    assert first.headers["Authorization"] != second.headers["Authorization"]


class _RotatingCredentials:
    """Hands out a new key pair on every call, like a refresh between attempts."""

    def __init__(self) -> None:
        self.calls = 0

    def get(self) -> Credentials:
        self.calls += 1
        return Credentials(f"AKIDROTATING{self.calls:08d}", f"secret-{self.calls}", "tok")


@responses.activate
def test_a_retry_uses_the_credentials_current_at_that_attempt(session: emrk.Session) -> None:
    """Credentials are fetched per attempt, so a refresh between attempts is picked up."""
    provider = _RotatingCredentials()
    auth = SigV4Auth(provider, "fakesvc", "us-east-1")
    url = f"{ENDPOINT}/echo/x"
    responses.add(responses.POST, url, status=500, json={})
    responses.add(responses.POST, url, json={})
    _client(session, auth=auth).echo(name="x")
    first, second = (call.request for call in responses.calls)
    assert "Credential=AKIDROTATING00000001/" in first.headers["Authorization"]
    assert "Credential=AKIDROTATING00000002/" in second.headers["Authorization"]
    assert provider.calls == 2


@responses.activate
def test_session_token_is_sent_and_signed() -> None:
    """Temporary credentials send X-Amz-Security-Token and sign it."""
    session = emrk.Session("AKIDTEMPORARY", "secret", TOKEN, region_name="us-east-1")
    responses.add(responses.POST, f"{ENDPOINT}/echo/x", json={})
    _client(session).echo(name="x")
    sent = responses.calls[0].request
    assert sent.headers["X-Amz-Security-Token"] == TOKEN
    assert "x-amz-security-token" in sent.headers["Authorization"].split("SignedHeaders=")[1]
    assert sent.headers["Authorization"].startswith("AWS4-HMAC-SHA256 Credential=AKIDTEMPORARY/")
    assert "/us-east-1/fakesvc/aws4_request" in sent.headers["Authorization"]


@responses.activate
def test_no_token_header_without_a_session_token(session: emrk.Session) -> None:
    """Long-term keys send no X-Amz-Security-Token."""
    responses.add(responses.POST, f"{ENDPOINT}/echo/x", json={})
    _client(session).echo(name="x")
    assert "X-Amz-Security-Token" not in responses.calls[0].request.headers


@responses.activate
def test_aws_requests_auth_can_sign(session: emrk.Session) -> None:
    """``auth=`` takes aws_requests_auth's signer, which then signs every request."""
    auth = AWSRequestsAuth(
        aws_access_key="AKIDFROMAWSREQUESTSAUTH",
        aws_secret_access_key="other-secret",
        aws_host="fake.us-east-1.amazonaws.com",
        aws_region="us-east-1",
        aws_service="fakesvc",
    )
    responses.add(responses.POST, f"{ENDPOINT}/echo/x", json={"name": "x"})
    assert _client(session, auth=auth).echo(name="x").name == "x"
    header = responses.calls[0].request.headers["Authorization"]
    assert header.startswith("AWS4-HMAC-SHA256 Credential=AKIDFROMAWSREQUESTSAUTH/")
    assert "/us-east-1/fakesvc/aws4_request" in header


class _BearerAuth(requests.auth.AuthBase):
    """A custom signer: a fixed bearer token, for a proxy that authenticates."""

    def __call__(self, r: requests.PreparedRequest) -> requests.PreparedRequest:
        r.headers["Authorization"] = "Bearer proxy-token"
        return r


@responses.activate
def test_custom_auth_base_replaces_sigv4(session: emrk.Session) -> None:
    """Any requests AuthBase can sign; emrk adds no SigV4 of its own then."""
    responses.add(responses.POST, f"{ENDPOINT}/echo/x", json={})
    _client(session, auth=_BearerAuth()).echo(name="x")
    sent = responses.calls[0].request
    assert sent.headers["Authorization"] == "Bearer proxy-token"
    assert "X-Amz-Date" not in sent.headers


# -- logs --------------------------------------------------------------------


@responses.activate
def test_debug_logs_carry_no_secret_token_or_signature(caplog: pytest.LogCaptureFixture) -> None:
    """At DEBUG, no record shows the secret key, token, signature or a sensitive member."""
    secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYLOGSECRET"
    session = emrk.Session("AKIDLOGTEST", secret, TOKEN, region_name="us-east-1")
    caplog.set_level(logging.DEBUG)
    url = f"{ENDPOINT}/echo/x"
    responses.add(responses.POST, url, status=500, json={"message": "oops"})
    responses.add(responses.POST, url, json={"name": "x", "password": SECRET_VALUE})
    _client(session).echo(name="x", password=SECRET_VALUE)
    signature = responses.calls[1].request.headers["Authorization"].rsplit("Signature=", 1)[1]
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "Echo" in text  # the client did log its attempts
    for leaked in (secret, TOKEN, signature, SECRET_VALUE):
        assert leaked not in text


def test_botocore_signer_records_are_masked(caplog: pytest.LogCaptureFixture) -> None:
    """The filter emrk installs on ``botocore.auth`` masks what that logger prints."""
    SigV4Auth(StaticCredentialProvider(Credentials("A", "B")), "svc", "us-east-1")
    caplog.set_level(logging.DEBUG)
    log = logging.getLogger("botocore.auth")
    log.debug("CanonicalRequest:\n%s", "x-amz-security-token:" + TOKEN)
    log.debug("StringToSign:\n%s", "AWS4-HMAC-SHA256\nscope")
    log.debug("Signature:\n%s", "deadbeef" * 8)
    text = caplog.text
    assert TOKEN not in text
    assert "deadbeef" not in text
    assert text.count("masked") == 3


def test_sigv4_auth_repr_shows_no_credentials() -> None:
    """The signer's repr names the service and region only."""
    provider = StaticCredentialProvider(Credentials("AKIDREPRTEST0001", "repr-secret", "tok"))
    text = repr(SigV4Auth(provider, "svc", "us-east-1"))
    assert "repr-secret" not in text
    assert "AKIDREPRTEST0001" not in text
