"""The 25 EMR on EKS operations: name, HTTP method, URI template and models.

Read by the core's REST-JSON protocol; the client methods pass one of these
with the request model to ``BaseClient._invoke``.
"""

from __future__ import annotations

from emrk.core.operation import Operation
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

CANCEL_JOB_RUN: Operation[CancelJobRunRequest, CancelJobRunResponse] = Operation(
    "CancelJobRun",
    CancelJobRunRequest,
    CancelJobRunResponse,
    "DELETE",
    "/virtualclusters/{virtualClusterId}/jobruns/{jobRunId}",
)
CREATE_JOB_TEMPLATE: Operation[CreateJobTemplateRequest, CreateJobTemplateResponse] = Operation(
    "CreateJobTemplate",
    CreateJobTemplateRequest,
    CreateJobTemplateResponse,
    "POST",
    "/jobtemplates",
)
CREATE_MANAGED_ENDPOINT: Operation[CreateManagedEndpointRequest, CreateManagedEndpointResponse] = (
    Operation(
        "CreateManagedEndpoint",
        CreateManagedEndpointRequest,
        CreateManagedEndpointResponse,
        "POST",
        "/virtualclusters/{virtualClusterId}/endpoints",
    )
)
CREATE_SECURITY_CONFIGURATION: Operation[
    CreateSecurityConfigurationRequest, CreateSecurityConfigurationResponse
] = Operation(
    "CreateSecurityConfiguration",
    CreateSecurityConfigurationRequest,
    CreateSecurityConfigurationResponse,
    "POST",
    "/securityconfigurations",
)
CREATE_VIRTUAL_CLUSTER: Operation[CreateVirtualClusterRequest, CreateVirtualClusterResponse] = (
    Operation(
        "CreateVirtualCluster",
        CreateVirtualClusterRequest,
        CreateVirtualClusterResponse,
        "POST",
        "/virtualclusters",
    )
)
DELETE_JOB_TEMPLATE: Operation[DeleteJobTemplateRequest, DeleteJobTemplateResponse] = Operation(
    "DeleteJobTemplate",
    DeleteJobTemplateRequest,
    DeleteJobTemplateResponse,
    "DELETE",
    "/jobtemplates/{templateId}",
)
DELETE_MANAGED_ENDPOINT: Operation[DeleteManagedEndpointRequest, DeleteManagedEndpointResponse] = (
    Operation(
        "DeleteManagedEndpoint",
        DeleteManagedEndpointRequest,
        DeleteManagedEndpointResponse,
        "DELETE",
        "/virtualclusters/{virtualClusterId}/endpoints/{endpointId}",
    )
)
DELETE_SECURITY_CONFIGURATION: Operation[
    DeleteSecurityConfigurationRequest, DeleteSecurityConfigurationResponse
] = Operation(
    "DeleteSecurityConfiguration",
    DeleteSecurityConfigurationRequest,
    DeleteSecurityConfigurationResponse,
    "DELETE",
    "/securityconfigurations/{securityConfigurationId}",
)
DELETE_VIRTUAL_CLUSTER: Operation[DeleteVirtualClusterRequest, DeleteVirtualClusterResponse] = (
    Operation(
        "DeleteVirtualCluster",
        DeleteVirtualClusterRequest,
        DeleteVirtualClusterResponse,
        "DELETE",
        "/virtualclusters/{virtualClusterId}",
    )
)
DESCRIBE_JOB_RUN: Operation[DescribeJobRunRequest, DescribeJobRunResponse] = Operation(
    "DescribeJobRun",
    DescribeJobRunRequest,
    DescribeJobRunResponse,
    "GET",
    "/virtualclusters/{virtualClusterId}/jobruns/{jobRunId}",
)
DESCRIBE_JOB_TEMPLATE: Operation[DescribeJobTemplateRequest, DescribeJobTemplateResponse] = (
    Operation(
        "DescribeJobTemplate",
        DescribeJobTemplateRequest,
        DescribeJobTemplateResponse,
        "GET",
        "/jobtemplates/{templateId}",
    )
)
DESCRIBE_MANAGED_ENDPOINT: Operation[
    DescribeManagedEndpointRequest, DescribeManagedEndpointResponse
] = Operation(
    "DescribeManagedEndpoint",
    DescribeManagedEndpointRequest,
    DescribeManagedEndpointResponse,
    "GET",
    "/virtualclusters/{virtualClusterId}/endpoints/{endpointId}",
)
DESCRIBE_SECURITY_CONFIGURATION: Operation[
    DescribeSecurityConfigurationRequest, DescribeSecurityConfigurationResponse
] = Operation(
    "DescribeSecurityConfiguration",
    DescribeSecurityConfigurationRequest,
    DescribeSecurityConfigurationResponse,
    "GET",
    "/securityconfigurations/{securityConfigurationId}",
)
DESCRIBE_VIRTUAL_CLUSTER: Operation[
    DescribeVirtualClusterRequest, DescribeVirtualClusterResponse
] = Operation(
    "DescribeVirtualCluster",
    DescribeVirtualClusterRequest,
    DescribeVirtualClusterResponse,
    "GET",
    "/virtualclusters/{virtualClusterId}",
)
GET_MANAGED_ENDPOINT_SESSION_CREDENTIALS: Operation[
    GetManagedEndpointSessionCredentialsRequest, GetManagedEndpointSessionCredentialsResponse
] = Operation(
    "GetManagedEndpointSessionCredentials",
    GetManagedEndpointSessionCredentialsRequest,
    GetManagedEndpointSessionCredentialsResponse,
    "POST",
    "/virtualclusters/{virtualClusterId}/endpoints/{endpointId}/credentials",
)
LIST_JOB_RUNS: Operation[ListJobRunsRequest, ListJobRunsResponse] = Operation(
    "ListJobRuns",
    ListJobRunsRequest,
    ListJobRunsResponse,
    "GET",
    "/virtualclusters/{virtualClusterId}/jobruns",
)
LIST_JOB_TEMPLATES: Operation[ListJobTemplatesRequest, ListJobTemplatesResponse] = Operation(
    "ListJobTemplates", ListJobTemplatesRequest, ListJobTemplatesResponse, "GET", "/jobtemplates"
)
LIST_MANAGED_ENDPOINTS: Operation[ListManagedEndpointsRequest, ListManagedEndpointsResponse] = (
    Operation(
        "ListManagedEndpoints",
        ListManagedEndpointsRequest,
        ListManagedEndpointsResponse,
        "GET",
        "/virtualclusters/{virtualClusterId}/endpoints",
    )
)
LIST_SECURITY_CONFIGURATIONS: Operation[
    ListSecurityConfigurationsRequest, ListSecurityConfigurationsResponse
] = Operation(
    "ListSecurityConfigurations",
    ListSecurityConfigurationsRequest,
    ListSecurityConfigurationsResponse,
    "GET",
    "/securityconfigurations",
)
LIST_TAGS_FOR_RESOURCE: Operation[ListTagsForResourceRequest, ListTagsForResourceResponse] = (
    Operation(
        "ListTagsForResource",
        ListTagsForResourceRequest,
        ListTagsForResourceResponse,
        "GET",
        "/tags/{resourceArn}",
    )
)
LIST_VIRTUAL_CLUSTERS: Operation[ListVirtualClustersRequest, ListVirtualClustersResponse] = (
    Operation(
        "ListVirtualClusters",
        ListVirtualClustersRequest,
        ListVirtualClustersResponse,
        "GET",
        "/virtualclusters",
    )
)
START_JOB_RUN: Operation[StartJobRunRequest, StartJobRunResponse] = Operation(
    "StartJobRun",
    StartJobRunRequest,
    StartJobRunResponse,
    "POST",
    "/virtualclusters/{virtualClusterId}/jobruns",
)
TAG_RESOURCE: Operation[TagResourceRequest, TagResourceResponse] = Operation(
    "TagResource", TagResourceRequest, TagResourceResponse, "POST", "/tags/{resourceArn}"
)
UNTAG_RESOURCE: Operation[UntagResourceRequest, UntagResourceResponse] = Operation(
    "UntagResource", UntagResourceRequest, UntagResourceResponse, "DELETE", "/tags/{resourceArn}"
)
UPDATE_VIRTUAL_CLUSTER: Operation[UpdateVirtualClusterRequest, UpdateVirtualClusterResponse] = (
    Operation(
        "UpdateVirtualCluster",
        UpdateVirtualClusterRequest,
        UpdateVirtualClusterResponse,
        "PATCH",
        "/virtualclusters/{virtualClusterId}",
    )
)
