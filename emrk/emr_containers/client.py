"""The EMR on EKS client: one typed method per API operation, plus paginators and waiters.

Typical use: register an EKS namespace as a virtual cluster once, then submit
Spark jobs to it and follow them::

    emr = emrk.Session().emr_containers()
    run = emr.start_job_run(virtual_cluster_id=vc_id, ...)
    emr.wait_until_job_run_completed(id=run.id, virtual_cluster_id=vc_id)
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import TYPE_CHECKING

from emrk.core.client import BaseClient
from emrk.core.lazy import lazy_module
from emrk.core.paginate import Paginator
from emrk.emr_containers._service import SERVICE

if TYPE_CHECKING:
    from emrk.core.wait import WaiterAttempt
    from emrk.emr_containers import operations as ops
    from emrk.emr_containers import waiters
    from emrk.emr_containers.models import (
        CancelJobRunResponse,
        ConfigurationOverrides,
        ContainerProvider,
        ContainerProviderType,
        ContainerProviderTypeLiteral,
        CreateJobTemplateResponse,
        CreateManagedEndpointResponse,
        CreateSecurityConfigurationResponse,
        CreateVirtualClusterResponse,
        DeleteJobTemplateResponse,
        DeleteManagedEndpointResponse,
        DeleteSecurityConfigurationResponse,
        DeleteVirtualClusterResponse,
        DescribeJobRunResponse,
        DescribeJobTemplateResponse,
        DescribeManagedEndpointResponse,
        DescribeSecurityConfigurationResponse,
        DescribeVirtualClusterResponse,
        Endpoint,
        EndpointState,
        EndpointStateLiteral,
        GetManagedEndpointSessionCredentialsResponse,
        JobDriver,
        JobRun,
        JobRunState,
        JobRunStateLiteral,
        JobTemplate,
        JobTemplateData,
        ListJobRunsResponse,
        ListJobTemplatesResponse,
        ListManagedEndpointsResponse,
        ListSecurityConfigurationsResponse,
        ListTagsForResourceResponse,
        ListVirtualClustersResponse,
        RetryPolicyConfiguration,
        SchedulerConfiguration,
        SecurityConfiguration,
        SecurityConfigurationData,
        StartJobRunResponse,
        TagResourceResponse,
        UntagResourceResponse,
        UpdateVirtualClusterResponse,
        VirtualCluster,
        VirtualClusterState,
        VirtualClusterStateLiteral,
    )
else:
    ops = lazy_module("emrk.emr_containers.operations")
    waiters = lazy_module("emrk.emr_containers.waiters")

__all__ = ["EMRContainersClient"]


class EMRContainersClient(BaseClient):
    """Client for Amazon EMR on EKS (botocore ``emr-containers``, API 2020-10-01).

    Operations fall into five groups: virtual clusters (a namespace of an EKS
    cluster registered with EMR), job runs (Spark applications submitted to a
    virtual cluster), job templates (stored StartJobRun settings), managed
    endpoints (gateways for EMR Studio) and security configurations; plus
    tagging. Each method sends one request (retried on throttling and transient
    errors) and returns the operation's response model, or raises a subclass of
    :class:`~emrk.emr_containers.EMRContainersError`.

    Build it from a session (``emrk.Session().emr_containers()``) or directly
    (``EMRContainersClient(region_name="eu-west-1")``). It is cheap to create and
    safe to share between threads.
    """

    _SERVICE = SERVICE

    def cancel_job_run(self, *, id: str, virtual_cluster_id: str) -> CancelJobRunResponse:
        """Cancel a job run.

        The run goes to CANCEL_PENDING, then CANCELLED once its pods are stopped;
        cancelling a run that has already ended is a ValidationException. Follow it
        with :meth:`describe_job_run` if you need to know it is gone.

        Args:
            id: The job run's id.
            virtual_cluster_id: The virtual cluster the run belongs to.
        """
        return self._call(ops.CANCEL_JOB_RUN, id=id, virtual_cluster_id=virtual_cluster_id)

    def create_job_template(
        self,
        *,
        name: str,
        client_token: str | None = None,
        job_template_data: JobTemplateData,
        tags: dict[str, str] | None = None,
        kms_key_arn: str | None = None,
    ) -> CreateJobTemplateResponse:
        """Store a job template: StartJobRun settings that job runs can reuse.

        A template saves repeating the same role, release, driver and configuration
        on every run, and lets a platform team fix some of them. Values in
        ``job_template_data`` may use ``${name}`` placeholders declared in its
        ``parameter_configuration``; StartJobRun then fills them in.

        Args:
            client_token: Idempotency token. Left out, a fresh UUID4 is sent, the
                same one on every retry of this call.
            kms_key_arn: Encrypt the stored template with this KMS key.
        """
        return self._call(
            ops.CREATE_JOB_TEMPLATE,
            name=name,
            client_token=client_token,
            job_template_data=job_template_data,
            tags=tags,
            kms_key_arn=kms_key_arn,
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
        """Create a managed endpoint, the gateway EMR Studio uses to reach a virtual cluster.

        The endpoint starts in CREATING; use :meth:`wait_until_managed_endpoint_active`
        to wait for ACTIVE. It runs with ``execution_role_arn`` on the given EMR
        ``release_label``.

        Args:
            type: The kind of endpoint, e.g. ``"JUPYTER_ENTERPRISE_GATEWAY"``.
            certificate_arn: Deprecated by the service, which now generates the
                endpoint's certificate itself.
            client_token: Idempotency token. Left out, a fresh UUID4 is sent, the
                same one on every retry of this call.
            session_idle_timeout_in_minutes: Idle minutes before a session on the
                endpoint times out.
        """
        return self._call(
            ops.CREATE_MANAGED_ENDPOINT,
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
        """Create a security configuration to reuse when creating virtual clusters.

        It holds the authorization (Lake Formation, in-transit encryption) and
        authentication (IAM Identity Center, IAM) settings; name it in
        :meth:`create_virtual_cluster` via ``security_configuration_id``.

        Args:
            client_token: Idempotency token. Left out, a fresh UUID4 is sent, the
                same one on every retry of this call.
            container_provider: The EKS cluster the configuration is meant for.
        """
        return self._call(
            ops.CREATE_SECURITY_CONFIGURATION,
            client_token=client_token,
            name=name,
            security_configuration_data=security_configuration_data,
            container_provider=container_provider,
            tags=tags,
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
        """Register an EKS namespace with EMR as a virtual cluster.

        A virtual cluster maps to exactly one namespace of one EKS cluster and
        creates no resources of its own; several can share an EKS cluster. The
        namespace must already be set up for EMR on EKS access. Use
        :meth:`wait_until_virtual_cluster_running` to confirm it is RUNNING.

        Args:
            container_provider: The EKS cluster (``id``) and namespace
                (``info.eks_info.namespace``).
            client_token: Idempotency token. Left out, a fresh UUID4 is sent, the
                same one on every retry of this call.
            security_configuration_id: Apply this security configuration.
            session_enabled: Turn on interactive session support.
            scheduler_configuration: Queue and concurrency limits; left out, runs
                are limited to 1,000 at once with no queue limit.

        Raises:
            ValidationException: Among other causes, when the namespace already has
                a virtual cluster.
            EKSRequestThrottledException: The EKS API throttled the service.
        """
        return self._call(
            ops.CREATE_VIRTUAL_CLUSTER,
            name=name,
            container_provider=container_provider,
            client_token=client_token,
            tags=tags,
            security_configuration_id=security_configuration_id,
            session_enabled=session_enabled,
            scheduler_configuration=scheduler_configuration,
        )

    def delete_job_template(self, *, id: str) -> DeleteJobTemplateResponse:
        """Delete a job template.

        Args:
            id: The job template's id.
        """
        return self._call(ops.DELETE_JOB_TEMPLATE, id=id)

    def delete_managed_endpoint(
        self, *, id: str, virtual_cluster_id: str
    ) -> DeleteManagedEndpointResponse:
        """Delete a managed endpoint.

        The endpoint goes TERMINATING, then TERMINATED;
        :meth:`wait_until_managed_endpoint_deleted` waits for that.

        Args:
            id: The endpoint's id.
            virtual_cluster_id: The virtual cluster the endpoint belongs to.
        """
        return self._call(ops.DELETE_MANAGED_ENDPOINT, id=id, virtual_cluster_id=virtual_cluster_id)

    def delete_security_configuration(self, *, id: str) -> DeleteSecurityConfigurationResponse:
        """Delete a security configuration.

        Args:
            id: The security configuration's id.
        """
        return self._call(ops.DELETE_SECURITY_CONFIGURATION, id=id)

    def delete_virtual_cluster(self, *, id: str) -> DeleteVirtualClusterResponse:
        """Delete a virtual cluster; the EKS namespace itself is left alone.

        The cluster goes TERMINATING, then TERMINATED, and stays listed in that
        state for a while; :meth:`wait_until_virtual_cluster_deleted` waits for it.
        Deleting an unknown or already-terminated cluster answers
        :class:`ValidationException`.

        Args:
            id: The virtual cluster's id.
        """
        return self._call(ops.DELETE_VIRTUAL_CLUSTER, id=id)

    def describe_job_run(self, *, id: str, virtual_cluster_id: str) -> DescribeJobRunResponse:
        """Get one job run: its state, driver, configuration and timing.

        When the run has FAILED, ``job_run.failure_reason`` gives the category and
        ``job_run.state_details`` the service's explanation.

        Args:
            id: The job run's id.
            virtual_cluster_id: The virtual cluster the run belongs to.

        Raises:
            ResourceNotFoundException: No such job run in that virtual cluster.
        """
        return self._call(ops.DESCRIBE_JOB_RUN, id=id, virtual_cluster_id=virtual_cluster_id)

    def describe_job_template(self, *, id: str) -> DescribeJobTemplateResponse:
        """Get one job template with the StartJobRun values it stores.

        If the template is encrypted with a KMS key the caller cannot use,
        ``job_template.decryption_error`` says so.

        Args:
            id: The job template's id.
        """
        return self._call(ops.DESCRIBE_JOB_TEMPLATE, id=id)

    def describe_managed_endpoint(
        self, *, id: str, virtual_cluster_id: str
    ) -> DescribeManagedEndpointResponse:
        """Get one managed endpoint: its state, URLs, certificate and configuration.

        Args:
            id: The endpoint's id.
            virtual_cluster_id: The virtual cluster the endpoint belongs to.
        """
        return self._call(
            ops.DESCRIBE_MANAGED_ENDPOINT, id=id, virtual_cluster_id=virtual_cluster_id
        )

    def describe_security_configuration(self, *, id: str) -> DescribeSecurityConfigurationResponse:
        """Get one security configuration with its settings.

        Args:
            id: The security configuration's id.
        """
        return self._call(ops.DESCRIBE_SECURITY_CONFIGURATION, id=id)

    def describe_virtual_cluster(self, *, id: str) -> DescribeVirtualClusterResponse:
        """Get one virtual cluster: its state, EKS cluster and namespace, and scheduler status.

        Deleted clusters are still returned for a while, in the TERMINATED state.

        Args:
            id: The virtual cluster's id.
        """
        return self._call(ops.DESCRIBE_VIRTUAL_CLUSTER, id=id)

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
        """Get a short-lived token for connecting to a managed endpoint.

        The token lasts 15 minutes unless ``duration_in_seconds`` asks for more (up
        to 12 hours); ``expires_at`` in the response says when it ends. The token
        is hidden in the response's ``repr``.

        Args:
            endpoint_identifier: The managed endpoint's ARN.
            virtual_cluster_identifier: The ARN of the endpoint's virtual cluster.
            execution_role_arn: The IAM role the session's work runs as.
            credential_type: The kind of credential; ``"TOKEN"`` is the only one.
            log_context: A label separating this session's part of the logs
                uploaded to S3.
            client_token: Idempotency token. Left out, a fresh UUID4 is sent, the
                same one on every retry of this call.
        """
        return self._call(
            ops.GET_MANAGED_ENDPOINT_SESSION_CREDENTIALS,
            endpoint_identifier=endpoint_identifier,
            virtual_cluster_identifier=virtual_cluster_identifier,
            execution_role_arn=execution_role_arn,
            credential_type=credential_type,
            duration_in_seconds=duration_in_seconds,
            log_context=log_context,
            client_token=client_token,
        )

    def list_job_runs(
        self,
        *,
        virtual_cluster_id: str,
        created_before: datetime.datetime | None = None,
        created_after: datetime.datetime | None = None,
        name: str | None = None,
        states: list[JobRunState | JobRunStateLiteral] | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> ListJobRunsResponse:
        """List one page of a virtual cluster's job runs.

        Prefer :meth:`paginate_list_job_runs`, which follows ``next_token`` for you.
        Filters combine: e.g. ``states=["FAILED"], created_after=yesterday``.

        Args:
            created_before: Only runs submitted before this time.
            created_after: Only runs submitted after this time.
            name: Only runs with this name.
            states: Only runs in one of these states (up to 10).
            max_results: Page size.
            next_token: The previous page's ``next_token``.
        """
        return self._call(
            ops.LIST_JOB_RUNS,
            virtual_cluster_id=virtual_cluster_id,
            created_before=created_before,
            created_after=created_after,
            name=name,
            states=states,
            max_results=max_results,
            next_token=next_token,
        )

    def paginate_list_job_runs(
        self,
        *,
        virtual_cluster_id: str,
        created_before: datetime.datetime | None = None,
        created_after: datetime.datetime | None = None,
        name: str | None = None,
        states: list[JobRunState | JobRunStateLiteral] | None = None,
        max_results: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> Paginator[ListJobRunsResponse, JobRun]:
        """Iterate over a virtual cluster's job runs, across pages.

        Iterating yields :class:`~emrk.emr_containers.JobRun` items; ``.pages()``
        yields each :class:`~emrk.emr_containers.ListJobRunsResponse`. Requests are
        made lazily, one per page; ``max_results`` sets the page size. The filters
        are those of :meth:`list_job_runs`.

        Args:
            max_items: Stop after this many items in all (boto3's ``MaxItems``); the
                paginator's ``resume_token`` then says where to pick up.
            starting_token: A ``resume_token`` from an earlier paginator (boto3's
                ``StartingToken``): continue right after its last item, even mid-page.
        """
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
            max_items=max_items,
            starting_token=starting_token,
        )

    def list_job_templates(
        self,
        *,
        created_after: datetime.datetime | None = None,
        created_before: datetime.datetime | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> ListJobTemplatesResponse:
        """List one page of job templates.

        Prefer :meth:`paginate_list_job_templates`, which follows ``next_token``.

        Args:
            created_after: Only templates created after this time.
            created_before: Only templates created before this time.
            max_results: Page size.
            next_token: The previous page's ``next_token``.
        """
        return self._call(
            ops.LIST_JOB_TEMPLATES,
            created_after=created_after,
            created_before=created_before,
            max_results=max_results,
            next_token=next_token,
        )

    def paginate_list_job_templates(
        self,
        *,
        created_after: datetime.datetime | None = None,
        created_before: datetime.datetime | None = None,
        max_results: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> Paginator[ListJobTemplatesResponse, JobTemplate]:
        """Iterate over job templates, across pages.

        Iterating yields :class:`~emrk.emr_containers.JobTemplate` items; ``.pages()``
        yields the response of each page.

        Args:
            max_items: Stop after this many items in all (boto3's ``MaxItems``); the
                paginator's ``resume_token`` then says where to pick up.
            starting_token: A ``resume_token`` from an earlier paginator (boto3's
                ``StartingToken``): continue right after its last item, even mid-page.
        """
        return Paginator(
            lambda token: self.list_job_templates(
                created_after=created_after,
                created_before=created_before,
                max_results=max_results,
                next_token=token,
            ),
            lambda page: page.templates,
            lambda page: page.next_token,
            max_items=max_items,
            starting_token=starting_token,
        )

    def list_managed_endpoints(
        self,
        *,
        virtual_cluster_id: str,
        created_before: datetime.datetime | None = None,
        created_after: datetime.datetime | None = None,
        types: list[str] | None = None,
        states: list[EndpointState | EndpointStateLiteral] | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> ListManagedEndpointsResponse:
        """List one page of a virtual cluster's managed endpoints.

        Prefer :meth:`paginate_list_managed_endpoints`, which follows ``next_token``.

        Args:
            created_before: Only endpoints created before this time.
            created_after: Only endpoints created after this time.
            types: Only endpoints of these types.
            states: Only endpoints in one of these states.
            max_results: Page size.
            next_token: The previous page's ``next_token``.
        """
        return self._call(
            ops.LIST_MANAGED_ENDPOINTS,
            virtual_cluster_id=virtual_cluster_id,
            created_before=created_before,
            created_after=created_after,
            types=types,
            states=states,
            max_results=max_results,
            next_token=next_token,
        )

    def paginate_list_managed_endpoints(
        self,
        *,
        virtual_cluster_id: str,
        created_before: datetime.datetime | None = None,
        created_after: datetime.datetime | None = None,
        types: list[str] | None = None,
        states: list[EndpointState | EndpointStateLiteral] | None = None,
        max_results: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> Paginator[ListManagedEndpointsResponse, Endpoint]:
        """Iterate over a virtual cluster's managed endpoints, across pages.

        Iterating yields :class:`~emrk.emr_containers.Endpoint` items; ``.pages()``
        yields the response of each page.

        Args:
            max_items: Stop after this many items in all (boto3's ``MaxItems``); the
                paginator's ``resume_token`` then says where to pick up.
            starting_token: A ``resume_token`` from an earlier paginator (boto3's
                ``StartingToken``): continue right after its last item, even mid-page.
        """
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
            max_items=max_items,
            starting_token=starting_token,
        )

    def list_security_configurations(
        self,
        *,
        created_after: datetime.datetime | None = None,
        created_before: datetime.datetime | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> ListSecurityConfigurationsResponse:
        """List one page of security configurations.

        Prefer :meth:`paginate_list_security_configurations`, which follows
        ``next_token``.

        Args:
            created_after: Only configurations created after this time.
            created_before: Only configurations created before this time.
            max_results: Page size.
            next_token: The previous page's ``next_token``.
        """
        return self._call(
            ops.LIST_SECURITY_CONFIGURATIONS,
            created_after=created_after,
            created_before=created_before,
            max_results=max_results,
            next_token=next_token,
        )

    def paginate_list_security_configurations(
        self,
        *,
        created_after: datetime.datetime | None = None,
        created_before: datetime.datetime | None = None,
        max_results: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> Paginator[ListSecurityConfigurationsResponse, SecurityConfiguration]:
        """Iterate over security configurations, across pages.

        Iterating yields :class:`~emrk.emr_containers.SecurityConfiguration` items;
        ``.pages()`` yields the response of each page.

        Args:
            max_items: Stop after this many items in all (boto3's ``MaxItems``); the
                paginator's ``resume_token`` then says where to pick up.
            starting_token: A ``resume_token`` from an earlier paginator (boto3's
                ``StartingToken``): continue right after its last item, even mid-page.
        """
        return Paginator(
            lambda token: self.list_security_configurations(
                created_after=created_after,
                created_before=created_before,
                max_results=max_results,
                next_token=token,
            ),
            lambda page: page.security_configurations,
            lambda page: page.next_token,
            max_items=max_items,
            starting_token=starting_token,
        )

    def list_tags_for_resource(self, *, resource_arn: str) -> ListTagsForResourceResponse:
        """Get the tags on a virtual cluster, job run, template, endpoint or security configuration.

        Args:
            resource_arn: The resource's ARN (not its id).
        """
        return self._call(ops.LIST_TAGS_FOR_RESOURCE, resource_arn=resource_arn)

    def list_virtual_clusters(
        self,
        *,
        container_provider_id: str | None = None,
        container_provider_type: ContainerProviderType | ContainerProviderTypeLiteral | None = None,
        created_after: datetime.datetime | None = None,
        created_before: datetime.datetime | None = None,
        states: list[VirtualClusterState | VirtualClusterStateLiteral] | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
        eks_access_entry_integrated: bool | None = None,
    ) -> ListVirtualClustersResponse:
        """List one page of virtual clusters.

        Prefer :meth:`paginate_list_virtual_clusters`, which follows ``next_token``.
        TERMINATED clusters are listed too unless ``states`` leaves them out.

        Args:
            container_provider_id: Only clusters on this EKS cluster (its name).
            container_provider_type: Only clusters on this kind of provider.
            created_after: Only clusters created after this time.
            created_before: Only clusters created before this time.
            states: Only clusters in one of these states.
            max_results: Page size.
            next_token: The previous page's ``next_token``.
            eks_access_entry_integrated: Only clusters with (``True``) or without
                (``False``) EKS access entry integration; ``None`` means both.
        """
        return self._call(
            ops.LIST_VIRTUAL_CLUSTERS,
            container_provider_id=container_provider_id,
            container_provider_type=container_provider_type,
            created_after=created_after,
            created_before=created_before,
            states=states,
            max_results=max_results,
            next_token=next_token,
            eks_access_entry_integrated=eks_access_entry_integrated,
        )

    def paginate_list_virtual_clusters(
        self,
        *,
        container_provider_id: str | None = None,
        container_provider_type: ContainerProviderType | ContainerProviderTypeLiteral | None = None,
        created_after: datetime.datetime | None = None,
        created_before: datetime.datetime | None = None,
        states: list[VirtualClusterState | VirtualClusterStateLiteral] | None = None,
        max_results: int | None = None,
        eks_access_entry_integrated: bool | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> Paginator[ListVirtualClustersResponse, VirtualCluster]:
        """Iterate over virtual clusters, across pages.

        Iterating yields :class:`~emrk.emr_containers.VirtualCluster` items;
        ``.pages()`` yields the response of each page. The filters are those of
        :meth:`list_virtual_clusters`, e.g. ``states=["RUNNING"]`` to skip deleted
        clusters.

        Args:
            max_items: Stop after this many items in all (boto3's ``MaxItems``); the
                paginator's ``resume_token`` then says where to pick up.
            starting_token: A ``resume_token`` from an earlier paginator (boto3's
                ``StartingToken``): continue right after its last item, even mid-page.
        """
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
            max_items=max_items,
            starting_token=starting_token,
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
        """Submit a job run (a Spark application) to a virtual cluster.

        Either spell the run out (``execution_role_arn``, ``release_label``,
        ``job_driver``) or start it from a job template with ``job_template_id`` and
        ``job_template_parameters``. The call returns as soon as the run is
        accepted (PENDING); follow it with :meth:`wait_until_job_run_completed` or
        :meth:`describe_job_run`.

        Args:
            client_token: Idempotency token: a repeated call with the same token
                starts no second run. Left out, a fresh UUID4 is sent, the same one
                on every retry of this call.
            execution_role_arn: The IAM role the job's pods run as.
            release_label: The Amazon EMR release, e.g. ``"emr-7.2.0-latest"``.
            job_driver: What to run: a spark-submit or a Spark SQL driver.
            configuration_overrides: Application settings and log destinations.
            tags: Tags for the run.
            job_template_id: Start from this job template.
            job_template_parameters: Values for the template's placeholders.
            retry_policy_configuration: How many times the driver may be retried.

        Raises:
            ResourceNotFoundException: The virtual cluster, template or release
                does not exist.
            ValidationException: Bad parameters, or the cluster's queue is full.
        """
        return self._call(
            ops.START_JOB_RUN,
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
        )

    def tag_resource(self, *, resource_arn: str, tags: dict[str, str]) -> TagResourceResponse:
        """Add tags to a resource; a key it already has gets the new value.

        Args:
            resource_arn: The resource's ARN (not its id).
            tags: Keys and values to set (at most 50 tags per resource).
        """
        return self._call(ops.TAG_RESOURCE, resource_arn=resource_arn, tags=tags)

    def untag_resource(self, *, resource_arn: str, tag_keys: list[str]) -> UntagResourceResponse:
        """Remove tags from a resource by key.

        Args:
            resource_arn: The resource's ARN (not its id).
            tag_keys: The keys to remove.
        """
        return self._call(ops.UNTAG_RESOURCE, resource_arn=resource_arn, tag_keys=tag_keys)

    def update_virtual_cluster(
        self,
        *,
        id: str,
        client_token: str | None = None,
        scheduler_configuration: SchedulerConfiguration | None = None,
    ) -> UpdateVirtualClusterResponse:
        """Change a virtual cluster's scheduler limits.

        The new ``scheduler_configuration`` replaces the old one entirely: a limit
        left out goes back to its default (no queue limit, 1,000 concurrent runs).

        Args:
            id: The virtual cluster's id.
            client_token: Idempotency token. Left out, a fresh UUID4 is sent, the
                same one on every retry of this call.
        """
        return self._call(
            ops.UPDATE_VIRTUAL_CLUSTER,
            id=id,
            client_token=client_token,
            scheduler_configuration=scheduler_configuration,
        )

    # -- waiters ----------------------------------------------------------------

    def wait_until_job_run_completed(
        self,
        *,
        id: str,
        virtual_cluster_id: str,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_attempt: Callable[[WaiterAttempt[DescribeJobRunResponse]], object] | None = None,
    ) -> DescribeJobRunResponse:
        """Poll :meth:`describe_job_run` until the run has COMPLETED.

        Checks every 30 s, up to 120 times (about an hour) by default; pass a
        larger ``max_attempts`` for longer jobs. A FAILED or CANCELLED run
        stops the wait at once with a :class:`~emrk.WaiterError` whose message
        carries the state, the failure reason and the service's state details
        (``"job run is FAILED (USER_ERROR): ..."``); ``last_response`` holds
        the final :class:`DescribeJobRunResponse`.

        Args:
            delay: Seconds between polls (default 30).
            max_attempts: Polls before giving up (default 120).
            on_attempt: Called after each poll with what it saw, e.g. to log
                progress.

        Returns:
            The response that showed the run COMPLETED.
        """
        return self._wait_for(
            waiters.JOB_RUN_COMPLETED,
            lambda: self.describe_job_run(id=id, virtual_cluster_id=virtual_cluster_id),
            delay,
            max_attempts,
            on_attempt,
        )

    def wait_until_virtual_cluster_running(
        self,
        *,
        id: str,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_attempt: Callable[[WaiterAttempt[DescribeVirtualClusterResponse]], object] | None = None,
    ) -> DescribeVirtualClusterResponse:
        """Poll :meth:`describe_virtual_cluster` until the cluster is RUNNING.

        Checks every 10 s, up to 60 times (about ten minutes) by default. A
        TERMINATED or ARRESTED cluster will not recover, so it fails the wait
        with a :class:`~emrk.WaiterError` at once.

        Args:
            delay: Seconds between polls (default 10).
            max_attempts: Polls before giving up (default 60).
            on_attempt: Called after each poll with what it saw.
        """
        return self._wait_for(
            waiters.VIRTUAL_CLUSTER_RUNNING,
            lambda: self.describe_virtual_cluster(id=id),
            delay,
            max_attempts,
            on_attempt,
        )

    def wait_until_virtual_cluster_deleted(
        self,
        *,
        id: str,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_attempt: Callable[[WaiterAttempt[DescribeVirtualClusterResponse]], object] | None = None,
    ) -> DescribeVirtualClusterResponse | None:
        """Poll :meth:`describe_virtual_cluster` until the cluster is gone.

        Success is the TERMINATED state, a :class:`ResourceNotFoundException`,
        or a :class:`ValidationException` saying the cluster does not exist
        (what the service, and moto, answer for unknown clusters). Checks every
        10 s, up to 60 times by default.

        Args:
            delay: Seconds between polls (default 10).
            max_attempts: Polls before giving up (default 60).
            on_attempt: Called after each poll with what it saw.

        Returns:
            The response showing TERMINATED, or ``None`` when success was a
            not-found error.
        """
        return self._wait_until_gone(
            waiters.VIRTUAL_CLUSTER_DELETED,
            lambda: self.describe_virtual_cluster(id=id),
            delay,
            max_attempts,
            on_attempt,
        )

    def wait_until_managed_endpoint_active(
        self,
        *,
        id: str,
        virtual_cluster_id: str,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_attempt: Callable[[WaiterAttempt[DescribeManagedEndpointResponse]], object]
        | None = None,
    ) -> DescribeManagedEndpointResponse:
        """Poll :meth:`describe_managed_endpoint` until the endpoint is ACTIVE.

        Checks every 30 s, up to 60 times (about half an hour) by default.
        TERMINATED_WITH_ERRORS or TERMINATED fails the wait with a
        :class:`~emrk.WaiterError` whose message carries the endpoint's
        failure reason and state details.

        Args:
            delay: Seconds between polls (default 30).
            max_attempts: Polls before giving up (default 60).
            on_attempt: Called after each poll with what it saw.
        """
        return self._wait_for(
            waiters.MANAGED_ENDPOINT_ACTIVE,
            lambda: self.describe_managed_endpoint(id=id, virtual_cluster_id=virtual_cluster_id),
            delay,
            max_attempts,
            on_attempt,
        )

    def wait_until_managed_endpoint_deleted(
        self,
        *,
        id: str,
        virtual_cluster_id: str,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_attempt: Callable[[WaiterAttempt[DescribeManagedEndpointResponse]], object]
        | None = None,
    ) -> DescribeManagedEndpointResponse | None:
        """Poll :meth:`describe_managed_endpoint` until the endpoint is gone.

        Success is the TERMINATED state, a :class:`ResourceNotFoundException`,
        or a :class:`ValidationException` saying the endpoint does not exist.
        TERMINATED_WITH_ERRORS fails the wait. Checks every 30 s, up to 60
        times by default.

        Args:
            delay: Seconds between polls (default 30).
            max_attempts: Polls before giving up (default 60).
            on_attempt: Called after each poll with what it saw.

        Returns:
            The response showing TERMINATED, or ``None`` when success was a
            not-found error.
        """
        return self._wait_until_gone(
            waiters.MANAGED_ENDPOINT_DELETED,
            lambda: self.describe_managed_endpoint(id=id, virtual_cluster_id=virtual_cluster_id),
            delay,
            max_attempts,
            on_attempt,
        )
