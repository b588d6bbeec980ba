"""DOC: module job_template"""

from __future__ import annotations

import datetime
import enum

from emrk.core.model import Response, member, model
from emrk.emr_containers.models.common import Configuration, JobDriver

__all__ = [
    "CreateJobTemplateRequest",
    "CreateJobTemplateResponse",
    "DeleteJobTemplateRequest",
    "DeleteJobTemplateResponse",
    "DescribeJobTemplateRequest",
    "DescribeJobTemplateResponse",
    "JobTemplate",
    "JobTemplateData",
    "ListJobTemplatesRequest",
    "ListJobTemplatesResponse",
    "ParametricCloudWatchMonitoringConfiguration",
    "ParametricConfigurationOverrides",
    "ParametricMonitoringConfiguration",
    "ParametricS3MonitoringConfiguration",
    "TemplateParameterConfiguration",
    "TemplateParameterDataType",
]


class TemplateParameterDataType(str, enum.Enum):
    """DOC: TemplateParameterDataType"""

    NUMBER = "NUMBER"
    STRING = "STRING"


@model
class JobTemplate:
    """DOC: JobTemplate"""

    job_template_data: JobTemplateData = member("jobTemplateData")
    name: str | None = member("name", default=None, min_len=1, max_len=64)
    id: str | None = member("id", default=None, min_len=1, max_len=64)
    arn: str | None = member("arn", default=None, min_len=60, max_len=1024)
    created_at: datetime.datetime | None = member(
        "createdAt", default=None, timestamp_format="iso8601"
    )
    created_by: str | None = member("createdBy", default=None, min_len=20, max_len=2048)
    tags: dict[str, str] | None = member("tags", default=None, min_len=0, max_len=50)
    kms_key_arn: str | None = member("kmsKeyArn", default=None, min_len=3, max_len=2048)
    decryption_error: str | None = member("decryptionError", default=None, min_len=1, max_len=2048)


@model
class JobTemplateData:
    """DOC: JobTemplateData"""

    execution_role_arn: str = member("executionRoleArn", min_len=4, max_len=2048)
    release_label: str = member("releaseLabel", min_len=1, max_len=64)
    job_driver: JobDriver = member("jobDriver")
    configuration_overrides: ParametricConfigurationOverrides | None = member(
        "configurationOverrides", default=None
    )
    parameter_configuration: dict[str, TemplateParameterConfiguration] | None = member(
        "parameterConfiguration", default=None, max_len=100
    )
    job_tags: dict[str, str] | None = member("jobTags", default=None, min_len=0, max_len=50)


@model
class ParametricCloudWatchMonitoringConfiguration:
    """DOC: ParametricCloudWatchMonitoringConfiguration"""

    log_group_name: str | None = member("logGroupName", default=None, min_len=1, max_len=512)
    log_stream_name_prefix: str | None = member(
        "logStreamNamePrefix", default=None, min_len=1, max_len=256
    )


@model
class ParametricConfigurationOverrides:
    """DOC: ParametricConfigurationOverrides"""

    application_configuration: list[Configuration] | None = member(
        "applicationConfiguration", default=None, max_len=100
    )
    monitoring_configuration: ParametricMonitoringConfiguration | None = member(
        "monitoringConfiguration", default=None
    )


@model
class ParametricMonitoringConfiguration:
    """DOC: ParametricMonitoringConfiguration"""

    persistent_app_ui: str | None = member("persistentAppUI", default=None, min_len=1, max_len=512)
    cloud_watch_monitoring_configuration: ParametricCloudWatchMonitoringConfiguration | None = (
        member("cloudWatchMonitoringConfiguration", default=None)
    )
    s3_monitoring_configuration: ParametricS3MonitoringConfiguration | None = member(
        "s3MonitoringConfiguration", default=None
    )


@model
class ParametricS3MonitoringConfiguration:
    """DOC: ParametricS3MonitoringConfiguration"""

    log_uri: str | None = member("logUri", default=None, min_len=1, max_len=10280)


@model
class TemplateParameterConfiguration:
    """DOC: TemplateParameterConfiguration"""

    type: TemplateParameterDataType | str | None = member("type", default=None)
    default_value: str | None = member("defaultValue", default=None, min_len=1, max_len=1024)


@model
class CreateJobTemplateRequest:
    """DOC: CreateJobTemplateRequest"""

    name: str = member("name", min_len=1, max_len=64)
    client_token: str | None = member(
        "clientToken", default=None, min_len=1, max_len=64, idempotency_token=True
    )
    job_template_data: JobTemplateData = member("jobTemplateData")
    tags: dict[str, str] | None = member("tags", default=None, min_len=0, max_len=50)
    kms_key_arn: str | None = member("kmsKeyArn", default=None, min_len=3, max_len=2048)


@model
class CreateJobTemplateResponse(Response):
    """DOC: CreateJobTemplateResponse"""

    id: str | None = member("id", default=None, min_len=1, max_len=64)
    name: str | None = member("name", default=None, min_len=1, max_len=64)
    arn: str | None = member("arn", default=None, min_len=60, max_len=1024)
    created_at: datetime.datetime | None = member(
        "createdAt", default=None, timestamp_format="iso8601"
    )


@model
class DeleteJobTemplateRequest:
    """DOC: DeleteJobTemplateRequest"""

    id: str = member("templateId", location="uri", min_len=1, max_len=64)


@model
class DeleteJobTemplateResponse(Response):
    """DOC: DeleteJobTemplateResponse"""

    id: str | None = member("id", default=None, min_len=1, max_len=64)


@model
class DescribeJobTemplateRequest:
    """DOC: DescribeJobTemplateRequest"""

    id: str = member("templateId", location="uri", min_len=1, max_len=64)


@model
class DescribeJobTemplateResponse(Response):
    """DOC: DescribeJobTemplateResponse"""

    job_template: JobTemplate | None = member("jobTemplate", default=None)


@model
class ListJobTemplatesRequest:
    """DOC: ListJobTemplatesRequest"""

    created_after: datetime.datetime | None = member(
        "createdAfter", default=None, location="querystring", timestamp_format="iso8601"
    )
    created_before: datetime.datetime | None = member(
        "createdBefore", default=None, location="querystring", timestamp_format="iso8601"
    )
    max_results: int | None = member("maxResults", default=None, location="querystring")
    next_token: str | None = member(
        "nextToken", default=None, location="querystring", min_len=1, max_len=1024
    )


@model
class ListJobTemplatesResponse(Response):
    """DOC: ListJobTemplatesResponse"""

    templates: list[JobTemplate] | None = member("templates", default=None)
    next_token: str | None = member("nextToken", default=None, min_len=1, max_len=1024)
