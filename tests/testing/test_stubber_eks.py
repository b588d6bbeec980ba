"""The Stubber against EKS (rest-json): answers, errors, parameters, pagination, waiters."""

from __future__ import annotations

import datetime
import uuid
from typing import Any

import pytest

import emrk
from emrk.eks import (
    Cluster,
    ClusterStatus,
    ClusterVersionStatus,
    CreateClusterResponse,
    DescribeClusterResponse,
    DescribeClusterVersionsResponse,
    EKSClient,
    EKSError,
    ListClustersResponse,
    ResourceInUseException,
    ResourceNotFoundException,
    ServerException,
    VpcConfigRequest,
)
from emrk.testing import ANY, StubAssertionError, Stubber

CREATED = datetime.datetime(2024, 5, 6, 7, 8, 9, 123000, tzinfo=datetime.timezone.utc)


def _cluster(status: ClusterStatus = ClusterStatus.ACTIVE, name: str = "prod") -> Cluster:
    return Cluster(
        name=name,
        arn=f"arn:aws:eks:us-east-1:123456789012:cluster/{name}",
        status=status,
        created_at=CREATED,
        version="1.31",
        tags={"team": "data"},
    )


def _describe(status: ClusterStatus = ClusterStatus.ACTIVE) -> DescribeClusterResponse:
    return DescribeClusterResponse(cluster=_cluster(status))


class TestResponses:
    def test_response_round_trips_into_an_equal_model(self, eks: EKSClient) -> None:
        expected = _describe()
        with Stubber(eks) as stub:
            stub.add_response("describe_cluster", expected, {"name": "prod"})
            got = eks.describe_cluster(name="prod")
        assert got == expected
        assert got.cluster is not None
        assert got.cluster.status is ClusterStatus.ACTIVE
        assert got.cluster.created_at == CREATED

    def test_response_metadata_is_filled_like_a_real_answer(self, eks: EKSClient) -> None:
        with Stubber(eks) as stub:
            stub.add_response("describe_cluster", _describe())
            got = eks.describe_cluster(name="prod")
        meta = got.response_metadata
        assert meta is not None
        assert meta.http_status_code == 200
        assert meta.request_id is not None and meta.request_id.startswith("emrk-stub-")
        assert meta.retry_attempts == 0

    def test_answers_are_served_in_order(self, eks: EKSClient) -> None:
        with Stubber(eks) as stub:
            stub.add_response("describe_cluster", _describe(ClusterStatus.CREATING))
            stub.add_response("describe_cluster", _describe(ClusterStatus.ACTIVE))
            first = eks.describe_cluster(name="prod").cluster
            second = eks.describe_cluster(name="prod").cluster
        assert first is not None and first.status is ClusterStatus.CREATING
        assert second is not None and second.status is ClusterStatus.ACTIVE

    def test_calls_are_recorded_with_their_request_models(self, eks: EKSClient) -> None:
        with Stubber(eks) as stub:
            stub.add_response("describe_cluster", _describe())
            eks.describe_cluster(name="prod")
        (call,) = stub.calls
        assert call.method == "describe_cluster"
        assert call.request.name == "prod"


class TestErrors:
    def test_error_raises_its_class_with_members(self, eks: EKSClient) -> None:
        with Stubber(eks) as stub:
            stub.add_client_error(
                "describe_cluster",
                ResourceNotFoundException("no such cluster", cluster_name="prod"),
                {"name": "prod"},
            )
            with pytest.raises(ResourceNotFoundException) as info:
                eks.describe_cluster(name="prod")
        error = info.value
        assert error.code == "ResourceNotFoundException"
        assert error.message == "no such cluster"
        assert error.cluster_name == "prod"
        assert error.nodegroup_name is None
        assert error.status_code == 400
        assert error.request_id is not None and error.request_id.startswith("emrk-stub-")

    def test_http_status_and_request_id_can_be_chosen(self, eks: EKSClient) -> None:
        with Stubber(eks) as stub:
            stub.add_client_error(
                "delete_cluster",
                ResourceInUseException("busy", cluster_name="prod", request_id="req-1"),
                http_status_code=409,
            )
            with pytest.raises(ResourceInUseException) as info:
                eks.delete_cluster(name="prod")
        assert info.value.status_code == 409
        assert info.value.request_id == "req-1"
        assert info.value.cluster_name == "prod"

    def test_status_set_on_the_error_is_used(self, eks: EKSClient) -> None:
        with Stubber(eks) as stub:
            stub.add_client_error("describe_cluster", ServerException("boom", status_code=500))
            with pytest.raises(ServerException) as info:
                eks.describe_cluster(name="prod")
        assert info.value.status_code == 500

    def test_class_http_status_is_the_default(
        self, eks: EKSClient, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setattr(ResourceNotFoundException, "http_status", 404, raising=False)
        with Stubber(eks) as stub:
            stub.add_client_error("describe_cluster", ResourceNotFoundException("gone"))
            with pytest.raises(ResourceNotFoundException) as info:
                eks.describe_cluster(name="prod")
        assert info.value.status_code == 404

    def test_stubbed_errors_are_not_retried(self, eks: EKSClient, sleeps: Any) -> None:
        with Stubber(eks) as stub:
            stub.add_client_error("describe_cluster", ServerException("down"), http_status_code=503)
            stub.add_response("describe_cluster", _describe())
            with pytest.raises(ServerException):
                eks.describe_cluster(name="prod")
            assert eks.describe_cluster(name="prod") == _describe()
        assert sleeps.delays == []

    def test_unknown_code_raises_the_service_base_class(self, eks: EKSClient) -> None:
        with Stubber(eks) as stub:
            stub.add_client_error("describe_cluster", EKSError("new", code="BrandNewException"))
            with pytest.raises(EKSError) as info:
                eks.describe_cluster(name="prod")
        assert type(info.value) is EKSError
        assert info.value.code == "BrandNewException"
        assert info.value.message == "new"

    def test_error_of_another_service_is_refused(self, eks: EKSClient) -> None:
        from emrk.pcs import ResourceNotFoundException as PCSNotFound

        with pytest.raises(TypeError, match="EKSError"):
            Stubber(eks).add_client_error("describe_cluster", PCSNotFound("x"))

    def test_code_that_parses_to_another_class_is_refused(self, eks: EKSClient) -> None:
        with pytest.raises(ValueError, match="comes back as ResourceInUseException"):
            Stubber(eks).add_client_error(
                "describe_cluster", ResourceNotFoundException("x", code="ResourceInUseException")
            )


class TestExpectedParams:
    def test_mismatch_names_operation_and_parameter(self, eks: EKSClient) -> None:
        with Stubber(eks) as stub:
            stub.add_response("describe_cluster", _describe(), {"name": "prod"})
            with pytest.raises(StubAssertionError) as info:
                eks.describe_cluster(name="dev")
        message = str(info.value)
        assert "describe_cluster" in message
        assert "parameter name" in message
        assert "'prod'" in message and "'dev'" in message

    def test_any_matches_any_value(self, eks: EKSClient) -> None:
        with Stubber(eks) as stub:
            stub.add_response("describe_cluster", _describe(), {"name": ANY})
            got = eks.describe_cluster(name="whatever")
            stub.assert_no_pending_responses()
        assert got == _describe()
        assert [(c.method, c.request.name) for c in stub.calls] == [
            ("describe_cluster", "whatever")
        ]

    def test_any_works_inside_containers(self, eks: EKSClient) -> None:
        with Stubber(eks) as stub:
            stub.add_response(
                "list_clusters", ListClustersResponse(clusters=[]), {"include": [ANY]}
            )
            got = eks.list_clusters(include=["all"])
            stub.assert_no_pending_responses()
        assert got == ListClustersResponse(clusters=[])
        assert [c.request.include for c in stub.calls] == [["all"]]

    def test_any_requires_the_argument_to_be_set(self, eks: EKSClient) -> None:
        with Stubber(eks) as stub:
            stub.add_response("list_clusters", ListClustersResponse(), {"max_results": ANY})
            with pytest.raises(StubAssertionError, match="expected ANY, got None"):
                eks.list_clusters()

    def test_any_works_inside_models(self, eks: EKSClient) -> None:
        expected = {
            "name": "prod",
            "role_arn": ANY,
            "resources_vpc_config": VpcConfigRequest(subnet_ids=ANY),
        }
        with Stubber(eks) as stub:
            stub.add_response("create_cluster", CreateClusterResponse(), expected)
            got = eks.create_cluster(
                name="prod",
                role_arn="arn:aws:iam::123456789012:role/eks",
                resources_vpc_config=VpcConfigRequest(subnet_ids=["subnet-9"]),
            )
            stub.assert_no_pending_responses()
        assert got == CreateClusterResponse()
        (call,) = stub.calls
        assert call.request.resources_vpc_config == VpcConfigRequest(subnet_ids=["subnet-9"])

    def test_argument_left_out_of_expected_params_fails(self, eks: EKSClient) -> None:
        with Stubber(eks) as stub:
            stub.add_response("list_clusters", ListClustersResponse(clusters=[]), {})
            with pytest.raises(StubAssertionError, match="unexpected parameter max_results=5"):
                eks.list_clusters(max_results=5)

    def test_expected_argument_not_passed_fails(self, eks: EKSClient) -> None:
        with Stubber(eks) as stub:
            stub.add_response(
                "list_clusters", ListClustersResponse(clusters=[]), {"max_results": 5}
            )
            with pytest.raises(StubAssertionError, match="max_results differs"):
                eks.list_clusters()

    def test_mismatch_keeps_the_answer_queued(self, eks: EKSClient) -> None:
        with Stubber(eks) as stub:
            stub.add_response("describe_cluster", _describe(), {"name": "prod"})
            with pytest.raises(StubAssertionError):
                eks.describe_cluster(name="dev")
            with pytest.raises(StubAssertionError, match="never used"):
                stub.assert_no_pending_responses()

    @pytest.mark.parametrize("passed", [ClusterVersionStatus.STANDARD_SUPPORT, "standard-support"])
    def test_enum_member_and_plain_value_match_each_other(
        self, eks: EKSClient, passed: ClusterVersionStatus | str
    ) -> None:
        with Stubber(eks) as stub:
            stub.add_response(
                "describe_cluster_versions",
                DescribeClusterVersionsResponse(cluster_versions=[]),
                {"status": "standard-support"},
            )
            stub.add_response(
                "describe_cluster_versions",
                DescribeClusterVersionsResponse(cluster_versions=[]),
                {"status": ClusterVersionStatus.STANDARD_SUPPORT},
            )
            eks.describe_cluster_versions(status=passed)
            eks.describe_cluster_versions(status=passed)
            stub.assert_no_pending_responses()
        assert [c.method for c in stub.calls] == ["describe_cluster_versions"] * 2

    def test_unknown_parameter_name_is_refused_when_queued(self, eks: EKSClient) -> None:
        with pytest.raises(ValueError, match="did you mean 'name'"):
            Stubber(eks).add_response("describe_cluster", _describe(), {"nme": "prod"})


class TestIdempotencyTokens:
    def _create(self, eks: EKSClient, **kwargs: str) -> CreateClusterResponse:
        return eks.create_cluster(
            name="prod",
            role_arn="arn:aws:iam::123456789012:role/eks",
            resources_vpc_config=VpcConfigRequest(subnet_ids=["subnet-1"]),
            **kwargs,
        )

    def test_auto_filled_token_is_ignored_unless_expected(self, eks: EKSClient) -> None:
        expected = {
            "name": "prod",
            "role_arn": "arn:aws:iam::123456789012:role/eks",
            "resources_vpc_config": VpcConfigRequest(subnet_ids=["subnet-1"]),
        }
        with Stubber(eks) as stub:
            stub.add_response("create_cluster", CreateClusterResponse(cluster=_cluster()), expected)
            self._create(eks)
        token = stub.calls[0].request.client_request_token
        assert uuid.UUID(token).version == 4

    def test_token_can_be_expected_as_any(self, eks: EKSClient) -> None:
        with Stubber(eks) as stub:
            stub.add_response(
                "create_cluster",
                CreateClusterResponse(cluster=_cluster()),
                {
                    "name": "prod",
                    "role_arn": ANY,
                    "resources_vpc_config": ANY,
                    "client_request_token": ANY,
                },
            )
            got = self._create(eks)
            stub.assert_no_pending_responses()
        assert got == CreateClusterResponse(cluster=_cluster())
        (call,) = stub.calls
        assert uuid.UUID(call.request.client_request_token).version == 4

    def test_token_expected_exactly_must_match(self, eks: EKSClient) -> None:
        params = {
            "name": "prod",
            "role_arn": ANY,
            "resources_vpc_config": ANY,
            "client_request_token": "token-1",
        }
        with Stubber(eks) as stub:
            stub.add_response("create_cluster", CreateClusterResponse(), params)
            stub.add_response("create_cluster", CreateClusterResponse(), params)
            self._create(eks, client_request_token="token-1")
            with pytest.raises(StubAssertionError, match="client_request_token differs"):
                self._create(eks)


class TestCallOrder:
    def test_unexpected_operation_fails_clearly(self, eks: EKSClient) -> None:
        with Stubber(eks) as stub:
            stub.add_response("describe_cluster", _describe())
            with pytest.raises(StubAssertionError) as info:
                eks.list_clusters()
        assert "list_clusters" in str(info.value)
        assert "describe_cluster" in str(info.value)

    def test_call_with_an_empty_queue_fails_clearly(self, eks: EKSClient) -> None:
        with Stubber(eks), pytest.raises(StubAssertionError, match="no stubbed answers left"):
            eks.describe_cluster(name="prod")

    def test_pending_answers_are_reported(self, eks: EKSClient) -> None:
        with Stubber(eks) as stub:
            stub.add_response("describe_cluster", _describe())
            stub.add_response("list_clusters", ListClustersResponse(clusters=[]))
            eks.describe_cluster(name="prod")
            with pytest.raises(StubAssertionError, match=r"1 stubbed answer.*list_clusters"):
                stub.assert_no_pending_responses()
            eks.list_clusters()
            stub.assert_no_pending_responses()

    def test_invalid_input_does_not_use_up_an_answer(self, eks: EKSClient) -> None:
        with Stubber(eks) as stub:
            stub.add_response("describe_cluster", _describe())
            with pytest.raises(emrk.ParamValidationError):
                eks.describe_cluster(name="")
            eks.describe_cluster(name="prod")
            stub.assert_no_pending_responses()

    def test_stub_assertion_is_not_an_emrk_error(self) -> None:
        assert issubclass(StubAssertionError, AssertionError)
        assert not issubclass(StubAssertionError, emrk.EmrkError)


class TestQueueingMistakes:
    def test_method_typo_is_refused_with_a_suggestion(self, eks: EKSClient) -> None:
        with pytest.raises(ValueError, match="did you mean 'describe_cluster'"):
            Stubber(eks).add_response("describe_clustr", _describe())

    def test_paginator_method_points_at_the_operation(self, eks: EKSClient) -> None:
        with pytest.raises(ValueError, match="one answer per page"):
            Stubber(eks).add_response("paginate_list_clusters", ListClustersResponse())

    def test_waiter_method_points_at_the_operation(self, eks: EKSClient) -> None:
        with pytest.raises(ValueError, match="not an operation"):
            Stubber(eks).add_response("wait_until_cluster_active", _describe())

    def test_wrong_response_model_is_refused(self, eks: EKSClient) -> None:
        with pytest.raises(
            TypeError, match="describe_cluster answers with DescribeClusterResponse"
        ):
            Stubber(eks).add_response("describe_cluster", ListClustersResponse())  # type: ignore[arg-type]


class TestPaginatorsAndWaiters:
    def test_paginator_items_across_queued_pages(self, eks: EKSClient) -> None:
        with Stubber(eks) as stub:
            stub.add_response(
                "list_clusters", ListClustersResponse(clusters=["a", "b"], next_token="t1")
            )
            stub.add_response(
                "list_clusters", ListClustersResponse(clusters=["c"]), {"next_token": "t1"}
            )
            assert list(eks.paginate_list_clusters()) == ["a", "b", "c"]
            stub.assert_no_pending_responses()

    def test_paginator_pages(self, eks: EKSClient) -> None:
        first = ListClustersResponse(clusters=["a"], next_token="t1")
        second = ListClustersResponse(clusters=["b"])
        with Stubber(eks) as stub:
            stub.add_response("list_clusters", first, {"max_results": 1})
            stub.add_response("list_clusters", second, {"max_results": 1, "next_token": "t1"})
            assert list(eks.paginate_list_clusters(max_results=1).pages()) == [first, second]

    def test_waiter_polls_through_queued_attempts(self, eks: EKSClient, sleeps: Any) -> None:
        with Stubber(eks) as stub:
            stub.add_response("describe_cluster", _describe(ClusterStatus.CREATING))
            stub.add_response("describe_cluster", _describe(ClusterStatus.CREATING))
            stub.add_response("describe_cluster", _describe(ClusterStatus.ACTIVE))
            result = eks.wait_until_cluster_active(name="prod", delay=0)
            stub.assert_no_pending_responses()
        assert result.cluster is not None and result.cluster.status is ClusterStatus.ACTIVE
        assert sleeps.delays == [0, 0]

    def test_deleted_waiter_succeeds_on_the_not_found_error(self, eks: EKSClient) -> None:
        with Stubber(eks) as stub:
            stub.add_response("describe_cluster", _describe(ClusterStatus.DELETING))
            stub.add_client_error("describe_cluster", ResourceNotFoundException("gone"))
            assert eks.wait_until_cluster_deleted(name="prod", delay=0) is None

    def test_waiter_failure_state_raises_waiter_error(self, eks: EKSClient) -> None:
        with Stubber(eks) as stub:
            stub.add_response("describe_cluster", _describe(ClusterStatus.FAILED))
            with pytest.raises(emrk.WaiterError) as info:
                eks.wait_until_cluster_active(name="prod", delay=0)
        assert info.value.last_response == _describe(ClusterStatus.FAILED)
