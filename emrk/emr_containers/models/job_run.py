"""DOC: module job_run"""

from __future__ import annotations

import datetime
import enum

from emrk.core.model import Response, member, model
from emrk.emr_containers.models.common import ConfigurationOverrides, FailureReason, JobDriver

__all__ = [
    "CancelJobRunRequest",
    "CancelJobRunResponse",
    "DescribeJobRunRequest",
    "DescribeJobRunResponse",
    "JobRun",
    "JobRunState",
    "ListJobRunsRequest",
    "ListJobRunsResponse",
    "RetryPolicyConfiguration",
    "RetryPolicyExecution",
    "StartJobRunRequest",
    "StartJobRunResponse",
]


class JobRunState(str, enum.Enum):
    """DOC: JobRunState"""

    PENDING = "PENDING"
    SUBMITTED = "SUBMITTED"
    RUNNING = "RUNNING"
    FAILED = "FAILED"
    CANCELLED = "CANCELLED"
    CANCEL_PENDING = "CANCEL_PENDING"
    COMPLETED = "COMPLETED"


@model
class JobRun:
    """DOC: JobRun"""

    id: str | None = member("id", default=None, min_len=1, max_len=64)
    name: str | None = member("name", default=None, min_len=1, max_len=64)
    virtual_cluster_id: str | None = member("virtualClusterId", default=None, min_len=1, max_len=64)
    arn: str | None = member("arn", default=None, min_len=60, max_len=1024)
    state: JobRunState | str | None = member("state", default=None)
    client_token: str | None = member("clientToken", default=None, min_len=1, max_len=64)
    execution_role_arn: str | None = member(
        "executionRoleArn", default=None, min_len=20, max_len=2048
    )
    release_label: str | None = member("releaseLabel", default=None, min_len=1, max_len=64)
    configuration_overrides: ConfigurationOverrides | None = member(
        "configurationOverrides", default=None
    )
    job_driver: JobDriver | None = member("jobDriver", default=None)
    created_at: datetime.datetime | None = member(
        "createdAt", default=None, timestamp_format="iso8601"
    )
    created_by: str | None = member("createdBy", default=None, min_len=20, max_len=2048)
    finished_at: datetime.datetime | None = member(
        "finishedAt", default=None, timestamp_format="iso8601"
    )
    state_details: str | None = member("stateDetails", default=None, min_len=1, max_len=256)
    failure_reason: FailureReason | str | None = member("failureReason", default=None)
    tags: dict[str, str] | None = member("tags", default=None, min_len=0, max_len=50)
    retry_policy_configuration: RetryPolicyConfiguration | None = member(
        "retryPolicyConfiguration", default=None
    )
    retry_policy_execution: RetryPolicyExecution | None = member(
        "retryPolicyExecution", default=None
    )


@model
class RetryPolicyConfiguration:
    """DOC: RetryPolicyConfiguration"""

    max_attempts: int = member("maxAttempts")


@model
class RetryPolicyExecution:
    """DOC: RetryPolicyExecution"""

    current_attempt_count: int = member("currentAttemptCount")


@model
class CancelJobRunRequest:
    """DOC: CancelJobRunRequest"""

    id: str = member("jobRunId", location="uri", min_len=1, max_len=64)
    virtual_cluster_id: str = member("virtualClusterId", location="uri", min_len=1, max_len=64)


@model
class CancelJobRunResponse(Response):
    """DOC: CancelJobRunResponse"""

    id: str | None = member("id", default=None, min_len=1, max_len=64)
    virtual_cluster_id: str | None = member("virtualClusterId", default=None, min_len=1, max_len=64)


@model
class DescribeJobRunRequest:
    """DOC: DescribeJobRunRequest"""

    id: str = member("jobRunId", location="uri", min_len=1, max_len=64)
    virtual_cluster_id: str = member("virtualClusterId", location="uri", min_len=1, max_len=64)


@model
class DescribeJobRunResponse(Response):
    """DOC: DescribeJobRunResponse"""

    job_run: JobRun | None = member("jobRun", default=None)


@model
class ListJobRunsRequest:
    """DOC: ListJobRunsRequest"""

    virtual_cluster_id: str = member("virtualClusterId", location="uri", min_len=1, max_len=64)
    created_before: datetime.datetime | None = member(
        "createdBefore", default=None, location="querystring", timestamp_format="iso8601"
    )
    created_after: datetime.datetime | None = member(
        "createdAfter", default=None, location="querystring", timestamp_format="iso8601"
    )
    name: str | None = member("name", default=None, location="querystring", min_len=1, max_len=64)
    states: list[JobRunState | str] | None = member(
        "states", default=None, location="querystring", max_len=10
    )
    max_results: int | None = member("maxResults", default=None, location="querystring")
    next_token: str | None = member(
        "nextToken", default=None, location="querystring", min_len=1, max_len=1024
    )


@model
class ListJobRunsResponse(Response):
    """DOC: ListJobRunsResponse"""

    job_runs: list[JobRun] | None = member("jobRuns", default=None)
    next_token: str | None = member("nextToken", default=None, min_len=1, max_len=1024)


@model
class StartJobRunRequest:
    """DOC: StartJobRunRequest"""

    virtual_cluster_id: str = member("virtualClusterId", location="uri", min_len=1, max_len=64)
    client_token: str | None = member(
        "clientToken", default=None, min_len=1, max_len=64, idempotency_token=True
    )
    name: str | None = member("name", default=None, min_len=1, max_len=64)
    execution_role_arn: str | None = member(
        "executionRoleArn", default=None, min_len=20, max_len=2048
    )
    release_label: str | None = member("releaseLabel", default=None, min_len=1, max_len=64)
    job_driver: JobDriver | None = member("jobDriver", default=None)
    configuration_overrides: ConfigurationOverrides | None = member(
        "configurationOverrides", default=None
    )
    tags: dict[str, str] | None = member("tags", default=None, min_len=0, max_len=50)
    job_template_id: str | None = member("jobTemplateId", default=None, min_len=1, max_len=64)
    job_template_parameters: dict[str, str] | None = member(
        "jobTemplateParameters", default=None, max_len=100
    )
    retry_policy_configuration: RetryPolicyConfiguration | None = member(
        "retryPolicyConfiguration", default=None
    )


@model
class StartJobRunResponse(Response):
    """DOC: StartJobRunResponse"""

    id: str | None = member("id", default=None, min_len=1, max_len=64)
    name: str | None = member("name", default=None, min_len=1, max_len=64)
    arn: str | None = member("arn", default=None, min_len=60, max_len=1024)
    virtual_cluster_id: str | None = member("virtualClusterId", default=None, min_len=1, max_len=64)
