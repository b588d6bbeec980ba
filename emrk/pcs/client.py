"""PCSClient: one typed method per AWS PCS operation, plus paginators and waiters."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from emrk.core.client import BaseClient
from emrk.core.lazy import lazy_module
from emrk.core.paginate import Paginator
from emrk.pcs._service import SERVICE

if TYPE_CHECKING:
    from emrk.core.wait import WaiterAttempt
    from emrk.pcs import operations as ops
    from emrk.pcs import waiters
    from emrk.pcs.models import (
        ClusterSlurmConfigurationRequest,
        ClusterSummary,
        ComputeNodeGroupConfiguration,
        ComputeNodeGroupSlurmConfigurationRequest,
        ComputeNodeGroupSummary,
        CreateClusterResponse,
        CreateComputeNodeGroupResponse,
        CreateQueueResponse,
        CustomLaunchTemplate,
        DeleteClusterResponse,
        DeleteComputeNodeGroupResponse,
        DeleteQueueResponse,
        GetClusterResponse,
        GetComputeNodeGroupResponse,
        GetQueueResponse,
        InstanceConfig,
        LaunchTemplateMode,
        LaunchTemplateModeLiteral,
        ListClustersResponse,
        ListComputeNodeGroupsResponse,
        ListQueuesResponse,
        ListTagsForResourceResponse,
        NetworkingRequest,
        NodeLifecycleActionsRequest,
        PurchaseOption,
        PurchaseOptionLiteral,
        QueueSlurmConfigurationRequest,
        QueueSummary,
        RegisterComputeNodeGroupInstanceResponse,
        ScalingConfigurationRequest,
        SchedulerRequest,
        Size,
        SizeLiteral,
        SpotOptions,
        TagResourceResponse,
        UntagResourceResponse,
        UpdateClusterResponse,
        UpdateClusterSlurmConfigurationRequest,
        UpdateComputeNodeGroupResponse,
        UpdateComputeNodeGroupSlurmConfigurationRequest,
        UpdateNodeLifecycleActionsRequest,
        UpdateQueueResponse,
        UpdateQueueSlurmConfigurationRequest,
        UpdateSchedulerRequest,
    )
else:
    ops = lazy_module("emrk.pcs.operations")
    waiters = lazy_module("emrk.pcs.waiters")

__all__ = ["PCSClient"]


class PCSClient(BaseClient):
    """A client for AWS Parallel Computing Service (PCS), which runs Slurm clusters for you.

    The usual order is cluster, then compute node groups, then queues; tear
    down in the reverse order. Creation and deletion finish in the
    background, so each resource has ``wait_until_*_active`` and
    ``wait_until_*_deleted`` waiters. Identifiers accept a resource's name or
    its generated id.

    Build one with ``emrk.Session().pcs()`` or ``PCSClient(region_name=...)``;
    it is safe to share between threads. Every method raises a
    :class:`~emrk.pcs.PCSError` subclass when the service refuses the call
    and :class:`~emrk.ParamValidationError`, before sending, when the input
    breaks the model's constraints.
    """

    _SERVICE = SERVICE

    def create_cluster(
        self,
        *,
        cluster_name: str,
        scheduler: SchedulerRequest,
        size: Size | SizeLiteral,
        networking: NetworkingRequest,
        slurm_configuration: ClusterSlurmConfigurationRequest | None = None,
        client_token: str | None = None,
        tags: dict[str, str] | None = None,
    ) -> CreateClusterResponse:
        """Create a cluster: the managed Slurm controller, placed in your subnet.

        The subnet and security groups must exist already. The cluster comes
        back ``CREATING``; follow with :meth:`wait_until_cluster_active`.
        Only one cluster per account and Region may be ``CREATING`` at a
        time, so a second concurrent call fails with
        ``ServiceQuotaExceededException``. A name already in use raises
        ``ConflictException``. ``client_token`` is generated when left out.
        """
        return self._call(
            ops.CREATE_CLUSTER,
            cluster_name=cluster_name,
            scheduler=scheduler,
            size=size,
            networking=networking,
            slurm_configuration=slurm_configuration,
            client_token=client_token,
            tags=tags,
        )

    def create_compute_node_group(
        self,
        *,
        cluster_identifier: str,
        compute_node_group_name: str,
        subnet_ids: list[str],
        iam_instance_profile_arn: str,
        scaling_configuration: ScalingConfigurationRequest,
        instance_configs: list[InstanceConfig],
        ami_id: str | None = None,
        security_group_ids: list[str] | None = None,
        ssh_key_name: str | None = None,
        purchase_option: PurchaseOption | PurchaseOptionLiteral | None = None,
        launch_template_mode: LaunchTemplateMode | LaunchTemplateModeLiteral | None = None,
        custom_launch_template: CustomLaunchTemplate | None = None,
        spot_options: SpotOptions | None = None,
        slurm_configuration: ComputeNodeGroupSlurmConfigurationRequest | None = None,
        node_lifecycle_actions: NodeLifecycleActionsRequest | None = None,
        client_token: str | None = None,
        tags: dict[str, str] | None = None,
    ) -> CreateComputeNodeGroupResponse:
        """Create a compute node group: the EC2 instances that run a cluster's jobs.

        Subnets must be in the cluster's VPC. Give either a
        ``custom_launch_template`` (``CUSTOM`` mode, the default) or set
        ``launch_template_mode=MANAGED`` with ``ami_id`` and
        ``security_group_ids``. Instances are billed to your account. The
        group comes back ``CREATING``; follow with
        :meth:`wait_until_compute_node_group_active`.
        """
        return self._call(
            ops.CREATE_COMPUTE_NODE_GROUP,
            cluster_identifier=cluster_identifier,
            compute_node_group_name=compute_node_group_name,
            subnet_ids=subnet_ids,
            iam_instance_profile_arn=iam_instance_profile_arn,
            scaling_configuration=scaling_configuration,
            instance_configs=instance_configs,
            ami_id=ami_id,
            security_group_ids=security_group_ids,
            ssh_key_name=ssh_key_name,
            purchase_option=purchase_option,
            launch_template_mode=launch_template_mode,
            custom_launch_template=custom_launch_template,
            spot_options=spot_options,
            slurm_configuration=slurm_configuration,
            node_lifecycle_actions=node_lifecycle_actions,
            client_token=client_token,
            tags=tags,
        )

    def create_queue(
        self,
        *,
        cluster_identifier: str,
        queue_name: str,
        compute_node_group_configurations: list[ComputeNodeGroupConfiguration] | None = None,
        slurm_configuration: QueueSlurmConfigurationRequest | None = None,
        client_token: str | None = None,
        tags: dict[str, str] | None = None,
    ) -> CreateQueueResponse:
        """Create a queue (a Slurm partition) that sends jobs to compute node groups.

        The cluster must be ``ACTIVE``. A group may serve several queues.
        Follow with :meth:`wait_until_queue_active` before submitting jobs.
        """
        return self._call(
            ops.CREATE_QUEUE,
            cluster_identifier=cluster_identifier,
            queue_name=queue_name,
            compute_node_group_configurations=compute_node_group_configurations,
            slurm_configuration=slurm_configuration,
            client_token=client_token,
            tags=tags,
        )

    def delete_cluster(
        self, *, cluster_identifier: str, client_token: str | None = None
    ) -> DeleteClusterResponse:
        """Delete a cluster and what PCS created for it.

        Delete its queues and compute node groups first, or PCS answers
        ``ConflictException``. Deletion continues after the call returns;
        :meth:`wait_until_cluster_deleted` waits for it to finish.
        """
        return self._call(
            ops.DELETE_CLUSTER, cluster_identifier=cluster_identifier, client_token=client_token
        )

    def delete_compute_node_group(
        self,
        *,
        cluster_identifier: str,
        compute_node_group_identifier: str,
        client_token: str | None = None,
    ) -> DeleteComputeNodeGroupResponse:
        """Delete a compute node group, terminating its instances.

        Queues that use the group must be deleted (or pointed elsewhere)
        first. :meth:`wait_until_compute_node_group_deleted` waits for the end.
        """
        return self._call(
            ops.DELETE_COMPUTE_NODE_GROUP,
            cluster_identifier=cluster_identifier,
            compute_node_group_identifier=compute_node_group_identifier,
            client_token=client_token,
        )

    def delete_queue(
        self, *, cluster_identifier: str, queue_identifier: str, client_token: str | None = None
    ) -> DeleteQueueResponse:
        """Delete a queue.

        Compute node groups that no other queue uses have their instances
        terminated. :meth:`wait_until_queue_deleted` waits for the end.
        """
        return self._call(
            ops.DELETE_QUEUE,
            cluster_identifier=cluster_identifier,
            queue_identifier=queue_identifier,
            client_token=client_token,
        )

    def get_cluster(self, *, cluster_identifier: str) -> GetClusterResponse:
        """Describe a cluster: status, scheduler, networking and the Slurm endpoints.

        Raises ``ResourceNotFoundException`` when no such cluster exists.
        """
        return self._call(ops.GET_CLUSTER, cluster_identifier=cluster_identifier)

    def get_compute_node_group(
        self, *, cluster_identifier: str, compute_node_group_identifier: str
    ) -> GetComputeNodeGroupResponse:
        """Describe a compute node group: instances, placement, scaling, Slurm settings, status."""
        return self._call(
            ops.GET_COMPUTE_NODE_GROUP,
            cluster_identifier=cluster_identifier,
            compute_node_group_identifier=compute_node_group_identifier,
        )

    def get_queue(self, *, cluster_identifier: str, queue_identifier: str) -> GetQueueResponse:
        """Describe a queue, including the compute node groups it sends jobs to."""
        return self._call(
            ops.GET_QUEUE, cluster_identifier=cluster_identifier, queue_identifier=queue_identifier
        )

    def list_clusters(
        self, *, next_token: str | None = None, max_results: int | None = None
    ) -> ListClustersResponse:
        """One page of the account's clusters in this Region; see :meth:`paginate_list_clusters`."""
        return self._call(ops.LIST_CLUSTERS, next_token=next_token, max_results=max_results)

    def paginate_list_clusters(
        self,
        *,
        max_results: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> Paginator[ListClustersResponse, ClusterSummary]:
        """Every cluster in the account and Region, fetched page by page as you iterate.

        Iterate for :class:`~emrk.pcs.ClusterSummary` items, or call
        ``.pages()`` for whole responses. ``max_results`` sets the page size.

        Args:
            max_items: Stop after this many items in all (boto3's ``MaxItems``); the
                paginator's ``resume_token`` then says where to pick up.
            starting_token: A ``resume_token`` from an earlier paginator (boto3's
                ``StartingToken``): continue right after its last item, even mid-page.
        """
        return Paginator(
            lambda token: self.list_clusters(max_results=max_results, next_token=token),
            lambda page: page.clusters,
            lambda page: page.next_token,
            max_items=max_items,
            starting_token=starting_token,
        )

    def list_compute_node_groups(
        self,
        *,
        cluster_identifier: str,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> ListComputeNodeGroupsResponse:
        """One page of a cluster's compute node groups; see the paginator."""
        return self._call(
            ops.LIST_COMPUTE_NODE_GROUPS,
            cluster_identifier=cluster_identifier,
            next_token=next_token,
            max_results=max_results,
        )

    def paginate_list_compute_node_groups(
        self,
        *,
        cluster_identifier: str,
        max_results: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> Paginator[ListComputeNodeGroupsResponse, ComputeNodeGroupSummary]:
        """Every compute node group of a cluster, fetched page by page as you iterate.

        Yields :class:`~emrk.pcs.ComputeNodeGroupSummary` items; ``.pages()``
        yields whole responses.

        Args:
            max_items: Stop after this many items in all (boto3's ``MaxItems``); the
                paginator's ``resume_token`` then says where to pick up.
            starting_token: A ``resume_token`` from an earlier paginator (boto3's
                ``StartingToken``): continue right after its last item, even mid-page.
        """
        return Paginator(
            lambda token: self.list_compute_node_groups(
                cluster_identifier=cluster_identifier, max_results=max_results, next_token=token
            ),
            lambda page: page.compute_node_groups,
            lambda page: page.next_token,
            max_items=max_items,
            starting_token=starting_token,
        )

    def list_queues(
        self,
        *,
        cluster_identifier: str,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> ListQueuesResponse:
        """One page of a cluster's queues; see :meth:`paginate_list_queues`."""
        return self._call(
            ops.LIST_QUEUES,
            cluster_identifier=cluster_identifier,
            next_token=next_token,
            max_results=max_results,
        )

    def paginate_list_queues(
        self,
        *,
        cluster_identifier: str,
        max_results: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> Paginator[ListQueuesResponse, QueueSummary]:
        """Every queue of a cluster, fetched page by page as you iterate.

        Yields :class:`~emrk.pcs.QueueSummary` items; ``.pages()`` yields
        whole responses.

        Args:
            max_items: Stop after this many items in all (boto3's ``MaxItems``); the
                paginator's ``resume_token`` then says where to pick up.
            starting_token: A ``resume_token`` from an earlier paginator (boto3's
                ``StartingToken``): continue right after its last item, even mid-page.
        """
        return Paginator(
            lambda token: self.list_queues(
                cluster_identifier=cluster_identifier, max_results=max_results, next_token=token
            ),
            lambda page: page.queues,
            lambda page: page.next_token,
            max_items=max_items,
            starting_token=starting_token,
        )

    def list_tags_for_resource(self, *, resource_arn: str) -> ListTagsForResourceResponse:
        """The tags on a cluster, compute node group or queue, by ARN."""
        return self._call(ops.LIST_TAGS_FOR_RESOURCE, resource_arn=resource_arn)

    def register_compute_node_group_instance(
        self, *, cluster_identifier: str, bootstrap_id: str
    ) -> RegisterComputeNodeGroupInstanceResponse:
        """Register a freshly launched compute node with its cluster's scheduler.

        PCS calls this from the instances it launches, with the node's
        instance profile; it is not meant for application code. The answer
        carries the cluster's shared Slurm secret, which emrk never shows in
        ``repr``, ``str`` or logs.
        """
        return self._call(
            ops.REGISTER_COMPUTE_NODE_GROUP_INSTANCE,
            cluster_identifier=cluster_identifier,
            bootstrap_id=bootstrap_id,
        )

    def tag_resource(self, *, resource_arn: str, tags: dict[str, str]) -> TagResourceResponse:
        """Add tags to a cluster, compute node group or queue, or change existing values.

        Keys and values are case-sensitive; a value may be empty.
        """
        return self._call(ops.TAG_RESOURCE, resource_arn=resource_arn, tags=tags)

    def untag_resource(self, *, resource_arn: str, tag_keys: list[str]) -> UntagResourceResponse:
        """Remove tags, by key, from a cluster, compute node group or queue."""
        return self._call(ops.UNTAG_RESOURCE, resource_arn=resource_arn, tag_keys=tag_keys)

    def update_cluster(
        self,
        *,
        cluster_identifier: str,
        client_token: str | None = None,
        slurm_configuration: UpdateClusterSlurmConfigurationRequest | None = None,
        scheduler: UpdateSchedulerRequest | None = None,
    ) -> UpdateClusterResponse:
        """Change a cluster: upgrade its Slurm release or change its Slurm settings.

        Only ``ACTIVE``, ``UPDATE_FAILED`` and ``SUSPENDED`` clusters can be
        updated, and all of their node groups and queues must be ``ACTIVE``;
        otherwise PCS answers ``ConflictException``. Scheduler upgrades only
        go forward. Follow with :meth:`wait_until_cluster_active`.
        """
        return self._call(
            ops.UPDATE_CLUSTER,
            cluster_identifier=cluster_identifier,
            client_token=client_token,
            slurm_configuration=slurm_configuration,
            scheduler=scheduler,
        )

    def update_compute_node_group(
        self,
        *,
        cluster_identifier: str,
        compute_node_group_identifier: str,
        ami_id: str | None = None,
        security_group_ids: list[str] | None = None,
        ssh_key_name: str | None = None,
        subnet_ids: list[str] | None = None,
        launch_template_mode: LaunchTemplateMode | LaunchTemplateModeLiteral | None = None,
        custom_launch_template: CustomLaunchTemplate | None = None,
        purchase_option: PurchaseOption | PurchaseOptionLiteral | None = None,
        spot_options: SpotOptions | None = None,
        scaling_configuration: ScalingConfigurationRequest | None = None,
        iam_instance_profile_arn: str | None = None,
        slurm_configuration: UpdateComputeNodeGroupSlurmConfigurationRequest | None = None,
        node_lifecycle_actions: UpdateNodeLifecycleActionsRequest | None = None,
        client_token: str | None = None,
    ) -> UpdateComputeNodeGroupResponse:
        """Change a compute node group; members left as ``None`` keep their value.

        An empty string for ``ami_id`` or ``ssh_key_name`` (or an empty list
        for ``security_group_ids``) removes the group-level setting so the
        launch template's applies again. Follow with
        :meth:`wait_until_compute_node_group_active`.
        """
        return self._call(
            ops.UPDATE_COMPUTE_NODE_GROUP,
            cluster_identifier=cluster_identifier,
            compute_node_group_identifier=compute_node_group_identifier,
            ami_id=ami_id,
            security_group_ids=security_group_ids,
            ssh_key_name=ssh_key_name,
            subnet_ids=subnet_ids,
            launch_template_mode=launch_template_mode,
            custom_launch_template=custom_launch_template,
            purchase_option=purchase_option,
            spot_options=spot_options,
            scaling_configuration=scaling_configuration,
            iam_instance_profile_arn=iam_instance_profile_arn,
            slurm_configuration=slurm_configuration,
            node_lifecycle_actions=node_lifecycle_actions,
            client_token=client_token,
        )

    def update_queue(
        self,
        *,
        cluster_identifier: str,
        queue_identifier: str,
        compute_node_group_configurations: list[ComputeNodeGroupConfiguration] | None = None,
        slurm_configuration: UpdateQueueSlurmConfigurationRequest | None = None,
        client_token: str | None = None,
    ) -> UpdateQueueResponse:
        """Change which compute node groups a queue sends jobs to, or its Slurm settings.

        ``compute_node_group_configurations`` replaces the whole list. Follow
        with :meth:`wait_until_queue_active`.
        """
        return self._call(
            ops.UPDATE_QUEUE,
            cluster_identifier=cluster_identifier,
            queue_identifier=queue_identifier,
            compute_node_group_configurations=compute_node_group_configurations,
            slurm_configuration=slurm_configuration,
            client_token=client_token,
        )

    def wait_until_cluster_active(
        self,
        *,
        cluster_identifier: str,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_attempt: Callable[[WaiterAttempt[GetClusterResponse]], object] | None = None,
    ) -> GetClusterResponse:
        """Poll :meth:`get_cluster` until the cluster is ``ACTIVE``; return that response.

        Use after :meth:`create_cluster` or :meth:`update_cluster`. Raises
        :class:`~emrk.WaiterError` when the cluster reaches ``CREATE_FAILED``,
        ``UPDATE_FAILED``, ``DELETE_FAILED`` or ``DELETING`` (``last_response``
        holds the cluster, whose ``error_info`` says why), when it does not
        exist, or after ``max_attempts`` polls (60, every ``delay`` = 30 s by
        default). ``on_attempt`` is called after each poll, e.g. for progress.
        """
        return self._wait_for(
            waiters.CLUSTER_ACTIVE,
            lambda: self.get_cluster(cluster_identifier=cluster_identifier),
            delay,
            max_attempts,
            on_attempt,
        )

    def wait_until_cluster_deleted(
        self,
        *,
        cluster_identifier: str,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_attempt: Callable[[WaiterAttempt[GetClusterResponse]], object] | None = None,
    ) -> GetClusterResponse | None:
        """Poll :meth:`get_cluster` until PCS no longer knows the cluster.

        Returns ``None`` once ``get_cluster`` answers
        ``ResourceNotFoundException``. Raises :class:`~emrk.WaiterError` on
        ``DELETE_FAILED`` or after ``max_attempts`` polls (60, every 30 s by
        default).
        """
        return self._wait_until_gone(
            waiters.CLUSTER_DELETED,
            lambda: self.get_cluster(cluster_identifier=cluster_identifier),
            delay,
            max_attempts,
            on_attempt,
        )

    def wait_until_compute_node_group_active(
        self,
        *,
        cluster_identifier: str,
        compute_node_group_identifier: str,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_attempt: Callable[[WaiterAttempt[GetComputeNodeGroupResponse]], object] | None = None,
    ) -> GetComputeNodeGroupResponse:
        """Poll :meth:`get_compute_node_group` until the group is ``ACTIVE``; return it.

        Raises :class:`~emrk.WaiterError` on ``CREATE_FAILED``,
        ``UPDATE_FAILED``, ``DELETE_FAILED``, ``DELETING`` or ``DELETED``,
        when the group does not exist, or after ``max_attempts`` polls (80,
        every 15 s by default).
        """
        return self._wait_for(
            waiters.COMPUTE_NODE_GROUP_ACTIVE,
            lambda: self.get_compute_node_group(
                cluster_identifier=cluster_identifier,
                compute_node_group_identifier=compute_node_group_identifier,
            ),
            delay,
            max_attempts,
            on_attempt,
        )

    def wait_until_compute_node_group_deleted(
        self,
        *,
        cluster_identifier: str,
        compute_node_group_identifier: str,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_attempt: Callable[[WaiterAttempt[GetComputeNodeGroupResponse]], object] | None = None,
    ) -> GetComputeNodeGroupResponse | None:
        """Poll :meth:`get_compute_node_group` until the group is gone.

        Returns the response when PCS reports the group ``DELETED``, or
        ``None`` once it answers ``ResourceNotFoundException``. Raises
        :class:`~emrk.WaiterError` on ``DELETE_FAILED`` or after
        ``max_attempts`` polls (80, every 15 s by default).
        """
        return self._wait_until_gone(
            waiters.COMPUTE_NODE_GROUP_DELETED,
            lambda: self.get_compute_node_group(
                cluster_identifier=cluster_identifier,
                compute_node_group_identifier=compute_node_group_identifier,
            ),
            delay,
            max_attempts,
            on_attempt,
        )

    def wait_until_queue_active(
        self,
        *,
        cluster_identifier: str,
        queue_identifier: str,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_attempt: Callable[[WaiterAttempt[GetQueueResponse]], object] | None = None,
    ) -> GetQueueResponse:
        """Poll :meth:`get_queue` until the queue is ``ACTIVE``; return that response.

        Raises :class:`~emrk.WaiterError` on ``CREATE_FAILED``,
        ``UPDATE_FAILED``, ``DELETE_FAILED`` or ``DELETING``, when the queue
        does not exist, or after ``max_attempts`` polls (60, every 10 s by
        default).
        """
        return self._wait_for(
            waiters.QUEUE_ACTIVE,
            lambda: self.get_queue(
                cluster_identifier=cluster_identifier, queue_identifier=queue_identifier
            ),
            delay,
            max_attempts,
            on_attempt,
        )

    def wait_until_queue_deleted(
        self,
        *,
        cluster_identifier: str,
        queue_identifier: str,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_attempt: Callable[[WaiterAttempt[GetQueueResponse]], object] | None = None,
    ) -> GetQueueResponse | None:
        """Poll :meth:`get_queue` until PCS no longer knows the queue.

        Returns ``None`` once ``get_queue`` answers
        ``ResourceNotFoundException``. Raises :class:`~emrk.WaiterError` on
        ``DELETE_FAILED`` or after ``max_attempts`` polls (60, every 10 s by
        default).
        """
        return self._wait_until_gone(
            waiters.QUEUE_DELETED,
            lambda: self.get_queue(
                cluster_identifier=cluster_identifier, queue_identifier=queue_identifier
            ),
            delay,
            max_attempts,
            on_attempt,
        )
