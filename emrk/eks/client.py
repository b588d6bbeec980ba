""":class:`EKSClient`: one method per Amazon EKS operation, plus paginators and waiters."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from emrk.core.client import BaseClient
from emrk.core.lazy import lazy_module
from emrk.core.paginate import Paginator
from emrk.eks._service import SERVICE
from emrk.eks.kubeconfig import KubeconfigMixin

if TYPE_CHECKING:
    from emrk.core.wait import WaiterAttempt
    from emrk.eks import operations as ops
    from emrk.eks import waiters
    from emrk.eks.models import (
        AccessPolicy,
        AccessScope,
        ActivateCertificateAuthorityResponse,
        AddonInfo,
        AddonNamespaceConfigRequest,
        AddonPodIdentityAssociations,
        AMITypes,
        AMITypesLiteral,
        AssociateAccessPolicyResponse,
        AssociatedAccessPolicy,
        AssociateEncryptionConfigResponse,
        AssociateIdentityProviderConfigResponse,
        CancelUpdateResponse,
        CapabilityConfigurationRequest,
        CapabilityDeletePropagationPolicy,
        CapabilityDeletePropagationPolicyLiteral,
        CapabilitySummary,
        CapabilityType,
        CapabilityTypeLiteral,
        CapacityTypes,
        CapacityTypesLiteral,
        CertificateAuthoritySummary,
        ClusterVersionInformation,
        ClusterVersionStatus,
        ClusterVersionStatusLiteral,
        ComputeConfigRequest,
        ConnectorConfigRequest,
        ControlPlaneScalingConfig,
        CreateAccessConfigRequest,
        CreateAccessEntryResponse,
        CreateAddonResponse,
        CreateCapabilityResponse,
        CreateCertificateAuthorityResponse,
        CreateClusterResponse,
        CreateEksAnywhereSubscriptionResponse,
        CreateFargateProfileResponse,
        CreateNodegroupResponse,
        CreatePodIdentityAssociationResponse,
        DeleteAccessEntryResponse,
        DeleteAddonResponse,
        DeleteCapabilityResponse,
        DeleteCertificateAuthorityResponse,
        DeleteClusterResponse,
        DeleteEksAnywhereSubscriptionResponse,
        DeleteFargateProfileResponse,
        DeleteNodegroupResponse,
        DeletePodIdentityAssociationResponse,
        DeregisterClusterResponse,
        DescribeAccessEntryResponse,
        DescribeAddonConfigurationResponse,
        DescribeAddonResponse,
        DescribeAddonVersionsResponse,
        DescribeCapabilityResponse,
        DescribeCertificateAuthorityResponse,
        DescribeClusterResponse,
        DescribeClusterVersionsResponse,
        DescribeEksAnywhereSubscriptionResponse,
        DescribeFargateProfileResponse,
        DescribeIdentityProviderConfigResponse,
        DescribeInsightResponse,
        DescribeInsightsRefreshResponse,
        DescribeNodegroupResponse,
        DescribePodIdentityAssociationResponse,
        DescribeUpdateResponse,
        DisassociateAccessPolicyResponse,
        DisassociateIdentityProviderConfigResponse,
        EksAnywhereSubscription,
        EksAnywhereSubscriptionLicenseType,
        EksAnywhereSubscriptionLicenseTypeLiteral,
        EksAnywhereSubscriptionStatus,
        EksAnywhereSubscriptionStatusLiteral,
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
        ListAccessEntriesResponse,
        ListAccessPoliciesResponse,
        ListAddonsResponse,
        ListAssociatedAccessPoliciesResponse,
        ListCapabilitiesResponse,
        ListCertificateAuthoritiesResponse,
        ListClustersResponse,
        ListEksAnywhereSubscriptionsResponse,
        ListFargateProfilesResponse,
        ListIdentityProviderConfigsResponse,
        ListInsightsResponse,
        ListNodegroupsResponse,
        ListPodIdentityAssociationsResponse,
        ListTagsForResourceResponse,
        ListUpdatesResponse,
        Logging,
        NodegroupScalingConfig,
        NodegroupUpdateConfig,
        NodeRepairConfig,
        OidcIdentityProviderConfigRequest,
        OutpostConfigRequest,
        PodIdentityAssociationSummary,
        RegisterClusterResponse,
        RemoteAccessConfig,
        RemoteNetworkConfigRequest,
        ResolveConflicts,
        ResolveConflictsLiteral,
        RollbackConfig,
        StartInsightsRefreshResponse,
        StorageConfigRequest,
        TagResourceResponse,
        Taint,
        UntagResourceResponse,
        UpdateAccessConfigRequest,
        UpdateAccessEntryResponse,
        UpdateAddonResponse,
        UpdateCapabilityConfiguration,
        UpdateCapabilityResponse,
        UpdateClusterConfigResponse,
        UpdateClusterVersionResponse,
        UpdateEksAnywhereSubscriptionResponse,
        UpdateLabelsPayload,
        UpdateNodegroupConfigResponse,
        UpdateNodegroupVersionResponse,
        UpdatePodIdentityAssociationResponse,
        UpdateTaintsPayload,
        UpgradePolicyRequest,
        VersionStatus,
        VersionStatusLiteral,
        VpcConfigRequest,
        WarmPoolConfig,
        ZonalShiftConfigRequest,
    )
else:
    ops = lazy_module("emrk.eks.operations")
    waiters = lazy_module("emrk.eks.waiters")

__all__ = ["EKSClient"]


class EKSClient(KubeconfigMixin, BaseClient):
    """Client for the Amazon EKS API: clusters, node groups, add-ons, access and more.

    Build it from a session (``emrk.Session().eks()``) or directly
    (``EKSClient(region_name="us-west-2")``). Each operation method takes
    keyword arguments, sends one request (retrying throttling and transient
    failures) and returns the operation's ``...Response`` model or raises an
    :class:`~emrk.eks.EKSError` subclass. Listing operations have
    ``paginate_*`` twins that walk every page; ``wait_until_*`` methods poll
    until a resource settles. A client is thread-safe; share one.

    Most operations on a cluster's sub-resources (node groups, add-ons, access
    entries, ...) are asynchronous: the call returns at once and the resource
    or :class:`~emrk.eks.Update` moves on in the background.
    """

    _SERVICE = SERVICE

    def activate_certificate_authority(
        self,
        *,
        cluster_name: str,
        certificate_authority_id: str,
        client_request_token: str | None = None,
    ) -> ActivateCertificateAuthorityResponse:
        """Make a successor certificate authority the cluster's signer, finishing a CA rotation.

        The CA must already be on the cluster with ``distribution_status``
        ``COMPLETE``; update your own nodes and clients to trust it first. The old CA
        stays trusted but stops signing, and a rollback stays possible for a while.
        If you never activate it, EKS does so itself before the old CA expires.
        Returns an update; wait on it with
        :meth:`wait_until_certificate_authority_update_complete`.

        Args:
            certificate_authority_id: ID from ``create_certificate_authority`` or
                ``list_certificate_authorities``.
            client_request_token: Idempotency token; a fresh UUID4 when omitted.
        """
        return self._call(
            ops.ACTIVATE_CERTIFICATE_AUTHORITY,
            cluster_name=cluster_name,
            certificate_authority_id=certificate_authority_id,
            client_request_token=client_request_token,
        )

    def associate_access_policy(
        self, *, cluster_name: str, principal_arn: str, policy_arn: str, access_scope: AccessScope
    ) -> AssociateAccessPolicyResponse:
        """Grant an access entry an EKS access policy, cluster-wide or per namespace.

        Args:
            principal_arn: The IAM principal of an existing access entry.
            policy_arn: Policy to associate; ``list_access_policies`` lists them.
            access_scope: Whole cluster, or the namespaces the policy applies in.
        """
        return self._call(
            ops.ASSOCIATE_ACCESS_POLICY,
            cluster_name=cluster_name,
            principal_arn=principal_arn,
            policy_arn=policy_arn,
            access_scope=access_scope,
        )

    def associate_encryption_config(
        self,
        *,
        cluster_name: str,
        encryption_config: list[EncryptionConfig],
        client_request_token: str | None = None,
    ) -> AssociateEncryptionConfigResponse:
        """Turn on KMS envelope encryption of secrets for an existing cluster.

        Meant for clusters created without encryption; starts an update.

        Args:
            encryption_config: One configuration (the list takes at most one), with
                ``resources=["secrets"]`` and the KMS key.
            client_request_token: Idempotency token; a fresh UUID4 when omitted.
        """
        return self._call(
            ops.ASSOCIATE_ENCRYPTION_CONFIG,
            cluster_name=cluster_name,
            encryption_config=encryption_config,
            client_request_token=client_request_token,
        )

    def associate_identity_provider_config(
        self,
        *,
        cluster_name: str,
        oidc: OidcIdentityProviderConfigRequest,
        tags: dict[str, str] | None = None,
        client_request_token: str | None = None,
    ) -> AssociateIdentityProviderConfigResponse:
        """Let users of an OIDC identity provider authenticate to the cluster.

        Starts an update. Grant those users permissions with Kubernetes
        RoleBinding/ClusterRoleBinding objects; IAM access is unaffected.

        Args:
            oidc: The provider's issuer URL, client ID and claim mappings.
            client_request_token: Idempotency token; a fresh UUID4 when omitted.
        """
        return self._call(
            ops.ASSOCIATE_IDENTITY_PROVIDER_CONFIG,
            cluster_name=cluster_name,
            oidc=oidc,
            tags=tags,
            client_request_token=client_request_token,
        )

    def cancel_update(
        self, *, name: str, update_id: str, client_request_token: str | None = None
    ) -> CancelUpdateResponse:
        """Try to cancel an update that is still in progress.

        Best effort: today only ``VersionRollback`` updates of EKS Auto Mode
        clusters can be cancelled while nodes roll back, and not once the control
        plane rollback has begun. The update's ``cancellation`` shows the outcome.

        Args:
            name: The cluster the update belongs to.
            client_request_token: Idempotency token; a fresh UUID4 when omitted.
        """
        return self._call(
            ops.CANCEL_UPDATE,
            name=name,
            update_id=update_id,
            client_request_token=client_request_token,
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
        """Admit an IAM user or role to the cluster's Kubernetes API.

        Authorize it through Kubernetes RBAC (``kubernetes_groups``), through EKS
        access policies (``associate_access_policy``), or both.

        Args:
            principal_arn: IAM user or role; one entry per principal, fixed afterwards.
                Node types accept roles only; STS session ARNs are refused.
            kubernetes_groups: Group names used as subjects in your RBAC bindings.
            username: Kubernetes user name; best left to EKS.
            type: ``STANDARD`` (default) for people and apps; ``EC2_LINUX``,
                ``EC2_WINDOWS``, ``FARGATE_LINUX``, ``EC2`` (Auto Mode),
                ``HYBRID_LINUX`` or ``HYPERPOD_LINUX`` for node roles. Fixed once set.
            client_request_token: Idempotency token; a fresh UUID4 when omitted.
        """
        return self._call(
            ops.CREATE_ACCESS_ENTRY,
            cluster_name=cluster_name,
            principal_arn=principal_arn,
            kubernetes_groups=kubernetes_groups,
            tags=tags,
            client_request_token=client_request_token,
            username=username,
            type=type,
        )

    def create_addon(
        self,
        *,
        cluster_name: str,
        addon_name: str,
        addon_version: str | None = None,
        service_account_role_arn: str | None = None,
        resolve_conflicts: ResolveConflicts | ResolveConflictsLiteral | None = None,
        client_request_token: str | None = None,
        tags: dict[str, str] | None = None,
        configuration_values: str | None = None,
        pod_identity_associations: list[AddonPodIdentityAssociations] | None = None,
        namespace_config: AddonNamespaceConfigRequest | None = None,
    ) -> CreateAddonResponse:
        """Install an EKS add-on (such as ``vpc-cni``, ``coredns`` or a CSI driver) on a cluster.

        Returns at once with the add-on ``CREATING``; :meth:`wait_until_addon_active`
        waits for it.

        Args:
            addon_name: A name from ``describe_addon_versions``.
            addon_version: A version from ``describe_addon_versions``; the default
                version when omitted.
            service_account_role_arn: IAM role for the add-on's service account (needs
                the cluster's OIDC provider); without it the node role's permissions apply.
            resolve_conflicts: What to do when a self-managed copy of the add-on has
                settings that differ from EKS's defaults.
            configuration_values: JSON or YAML text validated against the schema from
                ``describe_addon_configuration``.
            pod_identity_associations: Service account to IAM role pairs to create
                through EKS Pod Identity.
            namespace_config: Install into this namespace instead of the default one.
            client_request_token: Idempotency token; a fresh UUID4 when omitted.
        """
        return self._call(
            ops.CREATE_ADDON,
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
        )

    def create_capability(
        self,
        *,
        capability_name: str,
        cluster_name: str,
        type: CapabilityType | CapabilityTypeLiteral,
        role_arn: str,
        delete_propagation_policy: CapabilityDeletePropagationPolicy
        | CapabilityDeletePropagationPolicyLiteral,
        client_request_token: str | None = None,
        configuration: CapabilityConfigurationRequest | None = None,
        tags: dict[str, str] | None = None,
    ) -> CreateCapabilityResponse:
        """Start a managed capability (Argo CD, ACK or kro) for a cluster.

        EKS runs the capability outside your cluster; at most one of each type per
        cluster. :meth:`wait_until_capability_active` waits for it.

        Args:
            capability_name: Name unique in the cluster (letters, digits, ``-``, ``_``).
            type: ``ARGOCD``, ``ACK`` or ``KRO``.
            role_arn: IAM role the capability uses; its trust policy must let EKS
                assume it and its permissions must fit the capability type.
            delete_propagation_policy: What deleting the capability does to the
                resources it manages; only ``RETAIN`` today.
            configuration: Type-specific settings (Argo CD or ACK).
            client_request_token: Idempotency token; a fresh UUID4 when omitted.
        """
        return self._call(
            ops.CREATE_CAPABILITY,
            capability_name=capability_name,
            cluster_name=cluster_name,
            type=type,
            role_arn=role_arn,
            delete_propagation_policy=delete_propagation_policy,
            client_request_token=client_request_token,
            configuration=configuration,
            tags=tags,
        )

    def create_certificate_authority(
        self, *, cluster_name: str, client_request_token: str | None = None
    ) -> CreateCertificateAuthorityResponse:
        """Add a successor certificate authority to the cluster, starting a CA rotation.

        The cluster then trusts both CAs; the new one does not sign until
        activated. EKS distributes it to the components it manages (follow its
        ``distribution_status``), then :meth:`activate_certificate_authority`
        finishes the rotation. A cluster holds at most two CAs. EKS adds a successor
        itself ahead of expiry if you don't.

        Args:
            client_request_token: Idempotency token; a fresh UUID4 when omitted.
        """
        return self._call(
            ops.CREATE_CERTIFICATE_AUTHORITY,
            cluster_name=cluster_name,
            client_request_token=client_request_token,
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
        """Create an EKS cluster (the Kubernetes control plane).

        Returns at once with the cluster ``CREATING``; it takes several minutes to
        become ``ACTIVE`` (:meth:`wait_until_cluster_active`). The API server is
        public and not private by default, and no control plane logs are exported.
        Add compute afterwards (node groups, Fargate profiles, or Auto Mode).

        Args:
            name: Unique in the account and region: letters, digits, ``-`` and ``_``,
                starting with a letter or digit, at most 100 characters.
            role_arn: IAM role the control plane uses to manage AWS resources.
            resources_vpc_config: Subnets (two or more AZs), security groups and
                endpoint access.
            version: Kubernetes version; EKS's default version when omitted.
            kubernetes_network_config: Service CIDR and IP family (fixed afterwards).
            logging: Control plane log types to send to CloudWatch Logs.
            encryption_config: KMS envelope encryption of secrets.
            outpost_config: Makes this a local cluster on an AWS Outpost.
            access_config: Authentication mode and whether the creator becomes admin.
            bootstrap_self_managed_addons: ``False`` skips installing ``vpc-cni``,
                ``coredns`` and ``kube-proxy``.
            upgrade_policy: ``STANDARD`` to opt out of (paid) extended support.
            zonal_shift_config: Turn on ARC zonal shift.
            remote_network_config: Networks for EKS Hybrid Nodes.
            compute_config: EKS Auto Mode compute (set with ``storage_config`` and the
                load balancing part of ``kubernetes_network_config``).
            storage_config: EKS Auto Mode block storage.
            deletion_protection: Refuse ``delete_cluster`` until turned off.
            control_plane_scaling_config: Provisioned control plane tier.
            kube_api_server_config: Tunable API server settings.
            kube_scheduler_config: Tunable scheduler settings.
            kube_controller_manager_config: Tunable controller manager settings.
            client_request_token: Idempotency token; a fresh UUID4 when omitted.
        """
        return self._call(
            ops.CREATE_CLUSTER,
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
        )

    def create_eks_anywhere_subscription(
        self,
        *,
        name: str,
        term: EksAnywhereSubscriptionTerm,
        license_quantity: int | None = None,
        license_type: EksAnywhereSubscriptionLicenseType
        | EksAnywhereSubscriptionLicenseTypeLiteral
        | None = None,
        auto_renew: bool | None = None,
        client_request_token: str | None = None,
        tags: dict[str, str] | None = None,
    ) -> CreateEksAnywhereSubscriptionResponse:
        """Buy an EKS Anywhere support subscription for a fixed term.

        The licenses appear in AWS License Manager and the account gains access to
        the EKS Anywhere Curated Packages. It is a commitment for the whole term.

        Args:
            name: Unique in the account and region; letters, digits, ``-``, ``_``,
                starting with a letter, at most 100 characters.
            term: 12 or 36 months.
            license_quantity: Licenses to buy, 1 to 100; cannot change later.
            license_type: ``Cluster``: one license per EKS Anywhere cluster.
            auto_renew: Renew at the end of the term.
            client_request_token: Idempotency token; a fresh UUID4 when omitted.
        """
        return self._call(
            ops.CREATE_EKS_ANYWHERE_SUBSCRIPTION,
            name=name,
            term=term,
            license_quantity=license_quantity,
            license_type=license_type,
            auto_renew=auto_renew,
            client_request_token=client_request_token,
            tags=tags,
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
        """Run the cluster's matching pods on AWS Fargate.

        Pods matching any selector (a namespace, plus optional labels) are
        scheduled on Fargate. Profiles cannot be changed: create a new one, then
        delete the old. While any profile of the cluster is ``DELETING`` no other
        can be created.

        Args:
            pod_execution_role_arn: IAM role Fargate uses to register pods as nodes
                and to pull images from Amazon ECR.
            subnets: Private subnets only (Fargate pods get no public IP).
            selectors: Up to five; each needs a namespace.
            client_request_token: Idempotency token; a fresh UUID4 when omitted.
        """
        return self._call(
            ops.CREATE_FARGATE_PROFILE,
            fargate_profile_name=fargate_profile_name,
            cluster_name=cluster_name,
            pod_execution_role_arn=pod_execution_role_arn,
            subnets=subnets,
            selectors=selectors,
            client_request_token=client_request_token,
            tags=tags,
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
        ami_type: AMITypes | AMITypesLiteral | None = None,
        remote_access: RemoteAccessConfig | None = None,
        labels: dict[str, str] | None = None,
        taints: list[Taint] | None = None,
        tags: dict[str, str] | None = None,
        client_request_token: str | None = None,
        launch_template: LaunchTemplateSpecification | None = None,
        update_config: NodegroupUpdateConfig | None = None,
        node_repair_config: NodeRepairConfig | None = None,
        capacity_type: CapacityTypes | CapacityTypesLiteral | None = None,
        version: str | None = None,
        release_version: str | None = None,
        warm_pool_config: WarmPoolConfig | None = None,
    ) -> CreateNodegroupResponse:
        """Create a managed node group: an Auto Scaling group of worker nodes EKS maintains.

        Nodes run the cluster's Kubernetes version with the latest EKS optimized AMI
        for it, unless a launch template brings its own AMI. With a launch template,
        leave ``disk_size``, ``remote_access`` and (custom AMI) ``ami_type``,
        ``version`` and ``release_version`` unset, or the creation fails.
        :meth:`wait_until_nodegroup_active` waits for the nodes.

        Args:
            subnets: Subnets for the Auto Scaling group.
            node_role: IAM role of the nodes (through an instance profile).
            scaling_config: Minimum, maximum and desired node counts.
            disk_size: Root volume GiB (default 20 for Linux and Bottlerocket, 50 for
                Windows).
            instance_types: Instance types (default ``t3.medium``); give several for
                spot capacity.
            ami_type: AMI family; match GPU instance types with a GPU AMI type.
            remote_access: SSH (Linux) or RDP (Windows) access.
            labels: Kubernetes labels for the nodes.
            taints: Kubernetes taints for the nodes.
            launch_template: EC2 launch template (name or ID, not both), fixed for the
                node group's life; only its version may change later.
            update_config: How many nodes a version update may take down at once.
            node_repair_config: Node auto repair settings.
            capacity_type: ``ON_DEMAND``, ``SPOT`` or ``CAPACITY_BLOCK``.
            version: Kubernetes version; only the cluster's own is accepted.
            release_version: EKS optimized AMI version; the latest when omitted.
            warm_pool_config: A warm pool of pre-initialized instances.
            client_request_token: Idempotency token; a fresh UUID4 when omitted.
        """
        return self._call(
            ops.CREATE_NODEGROUP,
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
        """Give the pods of a service account credentials for an IAM role (EKS Pod Identity).

        Pods using the service account get the role's temporary credentials through
        the EKS Pod Identity Agent, which the AWS SDKs pick up automatically. The
        change is eventually consistent: allow a few seconds before relying on it.

        Args:
            namespace: Namespace of the service account and its pods.
            service_account: Kubernetes service account name.
            role_arn: IAM role whose credentials the pods get.
            disable_session_tags: ``True`` drops the session tags (cluster, namespace,
                service account...) EKS adds when assuming the role; helps when
                STS reports the packed policy size is too large.
            target_role_arn: A second role, assumed with the first role's credentials
                (often in another account); pods get this one's credentials.
            policy: Session policy JSON that narrows the permissions further; needs
                ``disable_session_tags=True``.
            client_request_token: Idempotency token; a fresh UUID4 when omitted.
        """
        return self._call(
            ops.CREATE_POD_IDENTITY_ASSOCIATION,
            cluster_name=cluster_name,
            namespace=namespace,
            service_account=service_account,
            role_arn=role_arn,
            client_request_token=client_request_token,
            tags=tags,
            disable_session_tags=disable_session_tags,
            target_role_arn=target_role_arn,
            policy=policy,
        )

    def delete_access_entry(
        self, *, cluster_name: str, principal_arn: str
    ) -> DeleteAccessEntryResponse:
        """Remove an IAM principal's access entry, and with it its cluster access.

        Deleting an entry of a node type (not ``STANDARD``) can break the nodes that
        use it; re-create it if removed by mistake.
        """
        return self._call(
            ops.DELETE_ACCESS_ENTRY, cluster_name=cluster_name, principal_arn=principal_arn
        )

    def delete_addon(
        self, *, cluster_name: str, addon_name: str, preserve: bool | None = None
    ) -> DeleteAddonResponse:
        """Remove an add-on from the cluster (:meth:`wait_until_addon_deleted` waits for it).

        Args:
            preserve: ``True`` leaves the add-on's software running but stops EKS
                managing it.
        """
        return self._call(
            ops.DELETE_ADDON, cluster_name=cluster_name, addon_name=addon_name, preserve=preserve
        )

    def delete_capability(
        self, *, cluster_name: str, capability_name: str
    ) -> DeleteCapabilityResponse:
        """Delete a capability; the Kubernetes resources it managed stay in the cluster.

        Delete those resources first if you want them gone: without the controller
        they become hard to manage. :meth:`wait_until_capability_deleted` waits.
        """
        return self._call(
            ops.DELETE_CAPABILITY, cluster_name=cluster_name, capability_name=capability_name
        )

    def delete_certificate_authority(
        self,
        *,
        cluster_name: str,
        certificate_authority_id: str,
        client_request_token: str | None = None,
    ) -> DeleteCertificateAuthorityResponse:
        """Remove a certificate authority from the cluster's trust bundle.

        The signing CA (``IN_USE``) cannot be deleted; activate its successor first.
        EKS may also refuse to delete a successor it added, to keep a rotation path.
        Returns an update.

        Args:
            client_request_token: Idempotency token, sent in the query string; a fresh
                UUID4 when omitted.
        """
        return self._call(
            ops.DELETE_CERTIFICATE_AUTHORITY,
            cluster_name=cluster_name,
            certificate_authority_id=certificate_authority_id,
            client_request_token=client_request_token,
        )

    def delete_cluster(self, *, name: str) -> DeleteClusterResponse:
        """Delete a cluster's control plane.

        Delete its managed node groups and Fargate profiles first (or the call
        fails with :class:`~emrk.eks.ResourceInUseException`), and Kubernetes
        services backed by load balancers, or they are orphaned in your VPC.
        :meth:`wait_until_cluster_deleted` waits for the deletion.
        """
        return self._call(ops.DELETE_CLUSTER, name=name)

    def delete_eks_anywhere_subscription(self, *, id: str) -> DeleteEksAnywhereSubscriptionResponse:
        """Delete an expired or inactive EKS Anywhere subscription from listings.

        Active subscriptions cannot be deleted this way; cancelling one (possible
        within 7 days of creation) goes through AWS Support.
        """
        return self._call(ops.DELETE_EKS_ANYWHERE_SUBSCRIPTION, id=id)

    def delete_fargate_profile(
        self, *, cluster_name: str, fargate_profile_name: str
    ) -> DeleteFargateProfileResponse:
        """Delete a Fargate profile; the pods it placed on Fargate are deleted too.

        Those pods are rescheduled through another matching profile, or stay
        pending. Only one profile per cluster can be ``DELETING`` at a time: wait
        (:meth:`wait_until_fargate_profile_deleted`) before deleting the next.
        """
        return self._call(
            ops.DELETE_FARGATE_PROFILE,
            cluster_name=cluster_name,
            fargate_profile_name=fargate_profile_name,
        )

    def delete_nodegroup(
        self, *, cluster_name: str, nodegroup_name: str
    ) -> DeleteNodegroupResponse:
        """Delete a managed node group and its instances (:meth:`wait_until_nodegroup_deleted`)."""
        return self._call(
            ops.DELETE_NODEGROUP, cluster_name=cluster_name, nodegroup_name=nodegroup_name
        )

    def delete_pod_identity_association(
        self, *, cluster_name: str, association_id: str
    ) -> DeletePodIdentityAssociationResponse:
        """Delete an EKS Pod Identity association.

        Credentials already handed to pods stay valid until they expire; revoke the
        role's sessions in IAM to cut them off at once.
        """
        return self._call(
            ops.DELETE_POD_IDENTITY_ASSOCIATION,
            cluster_name=cluster_name,
            association_id=association_id,
        )

    def deregister_cluster(self, *, name: str) -> DeregisterClusterResponse:
        """Disconnect a cluster registered through the EKS Connector."""
        return self._call(ops.DEREGISTER_CLUSTER, name=name)

    def describe_access_entry(
        self, *, cluster_name: str, principal_arn: str
    ) -> DescribeAccessEntryResponse:
        """Get one access entry by its IAM principal."""
        return self._call(
            ops.DESCRIBE_ACCESS_ENTRY, cluster_name=cluster_name, principal_arn=principal_arn
        )

    def describe_addon(self, *, cluster_name: str, addon_name: str) -> DescribeAddonResponse:
        """Get an installed add-on: version, status, health and configuration."""
        return self._call(ops.DESCRIBE_ADDON, cluster_name=cluster_name, addon_name=addon_name)

    def describe_addon_configuration(
        self, *, addon_name: str, addon_version: str
    ) -> DescribeAddonConfigurationResponse:
        """Get the configuration schema of an add-on version, and the IAM setup it expects.

        Args:
            addon_name: A name from ``describe_addon_versions``.
            addon_version: A version from ``describe_addon_versions``.
        """
        return self._call(
            ops.DESCRIBE_ADDON_CONFIGURATION, addon_name=addon_name, addon_version=addon_version
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
        """List installable add-ons and their versions, with the Kubernetes versions each supports.

        One page per call; :meth:`paginate_describe_addon_versions` walks them all.

        Args:
            kubernetes_version: Only versions that work with this Kubernetes version.
            addon_name: Only this add-on.
            types: Only these categories (``networking``, ``storage``...).
            publishers: Only add-ons from these publishers.
            owners: Only these owners (``aws``, ``aws-marketplace``, ``community``).
            max_results: Page size, 1 to 100.
            next_token: ``next_token`` of the previous page.
        """
        return self._call(
            ops.DESCRIBE_ADDON_VERSIONS,
            kubernetes_version=kubernetes_version,
            max_results=max_results,
            next_token=next_token,
            addon_name=addon_name,
            types=types,
            publishers=publishers,
            owners=owners,
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
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> Paginator[DescribeAddonVersionsResponse, AddonInfo]:
        """Iterate over every installable add-on (:class:`~emrk.eks.AddonInfo`), page by page.

        Takes the filters of :meth:`describe_addon_versions`; ``max_results`` sets the
        page size. ``.pages()`` yields the response of each page instead.

        Args:
            max_items: Stop after this many items in all (boto3's ``MaxItems``); the
                paginator's ``resume_token`` then says where to pick up.
            starting_token: A ``resume_token`` from an earlier paginator (boto3's
                ``StartingToken``): continue right after its last item, even mid-page.
        """
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
            max_items=max_items,
            starting_token=starting_token,
        )

    def describe_capability(
        self, *, cluster_name: str, capability_name: str
    ) -> DescribeCapabilityResponse:
        """Get a capability: configuration, status, version and health."""
        return self._call(
            ops.DESCRIBE_CAPABILITY, cluster_name=cluster_name, capability_name=capability_name
        )

    def describe_certificate_authority(
        self, *, cluster_name: str, certificate_authority_id: str
    ) -> DescribeCertificateAuthorityResponse:
        """Get a cluster CA in full: validity, status, schedule and certificate."""
        return self._call(
            ops.DESCRIBE_CERTIFICATE_AUTHORITY,
            cluster_name=cluster_name,
            certificate_authority_id=certificate_authority_id,
        )

    def describe_cluster(self, *, name: str) -> DescribeClusterResponse:
        """Get a cluster: status, endpoint, certificate data, networking and settings.

        The API endpoint and CA data (what kubeconfig needs) appear once the
        cluster is ``ACTIVE``.
        """
        return self._call(ops.DESCRIBE_CLUSTER, name=name)

    def describe_cluster_versions(
        self,
        *,
        cluster_type: str | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
        default_only: bool | None = None,
        include_all: bool | None = None,
        cluster_versions: list[str] | None = None,
        status: ClusterVersionStatus | ClusterVersionStatusLiteral | None = None,
        version_status: VersionStatus | VersionStatusLiteral | None = None,
    ) -> DescribeClusterVersionsResponse:
        """List the Kubernetes versions EKS offers, with support dates.

        One page per call; :meth:`paginate_describe_cluster_versions` walks them all.

        Args:
            cluster_type: Only versions for this kind of cluster.
            default_only: Only the default version.
            include_all: Include versions no longer offered for new clusters.
            cluster_versions: Only these versions, such as ``["1.30", "1.31"]``.
            status: Deprecated filter; use ``version_status``.
            version_status: Only versions with this support status.
            max_results: Page size.
            next_token: ``next_token`` of the previous page.
        """
        return self._call(
            ops.DESCRIBE_CLUSTER_VERSIONS,
            cluster_type=cluster_type,
            max_results=max_results,
            next_token=next_token,
            default_only=default_only,
            include_all=include_all,
            cluster_versions=cluster_versions,
            status=status,
            version_status=version_status,
        )

    def paginate_describe_cluster_versions(
        self,
        *,
        cluster_type: str | None = None,
        max_results: int | None = None,
        default_only: bool | None = None,
        include_all: bool | None = None,
        cluster_versions: list[str] | None = None,
        status: ClusterVersionStatus | ClusterVersionStatusLiteral | None = None,
        version_status: VersionStatus | VersionStatusLiteral | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> Paginator[DescribeClusterVersionsResponse, ClusterVersionInformation]:
        """Iterate over every Kubernetes version EKS offers (``ClusterVersionInformation``).

        Takes the filters of :meth:`describe_cluster_versions`; ``.pages()`` yields
        the response of each page instead.

        Args:
            max_items: Stop after this many items in all (boto3's ``MaxItems``); the
                paginator's ``resume_token`` then says where to pick up.
            starting_token: A ``resume_token`` from an earlier paginator (boto3's
                ``StartingToken``): continue right after its last item, even mid-page.
        """
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
            max_items=max_items,
            starting_token=starting_token,
        )

    def describe_eks_anywhere_subscription(
        self, *, id: str
    ) -> DescribeEksAnywhereSubscriptionResponse:
        """Get an EKS Anywhere subscription by ID."""
        return self._call(ops.DESCRIBE_EKS_ANYWHERE_SUBSCRIPTION, id=id)

    def describe_fargate_profile(
        self, *, cluster_name: str, fargate_profile_name: str
    ) -> DescribeFargateProfileResponse:
        """Get a Fargate profile: selectors, subnets, role, status and health."""
        return self._call(
            ops.DESCRIBE_FARGATE_PROFILE,
            cluster_name=cluster_name,
            fargate_profile_name=fargate_profile_name,
        )

    def describe_identity_provider_config(
        self, *, cluster_name: str, identity_provider_config: IdentityProviderConfig
    ) -> DescribeIdentityProviderConfigResponse:
        """Get an OIDC identity provider configuration of the cluster.

        Args:
            identity_provider_config: Type (``oidc``) and name of the configuration.
        """
        return self._call(
            ops.DESCRIBE_IDENTITY_PROVIDER_CONFIG,
            cluster_name=cluster_name,
            identity_provider_config=identity_provider_config,
        )

    def describe_insight(self, *, cluster_name: str, id: str) -> DescribeInsightResponse:
        """Get one insight in full, with each evaluated resource and recommendations.

        Args:
            id: Insight ID from ``list_insights``.
        """
        return self._call(ops.DESCRIBE_INSIGHT, cluster_name=cluster_name, id=id)

    def describe_insights_refresh(self, *, cluster_name: str) -> DescribeInsightsRefreshResponse:
        """Get the status of the latest on-demand insights refresh."""
        return self._call(ops.DESCRIBE_INSIGHTS_REFRESH, cluster_name=cluster_name)

    def describe_nodegroup(
        self, *, cluster_name: str, nodegroup_name: str
    ) -> DescribeNodegroupResponse:
        """Get a managed node group: scaling, instances, AMI, status and health."""
        return self._call(
            ops.DESCRIBE_NODEGROUP, cluster_name=cluster_name, nodegroup_name=nodegroup_name
        )

    def describe_pod_identity_association(
        self, *, cluster_name: str, association_id: str
    ) -> DescribePodIdentityAssociationResponse:
        """Get an EKS Pod Identity association by ID.

        Args:
            association_id: From ``create_pod_identity_association`` or
                ``list_pod_identity_associations``.
        """
        return self._call(
            ops.DESCRIBE_POD_IDENTITY_ASSOCIATION,
            cluster_name=cluster_name,
            association_id=association_id,
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
        """Get an update's status, parameters and errors.

        ``Successful`` means done; ``Failed`` comes with ``errors`` that say why.
        :meth:`wait_until_update_successful` polls this for you.

        Args:
            name: The cluster the update belongs to.
            update_id: ``update.id`` from the call that started the update.
            nodegroup_name: Required for a node group update.
            addon_name: Required for an add-on update.
            capability_name: Required for a capability update.
        """
        return self._call(
            ops.DESCRIBE_UPDATE,
            name=name,
            update_id=update_id,
            nodegroup_name=nodegroup_name,
            addon_name=addon_name,
            capability_name=capability_name,
        )

    def disassociate_access_policy(
        self, *, cluster_name: str, principal_arn: str, policy_arn: str
    ) -> DisassociateAccessPolicyResponse:
        """Remove an access policy from an access entry."""
        return self._call(
            ops.DISASSOCIATE_ACCESS_POLICY,
            cluster_name=cluster_name,
            principal_arn=principal_arn,
            policy_arn=policy_arn,
        )

    def disassociate_identity_provider_config(
        self,
        *,
        cluster_name: str,
        identity_provider_config: IdentityProviderConfig,
        client_request_token: str | None = None,
    ) -> DisassociateIdentityProviderConfigResponse:
        """Detach an OIDC identity provider; its users lose cluster access (IAM access stays).

        Args:
            identity_provider_config: Type (``oidc``) and name of the configuration.
            client_request_token: Idempotency token; a fresh UUID4 when omitted.
        """
        return self._call(
            ops.DISASSOCIATE_IDENTITY_PROVIDER_CONFIG,
            cluster_name=cluster_name,
            identity_provider_config=identity_provider_config,
            client_request_token=client_request_token,
        )

    def list_access_entries(
        self,
        *,
        cluster_name: str,
        associated_policy_arn: str | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> ListAccessEntriesResponse:
        """List the IAM principals that have access entries on the cluster (one page).

        Args:
            associated_policy_arn: Only entries associated with this access policy.
            max_results: Page size, 1 to 100.
            next_token: ``next_token`` of the previous page.
        """
        return self._call(
            ops.LIST_ACCESS_ENTRIES,
            cluster_name=cluster_name,
            associated_policy_arn=associated_policy_arn,
            max_results=max_results,
            next_token=next_token,
        )

    def paginate_list_access_entries(
        self,
        *,
        cluster_name: str,
        associated_policy_arn: str | None = None,
        max_results: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> Paginator[ListAccessEntriesResponse, str]:
        """Iterate over the principal ARNs of every access entry of the cluster.

        Takes the arguments of :meth:`list_access_entries` except ``next_token``;
        ``.pages()`` yields the response of each page instead.

        Args:
            max_items: Stop after this many items in all (boto3's ``MaxItems``); the
                paginator's ``resume_token`` then says where to pick up.
            starting_token: A ``resume_token`` from an earlier paginator (boto3's
                ``StartingToken``): continue right after its last item, even mid-page.
        """
        return Paginator(
            lambda token: self.list_access_entries(
                cluster_name=cluster_name,
                associated_policy_arn=associated_policy_arn,
                max_results=max_results,
                next_token=token,
            ),
            lambda page: page.access_entries,
            lambda page: page.next_token,
            max_items=max_items,
            starting_token=starting_token,
        )

    def list_access_policies(
        self, *, max_results: int | None = None, next_token: str | None = None
    ) -> ListAccessPoliciesResponse:
        """List the access policies EKS offers (one page)."""
        return self._call(ops.LIST_ACCESS_POLICIES, max_results=max_results, next_token=next_token)

    def paginate_list_access_policies(
        self,
        *,
        max_results: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> Paginator[ListAccessPoliciesResponse, AccessPolicy]:
        """Iterate over every access policy EKS offers (:class:`~emrk.eks.AccessPolicy`).

        ``.pages()`` yields the response of each page instead.

        Args:
            max_items: Stop after this many items in all (boto3's ``MaxItems``); the
                paginator's ``resume_token`` then says where to pick up.
            starting_token: A ``resume_token`` from an earlier paginator (boto3's
                ``StartingToken``): continue right after its last item, even mid-page.
        """
        return Paginator(
            lambda token: self.list_access_policies(max_results=max_results, next_token=token),
            lambda page: page.access_policies,
            lambda page: page.next_token,
            max_items=max_items,
            starting_token=starting_token,
        )

    def list_addons(
        self, *, cluster_name: str, max_results: int | None = None, next_token: str | None = None
    ) -> ListAddonsResponse:
        """List the names of the add-ons installed on a cluster (one page)."""
        return self._call(
            ops.LIST_ADDONS,
            cluster_name=cluster_name,
            max_results=max_results,
            next_token=next_token,
        )

    def paginate_list_addons(
        self,
        *,
        cluster_name: str,
        max_results: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> Paginator[ListAddonsResponse, str]:
        """Iterate over the names of every add-on installed on the cluster.

        ``.pages()`` yields the response of each page instead.

        Args:
            max_items: Stop after this many items in all (boto3's ``MaxItems``); the
                paginator's ``resume_token`` then says where to pick up.
            starting_token: A ``resume_token`` from an earlier paginator (boto3's
                ``StartingToken``): continue right after its last item, even mid-page.
        """
        return Paginator(
            lambda token: self.list_addons(
                cluster_name=cluster_name, max_results=max_results, next_token=token
            ),
            lambda page: page.addons,
            lambda page: page.next_token,
            max_items=max_items,
            starting_token=starting_token,
        )

    def list_associated_access_policies(
        self,
        *,
        cluster_name: str,
        principal_arn: str,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> ListAssociatedAccessPoliciesResponse:
        """List the access policies associated with one access entry (one page)."""
        return self._call(
            ops.LIST_ASSOCIATED_ACCESS_POLICIES,
            cluster_name=cluster_name,
            principal_arn=principal_arn,
            max_results=max_results,
            next_token=next_token,
        )

    def paginate_list_associated_access_policies(
        self,
        *,
        cluster_name: str,
        principal_arn: str,
        max_results: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> Paginator[ListAssociatedAccessPoliciesResponse, AssociatedAccessPolicy]:
        """Iterate over every policy of an access entry (``AssociatedAccessPolicy``).

        ``.pages()`` yields the response of each page instead.

        Args:
            max_items: Stop after this many items in all (boto3's ``MaxItems``); the
                paginator's ``resume_token`` then says where to pick up.
            starting_token: A ``resume_token`` from an earlier paginator (boto3's
                ``StartingToken``): continue right after its last item, even mid-page.
        """
        return Paginator(
            lambda token: self.list_associated_access_policies(
                cluster_name=cluster_name,
                principal_arn=principal_arn,
                max_results=max_results,
                next_token=token,
            ),
            lambda page: page.associated_access_policies,
            lambda page: page.next_token,
            max_items=max_items,
            starting_token=starting_token,
        )

    def list_capabilities(
        self, *, cluster_name: str, next_token: str | None = None, max_results: int | None = None
    ) -> ListCapabilitiesResponse:
        """List the cluster's capabilities with their status (one page)."""
        return self._call(
            ops.LIST_CAPABILITIES,
            cluster_name=cluster_name,
            next_token=next_token,
            max_results=max_results,
        )

    def paginate_list_capabilities(
        self,
        *,
        cluster_name: str,
        max_results: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> Paginator[ListCapabilitiesResponse, CapabilitySummary]:
        """Iterate over every capability of the cluster (:class:`~emrk.eks.CapabilitySummary`).

        ``.pages()`` yields the response of each page instead.

        Args:
            max_items: Stop after this many items in all (boto3's ``MaxItems``); the
                paginator's ``resume_token`` then says where to pick up.
            starting_token: A ``resume_token`` from an earlier paginator (boto3's
                ``StartingToken``): continue right after its last item, even mid-page.
        """
        return Paginator(
            lambda token: self.list_capabilities(
                cluster_name=cluster_name, max_results=max_results, next_token=token
            ),
            lambda page: page.capabilities,
            lambda page: page.next_token,
            max_items=max_items,
            starting_token=starting_token,
        )

    def list_certificate_authorities(
        self, *, cluster_name: str, max_results: int | None = None, next_token: str | None = None
    ) -> ListCertificateAuthoritiesResponse:
        """List the cluster's CAs: the signer and, during a rotation, its successor."""
        return self._call(
            ops.LIST_CERTIFICATE_AUTHORITIES,
            cluster_name=cluster_name,
            max_results=max_results,
            next_token=next_token,
        )

    def paginate_list_certificate_authorities(
        self,
        *,
        cluster_name: str,
        max_results: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> Paginator[ListCertificateAuthoritiesResponse, CertificateAuthoritySummary]:
        """Iterate over the cluster's CAs (``CertificateAuthoritySummary``).

        ``.pages()`` yields the response of each page instead.

        Args:
            max_items: Stop after this many items in all (boto3's ``MaxItems``); the
                paginator's ``resume_token`` then says where to pick up.
            starting_token: A ``resume_token`` from an earlier paginator (boto3's
                ``StartingToken``): continue right after its last item, even mid-page.
        """
        return Paginator(
            lambda token: self.list_certificate_authorities(
                cluster_name=cluster_name, max_results=max_results, next_token=token
            ),
            lambda page: page.certificate_authorities,
            lambda page: page.next_token,
            max_items=max_items,
            starting_token=starting_token,
        )

    def list_clusters(
        self,
        *,
        max_results: int | None = None,
        next_token: str | None = None,
        include: list[str] | None = None,
    ) -> ListClustersResponse:
        """List cluster names in this account and region (one page).

        Args:
            include: ``["all"]`` (lowercase) also lists clusters connected through the
                EKS Connector.
            max_results: Page size, 1 to 100.
            next_token: ``next_token`` of the previous page.
        """
        return self._call(
            ops.LIST_CLUSTERS, max_results=max_results, next_token=next_token, include=include
        )

    def paginate_list_clusters(
        self,
        *,
        max_results: int | None = None,
        include: list[str] | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> Paginator[ListClustersResponse, str]:
        """Iterate over every cluster name in this account and region.

        ``.pages()`` yields the response of each page instead.

        Args:
            include: ``["all"]`` also lists connected clusters.
            max_results: Page size, 1 to 100.
            max_items: Stop after this many items in all (boto3's ``MaxItems``); the
                paginator's ``resume_token`` then says where to pick up.
            starting_token: A ``resume_token`` from an earlier paginator (boto3's
                ``StartingToken``): continue right after its last item, even mid-page.
        """
        return Paginator(
            lambda token: self.list_clusters(
                max_results=max_results, include=include, next_token=token
            ),
            lambda page: page.clusters,
            lambda page: page.next_token,
            max_items=max_items,
            starting_token=starting_token,
        )

    def list_eks_anywhere_subscriptions(
        self,
        *,
        max_results: int | None = None,
        next_token: str | None = None,
        include_status: list[EksAnywhereSubscriptionStatus | EksAnywhereSubscriptionStatusLiteral]
        | None = None,
    ) -> ListEksAnywhereSubscriptionsResponse:
        """List EKS Anywhere subscriptions in this region (one page).

        Args:
            include_status: Only subscriptions in these states.
        """
        return self._call(
            ops.LIST_EKS_ANYWHERE_SUBSCRIPTIONS,
            max_results=max_results,
            next_token=next_token,
            include_status=include_status,
        )

    def paginate_list_eks_anywhere_subscriptions(
        self,
        *,
        max_results: int | None = None,
        include_status: list[EksAnywhereSubscriptionStatus | EksAnywhereSubscriptionStatusLiteral]
        | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> Paginator[ListEksAnywhereSubscriptionsResponse, EksAnywhereSubscription]:
        """Iterate over every EKS Anywhere subscription (``EksAnywhereSubscription``).

        ``.pages()`` yields the response of each page instead.

        Args:
            max_items: Stop after this many items in all (boto3's ``MaxItems``); the
                paginator's ``resume_token`` then says where to pick up.
            starting_token: A ``resume_token`` from an earlier paginator (boto3's
                ``StartingToken``): continue right after its last item, even mid-page.
        """
        return Paginator(
            lambda token: self.list_eks_anywhere_subscriptions(
                max_results=max_results, include_status=include_status, next_token=token
            ),
            lambda page: page.subscriptions,
            lambda page: page.next_token,
            max_items=max_items,
            starting_token=starting_token,
        )

    def list_fargate_profiles(
        self, *, cluster_name: str, max_results: int | None = None, next_token: str | None = None
    ) -> ListFargateProfilesResponse:
        """List the names of the cluster's Fargate profiles (one page)."""
        return self._call(
            ops.LIST_FARGATE_PROFILES,
            cluster_name=cluster_name,
            max_results=max_results,
            next_token=next_token,
        )

    def paginate_list_fargate_profiles(
        self,
        *,
        cluster_name: str,
        max_results: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> Paginator[ListFargateProfilesResponse, str]:
        """Iterate over the names of every Fargate profile of the cluster.

        ``.pages()`` yields the response of each page instead.

        Args:
            max_items: Stop after this many items in all (boto3's ``MaxItems``); the
                paginator's ``resume_token`` then says where to pick up.
            starting_token: A ``resume_token`` from an earlier paginator (boto3's
                ``StartingToken``): continue right after its last item, even mid-page.
        """
        return Paginator(
            lambda token: self.list_fargate_profiles(
                cluster_name=cluster_name, max_results=max_results, next_token=token
            ),
            lambda page: page.fargate_profile_names,
            lambda page: page.next_token,
            max_items=max_items,
            starting_token=starting_token,
        )

    def list_identity_provider_configs(
        self, *, cluster_name: str, max_results: int | None = None, next_token: str | None = None
    ) -> ListIdentityProviderConfigsResponse:
        """List the cluster's identity provider configurations (one page)."""
        return self._call(
            ops.LIST_IDENTITY_PROVIDER_CONFIGS,
            cluster_name=cluster_name,
            max_results=max_results,
            next_token=next_token,
        )

    def paginate_list_identity_provider_configs(
        self,
        *,
        cluster_name: str,
        max_results: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> Paginator[ListIdentityProviderConfigsResponse, IdentityProviderConfig]:
        """Iterate over every identity provider configuration of the cluster.

        ``.pages()`` yields the response of each page instead.

        Args:
            max_items: Stop after this many items in all (boto3's ``MaxItems``); the
                paginator's ``resume_token`` then says where to pick up.
            starting_token: A ``resume_token`` from an earlier paginator (boto3's
                ``StartingToken``): continue right after its last item, even mid-page.
        """
        return Paginator(
            lambda token: self.list_identity_provider_configs(
                cluster_name=cluster_name, max_results=max_results, next_token=token
            ),
            lambda page: page.identity_provider_configs,
            lambda page: page.next_token,
            max_items=max_items,
            starting_token=starting_token,
        )

    def list_insights(
        self,
        *,
        cluster_name: str,
        filter: InsightsFilter | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> ListInsightsResponse:
        """List the insight checks run against a cluster, optionally filtered (one page).

        Without a filter every category and status is returned.

        Args:
            filter: Categories, Kubernetes versions and statuses to keep.
        """
        return self._call(
            ops.LIST_INSIGHTS,
            cluster_name=cluster_name,
            filter=filter,
            max_results=max_results,
            next_token=next_token,
        )

    def paginate_list_insights(
        self,
        *,
        cluster_name: str,
        filter: InsightsFilter | None = None,
        max_results: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> Paginator[ListInsightsResponse, InsightSummary]:
        """Iterate over every insight of the cluster (:class:`~emrk.eks.InsightSummary`).

        ``.pages()`` yields the response of each page instead.

        Args:
            max_items: Stop after this many items in all (boto3's ``MaxItems``); the
                paginator's ``resume_token`` then says where to pick up.
            starting_token: A ``resume_token`` from an earlier paginator (boto3's
                ``StartingToken``): continue right after its last item, even mid-page.
        """
        return Paginator(
            lambda token: self.list_insights(
                cluster_name=cluster_name, filter=filter, max_results=max_results, next_token=token
            ),
            lambda page: page.insights,
            lambda page: page.next_token,
            max_items=max_items,
            starting_token=starting_token,
        )

    def list_nodegroups(
        self, *, cluster_name: str, max_results: int | None = None, next_token: str | None = None
    ) -> ListNodegroupsResponse:
        """List the names of the cluster's managed node groups (one page)."""
        return self._call(
            ops.LIST_NODEGROUPS,
            cluster_name=cluster_name,
            max_results=max_results,
            next_token=next_token,
        )

    def paginate_list_nodegroups(
        self,
        *,
        cluster_name: str,
        max_results: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> Paginator[ListNodegroupsResponse, str]:
        """Iterate over the names of every managed node group of the cluster.

        ``.pages()`` yields the response of each page instead.

        Args:
            max_items: Stop after this many items in all (boto3's ``MaxItems``); the
                paginator's ``resume_token`` then says where to pick up.
            starting_token: A ``resume_token`` from an earlier paginator (boto3's
                ``StartingToken``): continue right after its last item, even mid-page.
        """
        return Paginator(
            lambda token: self.list_nodegroups(
                cluster_name=cluster_name, max_results=max_results, next_token=token
            ),
            lambda page: page.nodegroups,
            lambda page: page.next_token,
            max_items=max_items,
            starting_token=starting_token,
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
        """List the cluster's Pod Identity associations, by namespace or service account."""
        return self._call(
            ops.LIST_POD_IDENTITY_ASSOCIATIONS,
            cluster_name=cluster_name,
            namespace=namespace,
            service_account=service_account,
            max_results=max_results,
            next_token=next_token,
        )

    def paginate_list_pod_identity_associations(
        self,
        *,
        cluster_name: str,
        namespace: str | None = None,
        service_account: str | None = None,
        max_results: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> Paginator[ListPodIdentityAssociationsResponse, PodIdentityAssociationSummary]:
        """Iterate over every Pod Identity association of the cluster (summaries).

        ``.pages()`` yields the response of each page instead.

        Args:
            max_items: Stop after this many items in all (boto3's ``MaxItems``); the
                paginator's ``resume_token`` then says where to pick up.
            starting_token: A ``resume_token`` from an earlier paginator (boto3's
                ``StartingToken``): continue right after its last item, even mid-page.
        """
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
            max_items=max_items,
            starting_token=starting_token,
        )

    def list_tags_for_resource(self, *, resource_arn: str) -> ListTagsForResourceResponse:
        """Get the tags of an EKS resource."""
        return self._call(ops.LIST_TAGS_FOR_RESOURCE, resource_arn=resource_arn)

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
        """List the update IDs of a cluster, or of one of its node groups, add-ons or capabilities.

        Args:
            name: The cluster.
            nodegroup_name: List this node group's updates instead.
            addon_name: List this add-on's updates instead.
            capability_name: List this capability's updates instead.
        """
        return self._call(
            ops.LIST_UPDATES,
            name=name,
            nodegroup_name=nodegroup_name,
            addon_name=addon_name,
            capability_name=capability_name,
            next_token=next_token,
            max_results=max_results,
        )

    def paginate_list_updates(
        self,
        *,
        name: str,
        nodegroup_name: str | None = None,
        addon_name: str | None = None,
        capability_name: str | None = None,
        max_results: int | None = None,
        max_items: int | None = None,
        starting_token: str | None = None,
    ) -> Paginator[ListUpdatesResponse, str]:
        """Iterate over every update ID of the cluster (or of one of its sub-resources).

        ``.pages()`` yields the response of each page instead.

        Args:
            max_items: Stop after this many items in all (boto3's ``MaxItems``); the
                paginator's ``resume_token`` then says where to pick up.
            starting_token: A ``resume_token`` from an earlier paginator (boto3's
                ``StartingToken``): continue right after its last item, even mid-page.
        """
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
            max_items=max_items,
            starting_token=starting_token,
        )

    def register_cluster(
        self,
        *,
        name: str,
        connector_config: ConnectorConfigRequest,
        client_request_token: str | None = None,
        tags: dict[str, str] | None = None,
    ) -> RegisterClusterResponse:
        """Connect an outside Kubernetes cluster to EKS so the console can show it.

        Then apply the connector manifest, with the returned activation ID and code,
        to that cluster; if that does not happen within three days, the
        registration lapses and must be removed with ``deregister_cluster``.

        Args:
            name: Unique in the account and region.
            connector_config: Where the cluster runs and the role used for the
                connection.
            client_request_token: Idempotency token; a fresh UUID4 when omitted.
        """
        return self._call(
            ops.REGISTER_CLUSTER,
            name=name,
            connector_config=connector_config,
            client_request_token=client_request_token,
            tags=tags,
        )

    def start_insights_refresh(self, *, cluster_name: str) -> StartInsightsRefreshResponse:
        """Ask EKS to re-run the cluster's insight checks now.

        :meth:`wait_until_insights_refresh_completed` waits for the results.
        """
        return self._call(ops.START_INSIGHTS_REFRESH, cluster_name=cluster_name)

    def tag_resource(self, *, resource_arn: str, tags: dict[str, str]) -> TagResourceResponse:
        """Add or overwrite tags on an EKS resource; other tags stay as they are.

        Tags are not copied to related resources (a cluster's tags do not reach its
        subnets or nodes), and go away with the resource.
        """
        return self._call(ops.TAG_RESOURCE, resource_arn=resource_arn, tags=tags)

    def untag_resource(self, *, resource_arn: str, tag_keys: list[str]) -> UntagResourceResponse:
        """Remove tags from an EKS resource by key."""
        return self._call(ops.UNTAG_RESOURCE, resource_arn=resource_arn, tag_keys=tag_keys)

    def update_access_entry(
        self,
        *,
        cluster_name: str,
        principal_arn: str,
        kubernetes_groups: list[str] | None = None,
        client_request_token: str | None = None,
        username: str | None = None,
    ) -> UpdateAccessEntryResponse:
        """Change an access entry's Kubernetes groups or user name.

        Args:
            kubernetes_groups: Replaces the group names.
            username: Kubernetes user name; best left to EKS.
            client_request_token: Idempotency token; a fresh UUID4 when omitted.
        """
        return self._call(
            ops.UPDATE_ACCESS_ENTRY,
            cluster_name=cluster_name,
            principal_arn=principal_arn,
            kubernetes_groups=kubernetes_groups,
            client_request_token=client_request_token,
            username=username,
        )

    def update_addon(
        self,
        *,
        cluster_name: str,
        addon_name: str,
        addon_version: str | None = None,
        service_account_role_arn: str | None = None,
        resolve_conflicts: ResolveConflicts | ResolveConflictsLiteral | None = None,
        client_request_token: str | None = None,
        configuration_values: str | None = None,
        pod_identity_associations: list[AddonPodIdentityAssociations] | None = None,
    ) -> UpdateAddonResponse:
        """Change an add-on's version, configuration or IAM settings.

        Returns an update; :meth:`wait_until_update_successful` with
        ``addon_name=`` waits for it.

        Args:
            addon_version: Version to move to, from ``describe_addon_versions``.
            service_account_role_arn: IAM role for the add-on's service account.
            resolve_conflicts: What to do with settings changed away from EKS's
                defaults: overwrite them, keep them (``PRESERVE``), or fail (``NONE``).
            configuration_values: JSON or YAML text validated against
                ``describe_addon_configuration``'s schema.
            pod_identity_associations: Replaces the add-on's Pod Identity associations;
                ``[]`` deletes them, ``None`` leaves them.
            client_request_token: Idempotency token; a fresh UUID4 when omitted.
        """
        return self._call(
            ops.UPDATE_ADDON,
            cluster_name=cluster_name,
            addon_name=addon_name,
            addon_version=addon_version,
            service_account_role_arn=service_account_role_arn,
            resolve_conflicts=resolve_conflicts,
            client_request_token=client_request_token,
            configuration_values=configuration_values,
            pod_identity_associations=pod_identity_associations,
        )

    def update_capability(
        self,
        *,
        cluster_name: str,
        capability_name: str,
        role_arn: str | None = None,
        configuration: UpdateCapabilityConfiguration | None = None,
        client_request_token: str | None = None,
        delete_propagation_policy: CapabilityDeletePropagationPolicy
        | CapabilityDeletePropagationPolicyLiteral
        | None = None,
    ) -> UpdateCapabilityResponse:
        """Change a capability's IAM role, configuration or delete propagation policy.

        The capability keeps running; some of its components may restart.

        Args:
            role_arn: New IAM role, used for everything from then on.
            configuration: Only the settings to change.
            delete_propagation_policy: Only ``RETAIN`` today.
            client_request_token: Idempotency token; a fresh UUID4 when omitted.
        """
        return self._call(
            ops.UPDATE_CAPABILITY,
            cluster_name=cluster_name,
            capability_name=capability_name,
            role_arn=role_arn,
            configuration=configuration,
            client_request_token=client_request_token,
            delete_propagation_policy=delete_propagation_policy,
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
        """Change a running cluster's settings; returns the update to follow.

        Covers logging, endpoint access, subnets and security groups (same VPC, two
        or more AZs), authentication mode, upgrade policy, zonal shift, Auto Mode,
        hybrid node networks, deletion protection, control plane tier and
        component settings. The cluster keeps working and goes ``UPDATING`` until
        the update ends. To drop the hybrid nodes configuration, send
        ``RemoteNetworkConfigRequest`` with both lists empty.

        Args:
            name: The cluster to update.
            client_request_token: Idempotency token; a fresh UUID4 when omitted.
        """
        return self._call(
            ops.UPDATE_CLUSTER_CONFIG,
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
        """Upgrade a cluster's control plane to a new Kubernetes version.

        Managed node groups must be on the cluster's current version first. The
        cluster keeps working and shows ``UPDATING`` meanwhile;
        :meth:`wait_until_update_successful` waits for the update.

        Args:
            name: The cluster to upgrade.
            version: Target Kubernetes version, such as ``1.32``.
            force: ``True`` overrides failing upgrade (or rollback) readiness checks;
                without it they raise :class:`~emrk.eks.InvalidStateException`.
            rollback_config: Automatic rollback timeout.
            client_request_token: Idempotency token; a fresh UUID4 when omitted.
        """
        return self._call(
            ops.UPDATE_CLUSTER_VERSION,
            name=name,
            version=version,
            client_request_token=client_request_token,
            force=force,
            rollback_config=rollback_config,
        )

    def update_eks_anywhere_subscription(
        self, *, id: str, auto_renew: bool, client_request_token: str | None = None
    ) -> UpdateEksAnywhereSubscriptionResponse:
        """Turn automatic renewal of an EKS Anywhere subscription on or off."""
        return self._call(
            ops.UPDATE_EKS_ANYWHERE_SUBSCRIPTION,
            id=id,
            auto_renew=auto_renew,
            client_request_token=client_request_token,
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
        """Change a node group's labels, taints, scaling, update, repair or warm pool settings.

        The node group keeps working; the returned update tracks the change.

        Args:
            labels: Labels to add, change or remove.
            taints: Taints to add, change or remove.
            scaling_config: Any of the minimum, maximum and desired sizes.
            client_request_token: Idempotency token; a fresh UUID4 when omitted.
        """
        return self._call(
            ops.UPDATE_NODEGROUP_CONFIG,
            cluster_name=cluster_name,
            nodegroup_name=nodegroup_name,
            labels=labels,
            taints=taints,
            scaling_config=scaling_config,
            update_config=update_config,
            node_repair_config=node_repair_config,
            warm_pool_config=warm_pool_config,
            client_request_token=client_request_token,
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
        """Move a node group to a newer Kubernetes version, AMI release or launch template version.

        Nodes are replaced, each drained first; there is no going back to an
        earlier version. Without a launch template and without ``version``, nodes
        get the latest AMI for their current version. A node group made with a
        launch template must keep using that template (only its version changes).

        Args:
            version: Kubernetes version; the cluster's when omitted.
            release_version: EKS optimized AMI version; the latest when omitted.
            launch_template: Same template name or ID as at creation, new version.
            force: Replace nodes even when a pod disruption budget blocks draining.
            client_request_token: Idempotency token; a fresh UUID4 when omitted.
        """
        return self._call(
            ops.UPDATE_NODEGROUP_VERSION,
            cluster_name=cluster_name,
            nodegroup_name=nodegroup_name,
            version=version,
            release_version=release_version,
            launch_template=launch_template,
            force=force,
            client_request_token=client_request_token,
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
        """Change an association's role, target role, session tags or session policy.

        Namespace and service account cannot change: delete and re-create for that.
        Eventually consistent, like creation.

        Args:
            role_arn: New IAM role.
            target_role_arn: New second role assumed with the first one's credentials.
            disable_session_tags: ``True`` stops adding EKS's session tags.
            policy: New session policy JSON (needs session tags disabled).
            client_request_token: Idempotency token; a fresh UUID4 when omitted.
        """
        return self._call(
            ops.UPDATE_POD_IDENTITY_ASSOCIATION,
            cluster_name=cluster_name,
            association_id=association_id,
            role_arn=role_arn,
            client_request_token=client_request_token,
            disable_session_tags=disable_session_tags,
            target_role_arn=target_role_arn,
            policy=policy,
        )

    def wait_until_cluster_active(
        self,
        *,
        name: str,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_attempt: Callable[[WaiterAttempt[DescribeClusterResponse]], object] | None = None,
    ) -> DescribeClusterResponse:
        """Poll ``describe_cluster`` until the cluster is ``ACTIVE``; return that response.

        Creating a control plane takes several minutes. The wait stops early
        if the cluster turns ``FAILED`` or ``DELETING``, since it can no longer become
        active; the cluster's health issues are added to the error message.

        Args:
            delay: Seconds between polls (default 30).
            max_attempts: Polls before giving up (default 40).
            on_attempt: Called after every poll with a :class:`~emrk.WaiterAttempt`,
                for progress reporting.

        Raises:
            emrk.WaiterError: The cluster failed or is being deleted, or
                attempts ran out.
        """
        return self._wait_for(
            waiters.CLUSTER_ACTIVE,
            lambda: self.describe_cluster(name=name),
            delay,
            max_attempts,
            on_attempt,
        )

    def wait_until_cluster_deleted(
        self,
        *,
        name: str,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_attempt: Callable[[WaiterAttempt[DescribeClusterResponse]], object] | None = None,
    ) -> DescribeClusterResponse | None:
        """Poll ``describe_cluster`` until the cluster no longer exists; return ``None``.

        Success is the service answering ``ResourceNotFoundException``. Finding the
        cluster ``ACTIVE``, ``CREATING`` or ``PENDING`` fails at once: nothing is deleting
        it, so waiting would only burn the attempts.

        Args:
            delay: Seconds between polls (default 30).
            max_attempts: Polls before giving up (default 40).
            on_attempt: Called after every poll with a :class:`~emrk.WaiterAttempt`,
                for progress reporting.

        Raises:
            emrk.WaiterError: The cluster is not being deleted, or attempts ran
                out.
        """
        return self._wait_until_gone(
            waiters.CLUSTER_DELETED,
            lambda: self.describe_cluster(name=name),
            delay,
            max_attempts,
            on_attempt,
        )

    def wait_until_nodegroup_active(
        self,
        *,
        cluster_name: str,
        nodegroup_name: str,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_attempt: Callable[[WaiterAttempt[DescribeNodegroupResponse]], object] | None = None,
    ) -> DescribeNodegroupResponse:
        """Poll ``describe_nodegroup`` until the managed node group is ``ACTIVE``.

        Returns the last response. ``CREATE_FAILED`` stops the wait, with the node
        group's health issues (for example ``NodeCreationFailure``) in the message.

        Args:
            delay: Seconds between polls (default 30).
            max_attempts: Polls before giving up (default 80).
            on_attempt: Called after every poll with a :class:`~emrk.WaiterAttempt`,
                for progress reporting.

        Raises:
            emrk.WaiterError: The node group failed to create, or attempts ran
                out.
        """
        return self._wait_for(
            waiters.NODEGROUP_ACTIVE,
            lambda: self.describe_nodegroup(
                cluster_name=cluster_name, nodegroup_name=nodegroup_name
            ),
            delay,
            max_attempts,
            on_attempt,
        )

    def wait_until_nodegroup_deleted(
        self,
        *,
        cluster_name: str,
        nodegroup_name: str,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_attempt: Callable[[WaiterAttempt[DescribeNodegroupResponse]], object] | None = None,
    ) -> DescribeNodegroupResponse | None:
        """Poll ``describe_nodegroup`` until the node group is gone; return ``None``.

        Success is ``ResourceNotFoundException``; ``DELETE_FAILED`` stops the wait with
        the node group's health issues in the message.

        Args:
            delay: Seconds between polls (default 30).
            max_attempts: Polls before giving up (default 40).
            on_attempt: Called after every poll with a :class:`~emrk.WaiterAttempt`,
                for progress reporting.

        Raises:
            emrk.WaiterError: The deletion failed, or attempts ran out.
        """
        return self._wait_until_gone(
            waiters.NODEGROUP_DELETED,
            lambda: self.describe_nodegroup(
                cluster_name=cluster_name, nodegroup_name=nodegroup_name
            ),
            delay,
            max_attempts,
            on_attempt,
        )

    def wait_until_addon_active(
        self,
        *,
        cluster_name: str,
        addon_name: str,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_attempt: Callable[[WaiterAttempt[DescribeAddonResponse]], object] | None = None,
    ) -> DescribeAddonResponse:
        """Poll ``describe_addon`` until the add-on is ``ACTIVE``; return that response.

        ``CREATE_FAILED`` and ``DEGRADED`` both stop the wait (as in boto3), with the
        add-on's health issues in the message.

        Args:
            delay: Seconds between polls (default 10).
            max_attempts: Polls before giving up (default 60).
            on_attempt: Called after every poll with a :class:`~emrk.WaiterAttempt`,
                for progress reporting.

        Raises:
            emrk.WaiterError: The add-on failed or is degraded, or attempts ran
                out.
        """
        return self._wait_for(
            waiters.ADDON_ACTIVE,
            lambda: self.describe_addon(cluster_name=cluster_name, addon_name=addon_name),
            delay,
            max_attempts,
            on_attempt,
        )

    def wait_until_addon_deleted(
        self,
        *,
        cluster_name: str,
        addon_name: str,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_attempt: Callable[[WaiterAttempt[DescribeAddonResponse]], object] | None = None,
    ) -> DescribeAddonResponse | None:
        """Poll ``describe_addon`` until the add-on is gone; return ``None``.

        Success is ``ResourceNotFoundException``; ``DELETE_FAILED`` stops the wait.

        Args:
            delay: Seconds between polls (default 10).
            max_attempts: Polls before giving up (default 60).
            on_attempt: Called after every poll with a :class:`~emrk.WaiterAttempt`,
                for progress reporting.

        Raises:
            emrk.WaiterError: The deletion failed, or attempts ran out.
        """
        return self._wait_until_gone(
            waiters.ADDON_DELETED,
            lambda: self.describe_addon(cluster_name=cluster_name, addon_name=addon_name),
            delay,
            max_attempts,
            on_attempt,
        )

    def wait_until_fargate_profile_active(
        self,
        *,
        cluster_name: str,
        fargate_profile_name: str,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_attempt: Callable[[WaiterAttempt[DescribeFargateProfileResponse]], object] | None = None,
    ) -> DescribeFargateProfileResponse:
        """Poll ``describe_fargate_profile`` until the profile is ``ACTIVE``.

        Returns the last response; ``CREATE_FAILED`` stops the wait with the profile's
        health issues in the message.

        Args:
            delay: Seconds between polls (default 10).
            max_attempts: Polls before giving up (default 60).
            on_attempt: Called after every poll with a :class:`~emrk.WaiterAttempt`,
                for progress reporting.

        Raises:
            emrk.WaiterError: The profile failed to create, or attempts ran out.
        """
        return self._wait_for(
            waiters.FARGATE_PROFILE_ACTIVE,
            lambda: self.describe_fargate_profile(
                cluster_name=cluster_name, fargate_profile_name=fargate_profile_name
            ),
            delay,
            max_attempts,
            on_attempt,
        )

    def wait_until_fargate_profile_deleted(
        self,
        *,
        cluster_name: str,
        fargate_profile_name: str,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_attempt: Callable[[WaiterAttempt[DescribeFargateProfileResponse]], object] | None = None,
    ) -> DescribeFargateProfileResponse | None:
        """Poll ``describe_fargate_profile`` until the profile is gone; return ``None``.

        Success is ``ResourceNotFoundException``; ``DELETE_FAILED`` stops the wait.
        A cluster deletes one Fargate profile at a time, so this is the call to
        make between deletions.

        Args:
            delay: Seconds between polls (default 30).
            max_attempts: Polls before giving up (default 60).
            on_attempt: Called after every poll with a :class:`~emrk.WaiterAttempt`,
                for progress reporting.

        Raises:
            emrk.WaiterError: The deletion failed, or attempts ran out.
        """
        return self._wait_until_gone(
            waiters.FARGATE_PROFILE_DELETED,
            lambda: self.describe_fargate_profile(
                cluster_name=cluster_name, fargate_profile_name=fargate_profile_name
            ),
            delay,
            max_attempts,
            on_attempt,
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
        on_attempt: Callable[[WaiterAttempt[DescribeUpdateResponse]], object] | None = None,
    ) -> DescribeUpdateResponse:
        """Poll ``describe_update`` until a certificate authority update is ``Successful``.

        Use it after ``activate_certificate_authority``, with the returned update's id.
        ``Failed`` and ``Cancelled`` stop the wait, with the update's errors in the
        message. Same acceptors as :meth:`wait_until_update_successful`, under
        botocore's name.

        Args:
            delay: Seconds between polls (default 30).
            max_attempts: Polls before giving up (default 40).
            on_attempt: Called after every poll with a :class:`~emrk.WaiterAttempt`,
                for progress reporting.

        Raises:
            emrk.WaiterError: The update failed or was cancelled, or attempts
                ran out.
        """
        return self._wait_for(
            waiters.CERTIFICATE_AUTHORITY_UPDATE_COMPLETE,
            self._describe_update_call(
                name, update_id, nodegroup_name, addon_name, capability_name
            ),
            delay,
            max_attempts,
            on_attempt,
        )

    def _describe_update_call(
        self,
        name: str,
        update_id: str,
        nodegroup_name: str | None,
        addon_name: str | None,
        capability_name: str | None,
    ) -> Callable[[], DescribeUpdateResponse]:
        """The poll both update waiters make."""
        return lambda: self.describe_update(
            name=name,
            update_id=update_id,
            nodegroup_name=nodegroup_name,
            addon_name=addon_name,
            capability_name=capability_name,
        )

    def wait_until_update_successful(
        self,
        *,
        name: str,
        update_id: str,
        nodegroup_name: str | None = None,
        addon_name: str | None = None,
        capability_name: str | None = None,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_attempt: Callable[[WaiterAttempt[DescribeUpdateResponse]], object] | None = None,
    ) -> DescribeUpdateResponse:
        """Poll ``describe_update`` until an update is ``Successful``; return that response.

        Pass the ``update.id`` an ``update_*`` call returned, plus the node group,
        add-on or capability name when the update belongs to one of those. ``Failed``
        and ``Cancelled`` stop the wait; the update's ``errors`` (code, message,
        resource ids) and any cancellation reason are in the error message.

        Args:
            delay: Seconds between polls (default 30).
            max_attempts: Polls before giving up (default 40).
            on_attempt: Called after every poll with a :class:`~emrk.WaiterAttempt`,
                for progress reporting.

        Raises:
            emrk.WaiterError: The update failed or was cancelled, or attempts
                ran out.
        """
        return self._wait_for(
            waiters.UPDATE_SUCCESSFUL,
            self._describe_update_call(
                name, update_id, nodegroup_name, addon_name, capability_name
            ),
            delay,
            max_attempts,
            on_attempt,
        )

    def wait_until_capability_active(
        self,
        *,
        cluster_name: str,
        capability_name: str,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_attempt: Callable[[WaiterAttempt[DescribeCapabilityResponse]], object] | None = None,
    ) -> DescribeCapabilityResponse:
        """Poll ``describe_capability`` until the capability is ``ACTIVE``.

        Returns the last response. ``CREATE_FAILED``, ``UPDATE_FAILED``, ``DEGRADED``,
        ``DELETING`` and ``DELETE_FAILED`` stop the wait, with the capability's health
        issues (such as ``AccessDenied`` on its IAM role) in the message.

        Args:
            delay: Seconds between polls (default 15).
            max_attempts: Polls before giving up (default 80).
            on_attempt: Called after every poll with a :class:`~emrk.WaiterAttempt`,
                for progress reporting.

        Raises:
            emrk.WaiterError: The capability failed, is degraded or is being
                deleted, or attempts ran out.
        """
        return self._wait_for(
            waiters.CAPABILITY_ACTIVE,
            lambda: self.describe_capability(
                cluster_name=cluster_name, capability_name=capability_name
            ),
            delay,
            max_attempts,
            on_attempt,
        )

    def wait_until_capability_deleted(
        self,
        *,
        cluster_name: str,
        capability_name: str,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_attempt: Callable[[WaiterAttempt[DescribeCapabilityResponse]], object] | None = None,
    ) -> DescribeCapabilityResponse | None:
        """Poll ``describe_capability`` until the capability is gone; return ``None``.

        Success is ``ResourceNotFoundException``; ``DELETE_FAILED`` stops the wait
        with the capability's health issues in the message.

        Args:
            delay: Seconds between polls (default 15).
            max_attempts: Polls before giving up (default 80).
            on_attempt: Called after every poll with a :class:`~emrk.WaiterAttempt`,
                for progress reporting.

        Raises:
            emrk.WaiterError: The deletion failed, or attempts ran out.
        """
        return self._wait_until_gone(
            waiters.CAPABILITY_DELETED,
            lambda: self.describe_capability(
                cluster_name=cluster_name, capability_name=capability_name
            ),
            delay,
            max_attempts,
            on_attempt,
        )

    def wait_until_insights_refresh_completed(
        self,
        *,
        cluster_name: str,
        delay: float | None = None,
        max_attempts: int | None = None,
        on_attempt: Callable[[WaiterAttempt[DescribeInsightsRefreshResponse]], object]
        | None = None,
    ) -> DescribeInsightsRefreshResponse:
        """Poll ``describe_insights_refresh`` until the refresh is ``COMPLETED``.

        Call it after ``start_insights_refresh``, then read fresh results with
        ``list_insights``. ``FAILED`` stops the wait with the service's message.

        Args:
            delay: Seconds between polls (default 10).
            max_attempts: Polls before giving up (default 60).
            on_attempt: Called after every poll with a :class:`~emrk.WaiterAttempt`,
                for progress reporting.

        Raises:
            emrk.WaiterError: The refresh failed, or attempts ran out.
        """
        return self._wait_for(
            waiters.INSIGHTS_REFRESH_COMPLETED,
            lambda: self.describe_insights_refresh(cluster_name=cluster_name),
            delay,
            max_attempts,
            on_attempt,
        )
