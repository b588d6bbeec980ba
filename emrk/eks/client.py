"""DOC: client module"""

from __future__ import annotations

from collections.abc import Callable

from emrk.core.client import BaseClient
from emrk.core.paginate import Paginator
from emrk.core.wait import WaiterAttempt, run_waiter, wait_for
from emrk.eks import operations as ops
from emrk.eks import waiters
from emrk.eks._service import SERVICE
from emrk.eks.models import (
    AccessPolicy,
    AccessScope,
    ActivateCertificateAuthorityRequest,
    ActivateCertificateAuthorityResponse,
    AddonInfo,
    AddonNamespaceConfigRequest,
    AddonPodIdentityAssociations,
    AMITypes,
    AssociateAccessPolicyRequest,
    AssociateAccessPolicyResponse,
    AssociatedAccessPolicy,
    AssociateEncryptionConfigRequest,
    AssociateEncryptionConfigResponse,
    AssociateIdentityProviderConfigRequest,
    AssociateIdentityProviderConfigResponse,
    CancelUpdateRequest,
    CancelUpdateResponse,
    CapabilityConfigurationRequest,
    CapabilityDeletePropagationPolicy,
    CapabilitySummary,
    CapabilityType,
    CapacityTypes,
    CertificateAuthoritySummary,
    ClusterVersionInformation,
    ClusterVersionStatus,
    ComputeConfigRequest,
    ConnectorConfigRequest,
    ControlPlaneScalingConfig,
    CreateAccessConfigRequest,
    CreateAccessEntryRequest,
    CreateAccessEntryResponse,
    CreateAddonRequest,
    CreateAddonResponse,
    CreateCapabilityRequest,
    CreateCapabilityResponse,
    CreateCertificateAuthorityRequest,
    CreateCertificateAuthorityResponse,
    CreateClusterRequest,
    CreateClusterResponse,
    CreateEksAnywhereSubscriptionRequest,
    CreateEksAnywhereSubscriptionResponse,
    CreateFargateProfileRequest,
    CreateFargateProfileResponse,
    CreateNodegroupRequest,
    CreateNodegroupResponse,
    CreatePodIdentityAssociationRequest,
    CreatePodIdentityAssociationResponse,
    DeleteAccessEntryRequest,
    DeleteAccessEntryResponse,
    DeleteAddonRequest,
    DeleteAddonResponse,
    DeleteCapabilityRequest,
    DeleteCapabilityResponse,
    DeleteCertificateAuthorityRequest,
    DeleteCertificateAuthorityResponse,
    DeleteClusterRequest,
    DeleteClusterResponse,
    DeleteEksAnywhereSubscriptionRequest,
    DeleteEksAnywhereSubscriptionResponse,
    DeleteFargateProfileRequest,
    DeleteFargateProfileResponse,
    DeleteNodegroupRequest,
    DeleteNodegroupResponse,
    DeletePodIdentityAssociationRequest,
    DeletePodIdentityAssociationResponse,
    DeregisterClusterRequest,
    DeregisterClusterResponse,
    DescribeAccessEntryRequest,
    DescribeAccessEntryResponse,
    DescribeAddonConfigurationRequest,
    DescribeAddonConfigurationResponse,
    DescribeAddonRequest,
    DescribeAddonResponse,
    DescribeAddonVersionsRequest,
    DescribeAddonVersionsResponse,
    DescribeCapabilityRequest,
    DescribeCapabilityResponse,
    DescribeCertificateAuthorityRequest,
    DescribeCertificateAuthorityResponse,
    DescribeClusterRequest,
    DescribeClusterResponse,
    DescribeClusterVersionsRequest,
    DescribeClusterVersionsResponse,
    DescribeEksAnywhereSubscriptionRequest,
    DescribeEksAnywhereSubscriptionResponse,
    DescribeFargateProfileRequest,
    DescribeFargateProfileResponse,
    DescribeIdentityProviderConfigRequest,
    DescribeIdentityProviderConfigResponse,
    DescribeInsightRequest,
    DescribeInsightResponse,
    DescribeInsightsRefreshRequest,
    DescribeInsightsRefreshResponse,
    DescribeNodegroupRequest,
    DescribeNodegroupResponse,
    DescribePodIdentityAssociationRequest,
    DescribePodIdentityAssociationResponse,
    DescribeUpdateRequest,
    DescribeUpdateResponse,
    DisassociateAccessPolicyRequest,
    DisassociateAccessPolicyResponse,
    DisassociateIdentityProviderConfigRequest,
    DisassociateIdentityProviderConfigResponse,
    EksAnywhereSubscription,
    EksAnywhereSubscriptionLicenseType,
    EksAnywhereSubscriptionStatus,
    EksAnywhereSubscriptionTerm,
    EncryptionConfig,
    FargateProfileSelector,
    IdentityProviderConfig,
    InsightsFilter,
    InsightSummary,
    KubeApiServerConfigRequest,
    KubeControllerManagerConfigRequest,
    KubernetesNetworkConfigRequest,
    KubeSchedulerConfigRequest,
    LaunchTemplateSpecification,
    ListAccessEntriesRequest,
    ListAccessEntriesResponse,
    ListAccessPoliciesRequest,
    ListAccessPoliciesResponse,
    ListAddonsRequest,
    ListAddonsResponse,
    ListAssociatedAccessPoliciesRequest,
    ListAssociatedAccessPoliciesResponse,
    ListCapabilitiesRequest,
    ListCapabilitiesResponse,
    ListCertificateAuthoritiesRequest,
    ListCertificateAuthoritiesResponse,
    ListClustersRequest,
    ListClustersResponse,
    ListEksAnywhereSubscriptionsRequest,
    ListEksAnywhereSubscriptionsResponse,
    ListFargateProfilesRequest,
    ListFargateProfilesResponse,
    ListIdentityProviderConfigsRequest,
    ListIdentityProviderConfigsResponse,
    ListInsightsRequest,
    ListInsightsResponse,
    ListNodegroupsRequest,
    ListNodegroupsResponse,
    ListPodIdentityAssociationsRequest,
    ListPodIdentityAssociationsResponse,
    ListTagsForResourceRequest,
    ListTagsForResourceResponse,
    ListUpdatesRequest,
    ListUpdatesResponse,
    Logging,
    NodegroupScalingConfig,
    NodegroupUpdateConfig,
    NodeRepairConfig,
    OidcIdentityProviderConfigRequest,
    OutpostConfigRequest,
    PodIdentityAssociationSummary,
    RegisterClusterRequest,
    RegisterClusterResponse,
    RemoteAccessConfig,
    RemoteNetworkConfigRequest,
    ResolveConflicts,
    RollbackConfig,
    StartInsightsRefreshRequest,
    StartInsightsRefreshResponse,
    StorageConfigRequest,
    TagResourceRequest,
    TagResourceResponse,
    Taint,
    UntagResourceRequest,
    UntagResourceResponse,
    UpdateAccessConfigRequest,
    UpdateAccessEntryRequest,
    UpdateAccessEntryResponse,
    UpdateAddonRequest,
    UpdateAddonResponse,
    UpdateCapabilityConfiguration,
    UpdateCapabilityRequest,
    UpdateCapabilityResponse,
    UpdateClusterConfigRequest,
    UpdateClusterConfigResponse,
    UpdateClusterVersionRequest,
    UpdateClusterVersionResponse,
    UpdateEksAnywhereSubscriptionRequest,
    UpdateEksAnywhereSubscriptionResponse,
    UpdateLabelsPayload,
    UpdateNodegroupConfigRequest,
    UpdateNodegroupConfigResponse,
    UpdateNodegroupVersionRequest,
    UpdateNodegroupVersionResponse,
    UpdatePodIdentityAssociationRequest,
    UpdatePodIdentityAssociationResponse,
    UpdateTaintsPayload,
    UpgradePolicyRequest,
    VersionStatus,
    VpcConfigRequest,
    WarmPoolConfig,
    ZonalShiftConfigRequest,
)

__all__ = ["EKSClient"]


class EKSClient(BaseClient):
    """DOC: EKSClient"""

    _SERVICE = SERVICE

    def activate_certificate_authority(
        self,
        *,
        cluster_name: str,
        certificate_authority_id: str,
        client_request_token: str | None = None,
    ) -> ActivateCertificateAuthorityResponse:
        """DOC: ActivateCertificateAuthority"""
        return self._invoke(
            ops.ACTIVATE_CERTIFICATE_AUTHORITY,
            ActivateCertificateAuthorityRequest(
                cluster_name=cluster_name,
                certificate_authority_id=certificate_authority_id,
                client_request_token=client_request_token,
            ),
        )

    def associate_access_policy(
        self, *, cluster_name: str, principal_arn: str, policy_arn: str, access_scope: AccessScope
    ) -> AssociateAccessPolicyResponse:
        """DOC: AssociateAccessPolicy"""
        return self._invoke(
            ops.ASSOCIATE_ACCESS_POLICY,
            AssociateAccessPolicyRequest(
                cluster_name=cluster_name,
                principal_arn=principal_arn,
                policy_arn=policy_arn,
                access_scope=access_scope,
            ),
        )

    def associate_encryption_config(
        self,
        *,
        cluster_name: str,
        encryption_config: list[EncryptionConfig],
        client_request_token: str | None = None,
    ) -> AssociateEncryptionConfigResponse:
        """DOC: AssociateEncryptionConfig"""
        return self._invoke(
            ops.ASSOCIATE_ENCRYPTION_CONFIG,
            AssociateEncryptionConfigRequest(
                cluster_name=cluster_name,
                encryption_config=encryption_config,
                client_request_token=client_request_token,
            ),
        )

    def associate_identity_provider_config(
        self,
        *,
        cluster_name: str,
        oidc: OidcIdentityProviderConfigRequest,
        tags: dict[str, str] | None = None,
        client_request_token: str | None = None,
    ) -> AssociateIdentityProviderConfigResponse:
        """DOC: AssociateIdentityProviderConfig"""
        return self._invoke(
            ops.ASSOCIATE_IDENTITY_PROVIDER_CONFIG,
            AssociateIdentityProviderConfigRequest(
                cluster_name=cluster_name,
                oidc=oidc,
                tags=tags,
                client_request_token=client_request_token,
            ),
        )

    def cancel_update(
        self, *, name: str, update_id: str, client_request_token: str | None = None
    ) -> CancelUpdateResponse:
        """DOC: CancelUpdate"""
        return self._invoke(
            ops.CANCEL_UPDATE,
            CancelUpdateRequest(
                name=name, update_id=update_id, client_request_token=client_request_token
            ),
        )

    def create_access_entry(
        self,
        *,
        cluster_name: str,
        principal_arn: str,
        kubernetes_groups: list[str] | None = None,
        tags: dict[str, str] | None = None,
        client_request_token: str | None = None,
        username: str | None = None,
        type: str | None = None,
    ) -> CreateAccessEntryResponse:
        """DOC: CreateAccessEntry"""
        return self._invoke(
            ops.CREATE_ACCESS_ENTRY,
            CreateAccessEntryRequest(
                cluster_name=cluster_name,
                principal_arn=principal_arn,
                kubernetes_groups=kubernetes_groups,
                tags=tags,
                client_request_token=client_request_token,
                username=username,
                type=type,
            ),
        )

    def create_addon(
        self,
        *,
        cluster_name: str,
        addon_name: str,
        addon_version: str | None = None,
        service_account_role_arn: str | None = None,
        resolve_conflicts: ResolveConflicts | str | None = None,
        client_request_token: str | None = None,
        tags: dict[str, str] | None = None,
        configuration_values: str | None = None,
        pod_identity_associations: list[AddonPodIdentityAssociations] | None = None,
        namespace_config: AddonNamespaceConfigRequest | None = None,
    ) -> CreateAddonResponse:
        """DOC: CreateAddon"""
        return self._invoke(
            ops.CREATE_ADDON,
            CreateAddonRequest(
                cluster_name=cluster_name,
                addon_name=addon_name,
                addon_version=addon_version,
                service_account_role_arn=service_account_role_arn,
                resolve_conflicts=resolve_conflicts,
                client_request_token=client_request_token,
                tags=tags,
                configuration_values=configuration_values,
                pod_identity_associations=pod_identity_associations,
                namespace_config=namespace_config,
            ),
        )

    def create_capability(
        self,
        *,
        capability_name: str,
        cluster_name: str,
        type: CapabilityType | str,
        role_arn: str,
        delete_propagation_policy: CapabilityDeletePropagationPolicy | str,
        client_request_token: str | None = None,
        configuration: CapabilityConfigurationRequest | None = None,
        tags: dict[str, str] | None = None,
    ) -> CreateCapabilityResponse:
        """DOC: CreateCapability"""
        return self._invoke(
            ops.CREATE_CAPABILITY,
            CreateCapabilityRequest(
                capability_name=capability_name,
                cluster_name=cluster_name,
                type=type,
                role_arn=role_arn,
                delete_propagation_policy=delete_propagation_policy,
                client_request_token=client_request_token,
                configuration=configuration,
                tags=tags,
            ),
        )

    def create_certificate_authority(
        self, *, cluster_name: str, client_request_token: str | None = None
    ) -> CreateCertificateAuthorityResponse:
        """DOC: CreateCertificateAuthority"""
        return self._invoke(
            ops.CREATE_CERTIFICATE_AUTHORITY,
            CreateCertificateAuthorityRequest(
                cluster_name=cluster_name, client_request_token=client_request_token
            ),
        )

    def create_cluster(
        self,
        *,
        name: str,
        role_arn: str,
        resources_vpc_config: VpcConfigRequest,
        version: str | None = None,
        kubernetes_network_config: KubernetesNetworkConfigRequest | None = None,
        logging: Logging | None = None,
        client_request_token: str | None = None,
        tags: dict[str, str] | None = None,
        encryption_config: list[EncryptionConfig] | None = None,
        outpost_config: OutpostConfigRequest | None = None,
        access_config: CreateAccessConfigRequest | None = None,
        bootstrap_self_managed_addons: bool | None = None,
        upgrade_policy: UpgradePolicyRequest | None = None,
        zonal_shift_config: ZonalShiftConfigRequest | None = None,
        remote_network_config: RemoteNetworkConfigRequest | None = None,
        compute_config: ComputeConfigRequest | None = None,
        storage_config: StorageConfigRequest | None = None,
        deletion_protection: bool | None = None,
        control_plane_scaling_config: ControlPlaneScalingConfig | None = None,
        kube_api_server_config: KubeApiServerConfigRequest | None = None,
        kube_scheduler_config: KubeSchedulerConfigRequest | None = None,
        kube_controller_manager_config: KubeControllerManagerConfigRequest | None = None,
    ) -> CreateClusterResponse:
        """DOC: CreateCluster"""
        return self._invoke(
            ops.CREATE_CLUSTER,
            CreateClusterRequest(
                name=name,
                role_arn=role_arn,
                resources_vpc_config=resources_vpc_config,
                version=version,
                kubernetes_network_config=kubernetes_network_config,
                logging=logging,
                client_request_token=client_request_token,
                tags=tags,
                encryption_config=encryption_config,
                outpost_config=outpost_config,
                access_config=access_config,
                bootstrap_self_managed_addons=bootstrap_self_managed_addons,
                upgrade_policy=upgrade_policy,
                zonal_shift_config=zonal_shift_config,
                remote_network_config=remote_network_config,
                compute_config=compute_config,
                storage_config=storage_config,
                deletion_protection=deletion_protection,
                control_plane_scaling_config=control_plane_scaling_config,
                kube_api_server_config=kube_api_server_config,
                kube_scheduler_config=kube_scheduler_config,
                kube_controller_manager_config=kube_controller_manager_config,
            ),
        )

    def create_eks_anywhere_subscription(
        self,
        *,
        name: str,
        term: EksAnywhereSubscriptionTerm,
        license_quantity: int | None = None,
        license_type: EksAnywhereSubscriptionLicenseType | str | None = None,
        auto_renew: bool | None = None,
        client_request_token: str | None = None,
        tags: dict[str, str] | None = None,
    ) -> CreateEksAnywhereSubscriptionResponse:
        """DOC: CreateEksAnywhereSubscription"""
        return self._invoke(
            ops.CREATE_EKS_ANYWHERE_SUBSCRIPTION,
            CreateEksAnywhereSubscriptionRequest(
                name=name,
                term=term,
                license_quantity=license_quantity,
                license_type=license_type,
                auto_renew=auto_renew,
                client_request_token=client_request_token,
                tags=tags,
            ),
        )

    def create_fargate_profile(
        self,
        *,
        fargate_profile_name: str,
        cluster_name: str,
        pod_execution_role_arn: str,
        subnets: list[str] | None = None,
        selectors: list[FargateProfileSelector] | None = None,
        client_request_token: str | None = None,
        tags: dict[str, str] | None = None,
    ) -> CreateFargateProfileResponse:
        """DOC: CreateFargateProfile"""
        return self._invoke(
            ops.CREATE_FARGATE_PROFILE,
            CreateFargateProfileRequest(
                fargate_profile_name=fargate_profile_name,
                cluster_name=cluster_name,
                pod_execution_role_arn=pod_execution_role_arn,
                subnets=subnets,
                selectors=selectors,
                client_request_token=client_request_token,
                tags=tags,
            ),
        )

    def create_nodegroup(
        self,
        *,
        cluster_name: str,
        nodegroup_name: str,
        subnets: list[str],
        node_role: str,
        scaling_config: NodegroupScalingConfig | None = None,
        disk_size: int | None = None,
        instance_types: list[str] | None = None,
        ami_type: AMITypes | str | None = None,
        remote_access: RemoteAccessConfig | None = None,
        labels: dict[str, str] | None = None,
        taints: list[Taint] | None = None,
        tags: dict[str, str] | None = None,
        client_request_token: str | None = None,
        launch_template: LaunchTemplateSpecification | None = None,
        update_config: NodegroupUpdateConfig | None = None,
        node_repair_config: NodeRepairConfig | None = None,
        capacity_type: CapacityTypes | str | None = None,
        version: str | None = None,
        release_version: str | None = None,
        warm_pool_config: WarmPoolConfig | None = None,
    ) -> CreateNodegroupResponse:
        """DOC: CreateNodegroup"""
        return self._invoke(
            ops.CREATE_NODEGROUP,
            CreateNodegroupRequest(
                cluster_name=cluster_name,
                nodegroup_name=nodegroup_name,
                subnets=subnets,
                node_role=node_role,
                scaling_config=scaling_config,
                disk_size=disk_size,
                instance_types=instance_types,
                ami_type=ami_type,
                remote_access=remote_access,
                labels=labels,
                taints=taints,
                tags=tags,
                client_request_token=client_request_token,
                launch_template=launch_template,
                update_config=update_config,
                node_repair_config=node_repair_config,
                capacity_type=capacity_type,
                version=version,
                release_version=release_version,
                warm_pool_config=warm_pool_config,
            ),
        )

    def create_pod_identity_association(
        self,
        *,
        cluster_name: str,
        namespace: str,
        service_account: str,
        role_arn: str,
        client_request_token: str | None = None,
        tags: dict[str, str] | None = None,
        disable_session_tags: bool | None = None,
        target_role_arn: str | None = None,
        policy: str | None = None,
    ) -> CreatePodIdentityAssociationResponse:
        """DOC: CreatePodIdentityAssociation"""
        return self._invoke(
            ops.CREATE_POD_IDENTITY_ASSOCIATION,
            CreatePodIdentityAssociationRequest(
                cluster_name=cluster_name,
                namespace=namespace,
                service_account=service_account,
                role_arn=role_arn,
                client_request_token=client_request_token,
                tags=tags,
                disable_session_tags=disable_session_tags,
                target_role_arn=target_role_arn,
                policy=policy,
            ),
        )

    def delete_access_entry(
        self, *, cluster_name: str, principal_arn: str
    ) -> DeleteAccessEntryResponse:
        """DOC: DeleteAccessEntry"""
        return self._invoke(
            ops.DELETE_ACCESS_ENTRY,
            DeleteAccessEntryRequest(cluster_name=cluster_name, principal_arn=principal_arn),
        )

    def delete_addon(
        self, *, cluster_name: str, addon_name: str, preserve: bool | None = None
    ) -> DeleteAddonResponse:
        """DOC: DeleteAddon"""
        return self._invoke(
            ops.DELETE_ADDON,
            DeleteAddonRequest(cluster_name=cluster_name, addon_name=addon_name, preserve=preserve),
        )

    def delete_capability(
        self, *, cluster_name: str, capability_name: str
    ) -> DeleteCapabilityResponse:
        """DOC: DeleteCapability"""
        return self._invoke(
            ops.DELETE_CAPABILITY,
            DeleteCapabilityRequest(cluster_name=cluster_name, capability_name=capability_name),
        )

    def delete_certificate_authority(
        self,
        *,
        cluster_name: str,
        certificate_authority_id: str,
        client_request_token: str | None = None,
    ) -> DeleteCertificateAuthorityResponse:
        """DOC: DeleteCertificateAuthority"""
        return self._invoke(
            ops.DELETE_CERTIFICATE_AUTHORITY,
            DeleteCertificateAuthorityRequest(
                cluster_name=cluster_name,
                certificate_authority_id=certificate_authority_id,
                client_request_token=client_request_token,
            ),
        )

    def delete_cluster(self, *, name: str) -> DeleteClusterResponse:
        """DOC: DeleteCluster"""
        return self._invoke(ops.DELETE_CLUSTER, DeleteClusterRequest(name=name))

    def delete_eks_anywhere_subscription(self, *, id: str) -> DeleteEksAnywhereSubscriptionResponse:
        """DOC: DeleteEksAnywhereSubscription"""
        return self._invoke(
            ops.DELETE_EKS_ANYWHERE_SUBSCRIPTION, DeleteEksAnywhereSubscriptionRequest(id=id)
        )

    def delete_fargate_profile(
        self, *, cluster_name: str, fargate_profile_name: str
    ) -> DeleteFargateProfileResponse:
        """DOC: DeleteFargateProfile"""
        return self._invoke(
            ops.DELETE_FARGATE_PROFILE,
            DeleteFargateProfileRequest(
                cluster_name=cluster_name, fargate_profile_name=fargate_profile_name
            ),
        )

    def delete_nodegroup(
        self, *, cluster_name: str, nodegroup_name: str
    ) -> DeleteNodegroupResponse:
        """DOC: DeleteNodegroup"""
        return self._invoke(
            ops.DELETE_NODEGROUP,
            DeleteNodegroupRequest(cluster_name=cluster_name, nodegroup_name=nodegroup_name),
        )

    def delete_pod_identity_association(
        self, *, cluster_name: str, association_id: str
    ) -> DeletePodIdentityAssociationResponse:
        """DOC: DeletePodIdentityAssociation"""
        return self._invoke(
            ops.DELETE_POD_IDENTITY_ASSOCIATION,
            DeletePodIdentityAssociationRequest(
                cluster_name=cluster_name, association_id=association_id
            ),
        )

    def deregister_cluster(self, *, name: str) -> DeregisterClusterResponse:
        """DOC: DeregisterCluster"""
        return self._invoke(ops.DEREGISTER_CLUSTER, DeregisterClusterRequest(name=name))

    def describe_access_entry(
        self, *, cluster_name: str, principal_arn: str
    ) -> DescribeAccessEntryResponse:
        """DOC: DescribeAccessEntry"""
        return self._invoke(
            ops.DESCRIBE_ACCESS_ENTRY,
            DescribeAccessEntryRequest(cluster_name=cluster_name, principal_arn=principal_arn),
        )

    def describe_addon(self, *, cluster_name: str, addon_name: str) -> DescribeAddonResponse:
        """DOC: DescribeAddon"""
        return self._invoke(
            ops.DESCRIBE_ADDON,
            DescribeAddonRequest(cluster_name=cluster_name, addon_name=addon_name),
        )

    def describe_addon_configuration(
        self, *, addon_name: str, addon_version: str
    ) -> DescribeAddonConfigurationResponse:
        """DOC: DescribeAddonConfiguration"""
        return self._invoke(
            ops.DESCRIBE_ADDON_CONFIGURATION,
            DescribeAddonConfigurationRequest(addon_name=addon_name, addon_version=addon_version),
        )

    def describe_addon_versions(
        self,
        *,
        kubernetes_version: str | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
        addon_name: str | None = None,
        types: list[str] | None = None,
        publishers: list[str] | None = None,
        owners: list[str] | None = None,
    ) -> DescribeAddonVersionsResponse:
        """DOC: DescribeAddonVersions"""
        return self._invoke(
            ops.DESCRIBE_ADDON_VERSIONS,
            DescribeAddonVersionsRequest(
                kubernetes_version=kubernetes_version,
                max_results=max_results,
                next_token=next_token,
                addon_name=addon_name,
                types=types,
                publishers=publishers,
                owners=owners,
            ),
        )

    def paginate_describe_addon_versions(
        self,
        *,
        kubernetes_version: str | None = None,
        max_results: int | None = None,
        addon_name: str | None = None,
        types: list[str] | None = None,
        publishers: list[str] | None = None,
        owners: list[str] | None = None,
    ) -> Paginator[DescribeAddonVersionsResponse, AddonInfo]:
        """DOC: paginate DescribeAddonVersions"""
        return Paginator(
            lambda token: self.describe_addon_versions(
                kubernetes_version=kubernetes_version,
                max_results=max_results,
                addon_name=addon_name,
                types=types,
                publishers=publishers,
                owners=owners,
                next_token=token,
            ),
            lambda page: page.addons,
            lambda page: page.next_token,
        )

    def describe_capability(
        self, *, cluster_name: str, capability_name: str
    ) -> DescribeCapabilityResponse:
        """DOC: DescribeCapability"""
        return self._invoke(
            ops.DESCRIBE_CAPABILITY,
            DescribeCapabilityRequest(cluster_name=cluster_name, capability_name=capability_name),
        )

    def describe_certificate_authority(
        self, *, cluster_name: str, certificate_authority_id: str
    ) -> DescribeCertificateAuthorityResponse:
        """DOC: DescribeCertificateAuthority"""
        return self._invoke(
            ops.DESCRIBE_CERTIFICATE_AUTHORITY,
            DescribeCertificateAuthorityRequest(
                cluster_name=cluster_name, certificate_authority_id=certificate_authority_id
            ),
        )

    def describe_cluster(self, *, name: str) -> DescribeClusterResponse:
        """DOC: DescribeCluster"""
        return self._invoke(ops.DESCRIBE_CLUSTER, DescribeClusterRequest(name=name))

    def describe_cluster_versions(
        self,
        *,
        cluster_type: str | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
        default_only: bool | None = None,
        include_all: bool | None = None,
        cluster_versions: list[str] | None = None,
        status: ClusterVersionStatus | str | None = None,
        version_status: VersionStatus | str | None = None,
    ) -> DescribeClusterVersionsResponse:
        """DOC: DescribeClusterVersions"""
        return self._invoke(
            ops.DESCRIBE_CLUSTER_VERSIONS,
            DescribeClusterVersionsRequest(
                cluster_type=cluster_type,
                max_results=max_results,
                next_token=next_token,
                default_only=default_only,
                include_all=include_all,
                cluster_versions=cluster_versions,
                status=status,
                version_status=version_status,
            ),
        )

    def paginate_describe_cluster_versions(
        self,
        *,
        cluster_type: str | None = None,
        max_results: int | None = None,
        default_only: bool | None = None,
        include_all: bool | None = None,
        cluster_versions: list[str] | None = None,
        status: ClusterVersionStatus | str | None = None,
        version_status: VersionStatus | str | None = None,
    ) -> Paginator[DescribeClusterVersionsResponse, ClusterVersionInformation]:
        """DOC: paginate DescribeClusterVersions"""
        return Paginator(
            lambda token: self.describe_cluster_versions(
                cluster_type=cluster_type,
                max_results=max_results,
                default_only=default_only,
                include_all=include_all,
                cluster_versions=cluster_versions,
                status=status,
                version_status=version_status,
                next_token=token,
            ),
            lambda page: page.cluster_versions,
            lambda page: page.next_token,
        )

    def describe_eks_anywhere_subscription(
        self, *, id: str
    ) -> DescribeEksAnywhereSubscriptionResponse:
        """DOC: DescribeEksAnywhereSubscription"""
        return self._invoke(
            ops.DESCRIBE_EKS_ANYWHERE_SUBSCRIPTION, DescribeEksAnywhereSubscriptionRequest(id=id)
        )

    def describe_fargate_profile(
        self, *, cluster_name: str, fargate_profile_name: str
    ) -> DescribeFargateProfileResponse:
        """DOC: DescribeFargateProfile"""
        return self._invoke(
            ops.DESCRIBE_FARGATE_PROFILE,
            DescribeFargateProfileRequest(
                cluster_name=cluster_name, fargate_profile_name=fargate_profile_name
            ),
        )

    def describe_identity_provider_config(
        self, *, cluster_name: str, identity_provider_config: IdentityProviderConfig
    ) -> DescribeIdentityProviderConfigResponse:
        """DOC: DescribeIdentityProviderConfig"""
        return self._invoke(
            ops.DESCRIBE_IDENTITY_PROVIDER_CONFIG,
            DescribeIdentityProviderConfigRequest(
                cluster_name=cluster_name, identity_provider_config=identity_provider_config
            ),
        )

    def describe_insight(self, *, cluster_name: str, id: str) -> DescribeInsightResponse:
        """DOC: DescribeInsight"""
        return self._invoke(
            ops.DESCRIBE_INSIGHT, DescribeInsightRequest(cluster_name=cluster_name, id=id)
        )

    def describe_insights_refresh(self, *, cluster_name: str) -> DescribeInsightsRefreshResponse:
        """DOC: DescribeInsightsRefresh"""
        return self._invoke(
            ops.DESCRIBE_INSIGHTS_REFRESH, DescribeInsightsRefreshRequest(cluster_name=cluster_name)
        )

    def describe_nodegroup(
        self, *, cluster_name: str, nodegroup_name: str
    ) -> DescribeNodegroupResponse:
        """DOC: DescribeNodegroup"""
        return self._invoke(
            ops.DESCRIBE_NODEGROUP,
            DescribeNodegroupRequest(cluster_name=cluster_name, nodegroup_name=nodegroup_name),
        )

    def describe_pod_identity_association(
        self, *, cluster_name: str, association_id: str
    ) -> DescribePodIdentityAssociationResponse:
        """DOC: DescribePodIdentityAssociation"""
        return self._invoke(
            ops.DESCRIBE_POD_IDENTITY_ASSOCIATION,
            DescribePodIdentityAssociationRequest(
                cluster_name=cluster_name, association_id=association_id
            ),
        )

    def describe_update(
        self,
        *,
        name: str,
        update_id: str,
        nodegroup_name: str | None = None,
        addon_name: str | None = None,
        capability_name: str | None = None,
    ) -> DescribeUpdateResponse:
        """DOC: DescribeUpdate"""
        return self._invoke(
            ops.DESCRIBE_UPDATE,
            DescribeUpdateRequest(
                name=name,
                update_id=update_id,
                nodegroup_name=nodegroup_name,
                addon_name=addon_name,
                capability_name=capability_name,
            ),
        )

    def disassociate_access_policy(
        self, *, cluster_name: str, principal_arn: str, policy_arn: str
    ) -> DisassociateAccessPolicyResponse:
        """DOC: DisassociateAccessPolicy"""
        return self._invoke(
            ops.DISASSOCIATE_ACCESS_POLICY,
            DisassociateAccessPolicyRequest(
                cluster_name=cluster_name, principal_arn=principal_arn, policy_arn=policy_arn
            ),
        )

    def disassociate_identity_provider_config(
        self,
        *,
        cluster_name: str,
        identity_provider_config: IdentityProviderConfig,
        client_request_token: str | None = None,
    ) -> DisassociateIdentityProviderConfigResponse:
        """DOC: DisassociateIdentityProviderConfig"""
        return self._invoke(
            ops.DISASSOCIATE_IDENTITY_PROVIDER_CONFIG,
            DisassociateIdentityProviderConfigRequest(
                cluster_name=cluster_name,
                identity_provider_config=identity_provider_config,
                client_request_token=client_request_token,
            ),
        )

    def list_access_entries(
        self,
        *,
        cluster_name: str,
        associated_policy_arn: str | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> ListAccessEntriesResponse:
        """DOC: ListAccessEntries"""
        return self._invoke(
            ops.LIST_ACCESS_ENTRIES,
            ListAccessEntriesRequest(
                cluster_name=cluster_name,
                associated_policy_arn=associated_policy_arn,
                max_results=max_results,
                next_token=next_token,
            ),
        )

    def paginate_list_access_entries(
        self,
        *,
        cluster_name: str,
        associated_policy_arn: str | None = None,
        max_results: int | None = None,
    ) -> Paginator[ListAccessEntriesResponse, str]:
        """DOC: paginate ListAccessEntries"""
        return Paginator(
            lambda token: self.list_access_entries(
                cluster_name=cluster_name,
                associated_policy_arn=associated_policy_arn,
                max_results=max_results,
                next_token=token,
            ),
            lambda page: page.access_entries,
            lambda page: page.next_token,
        )

    def list_access_policies(
        self, *, max_results: int | None = None, next_token: str | None = None
    ) -> ListAccessPoliciesResponse:
        """DOC: ListAccessPolicies"""
        return self._invoke(
            ops.LIST_ACCESS_POLICIES,
            ListAccessPoliciesRequest(max_results=max_results, next_token=next_token),
        )

    def paginate_list_access_policies(
        self, *, max_results: int | None = None
    ) -> Paginator[ListAccessPoliciesResponse, AccessPolicy]:
        """DOC: paginate ListAccessPolicies"""
        return Paginator(
            lambda token: self.list_access_policies(max_results=max_results, next_token=token),
            lambda page: page.access_policies,
            lambda page: page.next_token,
        )

    def list_addons(
        self, *, cluster_name: str, max_results: int | None = None, next_token: str | None = None
    ) -> ListAddonsResponse:
        """DOC: ListAddons"""
        return self._invoke(
            ops.LIST_ADDONS,
            ListAddonsRequest(
                cluster_name=cluster_name, max_results=max_results, next_token=next_token
            ),
        )

    def paginate_list_addons(
        self, *, cluster_name: str, max_results: int | None = None
    ) -> Paginator[ListAddonsResponse, str]:
        """DOC: paginate ListAddons"""
        return Paginator(
            lambda token: self.list_addons(
                cluster_name=cluster_name, max_results=max_results, next_token=token
            ),
            lambda page: page.addons,
            lambda page: page.next_token,
        )

    def list_associated_access_policies(
        self,
        *,
        cluster_name: str,
        principal_arn: str,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> ListAssociatedAccessPoliciesResponse:
        """DOC: ListAssociatedAccessPolicies"""
        return self._invoke(
            ops.LIST_ASSOCIATED_ACCESS_POLICIES,
            ListAssociatedAccessPoliciesRequest(
                cluster_name=cluster_name,
                principal_arn=principal_arn,
                max_results=max_results,
                next_token=next_token,
            ),
        )

    def paginate_list_associated_access_policies(
        self, *, cluster_name: str, principal_arn: str, max_results: int | None = None
    ) -> Paginator[ListAssociatedAccessPoliciesResponse, AssociatedAccessPolicy]:
        """DOC: paginate ListAssociatedAccessPolicies"""
        return Paginator(
            lambda token: self.list_associated_access_policies(
                cluster_name=cluster_name,
                principal_arn=principal_arn,
                max_results=max_results,
                next_token=token,
            ),
            lambda page: page.associated_access_policies,
            lambda page: page.next_token,
        )

    def list_capabilities(
        self, *, cluster_name: str, next_token: str | None = None, max_results: int | None = None
    ) -> ListCapabilitiesResponse:
        """DOC: ListCapabilities"""
        return self._invoke(
            ops.LIST_CAPABILITIES,
            ListCapabilitiesRequest(
                cluster_name=cluster_name, next_token=next_token, max_results=max_results
            ),
        )

    def paginate_list_capabilities(
        self, *, cluster_name: str, max_results: int | None = None
    ) -> Paginator[ListCapabilitiesResponse, CapabilitySummary]:
        """DOC: paginate ListCapabilities"""
        return Paginator(
            lambda token: self.list_capabilities(
                cluster_name=cluster_name, max_results=max_results, next_token=token
            ),
            lambda page: page.capabilities,
            lambda page: page.next_token,
        )

    def list_certificate_authorities(
        self, *, cluster_name: str, max_results: int | None = None, next_token: str | None = None
    ) -> ListCertificateAuthoritiesResponse:
        """DOC: ListCertificateAuthorities"""
        return self._invoke(
            ops.LIST_CERTIFICATE_AUTHORITIES,
            ListCertificateAuthoritiesRequest(
                cluster_name=cluster_name, max_results=max_results, next_token=next_token
            ),
        )

    def paginate_list_certificate_authorities(
        self, *, cluster_name: str, max_results: int | None = None
    ) -> Paginator[ListCertificateAuthoritiesResponse, CertificateAuthoritySummary]:
        """DOC: paginate ListCertificateAuthorities"""
        return Paginator(
            lambda token: self.list_certificate_authorities(
                cluster_name=cluster_name, max_results=max_results, next_token=token
            ),
            lambda page: page.certificate_authorities,
            lambda page: page.next_token,
        )

    def list_clusters(
        self,
        *,
        max_results: int | None = None,
        next_token: str | None = None,
        include: list[str] | None = None,
    ) -> ListClustersResponse:
        """DOC: ListClusters"""
        return self._invoke(
            ops.LIST_CLUSTERS,
            ListClustersRequest(max_results=max_results, next_token=next_token, include=include),
        )

    def paginate_list_clusters(
        self, *, max_results: int | None = None, include: list[str] | None = None
    ) -> Paginator[ListClustersResponse, str]:
        """DOC: paginate ListClusters"""
        return Paginator(
            lambda token: self.list_clusters(
                max_results=max_results, include=include, next_token=token
            ),
            lambda page: page.clusters,
            lambda page: page.next_token,
        )

    def list_eks_anywhere_subscriptions(
        self,
        *,
        max_results: int | None = None,
        next_token: str | None = None,
        include_status: list[EksAnywhereSubscriptionStatus | str] | None = None,
    ) -> ListEksAnywhereSubscriptionsResponse:
        """DOC: ListEksAnywhereSubscriptions"""
        return self._invoke(
            ops.LIST_EKS_ANYWHERE_SUBSCRIPTIONS,
            ListEksAnywhereSubscriptionsRequest(
                max_results=max_results, next_token=next_token, include_status=include_status
            ),
        )

    def paginate_list_eks_anywhere_subscriptions(
        self,
        *,
        max_results: int | None = None,
        include_status: list[EksAnywhereSubscriptionStatus | str] | None = None,
    ) -> Paginator[ListEksAnywhereSubscriptionsResponse, EksAnywhereSubscription]:
        """DOC: paginate ListEksAnywhereSubscriptions"""
        return Paginator(
            lambda token: self.list_eks_anywhere_subscriptions(
                max_results=max_results, include_status=include_status, next_token=token
            ),
            lambda page: page.subscriptions,
            lambda page: page.next_token,
        )

    def list_fargate_profiles(
        self, *, cluster_name: str, max_results: int | None = None, next_token: str | None = None
    ) -> ListFargateProfilesResponse:
        """DOC: ListFargateProfiles"""
        return self._invoke(
            ops.LIST_FARGATE_PROFILES,
            ListFargateProfilesRequest(
                cluster_name=cluster_name, max_results=max_results, next_token=next_token
            ),
        )

    def paginate_list_fargate_profiles(
        self, *, cluster_name: str, max_results: int | None = None
    ) -> Paginator[ListFargateProfilesResponse, str]:
        """DOC: paginate ListFargateProfiles"""
        return Paginator(
            lambda token: self.list_fargate_profiles(
                cluster_name=cluster_name, max_results=max_results, next_token=token
            ),
            lambda page: page.fargate_profile_names,
            lambda page: page.next_token,
        )

    def list_identity_provider_configs(
        self, *, cluster_name: str, max_results: int | None = None, next_token: str | None = None
    ) -> ListIdentityProviderConfigsResponse:
        """DOC: ListIdentityProviderConfigs"""
        return self._invoke(
            ops.LIST_IDENTITY_PROVIDER_CONFIGS,
            ListIdentityProviderConfigsRequest(
                cluster_name=cluster_name, max_results=max_results, next_token=next_token
            ),
        )

    def paginate_list_identity_provider_configs(
        self, *, cluster_name: str, max_results: int | None = None
    ) -> Paginator[ListIdentityProviderConfigsResponse, IdentityProviderConfig]:
        """DOC: paginate ListIdentityProviderConfigs"""
        return Paginator(
            lambda token: self.list_identity_provider_configs(
                cluster_name=cluster_name, max_results=max_results, next_token=token
            ),
            lambda page: page.identity_provider_configs,
            lambda page: page.next_token,
        )

    def list_insights(
        self,
        *,
        cluster_name: str,
        filter: InsightsFilter | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> ListInsightsResponse:
        """DOC: ListInsights"""
        return self._invoke(
            ops.LIST_INSIGHTS,
            ListInsightsRequest(
                cluster_name=cluster_name,
                filter=filter,
                max_results=max_results,
                next_token=next_token,
            ),
        )

    def paginate_list_insights(
        self,
        *,
        cluster_name: str,
        filter: InsightsFilter | None = None,
        max_results: int | None = None,
    ) -> Paginator[ListInsightsResponse, InsightSummary]:
        """DOC: paginate ListInsights"""
        return Paginator(
            lambda token: self.list_insights(
                cluster_name=cluster_name, filter=filter, max_results=max_results, next_token=token
            ),
            lambda page: page.insights,
            lambda page: page.next_token,
        )

    def list_nodegroups(
        self, *, cluster_name: str, max_results: int | None = None, next_token: str | None = None
    ) -> ListNodegroupsResponse:
        """DOC: ListNodegroups"""
        return self._invoke(
            ops.LIST_NODEGROUPS,
            ListNodegroupsRequest(
                cluster_name=cluster_name, max_results=max_results, next_token=next_token
            ),
        )

    def paginate_list_nodegroups(
        self, *, cluster_name: str, max_results: int | None = None
    ) -> Paginator[ListNodegroupsResponse, str]:
        """DOC: paginate ListNodegroups"""
        return Paginator(
            lambda token: self.list_nodegroups(
                cluster_name=cluster_name, max_results=max_results, next_token=token
            ),
            lambda page: page.nodegroups,
            lambda page: page.next_token,
        )

    def list_pod_identity_associations(
        self,
        *,
        cluster_name: str,
        namespace: str | None = None,
        service_account: str | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> ListPodIdentityAssociationsResponse:
        """DOC: ListPodIdentityAssociations"""
        return self._invoke(
            ops.LIST_POD_IDENTITY_ASSOCIATIONS,
            ListPodIdentityAssociationsRequest(
                cluster_name=cluster_name,
                namespace=namespace,
                service_account=service_account,
                max_results=max_results,
                next_token=next_token,
            ),
        )

    def paginate_list_pod_identity_associations(
        self,
        *,
        cluster_name: str,
        namespace: str | None = None,
        service_account: str | None = None,
        max_results: int | None = None,
    ) -> Paginator[ListPodIdentityAssociationsResponse, PodIdentityAssociationSummary]:
        """DOC: paginate ListPodIdentityAssociations"""
        return Paginator(
            lambda token: self.list_pod_identity_associations(
                cluster_name=cluster_name,
                namespace=namespace,
                service_account=service_account,
                max_results=max_results,
                next_token=token,
            ),
            lambda page: page.associations,
            lambda page: page.next_token,
        )

    def list_tags_for_resource(self, *, resource_arn: str) -> ListTagsForResourceResponse:
        """DOC: ListTagsForResource"""
        return self._invoke(
            ops.LIST_TAGS_FOR_RESOURCE, ListTagsForResourceRequest(resource_arn=resource_arn)
        )

    def list_updates(
        self,
        *,
        name: str,
        nodegroup_name: str | None = None,
        addon_name: str | None = None,
        capability_name: str | None = None,
        next_token: str | None = None,
        max_results: int | None = None,
    ) -> ListUpdatesResponse:
        """DOC: ListUpdates"""
        return self._invoke(
            ops.LIST_UPDATES,
            ListUpdatesRequest(
                name=name,
                nodegroup_name=nodegroup_name,
                addon_name=addon_name,
                capability_name=capability_name,
                next_token=next_token,
                max_results=max_results,
            ),
        )

    def paginate_list_updates(
        self,
        *,
        name: str,
        nodegroup_name: str | None = None,
        addon_name: str | None = None,
        capability_name: str | None = None,
        max_results: int | None = None,
    ) -> Paginator[ListUpdatesResponse, str]:
        """DOC: paginate ListUpdates"""
        return Paginator(
            lambda token: self.list_updates(
                name=name,
                nodegroup_name=nodegroup_name,
                addon_name=addon_name,
                capability_name=capability_name,
                max_results=max_results,
                next_token=token,
            ),
            lambda page: page.update_ids,
            lambda page: page.next_token,
        )

    def register_cluster(
        self,
        *,
        name: str,
        connector_config: ConnectorConfigRequest,
        client_request_token: str | None = None,
        tags: dict[str, str] | None = None,
    ) -> RegisterClusterResponse:
        """DOC: RegisterCluster"""
        return self._invoke(
            ops.REGISTER_CLUSTER,
            RegisterClusterRequest(
                name=name,
                connector_config=connector_config,
                client_request_token=client_request_token,
                tags=tags,
            ),
        )

    def start_insights_refresh(self, *, cluster_name: str) -> StartInsightsRefreshResponse:
        """DOC: StartInsightsRefresh"""
        return self._invoke(
            ops.START_INSIGHTS_REFRESH, StartInsightsRefreshRequest(cluster_name=cluster_name)
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

    def update_access_entry(
        self,
        *,
        cluster_name: str,
        principal_arn: str,
        kubernetes_groups: list[str] | None = None,
        client_request_token: str | None = None,
        username: str | None = None,
    ) -> UpdateAccessEntryResponse:
        """DOC: UpdateAccessEntry"""
        return self._invoke(
            ops.UPDATE_ACCESS_ENTRY,
            UpdateAccessEntryRequest(
                cluster_name=cluster_name,
                principal_arn=principal_arn,
                kubernetes_groups=kubernetes_groups,
                client_request_token=client_request_token,
                username=username,
            ),
        )

    def update_addon(
        self,
        *,
        cluster_name: str,
        addon_name: str,
        addon_version: str | None = None,
        service_account_role_arn: str | None = None,
        resolve_conflicts: ResolveConflicts | str | None = None,
        client_request_token: str | None = None,
        configuration_values: str | None = None,
        pod_identity_associations: list[AddonPodIdentityAssociations] | None = None,
    ) -> UpdateAddonResponse:
        """DOC: UpdateAddon"""
        return self._invoke(
            ops.UPDATE_ADDON,
            UpdateAddonRequest(
                cluster_name=cluster_name,
                addon_name=addon_name,
                addon_version=addon_version,
                service_account_role_arn=service_account_role_arn,
                resolve_conflicts=resolve_conflicts,
                client_request_token=client_request_token,
                configuration_values=configuration_values,
                pod_identity_associations=pod_identity_associations,
            ),
        )

    def update_capability(
        self,
        *,
        cluster_name: str,
        capability_name: str,
        role_arn: str | None = None,
        configuration: UpdateCapabilityConfiguration | None = None,
        client_request_token: str | None = None,
        delete_propagation_policy: CapabilityDeletePropagationPolicy | str | None = None,
    ) -> UpdateCapabilityResponse:
        """DOC: UpdateCapability"""
        return self._invoke(
            ops.UPDATE_CAPABILITY,
            UpdateCapabilityRequest(
                cluster_name=cluster_name,
                capability_name=capability_name,
                role_arn=role_arn,
                configuration=configuration,
                client_request_token=client_request_token,
                delete_propagation_policy=delete_propagation_policy,
            ),
        )

    def update_cluster_config(
        self,
        *,
        name: str,
        resources_vpc_config: VpcConfigRequest | None = None,
        logging: Logging | None = None,
        client_request_token: str | None = None,
        access_config: UpdateAccessConfigRequest | None = None,
        upgrade_policy: UpgradePolicyRequest | None = None,
        zonal_shift_config: ZonalShiftConfigRequest | None = None,
        compute_config: ComputeConfigRequest | None = None,
        kubernetes_network_config: KubernetesNetworkConfigRequest | None = None,
        storage_config: StorageConfigRequest | None = None,
        remote_network_config: RemoteNetworkConfigRequest | None = None,
        deletion_protection: bool | None = None,
        control_plane_scaling_config: ControlPlaneScalingConfig | None = None,
        kube_api_server_config: KubeApiServerConfigRequest | None = None,
        kube_scheduler_config: KubeSchedulerConfigRequest | None = None,
        kube_controller_manager_config: KubeControllerManagerConfigRequest | None = None,
    ) -> UpdateClusterConfigResponse:
        """DOC: UpdateClusterConfig"""
        return self._invoke(
            ops.UPDATE_CLUSTER_CONFIG,
            UpdateClusterConfigRequest(
                name=name,
                resources_vpc_config=resources_vpc_config,
                logging=logging,
                client_request_token=client_request_token,
                access_config=access_config,
                upgrade_policy=upgrade_policy,
                zonal_shift_config=zonal_shift_config,
                compute_config=compute_config,
                kubernetes_network_config=kubernetes_network_config,
                storage_config=storage_config,
                remote_network_config=remote_network_config,
                deletion_protection=deletion_protection,
                control_plane_scaling_config=control_plane_scaling_config,
                kube_api_server_config=kube_api_server_config,
                kube_scheduler_config=kube_scheduler_config,
                kube_controller_manager_config=kube_controller_manager_config,
            ),
        )

    def update_cluster_version(
        self,
        *,
        name: str,
        version: str,
        client_request_token: str | None = None,
        force: bool | None = None,
        rollback_config: RollbackConfig | None = None,
    ) -> UpdateClusterVersionResponse:
        """DOC: UpdateClusterVersion"""
        return self._invoke(
            ops.UPDATE_CLUSTER_VERSION,
            UpdateClusterVersionRequest(
                name=name,
                version=version,
                client_request_token=client_request_token,
                force=force,
                rollback_config=rollback_config,
            ),
        )

    def update_eks_anywhere_subscription(
        self, *, id: str, auto_renew: bool, client_request_token: str | None = None
    ) -> UpdateEksAnywhereSubscriptionResponse:
        """DOC: UpdateEksAnywhereSubscription"""
        return self._invoke(
            ops.UPDATE_EKS_ANYWHERE_SUBSCRIPTION,
            UpdateEksAnywhereSubscriptionRequest(
                id=id, auto_renew=auto_renew, client_request_token=client_request_token
            ),
        )

    def update_nodegroup_config(
        self,
        *,
        cluster_name: str,
        nodegroup_name: str,
        labels: UpdateLabelsPayload | None = None,
        taints: UpdateTaintsPayload | None = None,
        scaling_config: NodegroupScalingConfig | None = None,
        update_config: NodegroupUpdateConfig | None = None,
        node_repair_config: NodeRepairConfig | None = None,
        warm_pool_config: WarmPoolConfig | None = None,
        client_request_token: str | None = None,
    ) -> UpdateNodegroupConfigResponse:
        """DOC: UpdateNodegroupConfig"""
        return self._invoke(
            ops.UPDATE_NODEGROUP_CONFIG,
            UpdateNodegroupConfigRequest(
                cluster_name=cluster_name,
                nodegroup_name=nodegroup_name,
                labels=labels,
                taints=taints,
                scaling_config=scaling_config,
                update_config=update_config,
                node_repair_config=node_repair_config,
                warm_pool_config=warm_pool_config,
                client_request_token=client_request_token,
            ),
        )

    def update_nodegroup_version(
        self,
        *,
        cluster_name: str,
        nodegroup_name: str,
        version: str | None = None,
        release_version: str | None = None,
        launch_template: LaunchTemplateSpecification | None = None,
        force: bool | None = None,
        client_request_token: str | None = None,
    ) -> UpdateNodegroupVersionResponse:
        """DOC: UpdateNodegroupVersion"""
        return self._invoke(
            ops.UPDATE_NODEGROUP_VERSION,
            UpdateNodegroupVersionRequest(
                cluster_name=cluster_name,
                nodegroup_name=nodegroup_name,
                version=version,
                release_version=release_version,
                launch_template=launch_template,
                force=force,
                client_request_token=client_request_token,
            ),
        )

    def update_pod_identity_association(
        self,
        *,
        cluster_name: str,
        association_id: str,
        role_arn: str | None = None,
        client_request_token: str | None = None,
        disable_session_tags: bool | None = None,
        target_role_arn: str | None = None,
        policy: str | None = None,
    ) -> UpdatePodIdentityAssociationResponse:
        """DOC: UpdatePodIdentityAssociation"""
        return self._invoke(
            ops.UPDATE_POD_IDENTITY_ASSOCIATION,
            UpdatePodIdentityAssociationRequest(
                cluster_name=cluster_name,
                association_id=association_id,
                role_arn=role_arn,
                client_request_token=client_request_token,
                disable_session_tags=disable_session_tags,
                target_role_arn=target_role_arn,
                policy=policy,
            ),
        )

    def wait_until_cluster_active(
        self,
        *,
        name: str,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_attempt: Callable[[WaiterAttempt], None] | None = None,
    ) -> DescribeClusterResponse:
        """DOC: waiter ClusterActive"""
        return wait_for(
            waiters.CLUSTER_ACTIVE,
            lambda: self.describe_cluster(name=name),
            delay=delay,
            max_attempts=max_attempts,
            on_attempt=on_attempt,
            sleep=self._sleep,
        )

    def wait_until_cluster_deleted(
        self,
        *,
        name: str,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_attempt: Callable[[WaiterAttempt], None] | None = None,
    ) -> DescribeClusterResponse | None:
        """DOC: waiter ClusterDeleted"""
        return run_waiter(
            waiters.CLUSTER_DELETED,
            lambda: self.describe_cluster(name=name),
            delay=delay,
            max_attempts=max_attempts,
            on_attempt=on_attempt,
            sleep=self._sleep,
        )

    def wait_until_nodegroup_active(
        self,
        *,
        cluster_name: str,
        nodegroup_name: str,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_attempt: Callable[[WaiterAttempt], None] | None = None,
    ) -> DescribeNodegroupResponse:
        """DOC: waiter NodegroupActive"""
        return wait_for(
            waiters.NODEGROUP_ACTIVE,
            lambda: self.describe_nodegroup(
                cluster_name=cluster_name, nodegroup_name=nodegroup_name
            ),
            delay=delay,
            max_attempts=max_attempts,
            on_attempt=on_attempt,
            sleep=self._sleep,
        )

    def wait_until_nodegroup_deleted(
        self,
        *,
        cluster_name: str,
        nodegroup_name: str,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_attempt: Callable[[WaiterAttempt], None] | None = None,
    ) -> DescribeNodegroupResponse | None:
        """DOC: waiter NodegroupDeleted"""
        return run_waiter(
            waiters.NODEGROUP_DELETED,
            lambda: self.describe_nodegroup(
                cluster_name=cluster_name, nodegroup_name=nodegroup_name
            ),
            delay=delay,
            max_attempts=max_attempts,
            on_attempt=on_attempt,
            sleep=self._sleep,
        )

    def wait_until_addon_active(
        self,
        *,
        cluster_name: str,
        addon_name: str,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_attempt: Callable[[WaiterAttempt], None] | None = None,
    ) -> DescribeAddonResponse:
        """DOC: waiter AddonActive"""
        return wait_for(
            waiters.ADDON_ACTIVE,
            lambda: self.describe_addon(cluster_name=cluster_name, addon_name=addon_name),
            delay=delay,
            max_attempts=max_attempts,
            on_attempt=on_attempt,
            sleep=self._sleep,
        )

    def wait_until_addon_deleted(
        self,
        *,
        cluster_name: str,
        addon_name: str,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_attempt: Callable[[WaiterAttempt], None] | None = None,
    ) -> DescribeAddonResponse | None:
        """DOC: waiter AddonDeleted"""
        return run_waiter(
            waiters.ADDON_DELETED,
            lambda: self.describe_addon(cluster_name=cluster_name, addon_name=addon_name),
            delay=delay,
            max_attempts=max_attempts,
            on_attempt=on_attempt,
            sleep=self._sleep,
        )

    def wait_until_fargate_profile_active(
        self,
        *,
        cluster_name: str,
        fargate_profile_name: str,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_attempt: Callable[[WaiterAttempt], None] | None = None,
    ) -> DescribeFargateProfileResponse:
        """DOC: waiter FargateProfileActive"""
        return wait_for(
            waiters.FARGATE_PROFILE_ACTIVE,
            lambda: self.describe_fargate_profile(
                cluster_name=cluster_name, fargate_profile_name=fargate_profile_name
            ),
            delay=delay,
            max_attempts=max_attempts,
            on_attempt=on_attempt,
            sleep=self._sleep,
        )

    def wait_until_fargate_profile_deleted(
        self,
        *,
        cluster_name: str,
        fargate_profile_name: str,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_attempt: Callable[[WaiterAttempt], None] | None = None,
    ) -> DescribeFargateProfileResponse | None:
        """DOC: waiter FargateProfileDeleted"""
        return run_waiter(
            waiters.FARGATE_PROFILE_DELETED,
            lambda: self.describe_fargate_profile(
                cluster_name=cluster_name, fargate_profile_name=fargate_profile_name
            ),
            delay=delay,
            max_attempts=max_attempts,
            on_attempt=on_attempt,
            sleep=self._sleep,
        )

    def wait_until_certificate_authority_update_complete(
        self,
        *,
        name: str,
        update_id: str,
        nodegroup_name: str | None = None,
        addon_name: str | None = None,
        capability_name: str | None = None,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_attempt: Callable[[WaiterAttempt], None] | None = None,
    ) -> DescribeUpdateResponse:
        """DOC: waiter CertificateAuthorityUpdateComplete"""
        return wait_for(
            waiters.CERTIFICATE_AUTHORITY_UPDATE_COMPLETE,
            lambda: self.describe_update(
                name=name,
                update_id=update_id,
                nodegroup_name=nodegroup_name,
                addon_name=addon_name,
                capability_name=capability_name,
            ),
            delay=delay,
            max_attempts=max_attempts,
            on_attempt=on_attempt,
            sleep=self._sleep,
        )
