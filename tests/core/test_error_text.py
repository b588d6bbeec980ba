"""What errors say: every validation problem at once, and service errors with their members.

A ``ParamValidationError`` lists every problem of a request, each with its
parameter path (``param`` stays the first one's), so fixing a call takes one
round. A union without exactly one member is reported at its path when a
request is validated. A service error's ``str()`` shows the error shape's
members that are set, so a log line says which field a PCS
``ValidationException`` is about, while secrets the call knows stay masked.
"""

from __future__ import annotations

import json
import pickle
from typing import Any

import pytest
import responses

import emrk
from emrk.core.errors import ParamProblem
from emrk.eks import EKSClient, ResourceNotFoundException, VpcConfigRequest
from emrk.emr import InvalidRequestException
from emrk.emr_containers import (
    ContainerInfo,
    ContainerProvider,
    Credentials,
    EMRContainersClient,
)
from emrk.pcs import (
    PCSClient,
    ValidationException,
    ValidationExceptionField,
    ValidationExceptionReason,
)

# -- every validation problem at once ------------------------------------------------


@pytest.fixture
def eks(session: emrk.Session) -> EKSClient:
    return session.eks()


@responses.activate
def test_every_problem_of_a_request_is_reported(eks: EKSClient) -> None:
    """The issue's example: three problems, one error, nothing sent."""
    with pytest.raises(emrk.ParamValidationError) as info:
        eks.create_cluster(
            name="x" * 101,
            role_arn=5,  # type: ignore[arg-type]
            resources_vpc_config=VpcConfigRequest(subnet_ids=[1]),  # type: ignore[list-item]
        )
    error = info.value
    assert error.problems == (
        ParamProblem("name", "length 101 is above the maximum of 100"),
        ParamProblem("role_arn", "expected string, got int"),
        ParamProblem("resources_vpc_config.subnet_ids[0]", "expected string, got int"),
    )
    assert (error.param, error.problem) == error.problems[0]  # the first one, as before
    assert str(error) == (
        "Invalid parameters (3 problems):\n"
        "  name: length 101 is above the maximum of 100\n"
        "  role_arn: expected string, got int\n"
        "  resources_vpc_config.subnet_ids[0]: expected string, got int"
    )
    assert len(responses.calls) == 0


def test_one_problem_keeps_its_one_line_message(eks: EKSClient) -> None:
    with pytest.raises(emrk.ParamValidationError) as info:
        eks.describe_cluster(name="")
    problem = "must not be empty (it is part of the request path)"
    assert str(info.value) == f"Invalid parameter name: {problem}"
    assert info.value.problems == (ParamProblem("name", problem),)


def test_a_value_of_the_wrong_type_counts_once(eks: EKSClient) -> None:
    """A str where a list belongs is one problem, not one per character."""
    with pytest.raises(emrk.ParamValidationError) as info:
        eks.create_cluster(
            name="prod",
            role_arn="arn:aws:iam::123456789012:role/eks",
            resources_vpc_config=VpcConfigRequest(subnet_ids="subnet-1"),  # type: ignore[arg-type]
        )
    assert info.value.problems == (
        ParamProblem("resources_vpc_config.subnet_ids", "expected list of string, got str"),
    )


def test_problems_inside_lists_and_maps_each_have_their_path(eks: EKSClient) -> None:
    with pytest.raises(emrk.ParamValidationError) as info:
        eks.create_cluster(
            name="prod",
            role_arn="arn:aws:iam::123456789012:role/eks",
            resources_vpc_config=VpcConfigRequest(subnet_ids=["ok", 2, None]),  # type: ignore[list-item]
            tags={"": "v", "team": 7, "k" * 129: "v"},  # type: ignore[dict-item]
        )
    assert [p.param for p in info.value.problems] == [
        "resources_vpc_config.subnet_ids[1]",
        "resources_vpc_config.subnet_ids[2]",
        "tags['']",
        "tags['team']",
        f"tags[{'k' * 129!r}]",
    ]


def test_a_long_list_of_problems_is_cut_short_in_the_message_only() -> None:
    problems = [(f"items[{i}]", "expected string, got int") for i in range(40)]
    error = emrk.ParamValidationError(*problems[0], others=problems[1:])
    text = str(error)
    assert text.startswith("Invalid parameters (40 problems):\n")
    assert "  items[24]: expected string, got int" in text
    assert "items[25]" not in text
    assert text.endswith("  ... and 15 more (see .problems)")
    assert len(error.problems) == 40


def test_several_problems_survive_pickling() -> None:
    error = emrk.ParamValidationError("a", "is required", others=[("b.c[0]", "expected int")])
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is emrk.ParamValidationError
    assert copy.problems == error.problems
    assert (copy.param, copy.problem) == ("a", "is required")
    assert str(copy) == str(error)
    assert copy.args == error.args


# -- unions ----------------------------------------------------------------------------


def test_building_an_empty_union_names_the_class_and_its_members() -> None:
    with pytest.raises(emrk.ParamValidationError) as info:
        ContainerInfo()
    assert info.value.param == "ContainerInfo"
    assert str(info.value) == (
        "Invalid parameter ContainerInfo: a union is built with exactly one member, "
        "got 0 (set one of: eks_info)"
    )
    with pytest.raises(emrk.ParamValidationError, match=r"set one of: token"):
        Credentials()


@responses.activate
def test_an_empty_union_in_a_request_is_reported_at_its_path(session: emrk.Session) -> None:
    """A union that skipped construction (from_dict, like a parsed response) meets validation."""
    provider = emrk.from_dict(ContainerProvider, {"type": "EKS", "id": "prod", "info": {}})
    assert provider.info is not None and provider.info.eks_info is None
    emr: EMRContainersClient = session.emr_containers()
    with pytest.raises(emrk.ParamValidationError) as info:
        emr.create_virtual_cluster(name="", container_provider=provider)
    assert info.value.problems == (
        ParamProblem("name", "length 0 is below the minimum of 1"),
        ParamProblem(
            "container_provider.info",
            "a union takes exactly one member, got 0 (set one of: eks_info)",
        ),
    )
    assert len(responses.calls) == 0


# -- service errors say what the service said --------------------------------------------


def test_service_error_text_shows_the_members_that_are_set() -> None:
    error = ResourceNotFoundException(
        "No cluster found for name: prod.", request_id="r-1", cluster_name="prod"
    )
    assert str(error) == (
        "ResourceNotFoundException: No cluster found for name: prod. "
        "(cluster_name='prod') (request id r-1)"
    )
    assert str(InvalidRequestException("bad", error_code="INVALID_ROLE")) == (
        "InvalidRequestException: bad (error_code='INVALID_ROLE')"
    )


def test_pcs_validation_exception_text_names_the_field() -> None:
    error = ValidationException(
        "Validation failed",
        request_id="r-2",
        reason=ValidationExceptionReason.FIELD_VALIDATION_FAILED,
        field_list=[ValidationExceptionField(name="clusterName", message="too long")],
    )
    assert str(error) == (
        "ValidationException: Validation failed (reason=fieldValidationFailed, "
        "field_list=[ValidationExceptionField(name='clusterName', message='too long')]) "
        "(request id r-2)"
    )
    copy = pickle.loads(pickle.dumps(error))
    assert str(copy) == str(error)
    assert copy.args == ("Validation failed",)  # args stay the message alone


def test_a_reason_newer_than_the_client_shows_as_given() -> None:
    error = ValidationException("no", reason="somethingNew")
    assert str(error) == "ValidationException: no (reason='somethingNew')"


def test_sensitive_members_are_masked(monkeypatch: pytest.MonkeyPatch) -> None:
    """No error shape has a sensitive member today; one that does shows as ``***``."""
    monkeypatch.setattr(ResourceNotFoundException, "sensitive_members", frozenset({"cluster_name"}))
    error = ResourceNotFoundException("gone", cluster_name="prod-secret-name")
    assert str(error) == "ResourceNotFoundException: gone (cluster_name=***)"


@responses.activate
def test_secrets_echoed_inside_members_are_masked_in_the_text() -> None:
    """The credentials the call signed with, echoed in a field message, never reach str()."""
    secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYSECRETECHO"
    session = emrk.Session(
        aws_access_key_id="AKIDEXAMPLEECHO00001",
        aws_secret_access_key=secret,
        region_name="us-east-1",
    )
    body: dict[str, Any] = {
        "__type": "ValidationException",
        "message": f"signature {secret} rejected",
        "reason": "fieldValidationFailed",
        "fieldList": [{"name": "clusterName", "message": f"not {secret}"}],
    }
    responses.add(
        responses.POST,
        "https://pcs.us-east-1.amazonaws.com/",
        status=400,
        body=json.dumps(body),
        headers={"x-amzn-RequestId": "r-3"},
    )
    pcs: PCSClient = session.pcs(config=emrk.Config(retries={"max_attempts": 1}))
    with pytest.raises(ValidationException) as info:
        pcs.get_cluster(cluster_identifier="genomics")
    text = str(info.value)
    assert secret not in text and secret not in repr(info.value)
    assert "field_list=[ValidationExceptionField(name='clusterName', message='not ***')]" in text
    assert info.value.field_list == [
        ValidationExceptionField(name="clusterName", message="not ***")
    ]
