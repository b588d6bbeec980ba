"""Amazon EMR GetClusterSessionCredentials: wire format, parsing, redaction, errors."""

from __future__ import annotations

import datetime
import json
import logging
import pickle
from collections.abc import Iterator
from typing import Any

import botocore.session
import pytest
import responses

import emrk
from emrk.core.model import plan_of
from emrk.emr import (
    Credentials,
    EMRClient,
    EMRError,
    GetClusterSessionCredentialsResponse,
    InternalServerError,
    InvalidRequestException,
    UsernamePassword,
)
from emrk.emr.errors import ERRORS

ENDPOINT = "https://elasticmapreduce.us-east-1.amazonaws.com/"
CLUSTER_ID = "j-2AXXXXXXGAPLF"
ROLE_ARN = "arn:aws:iam::111122223333:role/AnalystRuntimeRole"
USERNAME = "emr-session-7f3a9c"
PASSWORD = "Zq8!vK2#pLr9$wT4-never-log-me"
EXPIRES = 1767225600  # 2026-01-01T00:00:00Z
ANSWER = {
    "Credentials": {"UsernamePassword": {"Username": USERNAME, "Password": PASSWORD}},
    "ExpiresAt": EXPIRES,
}


@pytest.fixture
def mock() -> Iterator[responses.RequestsMock]:
    with responses.RequestsMock() as rsps:
        yield rsps


@pytest.fixture
def emr(session: emrk.Session) -> EMRClient:
    client = EMRClient(session=session, sleep=lambda _seconds: None)
    return client


def _reply(mock: responses.RequestsMock, body: dict[str, Any], status: int = 200) -> None:
    mock.add(
        responses.POST,
        ENDPOINT,
        body=json.dumps(body),
        status=status,
        headers={"x-amzn-RequestId": "emr-req-1", "Content-Type": "application/x-amz-json-1.1"},
    )


def _error(mock: responses.RequestsMock, code: str, **members: Any) -> None:
    _reply(mock, {"__type": code, **members}, status=400)


def test_request_wire_format(emr: EMRClient, mock: responses.RequestsMock) -> None:
    _reply(mock, ANSWER)

    emr.get_cluster_session_credentials(cluster_id=CLUSTER_ID, execution_role_arn=ROLE_ARN)

    (call,) = mock.calls
    request = call.request
    assert request.method == "POST"
    assert request.url == ENDPOINT
    assert request.headers["X-Amz-Target"] == "ElasticMapReduce.GetClusterSessionCredentials"
    assert request.headers["Content-Type"] == "application/x-amz-json-1.1"
    assert "/us-east-1/elasticmapreduce/aws4_request" in request.headers["Authorization"]
    assert json.loads(request.body or b"") == {
        "ClusterId": CLUSTER_ID,
        "ExecutionRoleArn": ROLE_ARN,
    }


def test_optional_role_is_left_out(emr: EMRClient, mock: responses.RequestsMock) -> None:
    _reply(mock, ANSWER)

    emr.get_cluster_session_credentials(cluster_id=CLUSTER_ID)

    assert json.loads(mock.calls[0].request.body or b"") == {"ClusterId": CLUSTER_ID}


def test_response_parses_credentials_and_expiry(
    emr: EMRClient, mock: responses.RequestsMock
) -> None:
    _reply(mock, ANSWER)

    answer = emr.get_cluster_session_credentials(cluster_id=CLUSTER_ID)

    assert answer.credentials is not None
    login = answer.credentials.username_password
    assert login is not None
    assert (login.username, login.password) == (USERNAME, PASSWORD)
    assert answer.expires_at == datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
    assert answer.expires_at.tzinfo is not None
    assert answer.response_metadata is not None
    assert answer.response_metadata.request_id == "emr-req-1"


def test_fractional_epoch_seconds_keep_their_precision(
    emr: EMRClient, mock: responses.RequestsMock
) -> None:
    _reply(mock, {**ANSWER, "ExpiresAt": 1767225600.25})

    answer = emr.get_cluster_session_credentials(cluster_id=CLUSTER_ID)

    assert answer.expires_at == datetime.datetime(
        2026, 1, 1, 0, 0, 0, 250000, tzinfo=datetime.timezone.utc
    )


def test_a_credentials_kind_newer_than_the_client_still_parses(
    emr: EMRClient, mock: responses.RequestsMock
) -> None:
    _reply(mock, {"Credentials": {"Certificate": {"Pem": "..."}}, "ExpiresAt": EXPIRES})

    answer = emr.get_cluster_session_credentials(cluster_id=CLUSTER_ID)

    assert answer.credentials is not None
    assert answer.credentials.username_password is None


def test_password_never_shows_in_repr_or_str(emr: EMRClient, mock: responses.RequestsMock) -> None:
    _reply(mock, ANSWER)

    answer = emr.get_cluster_session_credentials(cluster_id=CLUSTER_ID)

    assert answer.credentials is not None
    shown = [
        repr(answer),
        str(answer),
        repr(answer.credentials),
        repr(answer.credentials.username_password),
        str(answer.credentials.username_password),
        repr([answer]),
    ]
    for text in shown:
        assert PASSWORD not in text
        assert "***" in text
    assert "expires_at=datetime.datetime(2026, 1, 1" in repr(answer)


def test_password_never_reaches_the_logs(
    emr: EMRClient, mock: responses.RequestsMock, caplog: pytest.LogCaptureFixture
) -> None:
    _reply(mock, ANSWER)

    with caplog.at_level(logging.DEBUG):
        answer = emr.get_cluster_session_credentials(cluster_id=CLUSTER_ID)
        logging.getLogger("app").debug("got %s", answer)

    assert caplog.records
    assert PASSWORD not in caplog.text


def test_hand_built_credentials_are_redacted_too() -> None:
    creds = Credentials(username_password=UsernamePassword(username="u", password="p4ss-w0rd"))

    assert "p4ss-w0rd" not in repr(creds)
    assert "p4ss-w0rd" not in repr(GetClusterSessionCredentialsResponse(credentials=creds))


def test_credentials_union_takes_exactly_one_kind() -> None:
    with pytest.raises(emrk.ParamValidationError):
        Credentials()


def test_invalid_request_exception_carries_its_members(
    emr: EMRClient, mock: responses.RequestsMock
) -> None:
    _error(
        mock,
        "InvalidRequestException",
        ErrorCode="INVALID_CLUSTER_ID",
        Message=f"Cluster {CLUSTER_ID} does not have runtime roles enabled",
    )

    with pytest.raises(InvalidRequestException) as caught:
        emr.get_cluster_session_credentials(cluster_id=CLUSTER_ID)

    err = caught.value
    assert err.code == "InvalidRequestException"
    assert err.error_code == "INVALID_CLUSTER_ID"
    assert err.message == f"Cluster {CLUSTER_ID} does not have runtime roles enabled"
    assert err.status_code == 400
    assert err.request_id == "emr-req-1"
    assert isinstance(err, EMRError)
    assert isinstance(err, emrk.ServiceError)
    assert len(mock.calls) == 1


def test_internal_server_error_has_no_members(emr: EMRClient, mock: responses.RequestsMock) -> None:
    _error(mock, "InternalServerError", Message="Internal error")

    with pytest.raises(InternalServerError) as caught:
        emr.get_cluster_session_credentials(cluster_id=CLUSTER_ID)

    assert type(caught.value) is InternalServerError
    assert caught.value.message == "Internal error"
    assert InternalServerError.wire_members == {}


def test_unknown_error_code_raises_exactly_emr_error(
    emr: EMRClient, mock: responses.RequestsMock
) -> None:
    _error(mock, "ClusterLockedException", Message="locked")

    with pytest.raises(EMRError) as caught:
        emr.get_cluster_session_credentials(cluster_id=CLUSTER_ID)

    assert type(caught.value) is EMRError
    assert caught.value.code == "ClusterLockedException"
    assert caught.value.message == "locked"


def test_errors_survive_pickling() -> None:
    err = InvalidRequestException("bad", error_code="E1", status_code=400, request_id="r")

    clone = pickle.loads(pickle.dumps(err))

    assert type(clone) is InvalidRequestException
    assert (clone.error_code, clone.message, clone.request_id) == ("E1", "bad", "r")


def test_validation_happens_before_sending(emr: EMRClient, mock: responses.RequestsMock) -> None:
    with pytest.raises(emrk.ParamValidationError) as caught:
        emr.get_cluster_session_credentials(cluster_id=CLUSTER_ID, execution_role_arn="arn:short")

    assert caught.value.param == "execution_role_arn"
    assert len(mock.calls) == 0


def test_package_matches_the_botocore_model() -> None:
    model = botocore.session.get_session().get_service_model("emr")
    op = model.operation_model("GetClusterSessionCredentials")
    assert model.metadata["targetPrefix"] == "ElasticMapReduce"
    assert model.signing_name == "elasticmapreduce"
    request = {f.spec.wire for f in plan_of(emrk.emr.GetClusterSessionCredentialsRequest).fields}
    response = {f.spec.wire for f in plan_of(GetClusterSessionCredentialsResponse).fields}
    assert request == set(op.input_shape.members)
    assert response == set(op.output_shape.members)
    assert set(ERRORS) == {shape.name for shape in op.error_shapes}
    assert op.output_shape.members["Credentials"].members["UsernamePassword"].metadata["sensitive"]


def test_every_public_name_is_documented() -> None:
    for name in emrk.emr.__all__:
        obj = getattr(emrk.emr, name)
        if isinstance(obj, type):
            assert obj.__doc__ and not obj.__doc__.startswith("DOC:"), name
    assert EMRClient.get_cluster_session_credentials.__doc__
