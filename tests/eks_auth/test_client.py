"""EKS Auth offline: AssumeRoleForPodIdentity on the wire, its endpoint, and redaction.

The request's service-account token and the response's credentials are
secrets: they must never appear in ``repr``/``str`` of the models, nor in the
debug log the client writes.
"""

from __future__ import annotations

import datetime
import json
import logging

import pytest
import responses

import emrk
from emrk.eks_auth import (
    AssumeRoleForPodIdentityRequest,
    Credentials,
    EKSAuthClient,
    EKSAuthError,
    ExpiredTokenException,
    InvalidTokenException,
    Subject,
)

ENDPOINT = "https://eks-auth.us-east-1.api.aws"
URL = ENDPOINT + "/clusters/prod/assume-role-for-pod-identity"
JWT = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzeXN0ZW06c2EifQ.c2lnbmF0dXJlLXNlY3JldA"
SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYSECRETKEY"
SESSION_TOKEN = "IQoJb3JpZ2luX2VjEFAKESESSIONTOKEN"
ANSWER = {
    "subject": {"namespace": "payments", "serviceAccount": "api"},
    "audience": "pods.eks.amazonaws.com",
    "podIdentityAssociation": {
        "associationArn": "arn:aws:eks:us-east-1:123456789012:podidentityassociation/prod/a-1",
        "associationId": "a-1",
    },
    "assumedRoleUser": {
        "arn": "arn:aws:sts::123456789012:assumed-role/payments-api/eks-prod-api-1",
        "assumeRoleId": "AROAEXAMPLE:eks-prod-api-1",
    },
    "credentials": {
        "sessionToken": SESSION_TOKEN,
        "secretAccessKey": SECRET,
        "accessKeyId": "ASIAEXAMPLEKEYID",
        "expiration": 1767225600,
    },
}


@pytest.fixture
def auth(session: emrk.Session) -> EKSAuthClient:
    return session.eks_auth()


@pytest.mark.parametrize(
    ("region", "host"),
    [
        ("us-east-1", "eks-auth.us-east-1.api.aws"),
        ("eu-west-1", "eks-auth.eu-west-1.api.aws"),
        ("cn-north-1", "eks-auth.cn-north-1.api.amazonwebservices.com.cn"),
    ],
)
def test_endpoint_is_always_dual_stack(session: emrk.Session, region: str, host: str) -> None:
    client = EKSAuthClient(session=session, region_name=region)
    assert client.endpoint_url == f"https://{host}"
    with_flag = EKSAuthClient(
        session=session, region_name=region, config=emrk.Config(use_dualstack_endpoint=True)
    )
    assert with_flag.endpoint_url == client.endpoint_url


def test_endpoint_matches_botocore(session: emrk.Session) -> None:
    import boto3

    for region in ("us-east-1", "ap-southeast-2", "us-gov-west-1"):
        boto = boto3.client(
            "eks-auth",
            region_name=region,
            aws_access_key_id="AKIDEXAMPLE",
            aws_secret_access_key="secret",
        )
        assert EKSAuthClient(session=session, region_name=region).endpoint_url == (
            boto.meta.endpoint_url
        )


@responses.activate
def test_request_and_response(auth: EKSAuthClient) -> None:
    responses.post(URL, json=ANSWER, headers={"x-amzn-RequestId": "req-1"})
    result = auth.assume_role_for_pod_identity(
        cluster_name="prod", token=JWT, eks_node_name="ip-10-0-1-1", zone="use1-az1"
    )
    sent = responses.calls[0].request
    assert sent.url == URL
    assert json.loads(sent.body) == {"token": JWT, "eksNodeName": "ip-10-0-1-1", "zone": "use1-az1"}
    assert "/us-east-1/eks-auth/aws4_request" in sent.headers["Authorization"]

    assert result.subject == Subject(namespace="payments", service_account="api")
    assert result.audience == "pods.eks.amazonaws.com"
    assert result.pod_identity_association.association_id == "a-1"
    assert result.assumed_role_user.assume_role_id == "AROAEXAMPLE:eks-prod-api-1"
    creds = result.credentials
    assert creds.access_key_id == "ASIAEXAMPLEKEYID"
    assert creds.secret_access_key == SECRET
    assert creds.session_token == SESSION_TOKEN
    assert creds.expiration == datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
    assert result.workload_identity_provider_arn is None
    assert result.response_metadata is not None
    assert result.response_metadata.request_id == "req-1"


@responses.activate
def test_credentials_never_in_repr_or_str(auth: EKSAuthClient) -> None:
    responses.post(URL, json=ANSWER)
    result = auth.assume_role_for_pod_identity(cluster_name="prod", token=JWT)
    for text in (repr(result), str(result), repr(result.credentials), str(result.credentials)):
        assert SECRET not in text
        assert SESSION_TOKEN not in text
        assert "ASIAEXAMPLEKEYID" not in text
    assert "credentials=***" in repr(result)
    assert repr(result.credentials) == "Credentials(***)"
    assert "payments" in repr(result)  # the rest stays readable


def test_request_token_never_in_repr() -> None:
    request = AssumeRoleForPodIdentityRequest(cluster_name="prod", token=JWT, zone="use1-az1")
    assert JWT not in repr(request) and JWT not in str(request)
    assert "token=***" in repr(request)
    assert "zone='use1-az1'" in repr(request)


@responses.activate
def test_secrets_stay_out_of_debug_logs(
    auth: EKSAuthClient, caplog: pytest.LogCaptureFixture
) -> None:
    responses.post(URL, json=ANSWER)
    with caplog.at_level(logging.DEBUG, logger="emrk"):
        auth.assume_role_for_pod_identity(cluster_name="prod", token=JWT)
    assert caplog.records  # the client did log the call
    assert JWT not in caplog.text
    assert SECRET not in caplog.text


def test_credentials_model_is_sensitive_whole() -> None:
    creds = Credentials(
        session_token=SESSION_TOKEN,
        secret_access_key=SECRET,
        access_key_id="ASIA",
        expiration=datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc),
    )
    assert SECRET not in repr(creds) and SESSION_TOKEN not in str(creds)
    assert creds.secret_access_key == SECRET  # hidden from repr, not from code


@pytest.mark.parametrize(
    ("code", "status", "cls"),
    [
        ("InvalidTokenException", 400, InvalidTokenException),
        ("ExpiredTokenException", 400, ExpiredTokenException),
    ],
)
@responses.activate
def test_typed_errors(auth: EKSAuthClient, code: str, status: int, cls: type) -> None:
    responses.post(
        URL, status=status, json={"message": "token rejected"}, headers={"x-amzn-ErrorType": code}
    )
    with pytest.raises(cls) as info:
        auth.assume_role_for_pod_identity(cluster_name="prod", token=JWT)
    assert isinstance(info.value, EKSAuthError)
    assert info.value.message == "token rejected"
    assert JWT not in str(info.value) and JWT not in repr(info.value)


@responses.activate
def test_validation_before_sending(auth: EKSAuthClient) -> None:
    with pytest.raises(emrk.ParamValidationError, match="cluster_name"):
        auth.assume_role_for_pod_identity(cluster_name="x" * 101, token=JWT)
    with pytest.raises(emrk.ParamValidationError, match="token"):
        auth.assume_role_for_pod_identity(cluster_name="prod", token="")
    assert not responses.calls


def test_errors_match_botocore() -> None:
    import botocore.session

    from emrk.eks_auth import operations as ops
    from emrk.eks_auth.errors import ERRORS

    model = botocore.session.get_session().get_service_model("eks-auth")
    op = model.operation_model("AssumeRoleForPodIdentity")
    assert set(ERRORS) == {s.name for s in op.error_shapes}
    assert ops.ASSUME_ROLE_FOR_POD_IDENTITY.request_uri == op.http["requestUri"]
    assert ops.ASSUME_ROLE_FOR_POD_IDENTITY.http_method == op.http["method"]
