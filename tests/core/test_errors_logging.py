"""The error tree, error attributes and pickling, and what emrk's debug logs may show."""

from __future__ import annotations

import importlib
import inspect
import json
import logging
import pickle

import pytest
import requests
import responses

import emrk
from emrk.core import errors as core_errors
from emrk.core.errors import ServiceError
from tests.core._fake_service import (
    ENDPOINT,
    SECRET_VALUE,
    FakeClient,
    FakeError,
    FakeThrottledException,
    NotFoundException,
)

SERVICE_PACKAGES = {
    "emrk.eks": "EKSError",
    "emrk.eks_auth": "EKSAuthError",
    "emrk.emr_containers": "EMRContainersError",
    "emrk.pcs": "PCSError",
    "emrk.emr": "EMRError",
}
ECHO_URL = f"{ENDPOINT}/echo/x"


# -- the tree ----------------------------------------------------------------


def test_core_errors_derive_from_emrk_error() -> None:
    for name in core_errors.__all__:
        cls = getattr(core_errors, name)
        assert issubclass(cls, emrk.EmrkError), name
        assert getattr(emrk, name) is cls  # and every one is importable from emrk
    assert issubclass(emrk.ParamValidationError, ValueError)  # as botocore's is


@pytest.mark.parametrize("package", sorted(SERVICE_PACKAGES))
def test_service_errors_form_one_family_per_service(package: str) -> None:
    errors_module = importlib.import_module(package + ".errors")
    base = getattr(importlib.import_module(package), SERVICE_PACKAGES[package])
    assert base.__bases__ == (ServiceError,)
    classes = [
        cls
        for _name, cls in inspect.getmembers(errors_module, inspect.isclass)
        if issubclass(cls, BaseException) and cls.__module__ == errors_module.__name__
    ]
    assert base in classes
    for cls in classes:
        assert issubclass(cls, emrk.EmrkError)
        assert issubclass(cls, base)
    for code, cls in errors_module.ERRORS.items():
        assert cls.wire_code == code
        assert issubclass(cls, base) and cls is not base


# -- attributes ------------------------------------------------------------------


def test_service_error_attributes_and_text() -> None:
    error = NotFoundException(
        "no such thing",
        code="NotFoundException",
        status_code=404,
        request_id="r-9",
        thing_name="t1",
    )
    assert (error.code, error.message, error.status_code, error.request_id) == (
        "NotFoundException",
        "no such thing",
        404,
        "r-9",
    )
    assert error.thing_name == "t1"  # type: ignore[attr-defined]
    assert str(error) == "NotFoundException: no such thing (thing_name='t1') (request id r-9)"
    assert "NotFoundException" in repr(error) and "r-9" in repr(error)
    assert isinstance(error, FakeError) and isinstance(error, ServiceError)


def test_service_error_defaults() -> None:
    error = FakeThrottledException()
    assert error.code == "FakeThrottledException"
    assert error.message == ""
    assert error.retry_after_seconds is None  # type: ignore[attr-defined]
    assert str(FakeError(code="Weird")) == "Weird"


def test_unknown_fields_are_refused() -> None:
    with pytest.raises(TypeError, match="not_a_member"):
        NotFoundException("x", not_a_member=1)


@responses.activate
def test_unknown_code_raises_the_service_base_class(session: emrk.Session) -> None:
    responses.add(
        responses.POST,
        ECHO_URL,
        status=400,
        json={"__type": "com.example#BrandNewException", "Message": "new"},
        headers={"x-amzn-RequestId": "r-new"},
    )
    client = FakeClient(session=session)
    with pytest.raises(FakeError) as info:
        client.echo(name="x")
    assert type(info.value) is FakeError
    assert info.value.code == "BrandNewException"
    assert info.value.message == "new"
    assert info.value.request_id == "r-new"


# -- pickling ----------------------------------------------------------------------


def _round_trip(error: BaseException) -> BaseException:
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert str(copy) == str(error)
    return copy


def test_service_errors_pickle() -> None:
    error = NotFoundException("gone", status_code=404, request_id="r-1", thing_name="t1")
    copy = _round_trip(error)
    assert isinstance(copy, NotFoundException)
    assert (copy.code, copy.message, copy.status_code, copy.request_id) == (
        "NotFoundException",
        "gone",
        404,
        "r-1",
    )
    assert copy.thing_name == "t1"  # type: ignore[attr-defined]


@pytest.mark.parametrize("package", sorted(SERVICE_PACKAGES))
def test_every_service_error_pickles(package: str) -> None:
    errors_module = importlib.import_module(package + ".errors")
    for code, cls in errors_module.ERRORS.items():
        members = {name: f"value-of-{name}" for name in cls.wire_members}
        error = cls("m", code=code, status_code=400, request_id="r", **members)
        copy = _round_trip(error)
        for name in members:  # (a class may normalise its values: compare with the original)
            assert getattr(copy, name) == getattr(error, name)


def test_core_errors_pickle() -> None:
    param = _round_trip(emrk.ParamValidationError("job.name", "is required"))
    assert (param.param, param.problem) == ("job.name", "is required")  # type: ignore[attr-defined]
    parse = _round_trip(
        emrk.ResponseParseError("bad", status_code=200, request_id="r", body=b"<html>")
    )
    assert (parse.status_code, parse.request_id, parse.body_preview) == (  # type: ignore[attr-defined]
        200,
        "r",
        b"<html>",
    )
    cause = NotFoundException("gone", request_id="r-2")
    waiter = _round_trip(
        emrk.WaiterError("Ready", "failed", attempts=3, last_response={"a": 1}, last_error=cause)
    )
    assert waiter.attempts == 3  # type: ignore[attr-defined]
    assert waiter.last_response == {"a": 1}  # type: ignore[attr-defined]
    assert isinstance(waiter.last_error, NotFoundException)  # type: ignore[attr-defined]
    for plain in (emrk.EmrkError("x"), emrk.CredentialsError("y"), emrk.TransportError("z")):
        _round_trip(plain)


def test_parse_error_message_masks_json_strings() -> None:
    """A malformed answer's credentials stay out of the message (the raw bytes stay available)."""
    body = b'{"credentials": {"secretAccessKey": "s3cr3t-value", "expires": 5}, "cut": "tok'
    error = emrk.ResponseParseError("unreadable", status_code=200, body=body)
    assert "s3cr3t-value" not in str(error)
    assert "tok" not in str(error).split("cut")[1]
    assert '"secretAccessKey"' in str(error)  # keys still say what was there
    assert error.body_preview == body
    html = emrk.ResponseParseError("unreadable", body=b"<html>Bad gateway</html>")
    assert "Bad gateway" in str(html)


# -- logs ------------------------------------------------------------------------------


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    """Everything at DEBUG on the root logger, as a user debugging a problem would set it."""
    caplog.set_level(logging.DEBUG)
    return caplog


SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYLOGGINGKEY"
TOKEN = "IQoJb3JpZ2luX2VjEXAMPLE-logging-session-token"


def _secret_session() -> emrk.Session:
    return emrk.Session("AKIDLOGGING000000001", SECRET, TOKEN, region_name="us-east-1")


def _assert_clean(text: str, *extra: str) -> None:
    for secret in (SECRET, TOKEN, SECRET_VALUE, *extra):
        assert secret not in text


@responses.activate
def test_each_attempt_is_logged_without_secrets(debug_logs: pytest.LogCaptureFixture) -> None:
    responses.add(
        responses.POST,
        ECHO_URL,
        status=503,
        json={"message": "busy"},
        headers={"x-amzn-ErrorType": "ServiceUnavailable"},
    )
    responses.add(
        responses.POST,
        ECHO_URL,
        json={"name": "x", "password": SECRET_VALUE},
        headers={"x-amzn-RequestId": "r-log"},
    )
    client = FakeClient(session=_secret_session(), sleep=lambda _s: None)
    result = client.echo(name="x", password=SECRET_VALUE)
    emrk_lines = [r.getMessage() for r in debug_logs.records if r.name.startswith("emrk")]
    assert any("Echo attempt 1/3" in line for line in emrk_lines)
    assert any("Echo attempt 2/3" in line for line in emrk_lines)
    assert any("ServiceUnavailable" in line for line in emrk_lines)
    assert any("r-log" in line for line in emrk_lines)
    assert any("password=***" in line for line in emrk_lines)
    signatures = [
        c.request.headers["Authorization"].rsplit("Signature=", 1)[1] for c in responses.calls
    ]
    everything = "\n".join(r.getMessage() for r in debug_logs.records) + debug_logs.text
    _assert_clean(everything, *signatures)
    _assert_clean(repr(result) + str(result))
    assert result.password == SECRET_VALUE  # the value is there, just never shown


@responses.activate
def test_transport_failures_log_and_raise_without_secrets(
    debug_logs: pytest.LogCaptureFixture,
) -> None:
    responses.add(responses.POST, ECHO_URL, body=requests.ConnectionError("refused"))
    client = FakeClient(
        session=_secret_session(),
        config=emrk.Config(retries={"max_attempts": 2}),
        sleep=lambda _s: None,
    )
    with pytest.raises(emrk.TransportError) as info:
        client.echo(name="x", password=SECRET_VALUE)
    _assert_clean(debug_logs.text + str(info.value) + repr(info.value))
    assert sum("Echo attempt" in r.getMessage() for r in debug_logs.records) >= 2


@responses.activate
def test_service_errors_do_not_carry_request_secrets(
    debug_logs: pytest.LogCaptureFixture,
) -> None:
    responses.add(
        responses.POST,
        ECHO_URL,
        status=404,
        body=json.dumps({"message": "no such thing", "thingName": "x"}),
        headers={"x-amzn-ErrorType": "NotFoundException"},
    )
    client = FakeClient(session=_secret_session())
    with pytest.raises(NotFoundException) as info:
        client.echo(name="x", password=SECRET_VALUE)
    _assert_clean(debug_logs.text + str(info.value) + repr(info.value))


def test_request_models_hide_sensitive_members() -> None:
    from tests.core._fake_service import EchoRequest

    request = EchoRequest(name="x", password=SECRET_VALUE)
    assert SECRET_VALUE not in repr(request)
    assert SECRET_VALUE not in str(request)
    assert "password=***" in repr(request)
