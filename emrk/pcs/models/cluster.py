"""DOC: module cluster"""

from __future__ import annotations

import datetime
import enum

from emrk.core.model import Response, member, model
from emrk.pcs.models.common import Endpoint, ErrorInfo, SlurmCustomSetting

__all__ = [
    "Accounting",
    "AccountingMode",
    "AccountingRequest",
    "CgroupCustomSetting",
    "Cluster",
    "ClusterSlurmConfiguration",
    "ClusterSlurmConfigurationRequest",
    "ClusterStatus",
    "ClusterSummary",
    "CreateClusterRequest",
    "CreateClusterResponse",
    "DeleteClusterRequest",
    "DeleteClusterResponse",
    "GetClusterRequest",
    "GetClusterResponse",
    "JwtAuth",
    "JwtKey",
    "ListClustersRequest",
    "ListClustersResponse",
    "NetworkType",
    "Networking",
    "NetworkingRequest",
    "Scheduler",
    "SchedulerRequest",
    "SchedulerType",
    "Size",
    "SlurmAuthKey",
    "SlurmRest",
    "SlurmRestMode",
    "SlurmRestRequest",
    "SlurmdbdCustomSetting",
    "UpdateAccountingRequest",
    "UpdateClusterRequest",
    "UpdateClusterResponse",
    "UpdateClusterSlurmConfigurationRequest",
    "UpdateSchedulerRequest",
    "UpdateSlurmRestRequest",
]


class AccountingMode(str, enum.Enum):
    """DOC: AccountingMode"""

    STANDARD = "STANDARD"
    NONE = "NONE"


class ClusterStatus(str, enum.Enum):
    """DOC: ClusterStatus"""

    CREATING = "CREATING"
    ACTIVE = "ACTIVE"
    UPDATING = "UPDATING"
    DELETING = "DELETING"
    CREATE_FAILED = "CREATE_FAILED"
    DELETE_FAILED = "DELETE_FAILED"
    UPDATE_FAILED = "UPDATE_FAILED"
    SUSPENDING = "SUSPENDING"
    SUSPENDED = "SUSPENDED"
    RESUMING = "RESUMING"


class NetworkType(str, enum.Enum):
    """DOC: NetworkType"""

    IPV4 = "IPV4"
    IPV6 = "IPV6"


class SchedulerType(str, enum.Enum):
    """DOC: SchedulerType"""

    SLURM = "SLURM"


class Size(str, enum.Enum):
    """DOC: Size"""

    SMALL = "SMALL"
    MEDIUM = "MEDIUM"
    LARGE = "LARGE"


class SlurmRestMode(str, enum.Enum):
    """DOC: SlurmRestMode"""

    STANDARD = "STANDARD"
    NONE = "NONE"


@model
class Accounting:
    """DOC: Accounting"""

    mode: AccountingMode | str = member("mode")
    default_purge_time_in_days: int | None = member(
        "defaultPurgeTimeInDays", default=None, min_value=-1, max_value=10000
    )


@model
class AccountingRequest:
    """DOC: AccountingRequest"""

    mode: AccountingMode | str = member("mode")
    default_purge_time_in_days: int | None = member(
        "defaultPurgeTimeInDays", default=None, min_value=-1, max_value=10000
    )


@model
class CgroupCustomSetting:
    """DOC: CgroupCustomSetting"""

    parameter_name: str = member("parameterName")
    parameter_value: str = member("parameterValue")


@model
class Cluster:
    """DOC: Cluster"""

    name: str = member("name")
    id: str = member("id")
    arn: str = member("arn")
    status: ClusterStatus | str = member("status")
    created_at: datetime.datetime = member("createdAt", timestamp_format="iso8601")
    modified_at: datetime.datetime = member("modifiedAt", timestamp_format="iso8601")
    scheduler: Scheduler = member("scheduler")
    size: Size | str = member("size")
    networking: Networking = member("networking")
    slurm_configuration: ClusterSlurmConfiguration | None = member(
        "slurmConfiguration", default=None
    )
    endpoints: list[Endpoint] | None = member("endpoints", default=None)
    error_info: list[ErrorInfo] | None = member("errorInfo", default=None)


@model
class ClusterSlurmConfiguration:
    """DOC: ClusterSlurmConfiguration"""

    scale_down_idle_time_in_seconds: int | None = member(
        "scaleDownIdleTimeInSeconds", default=None, min_value=1, max_value=10000000
    )
    slurm_custom_settings: list[SlurmCustomSetting] | None = member(
        "slurmCustomSettings", default=None
    )
    slurmdbd_custom_settings: list[SlurmdbdCustomSetting] | None = member(
        "slurmdbdCustomSettings", default=None
    )
    cgroup_custom_settings: list[CgroupCustomSetting] | None = member(
        "cgroupCustomSettings", default=None
    )
    auth_key: SlurmAuthKey | None = member("authKey", default=None)
    jwt_auth: JwtAuth | None = member("jwtAuth", default=None)
    accounting: Accounting | None = member("accounting", default=None)
    slurm_rest: SlurmRest | None = member("slurmRest", default=None)


@model
class ClusterSlurmConfigurationRequest:
    """DOC: ClusterSlurmConfigurationRequest"""

    scale_down_idle_time_in_seconds: int | None = member(
        "scaleDownIdleTimeInSeconds", default=None, min_value=1, max_value=10000000
    )
    slurm_custom_settings: list[SlurmCustomSetting] | None = member(
        "slurmCustomSettings", default=None
    )
    slurmdbd_custom_settings: list[SlurmdbdCustomSetting] | None = member(
        "slurmdbdCustomSettings", default=None
    )
    cgroup_custom_settings: list[CgroupCustomSetting] | None = member(
        "cgroupCustomSettings", default=None
    )
    accounting: AccountingRequest | None = member("accounting", default=None)
    slurm_rest: SlurmRestRequest | None = member("slurmRest", default=None)


@model
class ClusterSummary:
    """DOC: ClusterSummary"""

    name: str = member("name")
    id: str = member("id")
    arn: str = member("arn")
    created_at: datetime.datetime = member("createdAt", timestamp_format="iso8601")
    modified_at: datetime.datetime = member("modifiedAt", timestamp_format="iso8601")
    status: ClusterStatus | str = member("status")


@model
class JwtAuth:
    """DOC: JwtAuth"""

    jwt_key: JwtKey | None = member("jwtKey", default=None)


@model
class JwtKey:
    """DOC: JwtKey"""

    secret_arn: str = member("secretArn")
    secret_version: str = member("secretVersion")


@model
class Networking:
    """DOC: Networking"""

    subnet_ids: list[str] | None = member("subnetIds", default=None, min_len=1)
    security_group_ids: list[str] | None = member("securityGroupIds", default=None)
    network_type: NetworkType | str | None = member("networkType", default=None)


@model
class NetworkingRequest:
    """DOC: NetworkingRequest"""

    subnet_ids: list[str] | None = member("subnetIds", default=None, min_len=1)
    security_group_ids: list[str] | None = member("securityGroupIds", default=None)
    network_type: NetworkType | str | None = member("networkType", default=None)


@model
class Scheduler:
    """DOC: Scheduler"""

    type: SchedulerType | str = member("type")
    version: str = member("version")


@model
class SchedulerRequest:
    """DOC: SchedulerRequest"""

    type: SchedulerType | str = member("type")
    version: str = member("version")


@model
class SlurmAuthKey:
    """DOC: SlurmAuthKey"""

    secret_arn: str = member("secretArn")
    secret_version: str = member("secretVersion")


@model
class SlurmRest:
    """DOC: SlurmRest"""

    mode: SlurmRestMode | str = member("mode")


@model
class SlurmRestRequest:
    """DOC: SlurmRestRequest"""

    mode: SlurmRestMode | str = member("mode")


@model
class SlurmdbdCustomSetting:
    """DOC: SlurmdbdCustomSetting"""

    parameter_name: str = member("parameterName")
    parameter_value: str = member("parameterValue")


@model
class UpdateAccountingRequest:
    """DOC: UpdateAccountingRequest"""

    default_purge_time_in_days: int | None = member(
        "defaultPurgeTimeInDays", default=None, min_value=-1, max_value=10000
    )
    mode: AccountingMode | str | None = member("mode", default=None)


@model
class UpdateClusterSlurmConfigurationRequest:
    """DOC: UpdateClusterSlurmConfigurationRequest"""

    scale_down_idle_time_in_seconds: int | None = member(
        "scaleDownIdleTimeInSeconds", default=None, min_value=1, max_value=10000000
    )
    slurm_custom_settings: list[SlurmCustomSetting] | None = member(
        "slurmCustomSettings", default=None
    )
    slurmdbd_custom_settings: list[SlurmdbdCustomSetting] | None = member(
        "slurmdbdCustomSettings", default=None
    )
    cgroup_custom_settings: list[CgroupCustomSetting] | None = member(
        "cgroupCustomSettings", default=None
    )
    accounting: UpdateAccountingRequest | None = member("accounting", default=None)
    slurm_rest: UpdateSlurmRestRequest | None = member("slurmRest", default=None)


@model
class UpdateSchedulerRequest:
    """DOC: UpdateSchedulerRequest"""

    version: str = member("version")


@model
class UpdateSlurmRestRequest:
    """DOC: UpdateSlurmRestRequest"""

    mode: SlurmRestMode | str | None = member("mode", default=None)


@model
class CreateClusterRequest:
    """DOC: CreateClusterRequest"""

    cluster_name: str = member("clusterName", min_len=3, max_len=40)
    scheduler: SchedulerRequest = member("scheduler")
    size: Size | str = member("size")
    networking: NetworkingRequest = member("networking")
    slurm_configuration: ClusterSlurmConfigurationRequest | None = member(
        "slurmConfiguration", default=None
    )
    client_token: str | None = member(
        "clientToken", default=None, min_len=8, max_len=100, idempotency_token=True
    )
    tags: dict[str, str] | None = member("tags", default=None, min_len=1, max_len=200)


@model
class CreateClusterResponse(Response):
    """DOC: CreateClusterResponse"""

    cluster: Cluster | None = member("cluster", default=None)


@model
class DeleteClusterRequest:
    """DOC: DeleteClusterRequest"""

    cluster_identifier: str = member("clusterIdentifier")
    client_token: str | None = member(
        "clientToken", default=None, min_len=8, max_len=100, idempotency_token=True
    )


@model
class DeleteClusterResponse(Response):
    """DOC: DeleteClusterResponse"""


@model
class GetClusterRequest:
    """DOC: GetClusterRequest"""

    cluster_identifier: str = member("clusterIdentifier")


@model
class GetClusterResponse(Response):
    """DOC: GetClusterResponse"""

    cluster: Cluster | None = member("cluster", default=None)


@model
class ListClustersRequest:
    """DOC: ListClustersRequest"""

    next_token: str | None = member("nextToken", default=None)
    max_results: int | None = member("maxResults", default=None, min_value=1, max_value=100)


@model
class ListClustersResponse(Response):
    """DOC: ListClustersResponse"""

    clusters: list[ClusterSummary] = member("clusters")
    next_token: str | None = member("nextToken", default=None)


@model
class UpdateClusterRequest:
    """DOC: UpdateClusterRequest"""

    cluster_identifier: str = member("clusterIdentifier")
    client_token: str | None = member(
        "clientToken", default=None, min_len=8, max_len=100, idempotency_token=True
    )
    slurm_configuration: UpdateClusterSlurmConfigurationRequest | None = member(
        "slurmConfiguration", default=None
    )
    scheduler: UpdateSchedulerRequest | None = member("scheduler", default=None)


@model
class UpdateClusterResponse(Response):
    """DOC: UpdateClusterResponse"""

    cluster: Cluster | None = member("cluster", default=None)
