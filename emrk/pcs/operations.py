"""The 19 AWS PCS operations: each names its input and output models.

Every PCS call is ``POST /`` with the operation in ``X-Amz-Target``, so the
default HTTP binding of :class:`~emrk.core.operation.Operation` fits them all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from emrk.core.operation import Operation

if TYPE_CHECKING:
    from emrk.pcs.models import (
        CreateClusterRequest,
        CreateClusterResponse,
        CreateComputeNodeGroupRequest,
        CreateComputeNodeGroupResponse,
        CreateQueueRequest,
        CreateQueueResponse,
        DeleteClusterRequest,
        DeleteClusterResponse,
        DeleteComputeNodeGroupRequest,
        DeleteComputeNodeGroupResponse,
        DeleteQueueRequest,
        DeleteQueueResponse,
        GetClusterRequest,
        GetClusterResponse,
        GetComputeNodeGroupRequest,
        GetComputeNodeGroupResponse,
        GetQueueRequest,
        GetQueueResponse,
        ListClustersRequest,
        ListClustersResponse,
        ListComputeNodeGroupsRequest,
        ListComputeNodeGroupsResponse,
        ListQueuesRequest,
        ListQueuesResponse,
        ListTagsForResourceRequest,
        ListTagsForResourceResponse,
        RegisterComputeNodeGroupInstanceRequest,
        RegisterComputeNodeGroupInstanceResponse,
        TagResourceRequest,
        TagResourceResponse,
        UntagResourceRequest,
        UntagResourceResponse,
        UpdateClusterRequest,
        UpdateClusterResponse,
        UpdateComputeNodeGroupRequest,
        UpdateComputeNodeGroupResponse,
        UpdateQueueRequest,
        UpdateQueueResponse,
    )

#: Where the models named below live; each loads on its operation's first call.
_MODELS = "emrk.pcs.models"

CREATE_CLUSTER: Operation[CreateClusterRequest, CreateClusterResponse] = Operation(
    "CreateCluster", "CreateClusterRequest", "CreateClusterResponse", models=_MODELS
)
CREATE_COMPUTE_NODE_GROUP: Operation[
    CreateComputeNodeGroupRequest, CreateComputeNodeGroupResponse
] = Operation(
    "CreateComputeNodeGroup",
    "CreateComputeNodeGroupRequest",
    "CreateComputeNodeGroupResponse",
    models=_MODELS,
)
CREATE_QUEUE: Operation[CreateQueueRequest, CreateQueueResponse] = Operation(
    "CreateQueue", "CreateQueueRequest", "CreateQueueResponse", models=_MODELS
)
DELETE_CLUSTER: Operation[DeleteClusterRequest, DeleteClusterResponse] = Operation(
    "DeleteCluster", "DeleteClusterRequest", "DeleteClusterResponse", models=_MODELS
)
DELETE_COMPUTE_NODE_GROUP: Operation[
    DeleteComputeNodeGroupRequest, DeleteComputeNodeGroupResponse
] = Operation(
    "DeleteComputeNodeGroup",
    "DeleteComputeNodeGroupRequest",
    "DeleteComputeNodeGroupResponse",
    models=_MODELS,
)
DELETE_QUEUE: Operation[DeleteQueueRequest, DeleteQueueResponse] = Operation(
    "DeleteQueue", "DeleteQueueRequest", "DeleteQueueResponse", models=_MODELS
)
GET_CLUSTER: Operation[GetClusterRequest, GetClusterResponse] = Operation(
    "GetCluster", "GetClusterRequest", "GetClusterResponse", models=_MODELS
)
GET_COMPUTE_NODE_GROUP: Operation[GetComputeNodeGroupRequest, GetComputeNodeGroupResponse] = (
    Operation(
        "GetComputeNodeGroup",
        "GetComputeNodeGroupRequest",
        "GetComputeNodeGroupResponse",
        models=_MODELS,
    )
)
GET_QUEUE: Operation[GetQueueRequest, GetQueueResponse] = Operation(
    "GetQueue", "GetQueueRequest", "GetQueueResponse", models=_MODELS
)
LIST_CLUSTERS: Operation[ListClustersRequest, ListClustersResponse] = Operation(
    "ListClusters", "ListClustersRequest", "ListClustersResponse", models=_MODELS
)
LIST_COMPUTE_NODE_GROUPS: Operation[ListComputeNodeGroupsRequest, ListComputeNodeGroupsResponse] = (
    Operation(
        "ListComputeNodeGroups",
        "ListComputeNodeGroupsRequest",
        "ListComputeNodeGroupsResponse",
        models=_MODELS,
    )
)
LIST_QUEUES: Operation[ListQueuesRequest, ListQueuesResponse] = Operation(
    "ListQueues", "ListQueuesRequest", "ListQueuesResponse", models=_MODELS
)
LIST_TAGS_FOR_RESOURCE: Operation[ListTagsForResourceRequest, ListTagsForResourceResponse] = (
    Operation(
        "ListTagsForResource",
        "ListTagsForResourceRequest",
        "ListTagsForResourceResponse",
        models=_MODELS,
    )
)
REGISTER_COMPUTE_NODE_GROUP_INSTANCE: Operation[
    RegisterComputeNodeGroupInstanceRequest, RegisterComputeNodeGroupInstanceResponse
] = Operation(
    "RegisterComputeNodeGroupInstance",
    "RegisterComputeNodeGroupInstanceRequest",
    "RegisterComputeNodeGroupInstanceResponse",
    models=_MODELS,
)
TAG_RESOURCE: Operation[TagResourceRequest, TagResourceResponse] = Operation(
    "TagResource", "TagResourceRequest", "TagResourceResponse", models=_MODELS
)
UNTAG_RESOURCE: Operation[UntagResourceRequest, UntagResourceResponse] = Operation(
    "UntagResource", "UntagResourceRequest", "UntagResourceResponse", models=_MODELS
)
UPDATE_CLUSTER: Operation[UpdateClusterRequest, UpdateClusterResponse] = Operation(
    "UpdateCluster", "UpdateClusterRequest", "UpdateClusterResponse", models=_MODELS
)
UPDATE_COMPUTE_NODE_GROUP: Operation[
    UpdateComputeNodeGroupRequest, UpdateComputeNodeGroupResponse
] = Operation(
    "UpdateComputeNodeGroup",
    "UpdateComputeNodeGroupRequest",
    "UpdateComputeNodeGroupResponse",
    models=_MODELS,
)
UPDATE_QUEUE: Operation[UpdateQueueRequest, UpdateQueueResponse] = Operation(
    "UpdateQueue", "UpdateQueueRequest", "UpdateQueueResponse", models=_MODELS
)
