"""The Stubber against Amazon EMR (awsJson 1.1) and EMR on EKS (rest-json)."""

from __future__ import annotations

import datetime

import pytest

from emrk.emr import (
    Credentials,
    EMRClient,
    GetClusterSessionCredentialsResponse,
    InternalServerError,
    InvalidRequestException,
    UsernamePassword,
)
from emrk.emr_containers import (
    DescribeJobRunResponse,
    EMRContainersClient,
    JobDriver,
    JobRun,
    JobRunState,
    ListVirtualClustersResponse,
    SparkSubmitJobDriver,
    StartJobRunResponse,
    VirtualCluster,
    VirtualClusterState,
)
from emrk.emr_containers import ResourceNotFoundException as EMRContainersNotFound
from emrk.testing import ANY, StubAssertionError, Stubber

EXPIRES = datetime.datetime(2025, 6, 1, 12, 0, tzinfo=datetime.timezone.utc)
SECRET = "s3cr3t-password-value"


class TestEMR:
    def test_session_credentials_round_trip(self, emr: EMRClient) -> None:
        expected = GetClusterSessionCredentialsResponse(
            credentials=Credentials(
                username_password=UsernamePassword(username="user", password=SECRET)
            ),
            expires_at=EXPIRES,
        )
        with Stubber(emr) as stub:
            stub.add_response(
                "get_cluster_session_credentials",
                expected,
                {"cluster_id": "j-1", "execution_role_arn": ANY},
            )
            got = emr.get_cluster_session_credentials(
                cluster_id="j-1", execution_role_arn="arn:aws:iam::123456789012:role/run"
            )
        assert got == expected
        assert SECRET not in repr(got)

    def test_invalid_request_error_code_member(self, emr: EMRClient) -> None:
        with Stubber(emr) as stub:
            stub.add_client_error(
                "get_cluster_session_credentials",
                InvalidRequestException("bad cluster", error_code="INVALID_CLUSTER"),
            )
            with pytest.raises(InvalidRequestException) as info:
                emr.get_cluster_session_credentials(cluster_id="j-1")
        assert info.value.error_code == "INVALID_CLUSTER"
        assert info.value.message == "bad cluster"

    def test_server_error_status(self, emr: EMRClient) -> None:
        with Stubber(emr) as stub:
            stub.add_client_error(
                "get_cluster_session_credentials",
                InternalServerError("oops"),
                http_status_code=500,
            )
            with pytest.raises(InternalServerError) as info:
                emr.get_cluster_session_credentials(cluster_id="j-1")
        assert info.value.status_code == 500


def _job(state: JobRunState) -> DescribeJobRunResponse:
    return DescribeJobRunResponse(
        job_run=JobRun(id="jr-1", virtual_cluster_id="vc-1", state=state, name="etl")
    )


class TestEMRContainers:
    def test_start_then_wait_for_completion(self, emr_containers: EMRContainersClient) -> None:
        driver = JobDriver(spark_submit_job_driver=SparkSubmitJobDriver(entry_point="s3://b/a.py"))
        with Stubber(emr_containers) as stub:
            stub.add_response(
                "start_job_run",
                StartJobRunResponse(id="jr-1", virtual_cluster_id="vc-1"),
                {
                    "virtual_cluster_id": "vc-1",
                    "name": "etl",
                    "execution_role_arn": ANY,
                    "release_label": "emr-7.2.0-latest",
                    "job_driver": driver,
                },
            )
            for state in (JobRunState.SUBMITTED, JobRunState.RUNNING, JobRunState.COMPLETED):
                stub.add_response(
                    "describe_job_run", _job(state), {"id": "jr-1", "virtual_cluster_id": "vc-1"}
                )
            started = emr_containers.start_job_run(
                virtual_cluster_id="vc-1",
                name="etl",
                execution_role_arn="arn:aws:iam::123456789012:role/job",
                release_label="emr-7.2.0-latest",
                job_driver=driver,
            )
            assert started.id == "jr-1"
            done = emr_containers.wait_until_job_run_completed(
                id="jr-1", virtual_cluster_id="vc-1", delay=0
            )
            stub.assert_no_pending_responses()
        assert done.job_run is not None and done.job_run.state is JobRunState.COMPLETED

    def test_mismatch_message_hides_sensitive_members(
        self, emr_containers: EMRContainersClient
    ) -> None:
        def driver(entry: str) -> JobDriver:
            return JobDriver(spark_submit_job_driver=SparkSubmitJobDriver(entry_point=entry))

        with Stubber(emr_containers) as stub:
            stub.add_response(
                "start_job_run",
                StartJobRunResponse(),
                {
                    "virtual_cluster_id": "vc-1",
                    "execution_role_arn": ANY,
                    "release_label": ANY,
                    "job_driver": driver("s3://b/expected-secret.py"),
                },
            )
            with pytest.raises(StubAssertionError, match="job_driver differs") as info:
                emr_containers.start_job_run(
                    virtual_cluster_id="vc-1",
                    execution_role_arn="arn:aws:iam::123456789012:role/job",
                    release_label="emr-7.2.0-latest",
                    job_driver=driver("s3://b/actual-secret.py"),
                )
        assert "secret" not in str(info.value)

    def test_paginate_virtual_clusters(self, emr_containers: EMRContainersClient) -> None:
        running = VirtualClusterState.RUNNING
        with Stubber(emr_containers) as stub:
            stub.add_response(
                "list_virtual_clusters",
                ListVirtualClustersResponse(
                    virtual_clusters=[VirtualCluster(id="vc-1", state=running)], next_token="p2"
                ),
            )
            stub.add_response(
                "list_virtual_clusters",
                ListVirtualClustersResponse(virtual_clusters=[VirtualCluster(id="vc-2")]),
                {"next_token": "p2"},
            )
            ids = [vc.id for vc in emr_containers.paginate_list_virtual_clusters()]
        assert ids == ["vc-1", "vc-2"]

    def test_not_found_error(self, emr_containers: EMRContainersClient) -> None:
        with Stubber(emr_containers) as stub:
            stub.add_client_error("describe_job_run", EMRContainersNotFound("no run"))
            with pytest.raises(EMRContainersNotFound, match="no run"):
                emr_containers.describe_job_run(id="jr-1", virtual_cluster_id="vc-1")
