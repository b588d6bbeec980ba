"""Clock-skew correction against a local server whose clock is 20 minutes off.

The server behaves as AWS front ends do: a request whose ``X-Amz-Date`` is
more than five minutes from its own clock gets a 403 with a clock error code
(``InvalidSignatureException`` by default) and a ``Date`` header carrying the
server's time; any other request is answered normally. Both protocols are
covered (rest-json: EKS; awsJson 1.0 and 1.1: PCS and EMR), sync and async.
"""

from __future__ import annotations

import datetime
import email.utils
import importlib
import json
import logging
from typing import Any

import pytest

import emrk
from emrk.core.clock import CLOCK_SKEW_ERROR_CODES
from tests.reliability._server import Reply, Seen
from tests.reliability._services import (
    SERVICES,
    Service,
    _client_class,
    error_body,
    error_headers,
    ok_reply,
)
from tests.reliability.conftest import Serve

KEY_ID, SECRET_KEY, TOKEN = "AKIDSKEWTEST00000001", "skew-secret-key-value", "skew-session-token"
PROTOCOLS = {s.package: s for s in SERVICES if s.package in ("eks", "pcs", "emr")}
EKS = PROTOCOLS["eks"]
AHEAD = datetime.timedelta(minutes=20)
ALLOWED = datetime.timedelta(minutes=5)


class SkewedService:
    """Answers as a service whose clock is ``offset`` away from ours; records each status."""

    def __init__(
        self,
        service: Service,
        offset: datetime.timedelta,
        code: str = "InvalidSignatureException",
        *,
        always: bool = False,
    ) -> None:
        self.service = service
        self.offset = offset
        self.code = code
        self.always = always  # refuse every request, whatever its date
        self.statuses: list[int] = []

    def __call__(self, seen: Seen) -> Reply:
        now = datetime.datetime.now(datetime.timezone.utc) + self.offset
        date = email.utils.format_datetime(now, usegmt=True)
        if self.always or abs(now - _signed_at(seen)) > ALLOWED:
            body = error_body(self.service, self.code, "Signature expired: is now earlier than")
            reply = Reply(
                status=403,
                headers={**error_headers(self.service, self.code), "Date": date},
                body=json.dumps(body).encode(),
            )
        else:
            ok = ok_reply(self.service)
            reply = Reply(status=200, headers={**ok.headers, "Date": date}, body=ok.body)
        self.statuses.append(reply.status)
        return reply


def _signed_at(seen: Seen) -> datetime.datetime:
    stamp = next(v for k, v in seen.headers.items() if k.lower() == "x-amz-date")
    return datetime.datetime.strptime(stamp, "%Y%m%dT%H%M%SZ").replace(tzinfo=datetime.timezone.utc)


def _session() -> emrk.Session:
    return emrk.Session(KEY_ID, SECRET_KEY, TOKEN, region_name="us-east-1")


@pytest.mark.parametrize("offset", [AHEAD, -AHEAD], ids=["server-ahead", "server-behind"])
@pytest.mark.parametrize("package", sorted(PROTOCOLS))
def test_the_first_call_corrects_the_clock_and_retries_at_once(
    serve: Serve, package: str, offset: datetime.timedelta, caplog: pytest.LogCaptureFixture
) -> None:
    service = PROTOCOLS[package]
    skewed = SkewedService(service, offset)
    server = serve(respond=skewed)
    session = _session()
    sleeps: list[float] = []
    client = service.client(session, server.url, sleeps)
    # The retry policy itself: the correction must take nothing from its quota.
    quota = client._retry_policy.quota
    before = quota.available if quota is not None else None
    with caplog.at_level(logging.WARNING, logger="emrk"):
        response = service.call(client)
    assert service.ident_parsed(response) == "ident-1"
    assert skewed.statuses == [403, 200]
    assert sleeps == []  # no backoff
    assert quota is None or quota.available == before
    assert abs(session.signing_clock.offset - offset) < datetime.timedelta(seconds=5)
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    said = float(warnings[0].split("(offset ", 1)[1].split(" s)", 1)[0])
    assert abs(said - offset.total_seconds()) < 5  # the offset, in seconds
    assert ("behind" if offset > datetime.timedelta(0) else "ahead of") in warnings[0]
    assert not any(s in warnings[0] for s in (KEY_ID, SECRET_KEY, TOKEN))


@pytest.mark.parametrize("package", sorted(PROTOCOLS))
def test_later_calls_and_other_clients_of_the_session_send_one_request(
    serve: Serve, package: str, caplog: pytest.LogCaptureFixture
) -> None:
    service = PROTOCOLS[package]
    skewed = SkewedService(service, AHEAD)
    server = serve(respond=skewed)
    session = _session()
    with caplog.at_level(logging.WARNING, logger="emrk"):
        service.call(service.client(session, server.url))
        service.call(service.client(session, server.url))  # another client, same session
        service.call(service.client(session, server.url))
    assert skewed.statuses == [403, 200, 200, 200]
    assert len([r for r in caplog.records if r.levelno == logging.WARNING]) == 1


def test_one_attempt_fails_but_the_offset_is_still_learned(serve: Serve) -> None:
    skewed = SkewedService(EKS, AHEAD)
    server = serve(respond=skewed)
    session = _session()
    client = EKS.client(session, server.url, retries={"max_attempts": 1})
    with pytest.raises(EKS.base_error) as info:
        EKS.call(client)
    assert info.value.code == "InvalidSignatureException"
    assert info.value.status_code == 403
    EKS.call(client)
    assert skewed.statuses == [403, 200]


@pytest.mark.parametrize("package", sorted(PROTOCOLS))
def test_a_403_that_is_not_about_time_is_not_retried(serve: Serve, package: str) -> None:
    service = PROTOCOLS[package]
    denied = SkewedService(service, AHEAD, code="AccessDeniedException", always=True)
    server = serve(respond=denied)
    with pytest.raises(emrk.ServiceError) as info:
        service.call(service.client(_session(), server.url))
    assert info.value.code == "AccessDeniedException"
    assert denied.statuses == [403]


def test_a_clock_code_with_a_correct_clock_is_not_retried(serve: Serve) -> None:
    """A signature error while the clocks agree is a real signature error: no retry."""
    wrong_key = SkewedService(EKS, datetime.timedelta(0), always=True)
    server = serve(respond=wrong_key)
    session = _session()
    with pytest.raises(EKS.base_error) as info:
        EKS.call(EKS.client(session, server.url))
    assert info.value.code == "InvalidSignatureException"
    assert wrong_key.statuses == [403]
    assert session.signing_clock.offset == datetime.timedelta(0)


def test_a_clock_code_without_a_date_is_not_retried(serve: Serve) -> None:
    def no_date(seen: Seen) -> Reply:
        headers = error_headers(EKS, "RequestTimeTooSkewed")
        return Reply(status=403, headers=headers, body=b'{"message": "skewed"}')

    server = serve(respond=no_date)
    with pytest.raises(EKS.base_error):
        EKS.call(EKS.client(_session(), server.url))
    assert len(server.requests) == 1


@pytest.mark.parametrize("code", sorted(CLOCK_SKEW_ERROR_CODES))
def test_every_clock_error_code_triggers_the_correction(serve: Serve, code: str) -> None:
    skewed = SkewedService(EKS, -AHEAD, code=code)
    server = serve(respond=skewed)
    EKS.call(EKS.client(_session(), server.url))
    assert skewed.statuses == [403, 200]


@pytest.mark.parametrize("package", sorted(PROTOCOLS))
async def test_async_clients_correct_the_clock_too(serve: Serve, package: str) -> None:
    service = PROTOCOLS[package]
    skewed = SkewedService(service, AHEAD)
    server = serve(respond=skewed)
    session = emrk.AsyncSession(KEY_ID, SECRET_KEY, TOKEN, region_name="us-east-1")
    package = importlib.import_module(f"emrk.{service.package}")
    async_class: Any = getattr(package, "Async" + _client_class(service.package).__name__)
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    async with async_class(session=session, endpoint_url=server.url, sleep=sleep) as client:
        response = await getattr(client, service.method)(**service.kwargs("ident-1"))
        await getattr(client, service.method)(**service.kwargs("ident-1"))
    assert service.ident_parsed(response) == "ident-1"
    assert skewed.statuses == [403, 200, 200]
    assert slept == []


def test_eks_tokens_of_a_corrected_session_are_signed_at_the_corrected_time(
    serve: Serve,
) -> None:
    """After a correction, get_token dates the presigned URL with AWS's time.

    The reported expiry stays on the local clock, the one kubectl compares it with.
    """
    import base64
    from urllib.parse import parse_qs, urlsplit

    from emrk.eks import get_token

    server = serve(respond=SkewedService(EKS, AHEAD))
    session = _session()
    before = get_token("prod", session=session)
    EKS.call(EKS.client(session, server.url))  # learns the 20-minute offset
    after = get_token("prod", session=session)

    def signed_date(token: str) -> datetime.datetime:
        encoded = token.removeprefix("k8s-aws-v1.")
        url = base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4)).decode()
        stamp = parse_qs(urlsplit(url).query)["X-Amz-Date"][0]
        return datetime.datetime.strptime(stamp, "%Y%m%dT%H%M%SZ").replace(
            tzinfo=datetime.timezone.utc
        )

    assert abs(signed_date(before.token) - before.signed_at) < datetime.timedelta(seconds=2)
    shift = signed_date(after.token) - after.signed_at
    assert abs(shift - AHEAD) < datetime.timedelta(seconds=5)
    local_now = datetime.datetime.now(datetime.timezone.utc)
    assert after.expires_at - local_now < datetime.timedelta(minutes=15)
