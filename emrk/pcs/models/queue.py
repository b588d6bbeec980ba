"""PCS queues: where jobs are submitted, and which compute node groups run them.

A queue maps to a Slurm partition. It sends jobs to one or more compute node
groups, and one group may serve several queues.
"""

from __future__ import annotations

import datetime
from typing import Literal, TypeAlias

from emrk.core.enums import ServiceEnum
from emrk.core.model import Response, member, model
from emrk.pcs.models.common import ErrorInfo
from emrk.pcs.models.slurm import SlurmCustomSetting

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
    "QueueStatusLiteral",
    "QueueSummary",
    "UpdateQueueRequest",
    "UpdateQueueResponse",
    "UpdateQueueSlurmConfigurationRequest",
]


class QueueStatus(ServiceEnum):
    """Where a queue is in its provisioning life cycle (not whether jobs flow).

    ``SUSPENDING``/``SUSPENDED`` follow the cluster's suspension when its
    Slurm release passed end of life.
    """

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


QueueStatusLiteral: TypeAlias = Literal[
    "CREATING",
    "ACTIVE",
    "UPDATING",
    "DELETING",
    "CREATE_FAILED",
    "DELETE_FAILED",
    "UPDATE_FAILED",
    "SUSPENDING",
    "SUSPENDED",
    "RESUMING",
]
"""The values of :class:`QueueStatus` as string literals. A request argument typed ``QueueStatus |
QueueStatusLiteral`` takes a member or one of these strings, so a typo is a type error; a value
newer than this client goes through ``typing.cast``.
"""


@model
class ComputeNodeGroupConfiguration:
    """A compute node group a queue sends jobs to."""

    compute_node_group_id: str | None = member("computeNodeGroupId", default=None)
    """The group's id (its generated id, not its name)."""


@model
class QueueSlurmConfigurationRequest:
    """Slurm options for a new queue."""

    slurm_custom_settings: list[SlurmCustomSetting] | None = member(
        "slurmCustomSettings", default=None
    )
    """Partition-level ``slurm.conf`` parameters."""


@model
class QueueSlurmConfiguration:
    """A queue's Slurm options, as PCS reports them."""

    slurm_custom_settings: list[SlurmCustomSetting] | None = member(
        "slurmCustomSettings", default=None
    )
    """Partition-level ``slurm.conf`` parameters."""


@model
class UpdateQueueSlurmConfigurationRequest:
    """Slurm options to change with ``update_queue``."""

    slurm_custom_settings: list[SlurmCustomSetting] | None = member(
        "slurmCustomSettings", default=None
    )
    """Replacement partition-level ``slurm.conf`` parameters."""


@model
class Queue:
    """A queue in full: its status and the compute node groups behind it.

    When the status ends in ``_FAILED``, ``error_info`` says why.
    """

    name: str = member("name", min_len=3, max_len=25)
    id: str = member("id")
    """The identifier PCS generated; either this or the name identifies the queue."""
    arn: str = member("arn")
    cluster_id: str = member("clusterId")
    """Id of the cluster the queue belongs to."""
    created_at: datetime.datetime = member("createdAt", timestamp_format="iso8601")
    modified_at: datetime.datetime = member("modifiedAt", timestamp_format="iso8601")
    status: QueueStatus | str = member("status")
    """Provisioning status (not whether jobs are flowing)."""
    compute_node_group_configurations: list[ComputeNodeGroupConfiguration] = member(
        "computeNodeGroupConfigurations"
    )
    """The groups that run this queue's jobs."""
    slurm_configuration: QueueSlurmConfiguration | None = member("slurmConfiguration", default=None)
    error_info: list[ErrorInfo] | None = member("errorInfo", default=None)
    """Problems met while provisioning, when there were any."""


@model
class QueueSummary:
    """The short form of a queue that ``list_queues`` returns."""

    name: str = member("name", min_len=3, max_len=25)
    id: str = member("id")
    arn: str = member("arn")
    cluster_id: str = member("clusterId")
    created_at: datetime.datetime = member("createdAt", timestamp_format="iso8601")
    modified_at: datetime.datetime = member("modifiedAt", timestamp_format="iso8601")
    status: QueueStatus | str = member("status")


@model
class CreateQueueRequest:
    """Input of ``create_queue``."""

    cluster_identifier: str = member("clusterIdentifier")
    """Name or id of the cluster to add the queue to."""
    queue_name: str = member("queueName", min_len=3, max_len=25)
    """A name for the queue, 3 to 25 characters; it is also the Slurm partition name."""
    compute_node_group_configurations: list[ComputeNodeGroupConfiguration] | None = member(
        "computeNodeGroupConfigurations", default=None
    )
    """The groups that will run the queue's jobs."""
    slurm_configuration: QueueSlurmConfigurationRequest | None = member(
        "slurmConfiguration", default=None
    )
    client_token: str | None = member(
        "clientToken", default=None, min_len=8, max_len=100, idempotency_token=True
    )
    """Idempotency token; filled by emrk when left out and reused on retries."""
    tags: dict[str, str] | None = member(
        "tags",
        default=None,
        min_len=1,
        max_len=200,
        key_min_len=1,
        key_max_len=128,
        item_min_len=0,
        item_max_len=256,
    )


@model
class CreateQueueResponse(Response):
    """Output of ``create_queue``: the queue, normally ``CREATING``."""

    queue: Queue | None = member("queue", default=None)


@model
class DeleteQueueRequest:
    """Input of ``delete_queue``."""

    cluster_identifier: str = member("clusterIdentifier")
    queue_identifier: str = member("queueIdentifier")
    """Name or id of the queue."""
    client_token: str | None = member(
        "clientToken", default=None, min_len=8, max_len=100, idempotency_token=True
    )
    """Idempotency token; filled by emrk when left out."""


@model
class DeleteQueueResponse(Response):
    """Output of ``delete_queue``: empty; deletion continues in the background."""


@model
class GetQueueRequest:
    """Input of ``get_queue``."""

    cluster_identifier: str = member("clusterIdentifier")
    queue_identifier: str = member("queueIdentifier")
    """Name or id of the queue."""


@model
class GetQueueResponse(Response):
    """Output of ``get_queue``."""

    queue: Queue | None = member("queue", default=None)


@model
class ListQueuesRequest:
    """Input of ``list_queues``; prefer ``paginate_list_queues``."""

    cluster_identifier: str = member("clusterIdentifier")
    next_token: str | None = member("nextToken", default=None)
    """Token from the previous page; tokens expire after 24 hours."""
    max_results: int | None = member("maxResults", default=None, min_value=1, max_value=100)
    """Page size, up to 100 (PCS uses 10 when left out)."""


@model
class ListQueuesResponse(Response):
    """One page of ``list_queues``."""

    queues: list[QueueSummary] = member("queues")
    next_token: str | None = member("nextToken", default=None)
    """Present when more pages follow."""


@model
class UpdateQueueRequest:
    """Input of ``update_queue``; unset members stay as they are."""

    cluster_identifier: str = member("clusterIdentifier")
    queue_identifier: str = member("queueIdentifier")
    """Name or id of the queue."""
    compute_node_group_configurations: list[ComputeNodeGroupConfiguration] | None = member(
        "computeNodeGroupConfigurations", default=None
    )
    """The full new list of groups the queue sends jobs to."""
    slurm_configuration: UpdateQueueSlurmConfigurationRequest | None = member(
        "slurmConfiguration", default=None
    )
    client_token: str | None = member(
        "clientToken", default=None, min_len=8, max_len=100, idempotency_token=True
    )
    """Idempotency token; filled by emrk when left out."""


@model
class UpdateQueueResponse(Response):
    """Output of ``update_queue``: the queue, normally ``UPDATING``."""

    queue: Queue | None = member("queue", default=None)
