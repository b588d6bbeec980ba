"""The HTTP transport against a real (scripted) server on 127.0.0.1.

Connection failures and timeouts become :class:`emrk.TransportError` after
the retries, with the ``requests`` exception chained; unreadable answers
become :class:`emrk.ResponseParseError` (2xx) or a typed service error;
proxies, TLS verification, the connection pool and the User-Agent are
checked on the wire. Time bounds here are only sanity bounds (ten times the
configured timeouts and more), never performance checks.
"""

from __future__ import annotations

import concurrent.futures
import json
import time
import warnings
from pathlib import Path
from typing import Any

import pytest
import requests

import emrk
from tests.core._fake_service import FakeClient, FakeError, NotFoundException
from tests.core._server import Blackhole, Reply, ScriptedServer, refused_port, self_signed_tls


def _client(
    session: emrk.Session, endpoint: str, sleeps: list[float] | None = None, **config: Any
) -> FakeClient:
    return FakeClient(
        session=session,
        endpoint_url=endpoint,
        config=emrk.Config(**config),
        sleep=sleeps.append if sleeps is not None else (lambda _s: None),
    )


def _json(status: int = 200, body: Any = None, **headers: str) -> Reply:
    payload = b"{}" if body is None else json.dumps(body).encode()
    return Reply(
        status=status, body=payload, headers={"Content-Type": "application/json", **headers}
    )


# -- no answer ---------------------------------------------------------------


def test_connection_refused(session: emrk.Session) -> None:
    """Nobody listening: three attempts, then TransportError caused by ConnectionError."""
    sleeps: list[float] = []
    endpoint = f"http://127.0.0.1:{refused_port()}"
    with pytest.raises(emrk.TransportError) as info:
        _client(session, endpoint, sleeps).echo(name="x")
    assert len(sleeps) == 2
    assert isinstance(info.value.__cause__, requests.ConnectionError)
    assert "127.0.0.1" in str(info.value)


@pytest.mark.parametrize("action", ["reset", "close", "truncate"])
def test_broken_connections_are_retried_then_raised(session: emrk.Session, action: str) -> None:
    """Reset, hang-up or a body cut short, every time: TransportError after 3 attempts."""
    with ScriptedServer([Reply(action=action, body=b'{"name"')]) as server:
        with pytest.raises(emrk.TransportError) as info:
            _client(session, server.url).echo(name="x")
        assert len(server.requests) == 3
    assert isinstance(info.value.__cause__, requests.RequestException)


@pytest.mark.parametrize("action", ["reset", "close", "truncate"])
def test_a_broken_connection_then_success(session: emrk.Session, action: str) -> None:
    """One broken exchange is retried on a new connection and the call succeeds."""
    with ScriptedServer([Reply(action=action), _json(body={"name": "ok"})]) as server:
        result = _client(session, server.url).echo(name="x")
        assert len(server.requests) == 2
    assert result.name == "ok"
    assert result.response_metadata is not None
    assert result.response_metadata.retry_attempts == 1


def test_read_timeout(session: emrk.Session) -> None:
    """An answer slower than read_timeout: TransportError caused by ReadTimeout."""
    with ScriptedServer([Reply(delay=5)]) as server:
        started = time.monotonic()
        with pytest.raises(emrk.TransportError) as info:
            _client(session, server.url, read_timeout=0.2, retries={"max_attempts": 2}).echo(
                name="x"
            )
        elapsed = time.monotonic() - started
        assert len(server.requests) == 2
    assert isinstance(info.value.__cause__, requests.ReadTimeout)
    assert elapsed < 10  # 2 attempts x 0.2 s: the call did not wait for the slow server


def test_connect_timeout(session: emrk.Session) -> None:
    """A connection that never completes: TransportError caused by ConnectTimeout."""
    with Blackhole() as hole:
        started = time.monotonic()
        with pytest.raises(emrk.TransportError) as info:
            _client(
                session,
                f"http://127.0.0.1:{hole.port}",
                connect_timeout=0.2,
                retries={"max_attempts": 2},
            ).echo(name="x")
        elapsed = time.monotonic() - started
    assert isinstance(info.value.__cause__, requests.ConnectTimeout)
    assert elapsed < 10


# -- unreadable answers -------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b'{"name": "x', "application/json"),
        (b"<html><body>Gateway</body></html>", "text/html"),
        (b"[1, 2]", "application/json"),
        (b'"just a string"', "application/json"),
        (b'{"things": 5}', "application/json"),
        (b"\xff\xfe\x00garbage", "application/octet-stream"),
    ],
)
def test_unreadable_2xx_bodies(session: emrk.Session, body: bytes, content_type: str) -> None:
    """A 2xx the model cannot read: ResponseParseError with status, request id and body start.

    (ListThings has no sensitive member, so the error may quote the body.)
    """
    headers = {"Content-Type": content_type, "x-amzn-RequestId": "req-parse"}
    with ScriptedServer([Reply(body=body, headers=headers)]) as server:
        with pytest.raises(emrk.ResponseParseError) as info:
            _client(session, server.url).list_things()
        assert len(server.requests) == 1  # not retried
    assert info.value.status_code == 200
    assert info.value.request_id == "req-parse"
    assert info.value.body_preview == body[:512]


def test_empty_2xx_body_is_an_empty_response(session: emrk.Session) -> None:
    """An empty 2xx body reads as ``{}``, as botocore reads it: every member None."""
    with ScriptedServer([Reply(body=b"")]) as server:
        result = _client(session, server.url).echo(name="x")
    assert result.name is None
    assert result.response_metadata is not None
    assert result.response_metadata.http_status_code == 200


@pytest.mark.parametrize(
    ("status", "body"),
    [
        (400, b"<html>Bad Request</html>"),
        (403, b""),
        (404, b"[1]"),
        (500, b"<html>Internal error</html>"),
        (502, b'{"message": "bad gat'),
    ],
)
def test_unreadable_error_bodies(session: emrk.Session, status: int, body: bytes) -> None:
    """An error answer emrk cannot read still raises the service error, with status and id."""
    headers = {"Content-Type": "text/html", "x-amzn-RequestId": "req-err"}
    server = ScriptedServer([Reply(status=status, body=body, headers=headers)])
    with server, pytest.raises(FakeError) as info:
        _client(session, server.url, retries={"max_attempts": 1}).echo(name="x")
    assert type(info.value) is FakeError
    assert info.value.status_code == status
    assert info.value.code == str(status)
    assert info.value.request_id == "req-err"


def test_typed_error_from_the_wire(session: emrk.Session) -> None:
    """A modeled error answer raises its class, with its members."""
    reply = _json(
        404,
        {"message": "no such thing", "thingName": "x"},
        **{"x-amzn-ErrorType": "NotFoundException:http://internal/", "x-amzn-RequestId": "r-1"},
    )
    with ScriptedServer([reply]) as server, pytest.raises(NotFoundException) as info:
        _client(session, server.url).echo(name="x")
    assert info.value.thing_name == "x"  # type: ignore[attr-defined]
    assert info.value.message == "no such thing"
    assert info.value.request_id == "r-1"


# -- connection handling ---------------------------------------------------------------


def test_connections_are_kept_alive(session: emrk.Session) -> None:
    """Sequential calls reuse one pooled connection."""
    with ScriptedServer([_json(body={"name": "x"})]) as server:
        client = _client(session, server.url)
        for _ in range(4):
            client.echo(name="x")
        assert server.connections == 1
        assert len(server.requests) == 4
        client.close()


def _concurrent_rounds(client: FakeClient, rounds: int, width: int) -> None:
    with concurrent.futures.ThreadPoolExecutor(width) as pool:
        for _ in range(rounds):
            list(pool.map(lambda _i: client.echo(name="x"), range(width)))


@pytest.mark.parametrize(("pool_size", "expected"), [(2, 6), (10, 4)])
def test_max_pool_connections(session: emrk.Session, pool_size: int, expected: int) -> None:
    """The pool keeps ``max_pool_connections`` idle connections for reuse.

    Two rounds of four concurrent calls: with a pool of 10 the second round
    reuses all four connections; with a pool of 2 only two come back.
    """
    with ScriptedServer([Reply(gather=4)]) as server:
        client = _client(session, server.url, max_pool_connections=pool_size)
        _concurrent_rounds(client, rounds=2, width=4)
        assert len(server.requests) == 8
        assert server.connections == expected
        client.close()


def test_proxies_from_config(session: emrk.Session) -> None:
    """Config(proxies=...) sends the request through the proxy, in absolute form."""
    with ScriptedServer([_json(body={"name": "via-proxy"})]) as proxy:
        client = _client(session, "http://fake.example.invalid", proxies={"http": proxy.url})
        assert client.echo(name="x").name == "via-proxy"
        assert proxy.requests[0].target == "http://fake.example.invalid/echo/x"


def test_proxies_from_the_environment(
    session: emrk.Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without Config(proxies=...), the usual HTTP(S)_PROXY variables apply."""
    with ScriptedServer([_json(body={"name": "env-proxy"})]) as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        monkeypatch.delenv("NO_PROXY", raising=False)
        monkeypatch.delenv("no_proxy", raising=False)
        client = _client(session, "http://fake.example.invalid")
        assert client.echo(name="x").name == "env-proxy"
        assert proxy.requests[0].target.startswith("http://fake.example.invalid/")


@pytest.fixture
def tls(tmp_path: Path) -> tuple[Any, str]:
    return self_signed_tls(tmp_path)


def test_tls_verification_fails_for_an_unknown_certificate(
    session: emrk.Session, tls: tuple[Any, str]
) -> None:
    """By default the certificate is verified: a self-signed one is refused."""
    context, _ca = tls
    server = ScriptedServer([_json()], tls=context)
    with server, pytest.raises(emrk.TransportError) as info:
        _client(session, server.url, retries={"max_attempts": 1}).echo(name="x")
    assert isinstance(info.value.__cause__, requests.exceptions.SSLError)


@pytest.mark.parametrize("how", ["verify-false", "ca-bundle", "aws-ca-bundle-env"])
def test_tls_verification_settings(
    session: emrk.Session, tls: tuple[Any, str], monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    """verify=False, verify=<CA bundle> and AWS_CA_BUNDLE all reach the server."""
    context, ca = tls
    config: dict[str, Any] = {"retries": {"max_attempts": 1}}
    if how == "verify-false":
        config["verify"] = False
    elif how == "ca-bundle":
        config["verify"] = ca
    else:
        monkeypatch.setenv("AWS_CA_BUNDLE", ca)
    server = ScriptedServer([_json(body={"name": "tls"})], tls=context)
    with server, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # urllib3 warns about verify=False, as it should
        assert _client(session, server.url, **config).echo(name="x").name == "tls"


def test_user_agent_names_emrk_and_the_extra(session: emrk.Session) -> None:
    """User-Agent: ``emrk/<version>`` first, ``user_agent_extra`` last."""
    with ScriptedServer([_json()]) as server:
        _client(session, server.url).echo(name="x")
        _client(session, server.url, user_agent_extra="my-app/1.2").echo(name="x")
        plain, extra = (r.headers["User-Agent"] for r in server.requests)
    assert plain.startswith(f"emrk/{emrk.__version__} ")
    assert extra.startswith(f"emrk/{emrk.__version__} ")
    assert extra.endswith(" my-app/1.2")
    assert "my-app" not in plain


def test_wire_request_shape(session: emrk.Session) -> None:
    """What reaches the server: method, path, JSON body, content type, signature."""
    with ScriptedServer([_json(body={"name": "x"})]) as server:
        _client(session, server.url).echo(name="a b/c", count=3)
        seen = server.requests[0]
    assert seen.method == "POST"
    assert seen.target == "/echo/a%20b%2Fc"
    body = json.loads(seen.body)
    assert body["count"] == 3
    assert "clientToken" in body
    assert seen.headers["Content-Type"] == "application/json"
    assert seen.headers["Authorization"].startswith("AWS4-HMAC-SHA256 ")


def test_server_helper_stops_by_itself() -> None:
    """The scripted server has a bounded lifetime."""
    server = ScriptedServer([Reply()], lifetime=0.2)
    with server:
        server._stopped.wait(5)
        assert server._stopped.is_set()
