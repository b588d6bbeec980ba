"""emrk.eks.get_token: tokens the EKS authenticator and STS would accept."""

from __future__ import annotations

import base64
import datetime
import logging
import os
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import botocore.session
import pytest
import responses
from botocore.auth import SigV4QueryAuth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials as BotocoreCredentials

import emrk
from emrk.eks.token import ClusterToken, get_token

from .authenticator import TokenRejected, check_token, decode, sigv4_signature
from .samples import ASSUME_ROLE_XML, ROLE_ARN, ROLE_KEY, ROLE_SECRET, ROLE_TOKEN, form_body

FAKE_KEY_ID = "AKIDK8STOKENTEST0001"
FAKE_SECRET = "k8sTokenTestSecretKeyEXAMPLE0123456789ab"
FROZEN = datetime.datetime(2024, 5, 6, 7, 8, 9)
FROZEN_UTC = FROZEN.replace(tzinfo=datetime.timezone.utc)
SESSION_TOKEN = "IQoJb3JpZ2luX2VjEXAMPLESESSIONTOKEN+/=="


@pytest.fixture
def frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    """emrk's token signer and botocore's signer both see FROZEN as the current time."""
    monkeypatch.setattr("botocore.auth.get_current_datetime", lambda *a, **k: FROZEN)
    monkeypatch.setattr("emrk._sts.k8s_token._utcnow", lambda: FROZEN_UTC)


@pytest.fixture
def session() -> emrk.Session:
    """Long-term keys in us-east-1 (shadows the shared fixture to know the keys)."""
    return emrk.Session(
        aws_access_key_id=FAKE_KEY_ID, aws_secret_access_key=FAKE_SECRET, region_name="us-east-1"
    )


@pytest.fixture
def temp_session() -> emrk.Session:
    return emrk.Session(
        aws_access_key_id=FAKE_KEY_ID,
        aws_secret_access_key=FAKE_SECRET,
        aws_session_token=SESSION_TOKEN,
        region_name="us-west-2",
    )


def _params(token: ClusterToken) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(decode(token.token)).query).items()}


def _cli_token(region: str, cluster: str, token: str | None = None) -> str:
    """What ``aws eks get-token`` produces: botocore presigning plus header handlers."""
    client = botocore.session.get_session().create_client(
        "sts",
        region_name=region,
        aws_access_key_id=FAKE_KEY_ID,
        aws_secret_access_key=FAKE_SECRET,
        aws_session_token=token,
    )

    def move_param(params: dict[str, str], context: dict[str, str], **_: object) -> None:
        if "x-k8s-aws-id" in params:
            context["x-k8s-aws-id"] = params.pop("x-k8s-aws-id")

    def add_header(request: AWSRequest, **_: object) -> None:
        if "x-k8s-aws-id" in request.context:
            request.headers["x-k8s-aws-id"] = request.context["x-k8s-aws-id"]

    client.meta.events.register("provide-client-params.sts.GetCallerIdentity", move_param)
    client.meta.events.register("before-sign.sts.GetCallerIdentity", add_header)
    url = client.generate_presigned_url(
        "get_caller_identity",
        Params={"x-k8s-aws-id": cluster},
        ExpiresIn=60,
        HttpMethod="GET",
    )
    return "k8s-aws-v1." + base64.urlsafe_b64encode(url.encode()).decode().rstrip("=")


def test_token_is_prefixed_unpadded_base64url_of_a_presigned_url(session: emrk.Session) -> None:
    token = get_token("prod", session=session)
    assert token.token.startswith("k8s-aws-v1.")
    assert "=" not in token.token
    url = decode(token.token)
    assert url.startswith(
        "https://sts.us-east-1.amazonaws.com/?Action=GetCallerIdentity&Version=2011-06-15&"
    )
    params = _params(token)
    assert params["X-Amz-Expires"] == "60"
    assert params["X-Amz-SignedHeaders"] == "host;x-k8s-aws-id"
    assert params["X-Amz-Credential"].startswith(f"{FAKE_KEY_ID}/")
    assert params["X-Amz-Credential"].endswith("/us-east-1/sts/aws4_request")
    assert "X-Amz-Security-Token" not in params


@pytest.mark.parametrize(
    "region",
    ["us-east-1", "eu-west-1", "ap-southeast-7", "cn-north-1", "us-gov-west-1", "us-iso-east-1"],
)
def test_passes_the_authenticators_checks(session: emrk.Session, region: str) -> None:
    token = get_token("prod", session=session, region_name=region)
    params = check_token(token.token, cluster_region=region)
    assert urlsplit(decode(token.token)).netloc.startswith(f"sts.{region}.")
    assert params["x-amz-credential"].split("/")[2] == region


@pytest.mark.parametrize(
    ("config", "host"),
    [
        (emrk.Config(use_fips_endpoint=True), "sts-fips.us-east-1.amazonaws.com"),
        (emrk.Config(use_dualstack_endpoint=True), "sts.us-east-1.api.aws"),
        (
            emrk.Config(use_fips_endpoint=True, use_dualstack_endpoint=True),
            "sts-fips.us-east-1.api.aws",
        ),
    ],
)
def test_fips_and_dualstack_hosts(session: emrk.Session, config: emrk.Config, host: str) -> None:
    token = get_token("prod", session=session, config=config)
    assert urlsplit(decode(token.token)).netloc == host
    check_token(token.token, cluster_region="us-east-1")


def test_fips_from_environment(session: emrk.Session, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_USE_FIPS_ENDPOINT", "true")
    token = get_token("prod", session=session, region_name="us-gov-east-1")
    # FIPS in GovCloud is the plain host, as botocore's STS rules say.
    assert urlsplit(decode(token.token)).netloc == "sts.us-gov-east-1.amazonaws.com"


def test_signature_verifies_against_the_sigv4_spec(temp_session: emrk.Session) -> None:
    token = get_token("prod", session=temp_session)
    url = decode(token.token)
    params = _params(token)
    assert params["X-Amz-Security-Token"] == SESSION_TOKEN
    expected = sigv4_signature(url, {"x-k8s-aws-id": "prod"}, FAKE_SECRET)
    assert params["X-Amz-Signature"] == expected
    # The header value is part of the signature: another cluster's name fails.
    assert sigv4_signature(url, {"x-k8s-aws-id": "other"}, FAKE_SECRET) != expected


def test_signature_verifies_with_botocores_query_signer(
    temp_session: emrk.Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    token = get_token("prod", session=temp_session)
    params = _params(token)
    signed_at = datetime.datetime.strptime(params["X-Amz-Date"], "%Y%m%dT%H%M%SZ")
    monkeypatch.setattr("botocore.auth.get_current_datetime", lambda *a, **k: signed_at)
    request = AWSRequest(
        method="GET",
        url="https://sts.us-west-2.amazonaws.com/?Action=GetCallerIdentity&Version=2011-06-15",
        headers={"x-k8s-aws-id": "prod"},
    )
    creds = BotocoreCredentials(FAKE_KEY_ID, FAKE_SECRET, SESSION_TOKEN)
    SigV4QueryAuth(creds, "sts", "us-west-2", expires=int(params["X-Amz-Expires"])).add_auth(
        request
    )
    assert request.url == decode(token.token)


@pytest.mark.parametrize("region", ["us-east-1", "eu-central-1", "cn-northwest-1"])
@pytest.mark.parametrize("session_token", [None, SESSION_TOKEN])
@pytest.mark.usefixtures("frozen")
def test_identical_to_the_aws_cli_token(region: str, session_token: str | None) -> None:
    session = emrk.Session(
        aws_access_key_id=FAKE_KEY_ID,
        aws_secret_access_key=FAKE_SECRET,
        aws_session_token=session_token,
    )
    token = get_token("my-cluster", session=session, region_name=region)
    assert token.token == _cli_token(region, "my-cluster", session_token)


@pytest.mark.usefixtures("frozen")
def test_expiry_is_fourteen_minutes_after_signing(session: emrk.Session) -> None:
    token = get_token("prod", session=session)
    assert token.signed_at == FROZEN_UTC
    assert token.expires_at == FROZEN_UTC + datetime.timedelta(minutes=14)
    assert token.expires_at.tzinfo is datetime.timezone.utc
    check_token(token.token, cluster_region="us-east-1", now=token.expires_at)
    with pytest.raises(TokenRejected, match="expired"):
        check_token(
            token.token,
            cluster_region="us-east-1",
            now=FROZEN_UTC + datetime.timedelta(minutes=15, seconds=1),
        )


def test_expiry_follows_the_clock(session: emrk.Session) -> None:
    before = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
    token = get_token("prod", session=session)
    after = datetime.datetime.now(datetime.timezone.utc)
    assert before <= token.signed_at <= after
    assert token.expires_at - token.signed_at == datetime.timedelta(minutes=14)


def test_cluster_id_is_the_signed_header_for_outposts(session: emrk.Session) -> None:
    token = get_token(cluster_id="a1b2c3d4-5678-90ab-cdef-EXAMPLE11111", session=session)
    assert token.cluster == "a1b2c3d4-5678-90ab-cdef-EXAMPLE11111"
    url = decode(token.token)
    headers = {"x-k8s-aws-id": "a1b2c3d4-5678-90ab-cdef-EXAMPLE11111"}
    assert _params(token)["X-Amz-Signature"] == sigv4_signature(url, headers, FAKE_SECRET)


def test_cluster_id_wins_over_the_name(session: emrk.Session) -> None:
    token = get_token("outpost-cluster", cluster_id="id-1", session=session)
    assert token.cluster == "id-1"


@pytest.mark.parametrize(
    ("kwargs", "param"),
    [
        ({}, "cluster_name"),
        ({"cluster_name": ""}, "cluster_name"),
        ({"cluster_id": ""}, "cluster_id"),
        ({"cluster_name": "a\r\nX-Evil: 1"}, "cluster_name"),
    ],
)
def test_a_cluster_must_be_named(session: emrk.Session, kwargs: dict[str, str], param: str) -> None:
    with pytest.raises(emrk.ParamValidationError) as raised:
        get_token(kwargs.get("cluster_name"), cluster_id=kwargs.get("cluster_id"), session=session)
    assert raised.value.param == param


def test_a_region_is_required(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AWS_DEFAULT_REGION")
    session = emrk.Session(aws_access_key_id=FAKE_KEY_ID, aws_secret_access_key=FAKE_SECRET)
    with pytest.raises(emrk.ParamValidationError) as raised:
        get_token("prod", session=session)
    assert raised.value.param == "region_name"


def test_default_session_uses_the_environment() -> None:
    token = get_token("prod", region_name="eu-west-1")
    key_id = os.environ["AWS_ACCESS_KEY_ID"]
    assert _params(token)["X-Amz-Credential"].startswith(f"{key_id}/")
    check_token(token.token, cluster_region="eu-west-1")


def test_missing_credentials_raise_credentials_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("AWS_ACCESS_KEY_ID")
    monkeypatch.delenv("AWS_SECRET_ACCESS_KEY")
    with pytest.raises(emrk.CredentialsError):
        get_token("prod")


def test_repr_never_shows_the_token(temp_session: emrk.Session) -> None:
    token = get_token("prod", session=temp_session)
    for text in (repr(token), str(token)):
        assert token.token not in text
        assert token.token[11:40] not in text
        assert "token=***" in text
        assert "'prod'" in text


def test_debug_logs_carry_no_secret(
    temp_session: emrk.Session, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    token = get_token("prod", session=temp_session)
    signature = _params(token)["X-Amz-Signature"]
    assert caplog.records, "expected some debug output"
    for secret in (FAKE_SECRET, SESSION_TOKEN, signature, token.token):
        assert secret not in caplog.text


def test_exec_credential_document() -> None:
    token = ClusterToken(
        token="k8s-aws-v1.abc",
        cluster="prod",
        signed_at=FROZEN_UTC,
        expires_at=FROZEN_UTC + datetime.timedelta(minutes=14),
    )
    assert token.exec_credential() == {
        "kind": "ExecCredential",
        "apiVersion": "client.authentication.k8s.io/v1beta1",
        "spec": {},
        "status": {"expirationTimestamp": "2024-05-06T07:22:09Z", "token": "k8s-aws-v1.abc"},
    }
    assert token.exec_credential("client.authentication.k8s.io/v1")["apiVersion"] == (
        "client.authentication.k8s.io/v1"
    )


# -- role_arn -------------------------------------------------------------------


@pytest.fixture
def mocked() -> Iterator[responses.RequestsMock]:
    with responses.RequestsMock() as rsps:
        yield rsps


def test_role_arn_signs_with_the_assumed_role(
    session: emrk.Session, mocked: responses.RequestsMock
) -> None:
    mocked.post("https://sts.us-east-1.amazonaws.com/", body=ASSUME_ROLE_XML)
    token = get_token("prod", session=session, role_arn=ROLE_ARN)
    sent = mocked.calls[0].request
    form = parse_qs(form_body(sent))
    assert form == {
        "Action": ["AssumeRole"],
        "Version": ["2011-06-15"],
        "RoleArn": [ROLE_ARN],
        "RoleSessionName": ["EKSGetTokenAuth"],
    }
    assert f"Credential={FAKE_KEY_ID}/" in sent.headers["Authorization"]
    assert "/us-east-1/sts/aws4_request" in sent.headers["Authorization"]
    params = _params(token)
    assert params["X-Amz-Credential"].startswith(f"{ROLE_KEY}/")
    assert params["X-Amz-Security-Token"] == ROLE_TOKEN
    url = decode(token.token)
    assert params["X-Amz-Signature"] == sigv4_signature(url, {"x-k8s-aws-id": "prod"}, ROLE_SECRET)
    check_token(token.token, cluster_region="us-east-1")


def test_role_session_name_can_be_chosen(
    session: emrk.Session, mocked: responses.RequestsMock
) -> None:
    mocked.post("https://sts.us-east-1.amazonaws.com/", body=ASSUME_ROLE_XML)
    get_token("prod", session=session, role_arn=ROLE_ARN, role_session_name="alice")
    assert parse_qs(form_body(mocked.calls[0].request))["RoleSessionName"] == ["alice"]


def test_role_refusal_raises_the_sts_error(
    session: emrk.Session, mocked: responses.RequestsMock
) -> None:
    from emrk._sts.errors import STSError

    mocked.post(
        "https://sts.us-east-1.amazonaws.com/",
        status=403,
        body="""<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
          <Error><Type>Sender</Type><Code>AccessDenied</Code>
          <Message>not authorized to perform: sts:AssumeRole</Message></Error>
          <RequestId>req-1</RequestId></ErrorResponse>""",
    )
    with pytest.raises(STSError) as raised:
        get_token("prod", session=session, role_arn=ROLE_ARN)
    assert type(raised.value) is STSError
    assert raised.value.code == "AccessDenied"
    assert raised.value.request_id == "req-1"


@pytest.mark.e2e
def test_role_arn_against_moto(
    session: emrk.Session, moto_endpoint: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AWS_ENDPOINT_URL_STS", moto_endpoint)
    token = get_token("prod", session=session, role_arn=ROLE_ARN)
    params = _params(token)
    key_id = params["X-Amz-Credential"].split("/")[0]
    assert key_id != FAKE_KEY_ID
    assert params["X-Amz-Security-Token"]
    # The token still names real STS, whatever endpoint AssumeRole went to.
    check_token(token.token, cluster_region="us-east-1")
