"""emrk.to_dict / emrk.from_dict and emrk.enable_debug_logging."""

from __future__ import annotations

import datetime
import io
import logging

import pytest
import responses

import emrk
from emrk.emr_containers import (
    ContainerInfo,
    ContainerProvider,
    EksInfo,
    JobDriver,
    JobRun,
    JobRunState,
    SparkSubmitJobDriver,
    VirtualCluster,
)
from emrk.pcs import GetClusterResponse

UTC = datetime.timezone.utc


def _job_run() -> JobRun:
    return JobRun(
        id="job-1",
        state=JobRunState.RUNNING,
        created_at=datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC),
        job_driver=JobDriver(
            spark_submit_job_driver=SparkSubmitJobDriver(entry_point="s3://bucket/app.py")
        ),
        tags={"team": "data"},
    )


def test_to_dict_gives_the_wire_form() -> None:
    assert emrk.to_dict(_job_run()) == {
        "id": "job-1",
        "state": "RUNNING",
        "createdAt": "2024-01-02T03:04:05Z",  # this member is ISO-8601 on the wire
        "jobDriver": {"sparkSubmitJobDriver": {"entryPoint": "s3://bucket/app.py"}},
        "tags": {"team": "data"},
    }


def test_from_dict_round_trips_and_ignores_unknown_keys() -> None:
    data = emrk.to_dict(_job_run()) | {"someFutureField": 1}
    assert emrk.from_dict(JobRun, data) == _job_run()


def test_from_dict_keeps_unknown_enum_values_and_builds_unions() -> None:
    vc = emrk.from_dict(
        VirtualCluster,
        {
            "state": "HIBERNATING",
            "containerProvider": {
                "type": "EKS",
                "id": "c",
                "info": {"eksInfo": {"namespace": "n"}},
            },
        },
    )
    assert vc.state == "HIBERNATING"
    assert vc.container_provider == ContainerProvider(
        type="EKS", id="c", info=ContainerInfo(eks_info=EksInfo(namespace="n"))
    )


def test_from_dict_rejects_wrong_types_with_the_path() -> None:
    with pytest.raises(emrk.ParamValidationError) as info:
        emrk.from_dict(JobRun, {"jobDriver": {"sparkSubmitJobDriver": {"entryPoint": 3}}})
    assert info.value.param == "jobDriver.sparkSubmitJobDriver.entryPoint"


def test_to_dict_and_from_dict_take_only_models() -> None:
    with pytest.raises(TypeError):
        emrk.to_dict({"id": "x"})
    with pytest.raises(TypeError):
        emrk.from_dict(dict, {})  # type: ignore[type-var]


def test_response_models_round_trip_without_metadata() -> None:
    response = emrk.from_dict(GetClusterResponse, {})
    assert response.response_metadata is None
    assert emrk.to_dict(response) == {}


@responses.activate
def test_enable_debug_logging_shows_attempts_without_secrets(session: emrk.Session) -> None:
    stream = io.StringIO()
    handler = emrk.enable_debug_logging(stream)
    try:
        responses.post(
            "https://emr-containers.us-east-1.amazonaws.com/virtualclusters/vc/jobruns",
            json={"id": "job-1", "virtualClusterId": "vc"},
            headers={"x-amzn-RequestId": "req-123"},
        )
        emr = session.emr_containers()
        emr.start_job_run(
            virtual_cluster_id="vc",
            name="n",
            execution_role_arn="arn:aws:iam::123456789012:role/r",
            release_label="emr-7.0.0-latest",
            job_driver=JobDriver(
                spark_submit_job_driver=SparkSubmitJobDriver(entry_point="s3://secret/app.py")
            ),
        )
    finally:
        logging.getLogger("emrk").removeHandler(handler)
        logging.getLogger("emrk").setLevel(logging.NOTSET)
    text = stream.getvalue()
    assert "StartJobRun" in text
    assert "req-123" in text
    assert "s3://secret/app.py" not in text
    assert session.get_credentials().secret_key not in text


def test_replace_derives_a_changed_copy() -> None:
    job = _job_run()
    changed = emrk.replace(job, state=JobRunState.COMPLETED)
    assert changed.state is JobRunState.COMPLETED and job.state is JobRunState.RUNNING
    assert emrk.replace(changed, state=JobRunState.RUNNING) == job
    with pytest.raises(TypeError):
        emrk.replace({"id": "x"})
