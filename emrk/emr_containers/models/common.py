"""DOC: module common"""

from __future__ import annotations

import enum

from emrk.core.model import Response, member, model

__all__ = [
    "AllowAWSToRetainLogs",
    "CloudWatchMonitoringConfiguration",
    "Configuration",
    "ConfigurationOverrides",
    "ContainerInfo",
    "ContainerLogRotationConfiguration",
    "ContainerProvider",
    "ContainerProviderType",
    "EksInfo",
    "FailureReason",
    "JobDriver",
    "ManagedLogs",
    "MonitoringConfiguration",
    "PersistentAppUI",
    "S3MonitoringConfiguration",
    "SparkSqlJobDriver",
    "SparkSubmitJobDriver",
    "UntagResourceRequest",
    "UntagResourceResponse",
]


class AllowAWSToRetainLogs(str, enum.Enum):
    """DOC: AllowAWSToRetainLogs"""

    ENABLED = "ENABLED"
    DISABLED = "DISABLED"


class ContainerProviderType(str, enum.Enum):
    """DOC: ContainerProviderType"""

    EKS = "EKS"


class FailureReason(str, enum.Enum):
    """DOC: FailureReason"""

    INTERNAL_ERROR = "INTERNAL_ERROR"
    USER_ERROR = "USER_ERROR"
    VALIDATION_ERROR = "VALIDATION_ERROR"
    CLUSTER_UNAVAILABLE = "CLUSTER_UNAVAILABLE"


class PersistentAppUI(str, enum.Enum):
    """DOC: PersistentAppUI"""

    ENABLED = "ENABLED"
    DISABLED = "DISABLED"


@model
class CloudWatchMonitoringConfiguration:
    """DOC: CloudWatchMonitoringConfiguration"""

    log_group_name: str = member("logGroupName", min_len=1, max_len=512)
    log_stream_name_prefix: str | None = member(
        "logStreamNamePrefix", default=None, min_len=1, max_len=256
    )


@model
class Configuration:
    """DOC: Configuration"""

    classification: str = member("classification", min_len=1, max_len=1024)
    properties: dict[str, str] | None = member(
        "properties", default=None, sensitive=True, max_len=100
    )
    configurations: list[Configuration] | None = member("configurations", default=None, max_len=100)


@model
class ConfigurationOverrides:
    """DOC: ConfigurationOverrides"""

    application_configuration: list[Configuration] | None = member(
        "applicationConfiguration", default=None, max_len=100
    )
    monitoring_configuration: MonitoringConfiguration | None = member(
        "monitoringConfiguration", default=None
    )


@model(union=True)
class ContainerInfo:
    """DOC: ContainerInfo"""

    eks_info: EksInfo | None = member("eksInfo", default=None)


@model
class ContainerLogRotationConfiguration:
    """DOC: ContainerLogRotationConfiguration"""

    rotation_size: str = member("rotationSize", min_len=3, max_len=12)
    max_files_to_keep: int = member("maxFilesToKeep", min_value=1, max_value=50)


@model
class ContainerProvider:
    """DOC: ContainerProvider"""

    type: ContainerProviderType | str = member("type")
    id: str = member("id", min_len=1, max_len=100)
    info: ContainerInfo | None = member("info", default=None)


@model
class EksInfo:
    """DOC: EksInfo"""

    namespace: str | None = member("namespace", default=None, min_len=1, max_len=63)
    node_label: str | None = member("nodeLabel", default=None, min_len=1, max_len=64)


@model
class JobDriver:
    """DOC: JobDriver"""

    spark_submit_job_driver: SparkSubmitJobDriver | None = member(
        "sparkSubmitJobDriver", default=None
    )
    spark_sql_job_driver: SparkSqlJobDriver | None = member("sparkSqlJobDriver", default=None)


@model
class ManagedLogs:
    """DOC: ManagedLogs"""

    allow_aws_to_retain_logs: AllowAWSToRetainLogs | str | None = member(
        "allowAWSToRetainLogs", default=None
    )
    encryption_key_arn: str | None = member(
        "encryptionKeyArn", default=None, min_len=3, max_len=2048
    )


@model
class MonitoringConfiguration:
    """DOC: MonitoringConfiguration"""

    managed_logs: ManagedLogs | None = member("managedLogs", default=None)
    persistent_app_ui: PersistentAppUI | str | None = member("persistentAppUI", default=None)
    cloud_watch_monitoring_configuration: CloudWatchMonitoringConfiguration | None = member(
        "cloudWatchMonitoringConfiguration", default=None
    )
    s3_monitoring_configuration: S3MonitoringConfiguration | None = member(
        "s3MonitoringConfiguration", default=None
    )
    container_log_rotation_configuration: ContainerLogRotationConfiguration | None = member(
        "containerLogRotationConfiguration", default=None
    )


@model
class S3MonitoringConfiguration:
    """DOC: S3MonitoringConfiguration"""

    log_uri: str = member("logUri", min_len=1, max_len=10280)
    encryption_key_arn: str | None = member(
        "encryptionKeyArn", default=None, min_len=3, max_len=2048
    )


@model
class SparkSqlJobDriver:
    """DOC: SparkSqlJobDriver"""

    entry_point: str | None = member(
        "entryPoint", default=None, sensitive=True, min_len=1, max_len=256
    )
    spark_sql_parameters: str | None = member(
        "sparkSqlParameters", default=None, sensitive=True, min_len=1, max_len=102400
    )


@model
class SparkSubmitJobDriver:
    """DOC: SparkSubmitJobDriver"""

    entry_point: str = member("entryPoint", sensitive=True, min_len=1, max_len=256)
    entry_point_arguments: list[str] | None = member("entryPointArguments", default=None)
    spark_submit_parameters: str | None = member(
        "sparkSubmitParameters", default=None, sensitive=True, min_len=1, max_len=102400
    )


@model
class UntagResourceRequest:
    """DOC: UntagResourceRequest"""

    resource_arn: str = member("resourceArn", location="uri", min_len=60, max_len=500)
    tag_keys: list[str] = member("tagKeys", location="querystring", min_len=0, max_len=50)


@model
class UntagResourceResponse(Response):
    """DOC: UntagResourceResponse"""
