"""Building blocks shared by job runs, job templates, endpoints and virtual clusters.

What a job runs (:class:`JobDriver`), how its applications are configured
(:class:`ConfigurationOverrides`), where its logs go
(:class:`MonitoringConfiguration`) and which EKS namespace hosts it
(:class:`ContainerProvider`) are described the same way wherever they appear,
so they live here.
"""

from __future__ import annotations

from typing import Literal, TypeAlias

from emrk.core.enums import ServiceEnum
from emrk.core.model import member, model

__all__ = [
    "AllowAWSToRetainLogs",
    "AllowAWSToRetainLogsLiteral",
    "CloudWatchMonitoringConfiguration",
    "Configuration",
    "ConfigurationOverrides",
    "ContainerInfo",
    "ContainerLogRotationConfiguration",
    "ContainerProvider",
    "ContainerProviderType",
    "ContainerProviderTypeLiteral",
    "EksInfo",
    "FailureReason",
    "FailureReasonLiteral",
    "JobDriver",
    "ManagedLogs",
    "MonitoringConfiguration",
    "PersistentAppUI",
    "PersistentAppUILiteral",
    "S3MonitoringConfiguration",
    "SparkSqlJobDriver",
    "SparkSubmitJobDriver",
]


class AllowAWSToRetainLogs(ServiceEnum):
    """Whether the service may keep a copy of a job's logs for you (managed logs)."""

    ENABLED = "ENABLED"
    DISABLED = "DISABLED"


AllowAWSToRetainLogsLiteral: TypeAlias = Literal[
    "ENABLED",
    "DISABLED",
]
"""The values of :class:`AllowAWSToRetainLogs` as string literals. A request argument typed
``AllowAWSToRetainLogs | AllowAWSToRetainLogsLiteral`` takes a member or one of these strings,
so a typo is a type error; a value newer than this client goes through ``typing.cast``.
"""


class ContainerProviderType(ServiceEnum):
    """The kind of container platform behind a virtual cluster; only EKS exists today."""

    EKS = "EKS"


ContainerProviderTypeLiteral: TypeAlias = Literal["EKS",]
"""The values of :class:`ContainerProviderType` as string literals. A request argument typed
``ContainerProviderType | ContainerProviderTypeLiteral`` takes a member or one of these strings,
so a typo is a type error; a value newer than this client goes through ``typing.cast``.
"""


class FailureReason(ServiceEnum):
    """The category of a job run's or endpoint's failure.

    ``USER_ERROR`` and ``VALIDATION_ERROR`` point at the submitted job or its
    settings; ``CLUSTER_UNAVAILABLE`` at the EKS cluster or namespace;
    ``INTERNAL_ERROR`` at the service. The accompanying ``state_details``
    says more.
    """

    INTERNAL_ERROR = "INTERNAL_ERROR"
    USER_ERROR = "USER_ERROR"
    VALIDATION_ERROR = "VALIDATION_ERROR"
    CLUSTER_UNAVAILABLE = "CLUSTER_UNAVAILABLE"


FailureReasonLiteral: TypeAlias = Literal[
    "INTERNAL_ERROR",
    "USER_ERROR",
    "VALIDATION_ERROR",
    "CLUSTER_UNAVAILABLE",
]
"""The values of :class:`FailureReason` as string literals. A request argument typed
``FailureReason | FailureReasonLiteral`` takes a member or one of these strings, so a typo is a
type error; a value newer than this client goes through ``typing.cast``.
"""


class PersistentAppUI(ServiceEnum):
    """Whether the Spark history UI stays reachable after the job ends."""

    ENABLED = "ENABLED"
    DISABLED = "DISABLED"


PersistentAppUILiteral: TypeAlias = Literal[
    "ENABLED",
    "DISABLED",
]
"""The values of :class:`PersistentAppUI` as string literals. A request argument typed
``PersistentAppUI | PersistentAppUILiteral`` takes a member or one of these strings, so a typo
is a type error; a value newer than this client goes through ``typing.cast``.
"""


@model
class CloudWatchMonitoringConfiguration:
    """Ship a job's driver and executor logs to a CloudWatch Logs group."""

    log_group_name: str = member("logGroupName", min_len=1, max_len=512)
    log_stream_name_prefix: str | None = member(
        "logStreamNamePrefix", default=None, min_len=1, max_len=256
    )
    """Put in front of every log stream name, to tell jobs apart in one group."""


@model
class Configuration:
    """Settings for one application configuration file, such as ``spark-defaults``.

    The ``classification`` names the file; ``properties`` are the keys to set
    in it. Some classifications (``spark-env`` for instance) only hold nested
    ``configurations``. Properties often carry secrets, so they never show in
    ``repr``.
    """

    classification: str = member("classification", min_len=1, max_len=1024)
    """The configuration file to change, e.g. ``spark-defaults`` or ``spark-log4j``."""
    properties: dict[str, str] | None = member(
        "properties",
        default=None,
        sensitive=True,
        max_len=100,
        key_min_len=1,
        key_max_len=1024,
        item_min_len=1,
        item_max_len=1024,
    )
    """Keys and values to set in that file (hidden in ``repr``)."""
    configurations: list[Configuration] | None = member("configurations", default=None, max_len=100)
    """Nested classifications, e.g. ``export`` inside ``spark-env``."""


@model
class ConfigurationOverrides:
    """Application settings and log destinations that replace the release's defaults."""

    application_configuration: list[Configuration] | None = member(
        "applicationConfiguration", default=None, max_len=100
    )
    monitoring_configuration: MonitoringConfiguration | None = member(
        "monitoringConfiguration", default=None
    )


@model(union=True)
class ContainerInfo:
    """Platform-specific details of a container provider (a union: set exactly one member)."""

    eks_info: EksInfo | None = member("eksInfo", default=None)


@model
class ContainerLogRotationConfiguration:
    """Rotate container log files so long jobs do not fill the node's disk."""

    rotation_size: str = member("rotationSize", min_len=3, max_len=12)
    """File size that triggers a rotation, such as ``"2KB"`` up to ``"2GB"``."""
    max_files_to_keep: int = member("maxFilesToKeep", min_value=1, max_value=50)
    """How many rotated files each container keeps."""


@model
class ContainerProvider:
    """The EKS cluster (and namespace) a virtual cluster is registered with."""

    type: ContainerProviderType | ContainerProviderTypeLiteral = member("type")
    id: str = member("id", min_len=1, max_len=100)
    """The EKS cluster's name."""
    info: ContainerInfo | None = member("info", default=None)
    """Where in that cluster the jobs go: the namespace, in ``ContainerInfo.eks_info``."""


@model
class EksInfo:
    """The Kubernetes namespace (and optional node label) jobs are scheduled into."""

    namespace: str | None = member("namespace", default=None, min_len=1, max_len=63)
    node_label: str | None = member("nodeLabel", default=None, min_len=1, max_len=64)
    """Only nodes with this label receive this virtual cluster's pods.

    Needs the matching scaling and policy add-ons on the EKS cluster.
    """


@model
class JobDriver:
    """What a job executes: set exactly one of a spark-submit or a Spark SQL driver.

    The service rejects a driver with neither or both set; emrk leaves that
    check to the service, as botocore does.
    """

    spark_submit_job_driver: SparkSubmitJobDriver | None = member(
        "sparkSubmitJobDriver", default=None
    )
    spark_sql_job_driver: SparkSqlJobDriver | None = member("sparkSqlJobDriver", default=None)


@model
class ManagedLogs:
    """Let the service keep logs for you, optionally encrypted with your KMS key."""

    allow_aws_to_retain_logs: AllowAWSToRetainLogs | AllowAWSToRetainLogsLiteral | None = member(
        "allowAWSToRetainLogs", default=None
    )
    encryption_key_arn: str | None = member(
        "encryptionKeyArn", default=None, min_len=3, max_len=2048
    )
    """The KMS key that encrypts the retained logs."""


@model
class MonitoringConfiguration:
    """Where a job's logs go and how the Spark UI is kept."""

    managed_logs: ManagedLogs | None = member("managedLogs", default=None)
    persistent_app_ui: PersistentAppUI | PersistentAppUILiteral | None = member(
        "persistentAppUI", default=None
    )
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
    """Upload a job's logs to an S3 prefix."""

    log_uri: str = member("logUri", min_len=1, max_len=10280)
    """The destination, e.g. ``s3://my-bucket/emr-logs/``."""
    encryption_key_arn: str | None = member(
        "encryptionKeyArn", default=None, min_len=3, max_len=2048
    )
    """The KMS key used to encrypt the uploaded logs."""


@model
class SparkSqlJobDriver:
    """Run a Spark SQL script; both members are hidden in ``repr``."""

    entry_point: str | None = member(
        "entryPoint", default=None, sensitive=True, min_len=1, max_len=256
    )
    """The SQL file to run, usually an ``s3://`` URI."""
    spark_sql_parameters: str | None = member(
        "sparkSqlParameters", default=None, sensitive=True, min_len=1, max_len=102400
    )
    """Extra options for the Spark SQL command line, such as ``--conf`` pairs."""


@model
class SparkSubmitJobDriver:
    """Run an application with ``spark-submit``.

    The entry point, its arguments and the spark-submit options can all hold
    secrets (connection strings, keys), so none of them shows in ``repr``.
    """

    entry_point: str = member("entryPoint", sensitive=True, min_len=1, max_len=256)
    """The application: a JAR or Python file, usually an ``s3://`` or ``local://`` URI."""
    entry_point_arguments: list[str] | None = member(
        "entryPointArguments", default=None, sensitive=True, item_min_len=1, item_max_len=10280
    )
    """Arguments passed to the application's main function."""
    spark_submit_parameters: str | None = member(
        "sparkSubmitParameters", default=None, sensitive=True, min_len=1, max_len=102400
    )
    """Options for ``spark-submit`` itself, e.g. ``--conf spark.executor.instances=2``."""
