"""Secrets never show: not in logs, exception messages or any ``repr``.

With the ``emrk`` logger and the root logger at DEBUG (so records of the
libraries emrk calls count too: botocore's signer logs the canonical request
and the signature at DEBUG, urllib3 logs every request line), nothing
captured may contain:

* the secret access key or the session token (explicit keys, or keys found
  by botocore's chain in the environment);
* a request signature (as the server received it);
* the value of any member botocore marks sensitive, in any service. The
  sensitive members are found by walking botocore's models, not listed by
  hand; answers are built with a unique canary in each of them.

Beyond botocore (deliberately): an answer that fails to parse is quoted in
:class:`emrk.ResponseParseError` only when it cannot carry a secret (the
operation's output has no sensitive member and the body holds no secret the
call knows); otherwise the message says the body is withheld. A service
error that echoes a request secret or the signing keys has it masked.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from typing import Any

import pytest
import responses

import emrk
from emrk.core.client import BaseClient
from emrk.core.redaction import carries_secrets, secret_values
from tests.reliability._sensitive import (
    BOTOCORE_NAMES,
    CanaryBody,
    operation_models,
    sensitive_paths,
)
from tests.reliability._server import Reply, refused_port
from tests.reliability._services import (
    REQUEST_ID,
    SERVICE_IDS,
    SERVICES,
    Arguments,
    Service,
    all_operations,
    error_reply,
    method_name,
    ok_reply,
    operations,
)
from tests.reliability.conftest import Serve

ENDPOINT = "https://secrets.test"
KEY_ID = "AKIDSECRETSTEST00001"
SECRET_KEY = "Sup3rS3cretKey/ForTheRedactionTests+0000"
SESSION_TOKEN = "FwoGZXIvYXdzSESSIONTOKENforTheRedactionTests//////////0000=="
BY_PACKAGE = {s.package: s for s in SERVICES}


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    """Capture every record at DEBUG: emrk's, botocore's, urllib3's, the root logger's."""
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="emrk")
    caplog.set_level(logging.DEBUG, logger="botocore")
    caplog.set_level(logging.DEBUG, logger="urllib3")
    yield caplog


def _secret_session() -> emrk.Session:
    return emrk.Session(
        aws_access_key_id=KEY_ID,
        aws_secret_access_key=SECRET_KEY,
        aws_session_token=SESSION_TOKEN,
        region_name="us-east-1",
    )


def _assert_absent(secrets: set[str], *texts: str) -> None:
    for text in texts:
        leaked = sorted(s for s in secrets if s in text)
        assert not leaked, f"leaked {leaked} in {text[:300]!r}"


def _everything_said(caplog: pytest.LogCaptureFixture) -> str:
    """Every captured record, formatted, with its arguments rendered."""
    return "\n".join(f"{r.name}: {r.getMessage()}" for r in caplog.records)


# -- the walk ---------------------------------------------------------------------------


def test_the_walk_finds_the_sensitive_members_of_each_service() -> None:
    found = {p: sensitive_paths(p) for p in BOTOCORE_NAMES}
    outputs = {
        p: {s.operation for s in paths if s.direction == "output"} for p, paths in found.items()
    }
    assert "GetManagedEndpointSessionCredentials" in outputs["emr_containers"]
    assert outputs["pcs"] == {"RegisterComputeNodeGroupInstance"}
    assert outputs["emr"] == {"GetClusterSessionCredentials"}
    assert outputs["eks_auth"] == {"AssumeRoleForPodIdentity"}
    inputs = {
        p: {s.operation for s in paths if s.direction == "input"} for p, paths in found.items()
    }
    assert {"StartJobRun", "CreateJobTemplate"} <= inputs["emr_containers"]
    assert inputs["eks_auth"] == {"AssumeRoleForPodIdentity"}


def _output_cases() -> list[Any]:
    cases = []
    for package in BOTOCORE_NAMES:
        ops = {op.name: op for op in operations(package)}
        outputs = {s.operation for s in sensitive_paths(package) if s.direction == "output"}
        for model in operation_models(package):
            if model.name in outputs:
                cases.append(
                    pytest.param(
                        BY_PACKAGE[package], ops[model.name], model, id=f"{package}.{model.name}"
                    )
                )
    return cases


def _input_cases() -> list[Any]:
    cases = []
    for package in BOTOCORE_NAMES:
        inputs = {s.operation for s in sensitive_paths(package) if s.direction == "input"}
        for op in operations(package):
            if op.name in inputs:
                cases.append(pytest.param(BY_PACKAGE[package], op, id=f"{package}.{op.name}"))
    return cases


def _representative(service: Service) -> Any:
    return next(op for op in operations(service.package) if method_name(op) == service.method)


def _client(service: Service) -> BaseClient:
    return service.client(_secret_session(), ENDPOINT)


def _answer_with(body: bytes, status: int = 200, **headers: str) -> responses.RequestsMock:
    mock = responses.RequestsMock(assert_all_requests_are_fired=False)
    for method in ("GET", "POST", "PUT", "DELETE"):
        mock.add(
            method,
            re.compile(re.escape(ENDPOINT) + ".*"),
            body=body,
            status=status,
            headers={"x-amzn-RequestId": REQUEST_ID, **headers},
        )
    return mock


# -- sensitive members in answers --------------------------------------------------------


@pytest.mark.parametrize(("service", "op", "model"), _output_cases())
def test_sensitive_output_members_never_show(
    debug_logs: pytest.LogCaptureFixture, service: Service, op: Any, model: Any
) -> None:
    canary = CanaryBody("OUTCANARY")
    body = canary.build(model.output_shape)
    client = _client(service)
    with _answer_with(json.dumps(body).encode()):
        result = getattr(client, method_name(op))(**Arguments().for_operation(op))
    # The canaries reached the model, each in a member emrk too marks sensitive...
    assert secret_values(result) == canary.canaries
    # ...and none shows.
    _assert_absent(canary.canaries, repr(result), str(result), _everything_said(debug_logs))


@pytest.mark.parametrize(("service", "op", "model"), _output_cases())
def test_an_unparseable_answer_with_sensitive_members_is_withheld(
    debug_logs: pytest.LogCaptureFixture, service: Service, op: Any, model: Any
) -> None:
    canary = CanaryBody("BADCANARY")
    body = canary.build(model.output_shape)
    raw = json.dumps(body).encode()
    for broken in (raw[: len(raw) - 3], raw + b"]", b"<html>" + raw + b"</html>"):
        with _answer_with(broken), pytest.raises(emrk.ResponseParseError) as info:
            getattr(_client(service), method_name(op))(**Arguments().for_operation(op))
        error = info.value
        assert "body withheld" in str(error)
        assert error.body_preview == b""
        _assert_absent(canary.canaries, str(error), repr(error), _everything_said(debug_logs))


@pytest.mark.parametrize("service", SERVICES, ids=SERVICE_IDS)
@pytest.mark.parametrize("secret", ["secret-key", "session-token"])
def test_an_unparseable_answer_holding_a_known_secret_is_withheld(
    debug_logs: pytest.LogCaptureFixture, service: Service, secret: str
) -> None:
    """Even where the model has nothing sensitive: the body holds the caller's own keys."""
    value = SECRET_KEY if secret == "secret-key" else SESSION_TOKEN
    page = f"<html><body>debug dump: {value}</body></html>".encode()
    with (
        _answer_with(page, content_type="text/html"),
        pytest.raises(emrk.ResponseParseError) as info,
    ):
        service.call(_client(service))
    assert "body withheld" in str(info.value)
    _assert_absent({value}, str(info.value), repr(info.value), _everything_said(debug_logs))


@pytest.mark.parametrize(
    "service",
    [s for s in SERVICES if not carries_secrets(_representative(s).output)],
    ids=lambda s: s.package,
)
def test_an_unparseable_answer_without_secrets_is_quoted(service: Service) -> None:
    """No sensitive member, no known secret: the body start helps the bug report."""
    page = b"<html><body>upstream connect error</body></html>"
    with (
        _answer_with(page, content_type="text/html"),
        pytest.raises(emrk.ResponseParseError) as info,
    ):
        service.call(_client(service))
    assert "upstream connect error" in str(info.value)


ALL_OPS = [pytest.param(s, op, id=f"{s.package}.{op.name}") for s, op in all_operations()]


@pytest.mark.parametrize(("service", "op"), ALL_OPS)
def test_every_model_hides_its_sensitive_members(service: Service, op: Any) -> None:
    """Every request and response model, filled with canaries wherever emrk marks a secret."""
    for cls in (op.input, op.output):
        arguments = Arguments(secrets=True)
        instance = cls(**arguments.kwargs(cls, hidden=False))
        assert secret_values(instance) == set(arguments.canaries)
        _assert_absent(set(arguments.canaries), repr(instance), str(instance))


# -- sensitive members in requests -------------------------------------------------------


@pytest.mark.parametrize(("service", "op"), _input_cases())
def test_sensitive_request_members_never_show(
    debug_logs: pytest.LogCaptureFixture, service: Service, op: Any
) -> None:
    """Sent, logged at DEBUG, echoed back in an error: the values never show."""
    arguments = Arguments(secrets=True)
    kwargs = arguments.for_operation(op)
    canaries = set(arguments.canaries)
    assert canaries, "botocore marks an input member sensitive; emrk must too"
    sent: list[bytes] = []

    def echo(request: Any) -> tuple[int, dict[str, str], str]:
        sent.append(request.body or b"")
        text = (
            (request.body or b"").decode() if isinstance(request.body, bytes) else str(request.body)
        )
        message = f"Value {text} at 'request' failed to satisfy constraint"
        headers = {"x-amzn-RequestId": REQUEST_ID, "x-amzn-ErrorType": "ValidationException"}
        return 400, headers, json.dumps({"__type": "ValidationException", "message": message})

    client = _client(service)
    with responses.RequestsMock() as mock:
        mock.add_callback(op.http_method, re.compile(re.escape(ENDPOINT) + ".*"), callback=echo)
        with pytest.raises(emrk.ServiceError) as info:
            getattr(client, method_name(op))(**kwargs)
    assert all(c.encode() in b"".join(sent) for c in canaries)  # the service did get them
    error = info.value
    assert "***" in error.message
    _assert_absent(canaries, str(error), repr(error), error.message, _everything_said(debug_logs))


# -- keys, tokens and signatures ------------------------------------------------------------


def _exercise(service: Service, session: emrk.Session, serve: Serve) -> tuple[list[str], list[str]]:
    """Success, retries, an error, a parse failure, a transport failure: what was said and seen."""
    said: list[str] = []
    server = serve(
        error_reply(service, 503, service.server_error),
        ok_reply(service),
        error_reply(
            service,
            *service.client_error,
            message=f"bad token {SESSION_TOKEN} signed with {SECRET_KEY}",
        ),
        Reply(
            body=b"<html>" + SECRET_KEY.encode() + b"</html>", headers={"Content-Type": "text/html"}
        ),
    )
    client = service.client(session, server.url)
    said += [repr(session), repr(client), repr(session.credential_provider)]
    said.append(repr(service.call(client)))
    for expected in (service.base_error, emrk.ResponseParseError):
        with pytest.raises(expected) as info:
            service.call(client)
        said += [str(info.value), repr(info.value)]
    dead = service.client(session, f"http://127.0.0.1:{refused_port()}")
    with pytest.raises(emrk.TransportError) as transport:
        service.call(dead)
    said += [str(transport.value), repr(transport.value), repr(transport.value.__cause__)]
    seen = [s.headers.get("Authorization", "") for s in server.requests]
    signatures = [h.rsplit("Signature=", 1)[-1] for h in seen if "Signature=" in h]
    assert len(signatures) == len(server.requests) == 4
    return said, signatures


@pytest.mark.parametrize("service", SERVICES, ids=SERVICE_IDS)
@pytest.mark.parametrize("source", ["explicit", "environment"])
def test_keys_tokens_and_signatures_never_show(
    debug_logs: pytest.LogCaptureFixture,
    serve: Serve,
    monkeypatch: pytest.MonkeyPatch,
    service: Service,
    source: str,
) -> None:
    if source == "explicit":
        session = _secret_session()
    else:  # found by botocore's credential chain
        monkeypatch.setenv("AWS_ACCESS_KEY_ID", KEY_ID)
        monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", SECRET_KEY)
        monkeypatch.setenv("AWS_SESSION_TOKEN", SESSION_TOKEN)
        session = emrk.Session(region_name="us-east-1")
    said, signatures = _exercise(service, session, serve)
    said += [repr(session.get_credentials()), str(session.get_credentials())]
    secrets = {SECRET_KEY, SESSION_TOKEN, *signatures}
    _assert_absent(secrets, *said, _everything_said(debug_logs))


def test_botocore_signer_records_are_masked_beside_emrk(
    debug_logs: pytest.LogCaptureFixture, session: emrk.Session
) -> None:
    """emrk signs by itself, but code beside it may use botocore's signer, which logs
    the canonical request and signature at DEBUG: once a client exists, those are masked."""
    from botocore.auth import SigV4Auth
    from botocore.awsrequest import AWSRequest
    from botocore.credentials import Credentials

    session.eks(endpoint_url=ENDPOINT)
    request = AWSRequest(method="GET", url=ENDPOINT + "/clusters", headers={})
    SigV4Auth(Credentials(KEY_ID, SECRET_KEY, SESSION_TOKEN), "eks", "us-east-1").add_auth(request)
    signature = str(request.headers["Authorization"]).rsplit("Signature=", 1)[-1]
    assert any(r.name == "botocore.auth" for r in debug_logs.records)
    _assert_absent({signature, SESSION_TOKEN}, _everything_said(debug_logs))


def test_config_repr_hides_proxy_passwords() -> None:
    config = emrk.Config(proxies={"https": "http://user:Pr0xyPassw0rd@proxy.internal:3128"})
    _assert_absent({"Pr0xyPassw0rd"}, repr(config), repr(config.resolve()))
