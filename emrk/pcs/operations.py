"""The 19 AWS PCS operations: each names its input and output models.

Every PCS call is ``POST /`` with the operation in ``X-Amz-Target``, so the
default HTTP binding of :class:`~emrk.core.operation.Operation` fits them all.
"""

from __future__ import annotations

from emrk.core.operation import Operation
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

CREATE_CLUSTER: Operation[CreateClusterRequest, CreateClusterResponse] = Operation(
    "CreateCluster", CreateClusterRequest, CreateClusterResponse
)
CREATE_COMPUTE_NODE_GROUP: Operation[
    CreateComputeNodeGroupRequest, CreateComputeNodeGroupResponse
] = Operation(
    "CreateComputeNodeGroup", CreateComputeNodeGroupRequest, CreateComputeNodeGroupResponse
)
CREATE_QUEUE: Operation[CreateQueueRequest, CreateQueueResponse] = Operation(
    "CreateQueue", CreateQueueRequest, CreateQueueResponse
)
DELETE_CLUSTER: Operation[DeleteClusterRequest, DeleteClusterResponse] = Operation(
    "DeleteCluster", DeleteClusterRequest, DeleteClusterResponse
)
DELETE_COMPUTE_NODE_GROUP: Operation[
    DeleteComputeNodeGroupRequest, DeleteComputeNodeGroupResponse
] = Operation(
    "DeleteComputeNodeGroup", DeleteComputeNodeGroupRequest, DeleteComputeNodeGroupResponse
)
DELETE_QUEUE: Operation[DeleteQueueRequest, DeleteQueueResponse] = Operation(
    "DeleteQueue", DeleteQueueRequest, DeleteQueueResponse
)
GET_CLUSTER: Operation[GetClusterRequest, GetClusterResponse] = Operation(
    "GetCluster", GetClusterRequest, GetClusterResponse
)
GET_COMPUTE_NODE_GROUP: Operation[GetComputeNodeGroupRequest, GetComputeNodeGroupResponse] = (
    Operation("GetComputeNodeGroup", GetComputeNodeGroupRequest, GetComputeNodeGroupResponse)
)
GET_QUEUE: Operation[GetQueueRequest, GetQueueResponse] = Operation(
    "GetQueue", GetQueueRequest, GetQueueResponse
)
LIST_CLUSTERS: Operation[ListClustersRequest, ListClustersResponse] = Operation(
    "ListClusters", ListClustersRequest, ListClustersResponse
)
LIST_COMPUTE_NODE_GROUPS: Operation[ListComputeNodeGroupsRequest, ListComputeNodeGroupsResponse] = (
    Operation("ListComputeNodeGroups", ListComputeNodeGroupsRequest, ListComputeNodeGroupsResponse)
)
LIST_QUEUES: Operation[ListQueuesRequest, ListQueuesResponse] = Operation(
    "ListQueues", ListQueuesRequest, ListQueuesResponse
)
LIST_TAGS_FOR_RESOURCE: Operation[ListTagsForResourceRequest, ListTagsForResourceResponse] = (
    Operation("ListTagsForResource", ListTagsForResourceRequest, ListTagsForResourceResponse)
)
REGISTER_COMPUTE_NODE_GROUP_INSTANCE: Operation[
    RegisterComputeNodeGroupInstanceRequest, RegisterComputeNodeGroupInstanceResponse
] = Operation(
    "RegisterComputeNodeGroupInstance",
    RegisterComputeNodeGroupInstanceRequest,
    RegisterComputeNodeGroupInstanceResponse,
)
TAG_RESOURCE: Operation[TagResourceRequest, TagResourceResponse] = Operation(
    "TagResource", TagResourceRequest, TagResourceResponse
)
UNTAG_RESOURCE: Operation[UntagResourceRequest, UntagResourceResponse] = Operation(
    "UntagResource", UntagResourceRequest, UntagResourceResponse
)
UPDATE_CLUSTER: Operation[UpdateClusterRequest, UpdateClusterResponse] = Operation(
    "UpdateCluster", UpdateClusterRequest, UpdateClusterResponse
)
UPDATE_COMPUTE_NODE_GROUP: Operation[
    UpdateComputeNodeGroupRequest, UpdateComputeNodeGroupResponse
] = Operation(
    "UpdateComputeNodeGroup", UpdateComputeNodeGroupRequest, UpdateComputeNodeGroupResponse
)
UPDATE_QUEUE: Operation[UpdateQueueRequest, UpdateQueueResponse] = Operation(
    "UpdateQueue", UpdateQueueRequest, UpdateQueueResponse
)
