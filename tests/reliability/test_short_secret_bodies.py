"""An unreadable answer is withheld only when it shows a known secret, by the masking rule."""

from __future__ import annotations

import pytest

import emrk
from emrk.core.http import HttpRequest, RawResponse
from emrk.emr_containers import EMRContainersClient, JobDriver, SparkSubmitJobDriver


class _Answer:
    def __init__(self, body: bytes) -> None:
        self.body = body

    def send(self, request: HttpRequest) -> RawResponse:
        return RawResponse(200, {"Content-Type": "application/json"}, self.body)

    def close(self) -> None:
        pass


def _start(body: bytes, entry_point: str) -> emrk.ResponseParseError:
    session = emrk.Session("AKIDEXAMPLE", "secret-key-value", region_name="us-east-1")
    emr = EMRContainersClient(session=session, transport=_Answer(body))
    with pytest.raises(emrk.ResponseParseError) as info:
        emr.start_job_run(
            virtual_cluster_id="abcdefghijklmno0123456789",
            execution_role_arn="arn:aws:iam::123456789012:role/x",
            release_label="emr-7.1.0-latest",
            job_driver=JobDriver(
                spark_submit_job_driver=SparkSubmitJobDriver(entry_point=entry_point)
            ),
        )
    return info.value


def test_a_short_secret_inside_words_does_not_withhold_the_body() -> None:
    error = _start(b"msg tFxhRZaXiyFc", entry_point="s")
    assert error.body_preview == b"msg tFxhRZaXiyFc"


def test_a_short_secret_standing_alone_withholds_the_body() -> None:
    error = _start(b"bad entry point: s", entry_point="s")
    assert error.body_preview == b""
    assert "withheld" in str(error)


def test_a_long_secret_anywhere_withholds_the_body() -> None:
    error = _start(b"xxs3://bucket/job.pyxx", entry_point="s3://bucket/job.py")
    assert error.body_preview == b""
