"""Job runs: one Spark application submitted to a virtual cluster.

A run moves PENDING -> SUBMITTED -> RUNNING and ends COMPLETED, FAILED or
CANCELLED (through CANCEL_PENDING when you cancel it). Ended runs stay
listable, with their failure reason and state details, for later inspection.
"""

from __future__ import annotations

import datetime
from typing import Literal, TypeAlias

from emrk.core.enums import ServiceEnum
from emrk.core.model import Response, member, model
from emrk.emr_containers.models.common import ConfigurationOverrides, FailureReason, JobDriver

__all__ = [
    "CancelJobRunRequest",
    "CancelJobRunResponse",
    "DescribeJobRunRequest",
    "DescribeJobRunResponse",
    "JobRun",
    "JobRunState",
    "JobRunStateLiteral",
    "ListJobRunsRequest",
    "ListJobRunsResponse",
    "RetryPolicyConfiguration",
    "RetryPolicyExecution",
    "StartJobRunRequest",
    "StartJobRunResponse",
]


class JobRunState(ServiceEnum):
    """Where a job run is in its life.

    PENDING: accepted, not yet handed to the cluster. SUBMITTED: handed over,
    waiting for the Kubernetes scheduler. RUNNING: the Spark driver runs.
    COMPLETED, FAILED and CANCELLED are final; CANCEL_PENDING means a cancel
    is under way.
    """

    PENDING = "PENDING"
    SUBMITTED = "SUBMITTED"
    RUNNING = "RUNNING"
    FAILED = "FAILED"
    CANCELLED = "CANCELLED"
    CANCEL_PENDING = "CANCEL_PENDING"
    COMPLETED = "COMPLETED"


JobRunStateLiteral: TypeAlias = Literal[
    "PENDING",
    "SUBMITTED",
    "RUNNING",
    "FAILED",
    "CANCELLED",
    "CANCEL_PENDING",
    "COMPLETED",
]
"""The values of :class:`JobRunState` as string literals. A request argument typed ``JobRunState |
JobRunStateLiteral`` takes a member or one of these strings, so a typo is a type error; a value
newer than this client goes through ``typing.cast``.
"""


@model
class JobRun:
    """Everything known about one job run: what it runs, how, and how it went."""

    id: str | None = member("id", default=None, min_len=1, max_len=64)
    name: str | None = member("name", default=None, min_len=1, max_len=64)
    virtual_cluster_id: str | None = member("virtualClusterId", default=None, min_len=1, max_len=64)
    arn: str | None = member("arn", default=None, min_len=60, max_len=1024)
    state: JobRunState | str | None = member("state", default=None)
    client_token: str | None = member("clientToken", default=None, min_len=1, max_len=64)
    """The idempotency token the run was started with."""
    execution_role_arn: str | None = member(
        "executionRoleArn", default=None, min_len=20, max_len=2048
    )
    """The IAM role the job's pods assume to reach S3, CloudWatch and so on."""
    release_label: str | None = member("releaseLabel", default=None, min_len=1, max_len=64)
    """The Amazon EMR release the job runs on, e.g. ``emr-7.2.0-latest``."""
    configuration_overrides: ConfigurationOverrides | None = member(
        "configurationOverrides", default=None
    )
    job_driver: JobDriver | None = member("jobDriver", default=None)
    created_at: datetime.datetime | None = member(
        "createdAt", default=None, timestamp_format="iso8601"
    )
    created_by: str | None = member("createdBy", default=None, min_len=20, max_len=2048)
    """The ARN of the IAM identity that started the run."""
    finished_at: datetime.datetime | None = member(
        "finishedAt", default=None, timestamp_format="iso8601"
    )
    """When the run reached a final state; ``None`` while it is still going."""
    state_details: str | None = member("stateDetails", default=None, min_len=1, max_len=256)
    """The service's explanation of the current state; read it when a run fails."""
    failure_reason: FailureReason | str | None = member("failureReason", default=None)
    """The category of failure, set once the run has FAILED."""
    tags: dict[str, str] | None = member(
        "tags",
        default=None,
        min_len=0,
        max_len=50,
        key_min_len=1,
        key_max_len=128,
        item_min_len=0,
        item_max_len=256,
    )
    retry_policy_configuration: RetryPolicyConfiguration | None = member(
        "retryPolicyConfiguration", default=None
    )
    retry_policy_execution: RetryPolicyExecution | None = member(
        "retryPolicyExecution", default=None
    )
    """How many driver attempts the retry policy has made so far."""


@model
class RetryPolicyConfiguration:
    """How many times the service restarts a job's driver after it fails."""

    max_attempts: int = member("maxAttempts")
    """The most attempts the job's driver gets."""


@model
class RetryPolicyExecution:
    """How far a job run's retry policy has got."""

    current_attempt_count: int = member("currentAttemptCount")
    """The number of driver attempts made so far."""


@model
class CancelJobRunRequest:
    """Input of CancelJobRun."""

    id: str = member("jobRunId", location="uri", min_len=1, max_len=64)
    virtual_cluster_id: str = member("virtualClusterId", location="uri", min_len=1, max_len=64)


@model
class CancelJobRunResponse(Response):
    """Output of CancelJobRun: the ids of the run being cancelled."""

    id: str | None = member("id", default=None, min_len=1, max_len=64)
    virtual_cluster_id: str | None = member("virtualClusterId", default=None, min_len=1, max_len=64)


@model
class DescribeJobRunRequest:
    """Input of DescribeJobRun."""

    id: str = member("jobRunId", location="uri", min_len=1, max_len=64)
    virtual_cluster_id: str = member("virtualClusterId", location="uri", min_len=1, max_len=64)


@model
class DescribeJobRunResponse(Response):
    """Output of DescribeJobRun."""

    job_run: JobRun | None = member("jobRun", default=None)


@model
class ListJobRunsRequest:
    """Input of ListJobRuns: filters on one virtual cluster's runs."""

    virtual_cluster_id: str = member("virtualClusterId", location="uri", min_len=1, max_len=64)
    created_before: datetime.datetime | None = member(
        "createdBefore", default=None, location="querystring", timestamp_format="iso8601"
    )
    """Only runs submitted before this time."""
    created_after: datetime.datetime | None = member(
        "createdAfter", default=None, location="querystring", timestamp_format="iso8601"
    )
    """Only runs submitted after this time."""
    name: str | None = member("name", default=None, location="querystring", min_len=1, max_len=64)
    """Only runs with this name."""
    states: list[JobRunState | JobRunStateLiteral] | None = member(
        "states", default=None, location="querystring", max_len=10
    )
    """Only runs in one of these states."""
    max_results: int | None = member("maxResults", default=None, location="querystring")
    """Page size; the service picks one when left out."""
    next_token: str | None = member(
        "nextToken", default=None, location="querystring", min_len=1, max_len=1024
    )
    """The previous page's ``next_token``; the paginator passes it for you."""


@model
class ListJobRunsResponse(Response):
    """One page of ListJobRuns."""

    job_runs: list[JobRun] | None = member("jobRuns", default=None)
    next_token: str | None = member("nextToken", default=None, min_len=1, max_len=1024)
    """Pass back to get the next page; ``None`` on the last page."""


@model
class StartJobRunRequest:
    """Input of StartJobRun.

    Either give the run in full (role, release, driver) or name a job
    template and fill in its parameters.
    """

    virtual_cluster_id: str = member("virtualClusterId", location="uri", min_len=1, max_len=64)
    client_token: str | None = member(
        "clientToken", default=None, min_len=1, max_len=64, idempotency_token=True
    )
    """Idempotency token: a retry with the same token starts no second run.

    Filled with a fresh UUID4 when left out, and reused on every retry.
    """
    name: str | None = member("name", default=None, min_len=1, max_len=64)
    execution_role_arn: str | None = member(
        "executionRoleArn", default=None, min_len=20, max_len=2048
    )
    release_label: str | None = member("releaseLabel", default=None, min_len=1, max_len=64)
    job_driver: JobDriver | None = member("jobDriver", default=None)
    configuration_overrides: ConfigurationOverrides | None = member(
        "configurationOverrides", default=None
    )
    tags: dict[str, str] | None = member(
        "tags",
        default=None,
        min_len=0,
        max_len=50,
        key_min_len=1,
        key_max_len=128,
        item_min_len=0,
        item_max_len=256,
    )
    job_template_id: str | None = member("jobTemplateId", default=None, min_len=1, max_len=64)
    """Start the run from this job template instead of spelling everything out."""
    job_template_parameters: dict[str, str] | None = member(
        "jobTemplateParameters",
        default=None,
        max_len=100,
        key_min_len=1,
        key_max_len=512,
        item_min_len=1,
        item_max_len=1024,
    )
    """Values for the template's ``${name}`` placeholders."""
    retry_policy_configuration: RetryPolicyConfiguration | None = member(
        "retryPolicyConfiguration", default=None
    )


@model
class StartJobRunResponse(Response):
    """Output of StartJobRun: the new run's id and ARN."""

    id: str | None = member("id", default=None, min_len=1, max_len=64)
    name: str | None = member("name", default=None, min_len=1, max_len=64)
    arn: str | None = member("arn", default=None, min_len=60, max_len=1024)
    virtual_cluster_id: str | None = member("virtualClusterId", default=None, min_len=1, max_len=64)
