"""Nothing that would break or inject an HTTP header is sent, and credentials never show.

A line break in a session token used to go as far as http.client, which
refused it with a ``ValueError`` quoting the whole token (and a line break
followed by a space went through, folded away by the server). Now every
credential, from every source, is checked where it is about to be signed:
a character no AWS credential holds (a line break, a control or a non-ASCII
character) raises :class:`emrk.CredentialsError` naming the credential and
never its value, and the real local server sees no request at all. The
region (which travels in the Authorization header), header members and the
endpoint URL are covered too.
"""

from __future__ import annotations

import logging
import shlex
import sys
from pathlib import Path
from typing import Any

import pytest

import emrk
from emrk.core.sigv4 import SigV4Signer
from tests.reliability._header_client import HeaderClient
from tests.reliability._server import FaultServer, Reply
from tests.reliability._services import SERVICES, Service, ok_reply
from tests.reliability.conftest import Serve

KEY_ID = "AKIDINJECTIONTEST001"
SECRET_KEY = "InjectionTestSecretKey/0000000000000000+"
SESSION_TOKEN = "FwoGZXIvYXdzINJECTIONTESTTOKEN//////0000=="
INJECTED = "X-Injected: yes"

#: Each credential: its name in messages, and where each source takes it from.
FIELDS = {
    "access key id": ("aws_access_key_id", "AWS_ACCESS_KEY_ID", "AccessKeyId"),
    "secret access key": ("aws_secret_access_key", "AWS_SECRET_ACCESS_KEY", "SecretAccessKey"),
    "session token": ("aws_session_token", "AWS_SESSION_TOKEN", "SessionToken"),
}
GOOD = {"access key id": KEY_ID, "secret access key": SECRET_KEY, "session token": SESSION_TOKEN}
SOURCES = ["explicit", "environment", "credentials file", "credential_process"]
EKS = next(s for s in SERVICES if s.package == "eks")


def _session(
    source: str, values: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> emrk.Session:
    """A session whose credentials, ``values`` by field name, come from ``source``."""
    if source == "explicit":
        return emrk.Session(region_name="us-east-1", **{FIELDS[f][0]: v for f, v in values.items()})
    for _kwarg, variable, _key in FIELDS.values():
        monkeypatch.delenv(variable, raising=False)
    if source == "environment":
        for field, value in values.items():
            monkeypatch.setenv(FIELDS[field][1], value)
    elif source == "credentials file":
        # An indented line continues the value above it: "a\n  b" reads as "a\nb".
        lines = [
            f"{FIELDS[f][0]} = {v.replace(chr(10), chr(10) + '  ')}" for f, v in values.items()
        ]
        path = tmp_path / "credentials"
        path.write_text("[default]\n" + "\n".join(lines) + "\n")
        monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(path))
    else:  # botocore runs the process and reads its JSON
        answer = {"Version": 1, **{FIELDS[f][2]: v for f, v in values.items()}}
        script = tmp_path / "credential_process.py"
        script.write_text(f"import json\nprint(json.dumps({answer!r}))\n")
        config = tmp_path / "config"
        command = f"{shlex.quote(sys.executable)} {shlex.quote(str(script))}"
        config.write_text(f"[default]\ncredential_process = {command}\n")
        monkeypatch.setenv("AWS_CONFIG_FILE", str(config))
    return emrk.Session(region_name="us-east-1")


def _broken(field: str, source: str) -> dict[str, str]:
    """Good credentials, except ``field``, which carries an injected header line."""
    # A credentials file cannot hold a CR (lines end however the file says);
    # its multi-line values give an LF.
    line_break = "\n" if source == "credentials file" else "\r\n"
    return {**GOOD, field: GOOD[field] + line_break + INJECTED}


def _assert_silent(error: BaseException, *logs: str) -> None:
    """No credential, nor the injected line, in anything the error or the logs say."""
    said = [str(error), repr(error), *logs]
    said += [str(e) for e in (error.__cause__, error.__context__) if e is not None]
    for text in said:
        for secret in (KEY_ID, SECRET_KEY, SESSION_TOKEN, INJECTED):
            assert secret not in text, f"{secret!r} in {text[:300]!r}"


@pytest.mark.parametrize("source", SOURCES)
@pytest.mark.parametrize("field", list(FIELDS))
def test_a_credential_with_a_line_break_is_refused_before_sending(
    serve: Serve,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    field: str,
    source: str,
) -> None:
    caplog.set_level(logging.DEBUG)
    server = serve(ok_reply(EKS))
    session = _session(source, _broken(field, source), tmp_path, monkeypatch)
    client = EKS.client(session, server.url)
    with pytest.raises(emrk.CredentialsError) as info:
        EKS.call(client)
    assert f"The AWS {field} contains a line break (CR or LF)" in str(info.value)
    assert server.requests == []
    _assert_silent(info.value, caplog.text)


def test_good_credentials_from_a_credential_process_are_used(
    serve: Serve, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The control case of the test above: the same set-up, unbroken, gets through."""
    server = serve(ok_reply(EKS))
    session = _session("credential_process", dict(GOOD), tmp_path, monkeypatch)
    EKS.call(EKS.client(session, server.url))
    assert server.requests[0].headers["X-Amz-Security-Token"] == SESSION_TOKEN
    assert f"Credential={KEY_ID}/" in server.requests[0].headers["Authorization"]


@pytest.mark.parametrize(
    ("token", "problem"),
    [
        (SESSION_TOKEN + "\n", "a line break (CR or LF) at its end"),
        ("\r\n" + SESSION_TOKEN, "a line break (CR or LF) at its start"),
        # A line break then a space passes http.client (an obsolete header
        # folding), and the server would read another token than the one signed.
        (SESSION_TOKEN + "\r\n continued", "a line break (CR or LF),"),
        (SESSION_TOKEN[:10] + "\x00" + SESSION_TOKEN[10:], "a control character,"),
        (SESSION_TOKEN + "\t", "a control character at its end"),
        (SESSION_TOKEN + "\x7f", "a control character at its end"),
        (SESSION_TOKEN + "é", "a non-ASCII character at its end"),  # sent as Latin-1
        (SESSION_TOKEN + "☃", "a non-ASCII character at its end"),  # not sent at all
        ("\u00a0" + SESSION_TOKEN, "a non-ASCII character at its start"),
    ],
)
def test_any_character_no_token_holds_is_refused(serve: Serve, token: str, problem: str) -> None:
    server = serve(ok_reply(EKS))
    session = emrk.Session(
        aws_access_key_id=KEY_ID,
        aws_secret_access_key=SECRET_KEY,
        aws_session_token=token,
        region_name="us-east-1",
    )
    with pytest.raises(emrk.CredentialsError) as info:
        EKS.call(EKS.client(session, server.url))
    assert f"The AWS session token contains {problem}" in str(info.value)
    assert "nothing was sent" in str(info.value)
    assert server.requests == []
    _assert_silent(info.value)


def test_a_credential_that_is_no_str_is_refused(serve: Serve) -> None:
    server = serve(ok_reply(EKS))
    session = emrk.Session(
        aws_access_key_id=KEY_ID,
        aws_secret_access_key=SECRET_KEY.encode(),  # type: ignore[arg-type]
        region_name="us-east-1",
    )
    with pytest.raises(emrk.CredentialsError, match="secret access key is a bytes, not a str"):
        EKS.call(EKS.client(session, server.url))
    assert server.requests == []


@pytest.mark.parametrize("service", SERVICES, ids=[s.package for s in SERVICES])
def test_every_service_refuses_a_broken_token(serve: Serve, service: Service) -> None:
    server = serve(ok_reply(service))
    session = emrk.Session(
        aws_access_key_id=KEY_ID,
        aws_secret_access_key=SECRET_KEY,
        aws_session_token=SESSION_TOKEN + "\r\n" + INJECTED,
        region_name="us-east-1",
    )
    with pytest.raises(emrk.CredentialsError, match="session token"):
        service.call(service.client(session, server.url))
    assert server.requests == []


def test_each_new_set_of_credentials_is_checked() -> None:
    """The signer scans a set of credentials once, then only compares: a refresh
    that brings a broken token is still caught, and the good one after it signs."""
    signer = SigV4Signer("us-east-1", "eks")

    def sign(token: str) -> dict[str, str]:
        return signer.sign(
            "GET",
            "https://eks.us-east-1.amazonaws.com/clusters",
            {},
            None,
            access_key=KEY_ID,
            secret_key=SECRET_KEY,
            token=token,
        )

    assert sign(SESSION_TOKEN)["X-Amz-Security-Token"] == SESSION_TOKEN
    for _ in range(2):
        with pytest.raises(emrk.CredentialsError, match="session token"):
            sign(SESSION_TOKEN + "\n")
    assert sign(SESSION_TOKEN)["X-Amz-Security-Token"] == SESSION_TOKEN


@pytest.mark.parametrize("field", list(FIELDS))
def test_an_eks_token_is_not_signed_with_a_broken_credential(field: str) -> None:
    from emrk.eks import get_token

    values = _broken(field, "explicit")
    session = emrk.Session(region_name="us-east-1", **{FIELDS[f][0]: v for f, v in values.items()})
    with pytest.raises(emrk.CredentialsError) as info:
        get_token("prod", session=session)
    assert f"The AWS {field} contains a line break" in str(info.value)
    _assert_silent(info.value)


# -- what else reaches a header -------------------------------------------------------


def test_a_region_with_a_line_break_is_refused(serve: Serve) -> None:
    """With an endpoint URL given, the region reaches only the Authorization header."""
    server = serve(ok_reply(EKS))
    session = emrk.Session(
        aws_access_key_id=KEY_ID,
        aws_secret_access_key=SECRET_KEY,
        region_name="us-east-1\r\n" + INJECTED,
    )
    with pytest.raises(emrk.ParamValidationError) as info:
        EKS.client(session, server.url)
    assert info.value.param == "region_name"
    assert "line break" in str(info.value)
    assert server.requests == []


def test_an_endpoint_url_cannot_add_a_header(serve: Serve) -> None:
    """An endpoint URL holding CR or LF is refused when the client is built; nothing is sent."""
    server = serve(ok_reply(EKS))
    session = emrk.Session(
        aws_access_key_id=KEY_ID, aws_secret_access_key=SECRET_KEY, region_name="us-east-1"
    )
    with pytest.raises(emrk.ParamValidationError, match="endpoint_url"):
        EKS.client(session, server.url + "/base\r\n" + INJECTED)
    assert server.requests == []


@pytest.mark.parametrize(
    ("kwargs", "param", "kind"),
    [
        ({"tag": "caf\u00e9"}, "tag", "a non-ASCII character"),
        ({"tag": "snow\u2603man"}, "tag", "a non-ASCII character"),
        ({"tag": "nul\x00"}, "tag", "a control character"),
        ({"tags": ["fine", "bell\x07"]}, "tags", "a control character"),
    ],
)
def test_a_header_member_that_is_not_printable_ascii_is_refused(
    serve: Serve, session: emrk.Session, kwargs: dict[str, Any], param: str, kind: str
) -> None:
    server = serve(Reply())
    client = HeaderClient(session=session, endpoint_url=server.url)
    with pytest.raises(emrk.ParamValidationError) as info:
        client.put(**kwargs)
    assert info.value.param == param
    assert kind in str(info.value)
    for value in kwargs.values():
        assert str(value) not in str(info.value)  # header members may be sensitive
    assert server.requests == []


def test_printable_header_members_are_sent(serve: Serve, session: emrk.Session) -> None:
    server: FaultServer = serve(Reply())
    HeaderClient(session=session, endpoint_url=server.url).put(tag="a b\tc~", tags=["x", "y"])
    seen = server.requests[0].headers
    assert seen["x-amz-tag"] == "a b\tc~"
    assert seen["x-amz-tags"] == "x, y"
