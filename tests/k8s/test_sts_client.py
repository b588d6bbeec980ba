"""The private STS client: emrk's core driving the query protocol."""

from __future__ import annotations

import datetime
import logging
from collections.abc import Iterator
from urllib.parse import parse_qs

import pytest
import responses

import emrk
from emrk._sts.client import STSClient
from emrk._sts.errors import MalformedPolicyDocumentException, STSError
from emrk._sts.models import Tag

from .samples import ASSUME_ROLE_XML, ROLE_ARN, ROLE_KEY, ROLE_SECRET, ROLE_TOKEN, form_body

URL = "https://sts.us-east-1.amazonaws.com/"
IDENTITY_XML = """<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <GetCallerIdentityResult>
    <Arn>arn:aws:iam::123456789012:user/Alice</Arn>
    <UserId>AIDACKCEVSQ6C2EXAMPLE</UserId>
    <Account>123456789012</Account>
  </GetCallerIdentityResult>
  <ResponseMetadata><RequestId>01234567-89ab-cdef-0123-456789abcdef</RequestId></ResponseMetadata>
</GetCallerIdentityResponse>"""


def _error(code: str, message: str = "no") -> str:
    return (
        '<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error>'
        f"<Type>Sender</Type><Code>{code}</Code><Message>{message}</Message></Error>"
        "<RequestId>err-rid</RequestId></ErrorResponse>"
    )


@pytest.fixture
def mocked() -> Iterator[responses.RequestsMock]:
    with responses.RequestsMock() as rsps:
        yield rsps


@pytest.fixture
def sts(session: emrk.Session) -> Iterator[STSClient]:
    with STSClient(session=session, sleep=lambda _seconds: None) as client:
        yield client


def test_assume_role_request_and_response(sts: STSClient, mocked: responses.RequestsMock) -> None:
    mocked.post(URL, body=ASSUME_ROLE_XML)
    response = sts.assume_role(
        role_arn=ROLE_ARN,
        role_session_name="ci",
        duration_seconds=900,
        tags=[Tag(key="team", value="data")],
    )
    sent = mocked.calls[0].request
    assert sent.headers["Content-Type"] == "application/x-www-form-urlencoded; charset=utf-8"
    assert "/us-east-1/sts/aws4_request" in sent.headers["Authorization"]
    assert parse_qs(form_body(sent)) == {
        "Action": ["AssumeRole"],
        "Version": ["2011-06-15"],
        "RoleArn": [ROLE_ARN],
        "RoleSessionName": ["ci"],
        "DurationSeconds": ["900"],
        "Tags.member.1.Key": ["team"],
        "Tags.member.1.Value": ["data"],
    }
    assert response.credentials is not None
    assert response.credentials.access_key_id == ROLE_KEY
    assert response.credentials.secret_access_key == ROLE_SECRET
    assert response.credentials.session_token == ROLE_TOKEN
    assert response.credentials.expiration.tzinfo is datetime.timezone.utc
    assert response.assumed_role_user is not None
    assert response.assumed_role_user.arn.endswith(":assumed-role/eks-admin/EKSGetTokenAuth")
    assert response.response_metadata is not None
    assert response.response_metadata.request_id == "c6104cbe-af31-11e0-8154-cbc7ccf896c7"


def test_credentials_never_reach_repr_or_logs(
    sts: STSClient, mocked: responses.RequestsMock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    mocked.post(URL, body=ASSUME_ROLE_XML)
    response = sts.assume_role(role_arn=ROLE_ARN, role_session_name="ci", token_code="123456")
    for secret in (ROLE_KEY, ROLE_SECRET, ROLE_TOKEN):
        assert secret not in repr(response)
        assert secret not in str(response.credentials)
        assert secret not in caplog.text
    assert "123456" not in caplog.text  # the MFA code is sensitive too


def test_get_caller_identity(sts: STSClient, mocked: responses.RequestsMock) -> None:
    mocked.post(URL, body=IDENTITY_XML)
    identity = sts.get_caller_identity()
    assert mocked.calls[0].request.body == b"Action=GetCallerIdentity&Version=2011-06-15"
    assert identity.account == "123456789012"
    assert identity.arn == "arn:aws:iam::123456789012:user/Alice"
    assert identity.user_id == "AIDACKCEVSQ6C2EXAMPLE"


def test_modeled_error(sts: STSClient, mocked: responses.RequestsMock) -> None:
    mocked.post(URL, status=400, body=_error("MalformedPolicyDocument", "bad policy"))
    with pytest.raises(MalformedPolicyDocumentException) as raised:
        sts.assume_role(role_arn=ROLE_ARN, role_session_name="ci", policy="{")
    error = raised.value
    assert (error.code, error.message, error.status_code) == (
        "MalformedPolicyDocument",
        "bad policy",
        400,
    )
    assert error.request_id == "err-rid"
    assert isinstance(error, STSError) and isinstance(error, emrk.ServiceError)
    assert len(mocked.calls) == 1


def test_throttling_is_retried(sts: STSClient, mocked: responses.RequestsMock) -> None:
    mocked.post(URL, status=400, body=_error("Throttling", "Rate exceeded"))
    mocked.post(URL, body=IDENTITY_XML)
    assert sts.get_caller_identity().account == "123456789012"
    assert len(mocked.calls) == 2
    assert mocked.calls[1].request.headers["amz-sdk-request"].startswith("attempt=2;")


def test_server_errors_are_retried_then_raised(
    sts: STSClient, mocked: responses.RequestsMock
) -> None:
    for _ in range(3):
        mocked.post(URL, status=503, body="<html>Service Unavailable</html>")
    with pytest.raises(STSError) as raised:
        sts.get_caller_identity()
    assert raised.value.code == "503"
    assert len(mocked.calls) == 3


def test_malformed_successform_body(sts: STSClient, mocked: responses.RequestsMock) -> None:
    mocked.post(URL, body="<GetCallerIdentityResponse>", headers={"x-amzn-RequestId": "r"})
    with pytest.raises(emrk.ResponseParseError) as raised:
        sts.get_caller_identity()
    assert raised.value.request_id == "r"


def test_validation_happens_before_sending(sts: STSClient) -> None:
    with pytest.raises(emrk.ParamValidationError) as raised:
        sts.assume_role(role_arn=ROLE_ARN, role_session_name="x")
    assert raised.value.param == "role_session_name"


def test_endpoint_env_override(session: emrk.Session, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_ENDPOINT_URL_STS", "http://127.0.0.1:1")
    assert STSClient(session=session).endpoint_url == "http://127.0.0.1:1"


def test_regional_endpoints(session: emrk.Session) -> None:
    assert STSClient(session=session, region_name="eu-west-1").endpoint_url == (
        "https://sts.eu-west-1.amazonaws.com"
    )
    fips = STSClient(session=session, config=emrk.Config(use_fips_endpoint=True))
    assert fips.endpoint_url == "https://sts-fips.us-east-1.amazonaws.com"


def test_aws_global_signs_for_us_east_1(
    session: emrk.Session, mocked: responses.RequestsMock
) -> None:
    mocked.post("https://sts.amazonaws.com/", body=IDENTITY_XML)
    client = STSClient(session=session, region_name="aws-global")
    assert client.endpoint_url == "https://sts.amazonaws.com"
    client.get_caller_identity()
    assert "/us-east-1/sts/aws4_request" in mocked.calls[0].request.headers["Authorization"]


@pytest.mark.e2e
def test_against_moto(session: emrk.Session, moto_endpoint: str) -> None:
    with STSClient(session=session, endpoint_url=moto_endpoint) as sts:
        identity = sts.get_caller_identity()
        assert identity.account and identity.arn
        role = sts.assume_role(role_arn=ROLE_ARN, role_session_name="moto-test")
    assert role.credentials is not None
    assert role.credentials.expiration > datetime.datetime.now(datetime.timezone.utc)
    assert role.assumed_role_user is not None
    assert "moto-test" in role.assumed_role_user.arn
