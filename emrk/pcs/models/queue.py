"""DOC: module queue"""

from __future__ import annotations

import datetime
import enum

from emrk.core.model import Response, member, model
from emrk.pcs.models.common import ErrorInfo, SlurmCustomSetting

__all__ = [
    "ComputeNodeGroupConfiguration",
    "CreateQueueRequest",
    "CreateQueueResponse",
    "DeleteQueueRequest",
    "DeleteQueueResponse",
    "GetQueueRequest",
    "GetQueueResponse",
    "ListQueuesRequest",
    "ListQueuesResponse",
    "Queue",
    "QueueSlurmConfiguration",
    "QueueSlurmConfigurationRequest",
    "QueueStatus",
    "QueueSummary",
    "UpdateQueueRequest",
    "UpdateQueueResponse",
    "UpdateQueueSlurmConfigurationRequest",
]


class QueueStatus(str, enum.Enum):
    """DOC: QueueStatus"""

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


@model
class ComputeNodeGroupConfiguration:
    """DOC: ComputeNodeGroupConfiguration"""

    compute_node_group_id: str | None = member("computeNodeGroupId", default=None)


@model
class Queue:
    """DOC: Queue"""

    name: str = member("name", min_len=3, max_len=25)
    id: str = member("id")
    arn: str = member("arn")
    cluster_id: str = member("clusterId")
    created_at: datetime.datetime = member("createdAt", timestamp_format="iso8601")
    modified_at: datetime.datetime = member("modifiedAt", timestamp_format="iso8601")
    status: QueueStatus | str = member("status")
    compute_node_group_configurations: list[ComputeNodeGroupConfiguration] = member(
        "computeNodeGroupConfigurations"
    )
    slurm_configuration: QueueSlurmConfiguration | None = member("slurmConfiguration", default=None)
    error_info: list[ErrorInfo] | None = member("errorInfo", default=None)


@model
class QueueSlurmConfiguration:
    """DOC: QueueSlurmConfiguration"""

    slurm_custom_settings: list[SlurmCustomSetting] | None = member(
        "slurmCustomSettings", default=None
    )


@model
class QueueSlurmConfigurationRequest:
    """DOC: QueueSlurmConfigurationRequest"""

    slurm_custom_settings: list[SlurmCustomSetting] | None = member(
        "slurmCustomSettings", default=None
    )


@model
class QueueSummary:
    """DOC: QueueSummary"""

    name: str = member("name", min_len=3, max_len=25)
    id: str = member("id")
    arn: str = member("arn")
    cluster_id: str = member("clusterId")
    created_at: datetime.datetime = member("createdAt", timestamp_format="iso8601")
    modified_at: datetime.datetime = member("modifiedAt", timestamp_format="iso8601")
    status: QueueStatus | str = member("status")


@model
class UpdateQueueSlurmConfigurationRequest:
    """DOC: UpdateQueueSlurmConfigurationRequest"""

    slurm_custom_settings: list[SlurmCustomSetting] | None = member(
        "slurmCustomSettings", default=None
    )


@model
class CreateQueueRequest:
    """DOC: CreateQueueRequest"""

    cluster_identifier: str = member("clusterIdentifier")
    queue_name: str = member("queueName", min_len=3, max_len=25)
    compute_node_group_configurations: list[ComputeNodeGroupConfiguration] | None = member(
        "computeNodeGroupConfigurations", default=None
    )
    slurm_configuration: QueueSlurmConfigurationRequest | None = member(
        "slurmConfiguration", default=None
    )
    client_token: str | None = member(
        "clientToken", default=None, min_len=8, max_len=100, idempotency_token=True
    )
    tags: dict[str, str] | None = member("tags", default=None, min_len=1, max_len=200)


@model
class CreateQueueResponse(Response):
    """DOC: CreateQueueResponse"""

    queue: Queue | None = member("queue", default=None)


@model
class DeleteQueueRequest:
    """DOC: DeleteQueueRequest"""

    cluster_identifier: str = member("clusterIdentifier")
    queue_identifier: str = member("queueIdentifier")
    client_token: str | None = member(
        "clientToken", default=None, min_len=8, max_len=100, idempotency_token=True
    )


@model
class DeleteQueueResponse(Response):
    """DOC: DeleteQueueResponse"""


@model
class GetQueueRequest:
    """DOC: GetQueueRequest"""

    cluster_identifier: str = member("clusterIdentifier")
    queue_identifier: str = member("queueIdentifier")


@model
class GetQueueResponse(Response):
    """DOC: GetQueueResponse"""

    queue: Queue | None = member("queue", default=None)


@model
class ListQueuesRequest:
    """DOC: ListQueuesRequest"""

    cluster_identifier: str = member("clusterIdentifier")
    next_token: str | None = member("nextToken", default=None)
    max_results: int | None = member("maxResults", default=None, min_value=1, max_value=100)


@model
class ListQueuesResponse(Response):
    """DOC: ListQueuesResponse"""

    queues: list[QueueSummary] = member("queues")
    next_token: str | None = member("nextToken", default=None)


@model
class UpdateQueueRequest:
    """DOC: UpdateQueueRequest"""

    cluster_identifier: str = member("clusterIdentifier")
    queue_identifier: str = member("queueIdentifier")
    compute_node_group_configurations: list[ComputeNodeGroupConfiguration] | None = member(
        "computeNodeGroupConfigurations", default=None
    )
    slurm_configuration: UpdateQueueSlurmConfigurationRequest | None = member(
        "slurmConfiguration", default=None
    )
    client_token: str | None = member(
        "clientToken", default=None, min_len=8, max_len=100, idempotency_token=True
    )


@model
class UpdateQueueResponse(Response):
    """DOC: UpdateQueueResponse"""

    queue: Queue | None = member("queue", default=None)
