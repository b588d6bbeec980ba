"""DOC: client module"""

from __future__ import annotations

import datetime

from emrk.core.client import BaseClient
from emrk.core.paginate import Paginator
from emrk.emr_containers import operations as ops
from emrk.emr_containers._service import SERVICE
from emrk.emr_containers.models import (
    CancelJobRunRequest,
    CancelJobRunResponse,
    ConfigurationOverrides,
    ContainerProvider,
    ContainerProviderType,
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
    Endpoint,
    EndpointState,
    GetManagedEndpointSessionCredentialsRequest,
    GetManagedEndpointSessionCredentialsResponse,
    JobDriver,
    JobRun,
    JobRunState,
    JobTemplate,
    JobTemplateData,
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
    RetryPolicyConfiguration,
    SchedulerConfiguration,
    SecurityConfiguration,
    SecurityConfigurationData,
    StartJobRunRequest,
    StartJobRunResponse,
    TagResourceRequest,
    TagResourceResponse,
    UntagResourceRequest,
    UntagResourceResponse,
    UpdateVirtualClusterRequest,
    UpdateVirtualClusterResponse,
    VirtualCluster,
    VirtualClusterState,
)

__all__ = ["EMRContainersClient"]


class EMRContainersClient(BaseClient):
    """DOC: EMRContainersClient"""

    _SERVICE = SERVICE

    def cancel_job_run(self, *, id: str, virtual_cluster_id: str) -> CancelJobRunResponse:
        """DOC: CancelJobRun"""
        return self._invoke(
            ops.CANCEL_JOB_RUN, CancelJobRunRequest(id=id, virtual_cluster_id=virtual_cluster_id)
        )

    def create_job_template(
        self,
        *,
        name: str,
        client_token: str | None = None,
        job_template_data: JobTemplateData,
        tags: dict[str, str] | None = None,
        kms_key_arn: str | None = None,
    ) -> CreateJobTemplateResponse:
        """DOC: CreateJobTemplate"""
        return self._invoke(
            ops.CREATE_JOB_TEMPLATE,
            CreateJobTemplateRequest(
                name=name,
                client_token=client_token,
                job_template_data=job_template_data,
                tags=tags,
                kms_key_arn=kms_key_arn,
            ),
        )

    def create_managed_endpoint(
        self,
        *,
        name: str,
        virtual_cluster_id: str,
        type: str,
        release_label: str,
        execution_role_arn: str,
        client_token: str | None = None,
        certificate_arn: str | None = None,
        configuration_overrides: ConfigurationOverrides | None = None,
        tags: dict[str, str] | None = None,
        session_idle_timeout_in_minutes: int | None = None,
    ) -> CreateManagedEndpointResponse:
        """DOC: CreateManagedEndpoint"""
        return self._invoke(
            ops.CREATE_MANAGED_ENDPOINT,
            CreateManagedEndpointRequest(
                name=name,
                virtual_cluster_id=virtual_cluster_id,
                type=type,
                release_label=release_label,
                execution_role_arn=execution_role_arn,
                client_token=client_token,
                certificate_arn=certificate_arn,
                configuration_overrides=configuration_overrides,
                tags=tags,
                session_idle_timeout_in_minutes=session_idle_timeout_in_minutes,
            ),
        )

    def create_security_configuration(
        self,
        *,
        client_token: str | None = None,
        name: str,
        security_configuration_data: SecurityConfigurationData,
        container_provider: ContainerProvider | None = None,
        tags: dict[str, str] | None = None,
    ) -> CreateSecurityConfigurationResponse:
        """DOC: CreateSecurityConfiguration"""
        return self._invoke(
            ops.CREATE_SECURITY_CONFIGURATION,
            CreateSecurityConfigurationRequest(
                client_token=client_token,
                name=name,
                security_configuration_data=security_configuration_data,
                container_provider=container_provider,
                tags=tags,
            ),
        )

    def create_virtual_cluster(
        self,
        *,
        name: str,
        container_provider: ContainerProvider,
        client_token: str | None = None,
        tags: dict[str, str] | None = None,
        security_configuration_id: str | None = None,
        session_enabled: bool | None = None,
        scheduler_configuration: SchedulerConfiguration | None = None,
    ) -> CreateVirtualClusterResponse:
        """DOC: CreateVirtualCluster"""
        return self._invoke(
            ops.CREATE_VIRTUAL_CLUSTER,
            CreateVirtualClusterRequest(
                name=name,
                container_provider=container_provider,
                client_token=client_token,
                tags=tags,
                security_configuration_id=security_configuration_id,
                session_enabled=session_enabled,
                scheduler_configuration=scheduler_configuration,
            ),
        )

    def delete_job_template(self, *, id: str) -> DeleteJobTemplateResponse:
        """DOC: DeleteJobTemplate"""
        return self._invoke(ops.DELETE_JOB_TEMPLATE, DeleteJobTemplateRequest(id=id))

    def delete_managed_endpoint(
        self, *, id: str, virtual_cluster_id: str
    ) -> DeleteManagedEndpointResponse:
        """DOC: DeleteManagedEndpoint"""
        return self._invoke(
            ops.DELETE_MANAGED_ENDPOINT,
            DeleteManagedEndpointRequest(id=id, virtual_cluster_id=virtual_cluster_id),
        )

    def delete_security_configuration(self, *, id: str) -> DeleteSecurityConfigurationResponse:
        """DOC: DeleteSecurityConfiguration"""
        return self._invoke(
            ops.DELETE_SECURITY_CONFIGURATION, DeleteSecurityConfigurationRequest(id=id)
        )

    def delete_virtual_cluster(self, *, id: str) -> DeleteVirtualClusterResponse:
        """DOC: DeleteVirtualCluster"""
        return self._invoke(ops.DELETE_VIRTUAL_CLUSTER, DeleteVirtualClusterRequest(id=id))

    def describe_job_run(self, *, id: str, virtual_cluster_id: str) -> DescribeJobRunResponse:
        """DOC: DescribeJobRun"""
        return self._invoke(
            ops.DESCRIBE_JOB_RUN,
            DescribeJobRunRequest(id=id, virtual_cluster_id=virtual_cluster_id),
        )

    def describe_job_template(self, *, id: str) -> DescribeJobTemplateResponse:
        """DOC: DescribeJobTemplate"""
        return self._invoke(ops.DESCRIBE_JOB_TEMPLATE, DescribeJobTemplateRequest(id=id))

    def describe_managed_endpoint(
        self, *, id: str, virtual_cluster_id: str
    ) -> DescribeManagedEndpointResponse:
        """DOC: DescribeManagedEndpoint"""
        return self._invoke(
            ops.DESCRIBE_MANAGED_ENDPOINT,
            DescribeManagedEndpointRequest(id=id, virtual_cluster_id=virtual_cluster_id),
        )

    def describe_security_configuration(self, *, id: str) -> DescribeSecurityConfigurationResponse:
        """DOC: DescribeSecurityConfiguration"""
        return self._invoke(
            ops.DESCRIBE_SECURITY_CONFIGURATION, DescribeSecurityConfigurationRequest(id=id)
        )

    def describe_virtual_cluster(self, *, id: str) -> DescribeVirtualClusterResponse:
        """DOC: DescribeVirtualCluster"""
        return self._invoke(ops.DESCRIBE_VIRTUAL_CLUSTER, DescribeVirtualClusterRequest(id=id))

    def get_managed_endpoint_session_credentials(
        self,
        *,
        endpoint_identifier: str,
        virtual_cluster_identifier: str,
        execution_role_arn: str,
        credential_type: str,
        duration_in_seconds: int | None = None,
        log_context: str | None = None,
        client_token: str | None = None,
    ) -> GetManagedEndpointSessionCredentialsResponse:
        """DOC: GetManagedEndpointSessionCredentials"""
        return self._invoke(
            ops.GET_MANAGED_ENDPOINT_SESSION_CREDENTIALS,
            GetManagedEndpointSessionCredentialsRequest(
                endpoint_identifier=endpoint_identifier,
                virtual_cluster_identifier=virtual_cluster_identifier,
                execution_role_arn=execution_role_arn,
                credential_type=credential_type,
                duration_in_seconds=duration_in_seconds,
                log_context=log_context,
                client_token=client_token,
            ),
        )

    def list_job_runs(
        self,
        *,
        virtual_cluster_id: str,
        created_before: datetime.datetime | None = None,
        created_after: datetime.datetime | None = None,
        name: str | None = None,
        states: list[JobRunState | str] | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> ListJobRunsResponse:
        """DOC: ListJobRuns"""
        return self._invoke(
            ops.LIST_JOB_RUNS,
            ListJobRunsRequest(
                virtual_cluster_id=virtual_cluster_id,
                created_before=created_before,
                created_after=created_after,
                name=name,
                states=states,
                max_results=max_results,
                next_token=next_token,
            ),
        )

    def paginate_list_job_runs(
        self,
        *,
        virtual_cluster_id: str,
        created_before: datetime.datetime | None = None,
        created_after: datetime.datetime | None = None,
        name: str | None = None,
        states: list[JobRunState | str] | None = None,
        max_results: int | None = None,
    ) -> Paginator[ListJobRunsResponse, JobRun]:
        """DOC: paginate ListJobRuns"""
        return Paginator(
            lambda token: self.list_job_runs(
                virtual_cluster_id=virtual_cluster_id,
                created_before=created_before,
                created_after=created_after,
                name=name,
                states=states,
                max_results=max_results,
                next_token=token,
            ),
            lambda page: page.job_runs,
            lambda page: page.next_token,
        )

    def list_job_templates(
        self,
        *,
        created_after: datetime.datetime | None = None,
        created_before: datetime.datetime | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> ListJobTemplatesResponse:
        """DOC: ListJobTemplates"""
        return self._invoke(
            ops.LIST_JOB_TEMPLATES,
            ListJobTemplatesRequest(
                created_after=created_after,
                created_before=created_before,
                max_results=max_results,
                next_token=next_token,
            ),
        )

    def paginate_list_job_templates(
        self,
        *,
        created_after: datetime.datetime | None = None,
        created_before: datetime.datetime | None = None,
        max_results: int | None = None,
    ) -> Paginator[ListJobTemplatesResponse, JobTemplate]:
        """DOC: paginate ListJobTemplates"""
        return Paginator(
            lambda token: self.list_job_templates(
                created_after=created_after,
                created_before=created_before,
                max_results=max_results,
                next_token=token,
            ),
            lambda page: page.templates,
            lambda page: page.next_token,
        )

    def list_managed_endpoints(
        self,
        *,
        virtual_cluster_id: str,
        created_before: datetime.datetime | None = None,
        created_after: datetime.datetime | None = None,
        types: list[str] | None = None,
        states: list[EndpointState | str] | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> ListManagedEndpointsResponse:
        """DOC: ListManagedEndpoints"""
        return self._invoke(
            ops.LIST_MANAGED_ENDPOINTS,
            ListManagedEndpointsRequest(
                virtual_cluster_id=virtual_cluster_id,
                created_before=created_before,
                created_after=created_after,
                types=types,
                states=states,
                max_results=max_results,
                next_token=next_token,
            ),
        )

    def paginate_list_managed_endpoints(
        self,
        *,
        virtual_cluster_id: str,
        created_before: datetime.datetime | None = None,
        created_after: datetime.datetime | None = None,
        types: list[str] | None = None,
        states: list[EndpointState | str] | None = None,
        max_results: int | None = None,
    ) -> Paginator[ListManagedEndpointsResponse, Endpoint]:
        """DOC: paginate ListManagedEndpoints"""
        return Paginator(
            lambda token: self.list_managed_endpoints(
                virtual_cluster_id=virtual_cluster_id,
                created_before=created_before,
                created_after=created_after,
                types=types,
                states=states,
                max_results=max_results,
                next_token=token,
            ),
            lambda page: page.endpoints,
            lambda page: page.next_token,
        )

    def list_security_configurations(
        self,
        *,
        created_after: datetime.datetime | None = None,
        created_before: datetime.datetime | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> ListSecurityConfigurationsResponse:
        """DOC: ListSecurityConfigurations"""
        return self._invoke(
            ops.LIST_SECURITY_CONFIGURATIONS,
            ListSecurityConfigurationsRequest(
                created_after=created_after,
                created_before=created_before,
                max_results=max_results,
                next_token=next_token,
            ),
        )

    def paginate_list_security_configurations(
        self,
        *,
        created_after: datetime.datetime | None = None,
        created_before: datetime.datetime | None = None,
        max_results: int | None = None,
    ) -> Paginator[ListSecurityConfigurationsResponse, SecurityConfiguration]:
        """DOC: paginate ListSecurityConfigurations"""
        return Paginator(
            lambda token: self.list_security_configurations(
                created_after=created_after,
                created_before=created_before,
                max_results=max_results,
                next_token=token,
            ),
            lambda page: page.security_configurations,
            lambda page: page.next_token,
        )

    def list_tags_for_resource(self, *, resource_arn: str) -> ListTagsForResourceResponse:
        """DOC: ListTagsForResource"""
        return self._invoke(
            ops.LIST_TAGS_FOR_RESOURCE, ListTagsForResourceRequest(resource_arn=resource_arn)
        )

    def list_virtual_clusters(
        self,
        *,
        container_provider_id: str | None = None,
        container_provider_type: ContainerProviderType | str | None = None,
        created_after: datetime.datetime | None = None,
        created_before: datetime.datetime | None = None,
        states: list[VirtualClusterState | str] | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
        eks_access_entry_integrated: bool | None = None,
    ) -> ListVirtualClustersResponse:
        """DOC: ListVirtualClusters"""
        return self._invoke(
            ops.LIST_VIRTUAL_CLUSTERS,
            ListVirtualClustersRequest(
                container_provider_id=container_provider_id,
                container_provider_type=container_provider_type,
                created_after=created_after,
                created_before=created_before,
                states=states,
                max_results=max_results,
                next_token=next_token,
                eks_access_entry_integrated=eks_access_entry_integrated,
            ),
        )

    def paginate_list_virtual_clusters(
        self,
        *,
        container_provider_id: str | None = None,
        container_provider_type: ContainerProviderType | str | None = None,
        created_after: datetime.datetime | None = None,
        created_before: datetime.datetime | None = None,
        states: list[VirtualClusterState | str] | None = None,
        max_results: int | None = None,
        eks_access_entry_integrated: bool | None = None,
    ) -> Paginator[ListVirtualClustersResponse, VirtualCluster]:
        """DOC: paginate ListVirtualClusters"""
        return Paginator(
            lambda token: self.list_virtual_clusters(
                container_provider_id=container_provider_id,
                container_provider_type=container_provider_type,
                created_after=created_after,
                created_before=created_before,
                states=states,
                max_results=max_results,
                eks_access_entry_integrated=eks_access_entry_integrated,
                next_token=token,
            ),
            lambda page: page.virtual_clusters,
            lambda page: page.next_token,
        )

    def start_job_run(
        self,
        *,
        virtual_cluster_id: str,
        client_token: str | None = None,
        name: str | None = None,
        execution_role_arn: str | None = None,
        release_label: str | None = None,
        job_driver: JobDriver | None = None,
        configuration_overrides: ConfigurationOverrides | None = None,
        tags: dict[str, str] | None = None,
        job_template_id: str | None = None,
        job_template_parameters: dict[str, str] | None = None,
        retry_policy_configuration: RetryPolicyConfiguration | None = None,
    ) -> StartJobRunResponse:
        """DOC: StartJobRun"""
        return self._invoke(
            ops.START_JOB_RUN,
            StartJobRunRequest(
                virtual_cluster_id=virtual_cluster_id,
                client_token=client_token,
                name=name,
                execution_role_arn=execution_role_arn,
                release_label=release_label,
                job_driver=job_driver,
                configuration_overrides=configuration_overrides,
                tags=tags,
                job_template_id=job_template_id,
                job_template_parameters=job_template_parameters,
                retry_policy_configuration=retry_policy_configuration,
            ),
        )

    def tag_resource(self, *, resource_arn: str, tags: dict[str, str]) -> TagResourceResponse:
        """DOC: TagResource"""
        return self._invoke(
            ops.TAG_RESOURCE, TagResourceRequest(resource_arn=resource_arn, tags=tags)
        )

    def untag_resource(self, *, resource_arn: str, tag_keys: list[str]) -> UntagResourceResponse:
        """DOC: UntagResource"""
        return self._invoke(
            ops.UNTAG_RESOURCE, UntagResourceRequest(resource_arn=resource_arn, tag_keys=tag_keys)
        )

    def update_virtual_cluster(
        self,
        *,
        id: str,
        client_token: str | None = None,
        scheduler_configuration: SchedulerConfiguration | None = None,
    ) -> UpdateVirtualClusterResponse:
        """DOC: UpdateVirtualCluster"""
        return self._invoke(
            ops.UPDATE_VIRTUAL_CLUSTER,
            UpdateVirtualClusterRequest(
                id=id, client_token=client_token, scheduler_configuration=scheduler_configuration
            ),
        )
