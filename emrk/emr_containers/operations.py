"""The 25 EMR on EKS operations: name, HTTP method, URI template and models.

Read by the core's REST-JSON protocol; the client methods pass one of these
with the request model to ``BaseClient._invoke``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from emrk.core.operation import Operation

if TYPE_CHECKING:
    from emrk.emr_containers.models import (
        CancelJobRunRequest,
        CancelJobRunResponse,
        CreateJobTemplateRequest,
        CreateJobTemplateResponse,
        CreateManagedEndpointRequest,
        CreateManagedEndpointResponse,
        CreateSecurityConfigurationRequest,
        CreateSecurityConfigurationResponse,
        CreateVirtualClusterRequest,
        CreateVirtualClusterResponse,
        DeleteJobTemplateRequest,
        DeleteJobTemplateResponse,
        DeleteManagedEndpointRequest,
        DeleteManagedEndpointResponse,
        DeleteSecurityConfigurationRequest,
        DeleteSecurityConfigurationResponse,
        DeleteVirtualClusterRequest,
        DeleteVirtualClusterResponse,
        DescribeJobRunRequest,
        DescribeJobRunResponse,
        DescribeJobTemplateRequest,
        DescribeJobTemplateResponse,
        DescribeManagedEndpointRequest,
        DescribeManagedEndpointResponse,
        DescribeSecurityConfigurationRequest,
        DescribeSecurityConfigurationResponse,
        DescribeVirtualClusterRequest,
        DescribeVirtualClusterResponse,
        GetManagedEndpointSessionCredentialsRequest,
        GetManagedEndpointSessionCredentialsResponse,
        ListJobRunsRequest,
        ListJobRunsResponse,
        ListJobTemplatesRequest,
        ListJobTemplatesResponse,
        ListManagedEndpointsRequest,
        ListManagedEndpointsResponse,
        ListSecurityConfigurationsRequest,
        ListSecurityConfigurationsResponse,
        ListTagsForResourceRequest,
        ListTagsForResourceResponse,
        ListVirtualClustersRequest,
        ListVirtualClustersResponse,
        StartJobRunRequest,
        StartJobRunResponse,
        TagResourceRequest,
        TagResourceResponse,
        UntagResourceRequest,
        UntagResourceResponse,
        UpdateVirtualClusterRequest,
        UpdateVirtualClusterResponse,
    )

#: Where the models named below live; each loads on its operation's first call.
_MODELS = "emrk.emr_containers.models"

CANCEL_JOB_RUN: Operation[CancelJobRunRequest, CancelJobRunResponse] = Operation(
    "CancelJobRun",
    "CancelJobRunRequest",
    "CancelJobRunResponse",
    "DELETE",
    "/virtualclusters/{virtualClusterId}/jobruns/{jobRunId}",
    models=_MODELS,
)
CREATE_JOB_TEMPLATE: Operation[CreateJobTemplateRequest, CreateJobTemplateResponse] = Operation(
    "CreateJobTemplate",
    "CreateJobTemplateRequest",
    "CreateJobTemplateResponse",
    "POST",
    "/jobtemplates",
    models=_MODELS,
)
CREATE_MANAGED_ENDPOINT: Operation[CreateManagedEndpointRequest, CreateManagedEndpointResponse] = (
    Operation(
        "CreateManagedEndpoint",
        "CreateManagedEndpointRequest",
        "CreateManagedEndpointResponse",
        "POST",
        "/virtualclusters/{virtualClusterId}/endpoints",
        models=_MODELS,
    )
)
CREATE_SECURITY_CONFIGURATION: Operation[
    CreateSecurityConfigurationRequest, CreateSecurityConfigurationResponse
] = Operation(
    "CreateSecurityConfiguration",
    "CreateSecurityConfigurationRequest",
    "CreateSecurityConfigurationResponse",
    "POST",
    "/securityconfigurations",
    models=_MODELS,
)
CREATE_VIRTUAL_CLUSTER: Operation[CreateVirtualClusterRequest, CreateVirtualClusterResponse] = (
    Operation(
        "CreateVirtualCluster",
        "CreateVirtualClusterRequest",
        "CreateVirtualClusterResponse",
        "POST",
        "/virtualclusters",
        models=_MODELS,
    )
)
DELETE_JOB_TEMPLATE: Operation[DeleteJobTemplateRequest, DeleteJobTemplateResponse] = Operation(
    "DeleteJobTemplate",
    "DeleteJobTemplateRequest",
    "DeleteJobTemplateResponse",
    "DELETE",
    "/jobtemplates/{templateId}",
    models=_MODELS,
)
DELETE_MANAGED_ENDPOINT: Operation[DeleteManagedEndpointRequest, DeleteManagedEndpointResponse] = (
    Operation(
        "DeleteManagedEndpoint",
        "DeleteManagedEndpointRequest",
        "DeleteManagedEndpointResponse",
        "DELETE",
        "/virtualclusters/{virtualClusterId}/endpoints/{endpointId}",
        models=_MODELS,
    )
)
DELETE_SECURITY_CONFIGURATION: Operation[
    DeleteSecurityConfigurationRequest, DeleteSecurityConfigurationResponse
] = Operation(
    "DeleteSecurityConfiguration",
    "DeleteSecurityConfigurationRequest",
    "DeleteSecurityConfigurationResponse",
    "DELETE",
    "/securityconfigurations/{securityConfigurationId}",
    models=_MODELS,
)
DELETE_VIRTUAL_CLUSTER: Operation[DeleteVirtualClusterRequest, DeleteVirtualClusterResponse] = (
    Operation(
        "DeleteVirtualCluster",
        "DeleteVirtualClusterRequest",
        "DeleteVirtualClusterResponse",
        "DELETE",
        "/virtualclusters/{virtualClusterId}",
        models=_MODELS,
    )
)
DESCRIBE_JOB_RUN: Operation[DescribeJobRunRequest, DescribeJobRunResponse] = Operation(
    "DescribeJobRun",
    "DescribeJobRunRequest",
    "DescribeJobRunResponse",
    "GET",
    "/virtualclusters/{virtualClusterId}/jobruns/{jobRunId}",
    models=_MODELS,
)
DESCRIBE_JOB_TEMPLATE: Operation[DescribeJobTemplateRequest, DescribeJobTemplateResponse] = (
    Operation(
        "DescribeJobTemplate",
        "DescribeJobTemplateRequest",
        "DescribeJobTemplateResponse",
        "GET",
        "/jobtemplates/{templateId}",
        models=_MODELS,
    )
)
DESCRIBE_MANAGED_ENDPOINT: Operation[
    DescribeManagedEndpointRequest, DescribeManagedEndpointResponse
] = Operation(
    "DescribeManagedEndpoint",
    "DescribeManagedEndpointRequest",
    "DescribeManagedEndpointResponse",
    "GET",
    "/virtualclusters/{virtualClusterId}/endpoints/{endpointId}",
    models=_MODELS,
)
DESCRIBE_SECURITY_CONFIGURATION: Operation[
    DescribeSecurityConfigurationRequest, DescribeSecurityConfigurationResponse
] = Operation(
    "DescribeSecurityConfiguration",
    "DescribeSecurityConfigurationRequest",
    "DescribeSecurityConfigurationResponse",
    "GET",
    "/securityconfigurations/{securityConfigurationId}",
    models=_MODELS,
)
DESCRIBE_VIRTUAL_CLUSTER: Operation[
    DescribeVirtualClusterRequest, DescribeVirtualClusterResponse
] = Operation(
    "DescribeVirtualCluster",
    "DescribeVirtualClusterRequest",
    "DescribeVirtualClusterResponse",
    "GET",
    "/virtualclusters/{virtualClusterId}",
    models=_MODELS,
)
GET_MANAGED_ENDPOINT_SESSION_CREDENTIALS: Operation[
    GetManagedEndpointSessionCredentialsRequest, GetManagedEndpointSessionCredentialsResponse
] = Operation(
    "GetManagedEndpointSessionCredentials",
    "GetManagedEndpointSessionCredentialsRequest",
    "GetManagedEndpointSessionCredentialsResponse",
    "POST",
    "/virtualclusters/{virtualClusterId}/endpoints/{endpointId}/credentials",
    models=_MODELS,
)
LIST_JOB_RUNS: Operation[ListJobRunsRequest, ListJobRunsResponse] = Operation(
    "ListJobRuns",
    "ListJobRunsRequest",
    "ListJobRunsResponse",
    "GET",
    "/virtualclusters/{virtualClusterId}/jobruns",
    models=_MODELS,
)
LIST_JOB_TEMPLATES: Operation[ListJobTemplatesRequest, ListJobTemplatesResponse] = Operation(
    "ListJobTemplates",
    "ListJobTemplatesRequest",
    "ListJobTemplatesResponse",
    "GET",
    "/jobtemplates",
    models=_MODELS,
)
LIST_MANAGED_ENDPOINTS: Operation[ListManagedEndpointsRequest, ListManagedEndpointsResponse] = (
    Operation(
        "ListManagedEndpoints",
        "ListManagedEndpointsRequest",
        "ListManagedEndpointsResponse",
        "GET",
        "/virtualclusters/{virtualClusterId}/endpoints",
        models=_MODELS,
    )
)
LIST_SECURITY_CONFIGURATIONS: Operation[
    ListSecurityConfigurationsRequest, ListSecurityConfigurationsResponse
] = Operation(
    "ListSecurityConfigurations",
    "ListSecurityConfigurationsRequest",
    "ListSecurityConfigurationsResponse",
    "GET",
    "/securityconfigurations",
    models=_MODELS,
)
LIST_TAGS_FOR_RESOURCE: Operation[ListTagsForResourceRequest, ListTagsForResourceResponse] = (
    Operation(
        "ListTagsForResource",
        "ListTagsForResourceRequest",
        "ListTagsForResourceResponse",
        "GET",
        "/tags/{resourceArn}",
        models=_MODELS,
    )
)
LIST_VIRTUAL_CLUSTERS: Operation[ListVirtualClustersRequest, ListVirtualClustersResponse] = (
    Operation(
        "ListVirtualClusters",
        "ListVirtualClustersRequest",
        "ListVirtualClustersResponse",
        "GET",
        "/virtualclusters",
        models=_MODELS,
    )
)
START_JOB_RUN: Operation[StartJobRunRequest, StartJobRunResponse] = Operation(
    "StartJobRun",
    "StartJobRunRequest",
    "StartJobRunResponse",
    "POST",
    "/virtualclusters/{virtualClusterId}/jobruns",
    models=_MODELS,
)
TAG_RESOURCE: Operation[TagResourceRequest, TagResourceResponse] = Operation(
    "TagResource",
    "TagResourceRequest",
    "TagResourceResponse",
    "POST",
    "/tags/{resourceArn}",
    models=_MODELS,
)
UNTAG_RESOURCE: Operation[UntagResourceRequest, UntagResourceResponse] = Operation(
    "UntagResource",
    "UntagResourceRequest",
    "UntagResourceResponse",
    "DELETE",
    "/tags/{resourceArn}",
    models=_MODELS,
)
UPDATE_VIRTUAL_CLUSTER: Operation[UpdateVirtualClusterRequest, UpdateVirtualClusterResponse] = (
    Operation(
        "UpdateVirtualCluster",
        "UpdateVirtualClusterRequest",
        "UpdateVirtualClusterResponse",
        "PATCH",
        "/virtualclusters/{virtualClusterId}",
        models=_MODELS,
    )
)
