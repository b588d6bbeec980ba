"""One :class:`~emrk.core.operation.Operation` per EKS API call: HTTP method, URI, models.

The URI templates are botocore's. Several request members travel under a
different wire name in the path: ``cluster_name`` fills ``{name}`` in most
cluster sub-resource operations, exactly as botocore sends it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from emrk.core.operation import Operation

if TYPE_CHECKING:
    from emrk.eks.models import (
        ActivateCertificateAuthorityRequest,
        ActivateCertificateAuthorityResponse,
        AssociateAccessPolicyRequest,
        AssociateAccessPolicyResponse,
        AssociateEncryptionConfigRequest,
        AssociateEncryptionConfigResponse,
        AssociateIdentityProviderConfigRequest,
        AssociateIdentityProviderConfigResponse,
        CancelUpdateRequest,
        CancelUpdateResponse,
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
        RegisterClusterRequest,
        RegisterClusterResponse,
        StartInsightsRefreshRequest,
        StartInsightsRefreshResponse,
        TagResourceRequest,
        TagResourceResponse,
        UntagResourceRequest,
        UntagResourceResponse,
        UpdateAccessEntryRequest,
        UpdateAccessEntryResponse,
        UpdateAddonRequest,
        UpdateAddonResponse,
        UpdateCapabilityRequest,
        UpdateCapabilityResponse,
        UpdateClusterConfigRequest,
        UpdateClusterConfigResponse,
        UpdateClusterVersionRequest,
        UpdateClusterVersionResponse,
        UpdateEksAnywhereSubscriptionRequest,
        UpdateEksAnywhereSubscriptionResponse,
        UpdateNodegroupConfigRequest,
        UpdateNodegroupConfigResponse,
        UpdateNodegroupVersionRequest,
        UpdateNodegroupVersionResponse,
        UpdatePodIdentityAssociationRequest,
        UpdatePodIdentityAssociationResponse,
    )

#: Where the models named below live; each loads on its operation's first call.
_MODELS = "emrk.eks.models"

ACTIVATE_CERTIFICATE_AUTHORITY: Operation[
    ActivateCertificateAuthorityRequest, ActivateCertificateAuthorityResponse
] = Operation(
    "ActivateCertificateAuthority",
    "ActivateCertificateAuthorityRequest",
    "ActivateCertificateAuthorityResponse",
    "POST",
    "/clusters/{name}/certificate-authorities/{certificateAuthorityId}/activate",
    models=_MODELS,
)
ASSOCIATE_ACCESS_POLICY: Operation[AssociateAccessPolicyRequest, AssociateAccessPolicyResponse] = (
    Operation(
        "AssociateAccessPolicy",
        "AssociateAccessPolicyRequest",
        "AssociateAccessPolicyResponse",
        "POST",
        "/clusters/{name}/access-entries/{principalArn}/access-policies",
        models=_MODELS,
    )
)
ASSOCIATE_ENCRYPTION_CONFIG: Operation[
    AssociateEncryptionConfigRequest, AssociateEncryptionConfigResponse
] = Operation(
    "AssociateEncryptionConfig",
    "AssociateEncryptionConfigRequest",
    "AssociateEncryptionConfigResponse",
    "POST",
    "/clusters/{name}/encryption-config/associate",
    models=_MODELS,
)
ASSOCIATE_IDENTITY_PROVIDER_CONFIG: Operation[
    AssociateIdentityProviderConfigRequest, AssociateIdentityProviderConfigResponse
] = Operation(
    "AssociateIdentityProviderConfig",
    "AssociateIdentityProviderConfigRequest",
    "AssociateIdentityProviderConfigResponse",
    "POST",
    "/clusters/{name}/identity-provider-configs/associate",
    models=_MODELS,
)
CANCEL_UPDATE: Operation[CancelUpdateRequest, CancelUpdateResponse] = Operation(
    "CancelUpdate",
    "CancelUpdateRequest",
    "CancelUpdateResponse",
    "POST",
    "/clusters/{name}/updates/{updateId}/cancel-update",
    models=_MODELS,
)
CREATE_ACCESS_ENTRY: Operation[CreateAccessEntryRequest, CreateAccessEntryResponse] = Operation(
    "CreateAccessEntry",
    "CreateAccessEntryRequest",
    "CreateAccessEntryResponse",
    "POST",
    "/clusters/{name}/access-entries",
    models=_MODELS,
)
CREATE_ADDON: Operation[CreateAddonRequest, CreateAddonResponse] = Operation(
    "CreateAddon",
    "CreateAddonRequest",
    "CreateAddonResponse",
    "POST",
    "/clusters/{name}/addons",
    models=_MODELS,
)
CREATE_CAPABILITY: Operation[CreateCapabilityRequest, CreateCapabilityResponse] = Operation(
    "CreateCapability",
    "CreateCapabilityRequest",
    "CreateCapabilityResponse",
    "POST",
    "/clusters/{name}/capabilities",
    models=_MODELS,
)
CREATE_CERTIFICATE_AUTHORITY: Operation[
    CreateCertificateAuthorityRequest, CreateCertificateAuthorityResponse
] = Operation(
    "CreateCertificateAuthority",
    "CreateCertificateAuthorityRequest",
    "CreateCertificateAuthorityResponse",
    "POST",
    "/clusters/{name}/certificate-authorities",
    models=_MODELS,
)
CREATE_CLUSTER: Operation[CreateClusterRequest, CreateClusterResponse] = Operation(
    "CreateCluster",
    "CreateClusterRequest",
    "CreateClusterResponse",
    "POST",
    "/clusters",
    models=_MODELS,
)
CREATE_EKS_ANYWHERE_SUBSCRIPTION: Operation[
    CreateEksAnywhereSubscriptionRequest, CreateEksAnywhereSubscriptionResponse
] = Operation(
    "CreateEksAnywhereSubscription",
    "CreateEksAnywhereSubscriptionRequest",
    "CreateEksAnywhereSubscriptionResponse",
    "POST",
    "/eks-anywhere-subscriptions",
    models=_MODELS,
)
CREATE_FARGATE_PROFILE: Operation[CreateFargateProfileRequest, CreateFargateProfileResponse] = (
    Operation(
        "CreateFargateProfile",
        "CreateFargateProfileRequest",
        "CreateFargateProfileResponse",
        "POST",
        "/clusters/{name}/fargate-profiles",
        models=_MODELS,
    )
)
CREATE_NODEGROUP: Operation[CreateNodegroupRequest, CreateNodegroupResponse] = Operation(
    "CreateNodegroup",
    "CreateNodegroupRequest",
    "CreateNodegroupResponse",
    "POST",
    "/clusters/{name}/node-groups",
    models=_MODELS,
)
CREATE_POD_IDENTITY_ASSOCIATION: Operation[
    CreatePodIdentityAssociationRequest, CreatePodIdentityAssociationResponse
] = Operation(
    "CreatePodIdentityAssociation",
    "CreatePodIdentityAssociationRequest",
    "CreatePodIdentityAssociationResponse",
    "POST",
    "/clusters/{name}/pod-identity-associations",
    models=_MODELS,
)
DELETE_ACCESS_ENTRY: Operation[DeleteAccessEntryRequest, DeleteAccessEntryResponse] = Operation(
    "DeleteAccessEntry",
    "DeleteAccessEntryRequest",
    "DeleteAccessEntryResponse",
    "DELETE",
    "/clusters/{name}/access-entries/{principalArn}",
    models=_MODELS,
)
DELETE_ADDON: Operation[DeleteAddonRequest, DeleteAddonResponse] = Operation(
    "DeleteAddon",
    "DeleteAddonRequest",
    "DeleteAddonResponse",
    "DELETE",
    "/clusters/{name}/addons/{addonName}",
    models=_MODELS,
)
DELETE_CAPABILITY: Operation[DeleteCapabilityRequest, DeleteCapabilityResponse] = Operation(
    "DeleteCapability",
    "DeleteCapabilityRequest",
    "DeleteCapabilityResponse",
    "DELETE",
    "/clusters/{name}/capabilities/{capabilityName}",
    models=_MODELS,
)
DELETE_CERTIFICATE_AUTHORITY: Operation[
    DeleteCertificateAuthorityRequest, DeleteCertificateAuthorityResponse
] = Operation(
    "DeleteCertificateAuthority",
    "DeleteCertificateAuthorityRequest",
    "DeleteCertificateAuthorityResponse",
    "DELETE",
    "/clusters/{name}/certificate-authorities/{certificateAuthorityId}",
    models=_MODELS,
)
DELETE_CLUSTER: Operation[DeleteClusterRequest, DeleteClusterResponse] = Operation(
    "DeleteCluster",
    "DeleteClusterRequest",
    "DeleteClusterResponse",
    "DELETE",
    "/clusters/{name}",
    models=_MODELS,
)
DELETE_EKS_ANYWHERE_SUBSCRIPTION: Operation[
    DeleteEksAnywhereSubscriptionRequest, DeleteEksAnywhereSubscriptionResponse
] = Operation(
    "DeleteEksAnywhereSubscription",
    "DeleteEksAnywhereSubscriptionRequest",
    "DeleteEksAnywhereSubscriptionResponse",
    "DELETE",
    "/eks-anywhere-subscriptions/{id}",
    models=_MODELS,
)
DELETE_FARGATE_PROFILE: Operation[DeleteFargateProfileRequest, DeleteFargateProfileResponse] = (
    Operation(
        "DeleteFargateProfile",
        "DeleteFargateProfileRequest",
        "DeleteFargateProfileResponse",
        "DELETE",
        "/clusters/{name}/fargate-profiles/{fargateProfileName}",
        models=_MODELS,
    )
)
DELETE_NODEGROUP: Operation[DeleteNodegroupRequest, DeleteNodegroupResponse] = Operation(
    "DeleteNodegroup",
    "DeleteNodegroupRequest",
    "DeleteNodegroupResponse",
    "DELETE",
    "/clusters/{name}/node-groups/{nodegroupName}",
    models=_MODELS,
)
DELETE_POD_IDENTITY_ASSOCIATION: Operation[
    DeletePodIdentityAssociationRequest, DeletePodIdentityAssociationResponse
] = Operation(
    "DeletePodIdentityAssociation",
    "DeletePodIdentityAssociationRequest",
    "DeletePodIdentityAssociationResponse",
    "DELETE",
    "/clusters/{name}/pod-identity-associations/{associationId}",
    models=_MODELS,
)
DEREGISTER_CLUSTER: Operation[DeregisterClusterRequest, DeregisterClusterResponse] = Operation(
    "DeregisterCluster",
    "DeregisterClusterRequest",
    "DeregisterClusterResponse",
    "DELETE",
    "/cluster-registrations/{name}",
    models=_MODELS,
)
DESCRIBE_ACCESS_ENTRY: Operation[DescribeAccessEntryRequest, DescribeAccessEntryResponse] = (
    Operation(
        "DescribeAccessEntry",
        "DescribeAccessEntryRequest",
        "DescribeAccessEntryResponse",
        "GET",
        "/clusters/{name}/access-entries/{principalArn}",
        models=_MODELS,
    )
)
DESCRIBE_ADDON: Operation[DescribeAddonRequest, DescribeAddonResponse] = Operation(
    "DescribeAddon",
    "DescribeAddonRequest",
    "DescribeAddonResponse",
    "GET",
    "/clusters/{name}/addons/{addonName}",
    models=_MODELS,
)
DESCRIBE_ADDON_CONFIGURATION: Operation[
    DescribeAddonConfigurationRequest, DescribeAddonConfigurationResponse
] = Operation(
    "DescribeAddonConfiguration",
    "DescribeAddonConfigurationRequest",
    "DescribeAddonConfigurationResponse",
    "GET",
    "/addons/configuration-schemas",
    models=_MODELS,
)
DESCRIBE_ADDON_VERSIONS: Operation[DescribeAddonVersionsRequest, DescribeAddonVersionsResponse] = (
    Operation(
        "DescribeAddonVersions",
        "DescribeAddonVersionsRequest",
        "DescribeAddonVersionsResponse",
        "GET",
        "/addons/supported-versions",
        models=_MODELS,
    )
)
DESCRIBE_CAPABILITY: Operation[DescribeCapabilityRequest, DescribeCapabilityResponse] = Operation(
    "DescribeCapability",
    "DescribeCapabilityRequest",
    "DescribeCapabilityResponse",
    "GET",
    "/clusters/{name}/capabilities/{capabilityName}",
    models=_MODELS,
)
DESCRIBE_CERTIFICATE_AUTHORITY: Operation[
    DescribeCertificateAuthorityRequest, DescribeCertificateAuthorityResponse
] = Operation(
    "DescribeCertificateAuthority",
    "DescribeCertificateAuthorityRequest",
    "DescribeCertificateAuthorityResponse",
    "GET",
    "/clusters/{name}/certificate-authorities/{certificateAuthorityId}",
    models=_MODELS,
)
DESCRIBE_CLUSTER: Operation[DescribeClusterRequest, DescribeClusterResponse] = Operation(
    "DescribeCluster",
    "DescribeClusterRequest",
    "DescribeClusterResponse",
    "GET",
    "/clusters/{name}",
    models=_MODELS,
)
DESCRIBE_CLUSTER_VERSIONS: Operation[
    DescribeClusterVersionsRequest, DescribeClusterVersionsResponse
] = Operation(
    "DescribeClusterVersions",
    "DescribeClusterVersionsRequest",
    "DescribeClusterVersionsResponse",
    "GET",
    "/cluster-versions",
    models=_MODELS,
)
DESCRIBE_EKS_ANYWHERE_SUBSCRIPTION: Operation[
    DescribeEksAnywhereSubscriptionRequest, DescribeEksAnywhereSubscriptionResponse
] = Operation(
    "DescribeEksAnywhereSubscription",
    "DescribeEksAnywhereSubscriptionRequest",
    "DescribeEksAnywhereSubscriptionResponse",
    "GET",
    "/eks-anywhere-subscriptions/{id}",
    models=_MODELS,
)
DESCRIBE_FARGATE_PROFILE: Operation[
    DescribeFargateProfileRequest, DescribeFargateProfileResponse
] = Operation(
    "DescribeFargateProfile",
    "DescribeFargateProfileRequest",
    "DescribeFargateProfileResponse",
    "GET",
    "/clusters/{name}/fargate-profiles/{fargateProfileName}",
    models=_MODELS,
)
DESCRIBE_IDENTITY_PROVIDER_CONFIG: Operation[
    DescribeIdentityProviderConfigRequest, DescribeIdentityProviderConfigResponse
] = Operation(
    "DescribeIdentityProviderConfig",
    "DescribeIdentityProviderConfigRequest",
    "DescribeIdentityProviderConfigResponse",
    "POST",
    "/clusters/{name}/identity-provider-configs/describe",
    models=_MODELS,
)
DESCRIBE_INSIGHT: Operation[DescribeInsightRequest, DescribeInsightResponse] = Operation(
    "DescribeInsight",
    "DescribeInsightRequest",
    "DescribeInsightResponse",
    "GET",
    "/clusters/{name}/insights/{id}",
    models=_MODELS,
)
DESCRIBE_INSIGHTS_REFRESH: Operation[
    DescribeInsightsRefreshRequest, DescribeInsightsRefreshResponse
] = Operation(
    "DescribeInsightsRefresh",
    "DescribeInsightsRefreshRequest",
    "DescribeInsightsRefreshResponse",
    "GET",
    "/clusters/{name}/insights-refresh",
    models=_MODELS,
)
DESCRIBE_NODEGROUP: Operation[DescribeNodegroupRequest, DescribeNodegroupResponse] = Operation(
    "DescribeNodegroup",
    "DescribeNodegroupRequest",
    "DescribeNodegroupResponse",
    "GET",
    "/clusters/{name}/node-groups/{nodegroupName}",
    models=_MODELS,
)
DESCRIBE_POD_IDENTITY_ASSOCIATION: Operation[
    DescribePodIdentityAssociationRequest, DescribePodIdentityAssociationResponse
] = Operation(
    "DescribePodIdentityAssociation",
    "DescribePodIdentityAssociationRequest",
    "DescribePodIdentityAssociationResponse",
    "GET",
    "/clusters/{name}/pod-identity-associations/{associationId}",
    models=_MODELS,
)
DESCRIBE_UPDATE: Operation[DescribeUpdateRequest, DescribeUpdateResponse] = Operation(
    "DescribeUpdate",
    "DescribeUpdateRequest",
    "DescribeUpdateResponse",
    "GET",
    "/clusters/{name}/updates/{updateId}",
    models=_MODELS,
)
DISASSOCIATE_ACCESS_POLICY: Operation[
    DisassociateAccessPolicyRequest, DisassociateAccessPolicyResponse
] = Operation(
    "DisassociateAccessPolicy",
    "DisassociateAccessPolicyRequest",
    "DisassociateAccessPolicyResponse",
    "DELETE",
    "/clusters/{name}/access-entries/{principalArn}/access-policies/{policyArn}",
    models=_MODELS,
)
DISASSOCIATE_IDENTITY_PROVIDER_CONFIG: Operation[
    DisassociateIdentityProviderConfigRequest, DisassociateIdentityProviderConfigResponse
] = Operation(
    "DisassociateIdentityProviderConfig",
    "DisassociateIdentityProviderConfigRequest",
    "DisassociateIdentityProviderConfigResponse",
    "POST",
    "/clusters/{name}/identity-provider-configs/disassociate",
    models=_MODELS,
)
LIST_ACCESS_ENTRIES: Operation[ListAccessEntriesRequest, ListAccessEntriesResponse] = Operation(
    "ListAccessEntries",
    "ListAccessEntriesRequest",
    "ListAccessEntriesResponse",
    "GET",
    "/clusters/{name}/access-entries",
    models=_MODELS,
)
LIST_ACCESS_POLICIES: Operation[ListAccessPoliciesRequest, ListAccessPoliciesResponse] = Operation(
    "ListAccessPolicies",
    "ListAccessPoliciesRequest",
    "ListAccessPoliciesResponse",
    "GET",
    "/access-policies",
    models=_MODELS,
)
LIST_ADDONS: Operation[ListAddonsRequest, ListAddonsResponse] = Operation(
    "ListAddons",
    "ListAddonsRequest",
    "ListAddonsResponse",
    "GET",
    "/clusters/{name}/addons",
    models=_MODELS,
)
LIST_ASSOCIATED_ACCESS_POLICIES: Operation[
    ListAssociatedAccessPoliciesRequest, ListAssociatedAccessPoliciesResponse
] = Operation(
    "ListAssociatedAccessPolicies",
    "ListAssociatedAccessPoliciesRequest",
    "ListAssociatedAccessPoliciesResponse",
    "GET",
    "/clusters/{name}/access-entries/{principalArn}/access-policies",
    models=_MODELS,
)
LIST_CAPABILITIES: Operation[ListCapabilitiesRequest, ListCapabilitiesResponse] = Operation(
    "ListCapabilities",
    "ListCapabilitiesRequest",
    "ListCapabilitiesResponse",
    "GET",
    "/clusters/{name}/capabilities",
    models=_MODELS,
)
LIST_CERTIFICATE_AUTHORITIES: Operation[
    ListCertificateAuthoritiesRequest, ListCertificateAuthoritiesResponse
] = Operation(
    "ListCertificateAuthorities",
    "ListCertificateAuthoritiesRequest",
    "ListCertificateAuthoritiesResponse",
    "GET",
    "/clusters/{name}/certificate-authorities",
    models=_MODELS,
)
LIST_CLUSTERS: Operation[ListClustersRequest, ListClustersResponse] = Operation(
    "ListClusters",
    "ListClustersRequest",
    "ListClustersResponse",
    "GET",
    "/clusters",
    models=_MODELS,
)
LIST_EKS_ANYWHERE_SUBSCRIPTIONS: Operation[
    ListEksAnywhereSubscriptionsRequest, ListEksAnywhereSubscriptionsResponse
] = Operation(
    "ListEksAnywhereSubscriptions",
    "ListEksAnywhereSubscriptionsRequest",
    "ListEksAnywhereSubscriptionsResponse",
    "GET",
    "/eks-anywhere-subscriptions",
    models=_MODELS,
)
LIST_FARGATE_PROFILES: Operation[ListFargateProfilesRequest, ListFargateProfilesResponse] = (
    Operation(
        "ListFargateProfiles",
        "ListFargateProfilesRequest",
        "ListFargateProfilesResponse",
        "GET",
        "/clusters/{name}/fargate-profiles",
        models=_MODELS,
    )
)
LIST_IDENTITY_PROVIDER_CONFIGS: Operation[
    ListIdentityProviderConfigsRequest, ListIdentityProviderConfigsResponse
] = Operation(
    "ListIdentityProviderConfigs",
    "ListIdentityProviderConfigsRequest",
    "ListIdentityProviderConfigsResponse",
    "GET",
    "/clusters/{name}/identity-provider-configs",
    models=_MODELS,
)
LIST_INSIGHTS: Operation[ListInsightsRequest, ListInsightsResponse] = Operation(
    "ListInsights",
    "ListInsightsRequest",
    "ListInsightsResponse",
    "POST",
    "/clusters/{name}/insights",
    models=_MODELS,
)
LIST_NODEGROUPS: Operation[ListNodegroupsRequest, ListNodegroupsResponse] = Operation(
    "ListNodegroups",
    "ListNodegroupsRequest",
    "ListNodegroupsResponse",
    "GET",
    "/clusters/{name}/node-groups",
    models=_MODELS,
)
LIST_POD_IDENTITY_ASSOCIATIONS: Operation[
    ListPodIdentityAssociationsRequest, ListPodIdentityAssociationsResponse
] = Operation(
    "ListPodIdentityAssociations",
    "ListPodIdentityAssociationsRequest",
    "ListPodIdentityAssociationsResponse",
    "GET",
    "/clusters/{name}/pod-identity-associations",
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
LIST_UPDATES: Operation[ListUpdatesRequest, ListUpdatesResponse] = Operation(
    "ListUpdates",
    "ListUpdatesRequest",
    "ListUpdatesResponse",
    "GET",
    "/clusters/{name}/updates",
    models=_MODELS,
)
REGISTER_CLUSTER: Operation[RegisterClusterRequest, RegisterClusterResponse] = Operation(
    "RegisterCluster",
    "RegisterClusterRequest",
    "RegisterClusterResponse",
    "POST",
    "/cluster-registrations",
    models=_MODELS,
)
START_INSIGHTS_REFRESH: Operation[StartInsightsRefreshRequest, StartInsightsRefreshResponse] = (
    Operation(
        "StartInsightsRefresh",
        "StartInsightsRefreshRequest",
        "StartInsightsRefreshResponse",
        "POST",
        "/clusters/{name}/insights-refresh",
        models=_MODELS,
    )
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
UPDATE_ACCESS_ENTRY: Operation[UpdateAccessEntryRequest, UpdateAccessEntryResponse] = Operation(
    "UpdateAccessEntry",
    "UpdateAccessEntryRequest",
    "UpdateAccessEntryResponse",
    "POST",
    "/clusters/{name}/access-entries/{principalArn}",
    models=_MODELS,
)
UPDATE_ADDON: Operation[UpdateAddonRequest, UpdateAddonResponse] = Operation(
    "UpdateAddon",
    "UpdateAddonRequest",
    "UpdateAddonResponse",
    "POST",
    "/clusters/{name}/addons/{addonName}/update",
    models=_MODELS,
)
UPDATE_CAPABILITY: Operation[UpdateCapabilityRequest, UpdateCapabilityResponse] = Operation(
    "UpdateCapability",
    "UpdateCapabilityRequest",
    "UpdateCapabilityResponse",
    "POST",
    "/clusters/{name}/capabilities/{capabilityName}",
    models=_MODELS,
)
UPDATE_CLUSTER_CONFIG: Operation[UpdateClusterConfigRequest, UpdateClusterConfigResponse] = (
    Operation(
        "UpdateClusterConfig",
        "UpdateClusterConfigRequest",
        "UpdateClusterConfigResponse",
        "POST",
        "/clusters/{name}/update-config",
        models=_MODELS,
    )
)
UPDATE_CLUSTER_VERSION: Operation[UpdateClusterVersionRequest, UpdateClusterVersionResponse] = (
    Operation(
        "UpdateClusterVersion",
        "UpdateClusterVersionRequest",
        "UpdateClusterVersionResponse",
        "POST",
        "/clusters/{name}/updates",
        models=_MODELS,
    )
)
UPDATE_EKS_ANYWHERE_SUBSCRIPTION: Operation[
    UpdateEksAnywhereSubscriptionRequest, UpdateEksAnywhereSubscriptionResponse
] = Operation(
    "UpdateEksAnywhereSubscription",
    "UpdateEksAnywhereSubscriptionRequest",
    "UpdateEksAnywhereSubscriptionResponse",
    "POST",
    "/eks-anywhere-subscriptions/{id}",
    models=_MODELS,
)
UPDATE_NODEGROUP_CONFIG: Operation[UpdateNodegroupConfigRequest, UpdateNodegroupConfigResponse] = (
    Operation(
        "UpdateNodegroupConfig",
        "UpdateNodegroupConfigRequest",
        "UpdateNodegroupConfigResponse",
        "POST",
        "/clusters/{name}/node-groups/{nodegroupName}/update-config",
        models=_MODELS,
    )
)
UPDATE_NODEGROUP_VERSION: Operation[
    UpdateNodegroupVersionRequest, UpdateNodegroupVersionResponse
] = Operation(
    "UpdateNodegroupVersion",
    "UpdateNodegroupVersionRequest",
    "UpdateNodegroupVersionResponse",
    "POST",
    "/clusters/{name}/node-groups/{nodegroupName}/update-version",
    models=_MODELS,
)
UPDATE_POD_IDENTITY_ASSOCIATION: Operation[
    UpdatePodIdentityAssociationRequest, UpdatePodIdentityAssociationResponse
] = Operation(
    "UpdatePodIdentityAssociation",
    "UpdatePodIdentityAssociationRequest",
    "UpdatePodIdentityAssociationResponse",
    "POST",
    "/clusters/{name}/pod-identity-associations/{associationId}",
    models=_MODELS,
)
