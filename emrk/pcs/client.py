"""DOC: client module"""

from __future__ import annotations

from emrk.core.client import BaseClient
from emrk.core.paginate import Paginator
from emrk.pcs import operations as ops
from emrk.pcs._service import SERVICE
from emrk.pcs.models import (
    ClusterSlurmConfigurationRequest,
    ClusterSummary,
    ComputeNodeGroupConfiguration,
    ComputeNodeGroupSlurmConfigurationRequest,
    ComputeNodeGroupSummary,
    CreateClusterRequest,
    CreateClusterResponse,
    CreateComputeNodeGroupRequest,
    CreateComputeNodeGroupResponse,
    CreateQueueRequest,
    CreateQueueResponse,
    CustomLaunchTemplate,
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
    InstanceConfig,
    LaunchTemplateMode,
    ListClustersRequest,
    ListClustersResponse,
    ListComputeNodeGroupsRequest,
    ListComputeNodeGroupsResponse,
    ListQueuesRequest,
    ListQueuesResponse,
    ListTagsForResourceRequest,
    ListTagsForResourceResponse,
    NetworkingRequest,
    NodeLifecycleActionsRequest,
    PurchaseOption,
    QueueSlurmConfigurationRequest,
    QueueSummary,
    RegisterComputeNodeGroupInstanceRequest,
    RegisterComputeNodeGroupInstanceResponse,
    ScalingConfigurationRequest,
    SchedulerRequest,
    Size,
    SpotOptions,
    TagResourceRequest,
    TagResourceResponse,
    UntagResourceRequest,
    UntagResourceResponse,
    UpdateClusterRequest,
    UpdateClusterResponse,
    UpdateClusterSlurmConfigurationRequest,
    UpdateComputeNodeGroupRequest,
    UpdateComputeNodeGroupResponse,
    UpdateComputeNodeGroupSlurmConfigurationRequest,
    UpdateNodeLifecycleActionsRequest,
    UpdateQueueRequest,
    UpdateQueueResponse,
    UpdateQueueSlurmConfigurationRequest,
    UpdateSchedulerRequest,
)

__all__ = ["PCSClient"]


class PCSClient(BaseClient):
    """DOC: PCSClient"""

    _SERVICE = SERVICE

    def create_cluster(
        self,
        *,
        cluster_name: str,
        scheduler: SchedulerRequest,
        size: Size | str,
        networking: NetworkingRequest,
        slurm_configuration: ClusterSlurmConfigurationRequest | None = None,
        client_token: str | None = None,
        tags: dict[str, str] | None = None,
    ) -> CreateClusterResponse:
        """DOC: CreateCluster"""
        return self._invoke(
            ops.CREATE_CLUSTER,
            CreateClusterRequest(
                cluster_name=cluster_name,
                scheduler=scheduler,
                size=size,
                networking=networking,
                slurm_configuration=slurm_configuration,
                client_token=client_token,
                tags=tags,
            ),
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
        purchase_option: PurchaseOption | str | None = None,
        launch_template_mode: LaunchTemplateMode | str | None = None,
        custom_launch_template: CustomLaunchTemplate | None = None,
        spot_options: SpotOptions | None = None,
        slurm_configuration: ComputeNodeGroupSlurmConfigurationRequest | None = None,
        node_lifecycle_actions: NodeLifecycleActionsRequest | None = None,
        client_token: str | None = None,
        tags: dict[str, str] | None = None,
    ) -> CreateComputeNodeGroupResponse:
        """DOC: CreateComputeNodeGroup"""
        return self._invoke(
            ops.CREATE_COMPUTE_NODE_GROUP,
            CreateComputeNodeGroupRequest(
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
            ),
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
        """DOC: CreateQueue"""
        return self._invoke(
            ops.CREATE_QUEUE,
            CreateQueueRequest(
                cluster_identifier=cluster_identifier,
                queue_name=queue_name,
                compute_node_group_configurations=compute_node_group_configurations,
                slurm_configuration=slurm_configuration,
                client_token=client_token,
                tags=tags,
            ),
        )

    def delete_cluster(
        self, *, cluster_identifier: str, client_token: str | None = None
    ) -> DeleteClusterResponse:
        """DOC: DeleteCluster"""
        return self._invoke(
            ops.DELETE_CLUSTER,
            DeleteClusterRequest(cluster_identifier=cluster_identifier, client_token=client_token),
        )

    def delete_compute_node_group(
        self,
        *,
        cluster_identifier: str,
        compute_node_group_identifier: str,
        client_token: str | None = None,
    ) -> DeleteComputeNodeGroupResponse:
        """DOC: DeleteComputeNodeGroup"""
        return self._invoke(
            ops.DELETE_COMPUTE_NODE_GROUP,
            DeleteComputeNodeGroupRequest(
                cluster_identifier=cluster_identifier,
                compute_node_group_identifier=compute_node_group_identifier,
                client_token=client_token,
            ),
        )

    def delete_queue(
        self, *, cluster_identifier: str, queue_identifier: str, client_token: str | None = None
    ) -> DeleteQueueResponse:
        """DOC: DeleteQueue"""
        return self._invoke(
            ops.DELETE_QUEUE,
            DeleteQueueRequest(
                cluster_identifier=cluster_identifier,
                queue_identifier=queue_identifier,
                client_token=client_token,
            ),
        )

    def get_cluster(self, *, cluster_identifier: str) -> GetClusterResponse:
        """DOC: GetCluster"""
        return self._invoke(
            ops.GET_CLUSTER, GetClusterRequest(cluster_identifier=cluster_identifier)
        )

    def get_compute_node_group(
        self, *, cluster_identifier: str, compute_node_group_identifier: str
    ) -> GetComputeNodeGroupResponse:
        """DOC: GetComputeNodeGroup"""
        return self._invoke(
            ops.GET_COMPUTE_NODE_GROUP,
            GetComputeNodeGroupRequest(
                cluster_identifier=cluster_identifier,
                compute_node_group_identifier=compute_node_group_identifier,
            ),
        )

    def get_queue(self, *, cluster_identifier: str, queue_identifier: str) -> GetQueueResponse:
        """DOC: GetQueue"""
        return self._invoke(
            ops.GET_QUEUE,
            GetQueueRequest(
                cluster_identifier=cluster_identifier, queue_identifier=queue_identifier
            ),
        )

    def list_clusters(
        self, *, next_token: str | None = None, max_results: int | None = None
    ) -> ListClustersResponse:
        """DOC: ListClusters"""
        return self._invoke(
            ops.LIST_CLUSTERS, ListClustersRequest(next_token=next_token, max_results=max_results)
        )

    def paginate_list_clusters(
        self, *, max_results: int | None = None
    ) -> Paginator[ListClustersResponse, ClusterSummary]:
        """DOC: paginate ListClusters"""
        return Paginator(
            lambda token: self.list_clusters(max_results=max_results, next_token=token),
            lambda page: page.clusters,
            lambda page: page.next_token,
        )

    def list_compute_node_groups(
        self,
        *,
        cluster_identifier: str,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> ListComputeNodeGroupsResponse:
        """DOC: ListComputeNodeGroups"""
        return self._invoke(
            ops.LIST_COMPUTE_NODE_GROUPS,
            ListComputeNodeGroupsRequest(
                cluster_identifier=cluster_identifier,
                next_token=next_token,
                max_results=max_results,
            ),
        )

    def paginate_list_compute_node_groups(
        self, *, cluster_identifier: str, max_results: int | None = None
    ) -> Paginator[ListComputeNodeGroupsResponse, ComputeNodeGroupSummary]:
        """DOC: paginate ListComputeNodeGroups"""
        return Paginator(
            lambda token: self.list_compute_node_groups(
                cluster_identifier=cluster_identifier, max_results=max_results, next_token=token
            ),
            lambda page: page.compute_node_groups,
            lambda page: page.next_token,
        )

    def list_queues(
        self,
        *,
        cluster_identifier: str,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> ListQueuesResponse:
        """DOC: ListQueues"""
        return self._invoke(
            ops.LIST_QUEUES,
            ListQueuesRequest(
                cluster_identifier=cluster_identifier,
                next_token=next_token,
                max_results=max_results,
            ),
        )

    def paginate_list_queues(
        self, *, cluster_identifier: str, max_results: int | None = None
    ) -> Paginator[ListQueuesResponse, QueueSummary]:
        """DOC: paginate ListQueues"""
        return Paginator(
            lambda token: self.list_queues(
                cluster_identifier=cluster_identifier, max_results=max_results, next_token=token
            ),
            lambda page: page.queues,
            lambda page: page.next_token,
        )

    def list_tags_for_resource(self, *, resource_arn: str) -> ListTagsForResourceResponse:
        """DOC: ListTagsForResource"""
        return self._invoke(
            ops.LIST_TAGS_FOR_RESOURCE, ListTagsForResourceRequest(resource_arn=resource_arn)
        )

    def register_compute_node_group_instance(
        self, *, cluster_identifier: str, bootstrap_id: str
    ) -> RegisterComputeNodeGroupInstanceResponse:
        """DOC: RegisterComputeNodeGroupInstance"""
        return self._invoke(
            ops.REGISTER_COMPUTE_NODE_GROUP_INSTANCE,
            RegisterComputeNodeGroupInstanceRequest(
                cluster_identifier=cluster_identifier, bootstrap_id=bootstrap_id
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

    def update_cluster(
        self,
        *,
        cluster_identifier: str,
        client_token: str | None = None,
        slurm_configuration: UpdateClusterSlurmConfigurationRequest | None = None,
        scheduler: UpdateSchedulerRequest | None = None,
    ) -> UpdateClusterResponse:
        """DOC: UpdateCluster"""
        return self._invoke(
            ops.UPDATE_CLUSTER,
            UpdateClusterRequest(
                cluster_identifier=cluster_identifier,
                client_token=client_token,
                slurm_configuration=slurm_configuration,
                scheduler=scheduler,
            ),
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
        launch_template_mode: LaunchTemplateMode | str | None = None,
        custom_launch_template: CustomLaunchTemplate | None = None,
        purchase_option: PurchaseOption | str | None = None,
        spot_options: SpotOptions | None = None,
        scaling_configuration: ScalingConfigurationRequest | None = None,
        iam_instance_profile_arn: str | None = None,
        slurm_configuration: UpdateComputeNodeGroupSlurmConfigurationRequest | None = None,
        node_lifecycle_actions: UpdateNodeLifecycleActionsRequest | None = None,
        client_token: str | None = None,
    ) -> UpdateComputeNodeGroupResponse:
        """DOC: UpdateComputeNodeGroup"""
        return self._invoke(
            ops.UPDATE_COMPUTE_NODE_GROUP,
            UpdateComputeNodeGroupRequest(
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
            ),
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
        """DOC: UpdateQueue"""
        return self._invoke(
            ops.UPDATE_QUEUE,
            UpdateQueueRequest(
                cluster_identifier=cluster_identifier,
                queue_identifier=queue_identifier,
                compute_node_group_configurations=compute_node_group_configurations,
                slurm_configuration=slurm_configuration,
                client_token=client_token,
            ),
        )
