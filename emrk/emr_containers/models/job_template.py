"""Job templates: stored StartJobRun settings, reused and partly fixed.

A template keeps a role, release, driver and configuration so each run only
names the template and fills in its parameters. Values may contain
``${name}`` placeholders declared in ``parameter_configuration``; that is why
the "parametric" monitoring shapes accept a placeholder where the plain ones
want a typed value.
"""

from __future__ import annotations

import datetime
from typing import Literal, TypeAlias

from emrk.core.enums import ServiceEnum
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
    "TemplateParameterDataTypeLiteral",
]


class TemplateParameterDataType(ServiceEnum):
    """The type a job template parameter's value must have."""

    NUMBER = "NUMBER"
    STRING = "STRING"


TemplateParameterDataTypeLiteral: TypeAlias = Literal[
    "NUMBER",
    "STRING",
]
"""The values of :class:`TemplateParameterDataType` as string literals. A request argument typed
``TemplateParameterDataType | TemplateParameterDataTypeLiteral`` takes a member or one of these
strings, so a typo is a type error; a value newer than this client goes through ``typing.cast``.
"""


@model
class JobTemplate:
    """A stored job template, as DescribeJobTemplate and ListJobTemplates return it."""

    job_template_data: JobTemplateData = member("jobTemplateData")
    name: str | None = member("name", default=None, min_len=1, max_len=64)
    id: str | None = member("id", default=None, min_len=1, max_len=64)
    arn: str | None = member("arn", default=None, min_len=60, max_len=1024)
    created_at: datetime.datetime | None = member(
        "createdAt", default=None, timestamp_format="iso8601"
    )
    created_by: str | None = member("createdBy", default=None, min_len=20, max_len=2048)
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
    kms_key_arn: str | None = member("kmsKeyArn", default=None, min_len=3, max_len=2048)
    """The KMS key the template is encrypted with."""
    decryption_error: str | None = member("decryptionError", default=None, min_len=1, max_len=2048)
    """Why the template could not be decrypted with its KMS key, if it could not."""


@model
class JobTemplateData:
    """The StartJobRun values a template holds for the runs started from it."""

    execution_role_arn: str = member("executionRoleArn", min_len=4, max_len=2048)
    """The runs' IAM role; may be a ``${placeholder}``."""
    release_label: str = member("releaseLabel", min_len=1, max_len=64)
    """The runs' Amazon EMR release; may be a ``${placeholder}``."""
    job_driver: JobDriver = member("jobDriver")
    configuration_overrides: ParametricConfigurationOverrides | None = member(
        "configurationOverrides", default=None
    )
    parameter_configuration: dict[str, TemplateParameterConfiguration] | None = member(
        "parameterConfiguration", default=None, max_len=100, key_min_len=1, key_max_len=512
    )
    """The placeholders the template uses, by name."""
    job_tags: dict[str, str] | None = member(
        "jobTags",
        default=None,
        min_len=0,
        max_len=50,
        key_min_len=1,
        key_max_len=128,
        item_min_len=0,
        item_max_len=256,
    )
    """Tags given to every run started from the template (not to the template)."""


@model
class ParametricCloudWatchMonitoringConfiguration:
    """CloudWatch Logs settings for a template; the group name may be a placeholder."""

    log_group_name: str | None = member("logGroupName", default=None, min_len=1, max_len=512)
    log_stream_name_prefix: str | None = member(
        "logStreamNamePrefix", default=None, min_len=1, max_len=256
    )


@model
class ParametricConfigurationOverrides:
    """Configuration overrides for a template, where monitoring values may be placeholders."""

    application_configuration: list[Configuration] | None = member(
        "applicationConfiguration", default=None, max_len=100
    )
    monitoring_configuration: ParametricMonitoringConfiguration | None = member(
        "monitoringConfiguration", default=None
    )


@model
class ParametricMonitoringConfiguration:
    """Monitoring settings for a template, where values may hold placeholders."""

    persistent_app_ui: str | None = member("persistentAppUI", default=None, min_len=1, max_len=512)
    """``ENABLED``, ``DISABLED`` or a placeholder."""
    cloud_watch_monitoring_configuration: ParametricCloudWatchMonitoringConfiguration | None = (
        member("cloudWatchMonitoringConfiguration", default=None)
    )
    s3_monitoring_configuration: ParametricS3MonitoringConfiguration | None = member(
        "s3MonitoringConfiguration", default=None
    )


@model
class ParametricS3MonitoringConfiguration:
    """S3 log upload settings for a template; the URI may be a placeholder."""

    log_uri: str | None = member("logUri", default=None, min_len=1, max_len=10280)


@model
class TemplateParameterConfiguration:
    """Declares one template parameter: its type and the value used when a run omits it."""

    type: TemplateParameterDataType | TemplateParameterDataTypeLiteral | None = member(
        "type", default=None
    )
    default_value: str | None = member("defaultValue", default=None, min_len=1, max_len=1024)
    """The value used when StartJobRun gives none for this parameter."""


@model
class CreateJobTemplateRequest:
    """Input of CreateJobTemplate."""

    name: str = member("name", min_len=1, max_len=64)
    client_token: str | None = member(
        "clientToken", default=None, min_len=1, max_len=64, idempotency_token=True
    )
    """Idempotency token; filled with a UUID4 when left out, the same on every retry."""
    job_template_data: JobTemplateData = member("jobTemplateData")
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
    kms_key_arn: str | None = member("kmsKeyArn", default=None, min_len=3, max_len=2048)
    """The KMS key to encrypt the stored template with."""


@model
class CreateJobTemplateResponse(Response):
    """Output of CreateJobTemplate: the new template's id and ARN."""

    id: str | None = member("id", default=None, min_len=1, max_len=64)
    name: str | None = member("name", default=None, min_len=1, max_len=64)
    arn: str | None = member("arn", default=None, min_len=60, max_len=1024)
    created_at: datetime.datetime | None = member(
        "createdAt", default=None, timestamp_format="iso8601"
    )


@model
class DeleteJobTemplateRequest:
    """Input of DeleteJobTemplate."""

    id: str = member("templateId", location="uri", min_len=1, max_len=64)


@model
class DeleteJobTemplateResponse(Response):
    """Output of DeleteJobTemplate."""

    id: str | None = member("id", default=None, min_len=1, max_len=64)


@model
class DescribeJobTemplateRequest:
    """Input of DescribeJobTemplate."""

    id: str = member("templateId", location="uri", min_len=1, max_len=64)


@model
class DescribeJobTemplateResponse(Response):
    """Output of DescribeJobTemplate."""

    job_template: JobTemplate | None = member("jobTemplate", default=None)


@model
class ListJobTemplatesRequest:
    """Input of ListJobTemplates: optional creation-time filters."""

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
    """One page of ListJobTemplates."""

    templates: list[JobTemplate] | None = member("templates", default=None)
    next_token: str | None = member("nextToken", default=None, min_len=1, max_len=1024)
