"""One :class:`~emrk.core.operation.Operation` per EKS API call: HTTP method, URI, models.

The URI templates are botocore's. Several request members travel under a
different wire name in the path: ``cluster_name`` fills ``{name}`` in most
cluster sub-resource operations, exactly as botocore sends it.
"""

from __future__ import annotations

from emrk.core.operation import Operation
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

ACTIVATE_CERTIFICATE_AUTHORITY: Operation[
    ActivateCertificateAuthorityRequest, ActivateCertificateAuthorityResponse
] = Operation(
    "ActivateCertificateAuthority",
    ActivateCertificateAuthorityRequest,
    ActivateCertificateAuthorityResponse,
    "POST",
    "/clusters/{name}/certificate-authorities/{certificateAuthorityId}/activate",
)
ASSOCIATE_ACCESS_POLICY: Operation[AssociateAccessPolicyRequest, AssociateAccessPolicyResponse] = (
    Operation(
        "AssociateAccessPolicy",
        AssociateAccessPolicyRequest,
        AssociateAccessPolicyResponse,
        "POST",
        "/clusters/{name}/access-entries/{principalArn}/access-policies",
    )
)
ASSOCIATE_ENCRYPTION_CONFIG: Operation[
    AssociateEncryptionConfigRequest, AssociateEncryptionConfigResponse
] = Operation(
    "AssociateEncryptionConfig",
    AssociateEncryptionConfigRequest,
    AssociateEncryptionConfigResponse,
    "POST",
    "/clusters/{name}/encryption-config/associate",
)
ASSOCIATE_IDENTITY_PROVIDER_CONFIG: Operation[
    AssociateIdentityProviderConfigRequest, AssociateIdentityProviderConfigResponse
] = Operation(
    "AssociateIdentityProviderConfig",
    AssociateIdentityProviderConfigRequest,
    AssociateIdentityProviderConfigResponse,
    "POST",
    "/clusters/{name}/identity-provider-configs/associate",
)
CANCEL_UPDATE: Operation[CancelUpdateRequest, CancelUpdateResponse] = Operation(
    "CancelUpdate",
    CancelUpdateRequest,
    CancelUpdateResponse,
    "POST",
    "/clusters/{name}/updates/{updateId}/cancel-update",
)
CREATE_ACCESS_ENTRY: Operation[CreateAccessEntryRequest, CreateAccessEntryResponse] = Operation(
    "CreateAccessEntry",
    CreateAccessEntryRequest,
    CreateAccessEntryResponse,
    "POST",
    "/clusters/{name}/access-entries",
)
CREATE_ADDON: Operation[CreateAddonRequest, CreateAddonResponse] = Operation(
    "CreateAddon", CreateAddonRequest, CreateAddonResponse, "POST", "/clusters/{name}/addons"
)
CREATE_CAPABILITY: Operation[CreateCapabilityRequest, CreateCapabilityResponse] = Operation(
    "CreateCapability",
    CreateCapabilityRequest,
    CreateCapabilityResponse,
    "POST",
    "/clusters/{name}/capabilities",
)
CREATE_CERTIFICATE_AUTHORITY: Operation[
    CreateCertificateAuthorityRequest, CreateCertificateAuthorityResponse
] = Operation(
    "CreateCertificateAuthority",
    CreateCertificateAuthorityRequest,
    CreateCertificateAuthorityResponse,
    "POST",
    "/clusters/{name}/certificate-authorities",
)
CREATE_CLUSTER: Operation[CreateClusterRequest, CreateClusterResponse] = Operation(
    "CreateCluster", CreateClusterRequest, CreateClusterResponse, "POST", "/clusters"
)
CREATE_EKS_ANYWHERE_SUBSCRIPTION: Operation[
    CreateEksAnywhereSubscriptionRequest, CreateEksAnywhereSubscriptionResponse
] = Operation(
    "CreateEksAnywhereSubscription",
    CreateEksAnywhereSubscriptionRequest,
    CreateEksAnywhereSubscriptionResponse,
    "POST",
    "/eks-anywhere-subscriptions",
)
CREATE_FARGATE_PROFILE: Operation[CreateFargateProfileRequest, CreateFargateProfileResponse] = (
    Operation(
        "CreateFargateProfile",
        CreateFargateProfileRequest,
        CreateFargateProfileResponse,
        "POST",
        "/clusters/{name}/fargate-profiles",
    )
)
CREATE_NODEGROUP: Operation[CreateNodegroupRequest, CreateNodegroupResponse] = Operation(
    "CreateNodegroup",
    CreateNodegroupRequest,
    CreateNodegroupResponse,
    "POST",
    "/clusters/{name}/node-groups",
)
CREATE_POD_IDENTITY_ASSOCIATION: Operation[
    CreatePodIdentityAssociationRequest, CreatePodIdentityAssociationResponse
] = Operation(
    "CreatePodIdentityAssociation",
    CreatePodIdentityAssociationRequest,
    CreatePodIdentityAssociationResponse,
    "POST",
    "/clusters/{name}/pod-identity-associations",
)
DELETE_ACCESS_ENTRY: Operation[DeleteAccessEntryRequest, DeleteAccessEntryResponse] = Operation(
    "DeleteAccessEntry",
    DeleteAccessEntryRequest,
    DeleteAccessEntryResponse,
    "DELETE",
    "/clusters/{name}/access-entries/{principalArn}",
)
DELETE_ADDON: Operation[DeleteAddonRequest, DeleteAddonResponse] = Operation(
    "DeleteAddon",
    DeleteAddonRequest,
    DeleteAddonResponse,
    "DELETE",
    "/clusters/{name}/addons/{addonName}",
)
DELETE_CAPABILITY: Operation[DeleteCapabilityRequest, DeleteCapabilityResponse] = Operation(
    "DeleteCapability",
    DeleteCapabilityRequest,
    DeleteCapabilityResponse,
    "DELETE",
    "/clusters/{name}/capabilities/{capabilityName}",
)
DELETE_CERTIFICATE_AUTHORITY: Operation[
    DeleteCertificateAuthorityRequest, DeleteCertificateAuthorityResponse
] = Operation(
    "DeleteCertificateAuthority",
    DeleteCertificateAuthorityRequest,
    DeleteCertificateAuthorityResponse,
    "DELETE",
    "/clusters/{name}/certificate-authorities/{certificateAuthorityId}",
)
DELETE_CLUSTER: Operation[DeleteClusterRequest, DeleteClusterResponse] = Operation(
    "DeleteCluster", DeleteClusterRequest, DeleteClusterResponse, "DELETE", "/clusters/{name}"
)
DELETE_EKS_ANYWHERE_SUBSCRIPTION: Operation[
    DeleteEksAnywhereSubscriptionRequest, DeleteEksAnywhereSubscriptionResponse
] = Operation(
    "DeleteEksAnywhereSubscription",
    DeleteEksAnywhereSubscriptionRequest,
    DeleteEksAnywhereSubscriptionResponse,
    "DELETE",
    "/eks-anywhere-subscriptions/{id}",
)
DELETE_FARGATE_PROFILE: Operation[DeleteFargateProfileRequest, DeleteFargateProfileResponse] = (
    Operation(
        "DeleteFargateProfile",
        DeleteFargateProfileRequest,
        DeleteFargateProfileResponse,
        "DELETE",
        "/clusters/{name}/fargate-profiles/{fargateProfileName}",
    )
)
DELETE_NODEGROUP: Operation[DeleteNodegroupRequest, DeleteNodegroupResponse] = Operation(
    "DeleteNodegroup",
    DeleteNodegroupRequest,
    DeleteNodegroupResponse,
    "DELETE",
    "/clusters/{name}/node-groups/{nodegroupName}",
)
DELETE_POD_IDENTITY_ASSOCIATION: Operation[
    DeletePodIdentityAssociationRequest, DeletePodIdentityAssociationResponse
] = Operation(
    "DeletePodIdentityAssociation",
    DeletePodIdentityAssociationRequest,
    DeletePodIdentityAssociationResponse,
    "DELETE",
    "/clusters/{name}/pod-identity-associations/{associationId}",
)
DEREGISTER_CLUSTER: Operation[DeregisterClusterRequest, DeregisterClusterResponse] = Operation(
    "DeregisterCluster",
    DeregisterClusterRequest,
    DeregisterClusterResponse,
    "DELETE",
    "/cluster-registrations/{name}",
)
DESCRIBE_ACCESS_ENTRY: Operation[DescribeAccessEntryRequest, DescribeAccessEntryResponse] = (
    Operation(
        "DescribeAccessEntry",
        DescribeAccessEntryRequest,
        DescribeAccessEntryResponse,
        "GET",
        "/clusters/{name}/access-entries/{principalArn}",
    )
)
DESCRIBE_ADDON: Operation[DescribeAddonRequest, DescribeAddonResponse] = Operation(
    "DescribeAddon",
    DescribeAddonRequest,
    DescribeAddonResponse,
    "GET",
    "/clusters/{name}/addons/{addonName}",
)
DESCRIBE_ADDON_CONFIGURATION: Operation[
    DescribeAddonConfigurationRequest, DescribeAddonConfigurationResponse
] = Operation(
    "DescribeAddonConfiguration",
    DescribeAddonConfigurationRequest,
    DescribeAddonConfigurationResponse,
    "GET",
    "/addons/configuration-schemas",
)
DESCRIBE_ADDON_VERSIONS: Operation[DescribeAddonVersionsRequest, DescribeAddonVersionsResponse] = (
    Operation(
        "DescribeAddonVersions",
        DescribeAddonVersionsRequest,
        DescribeAddonVersionsResponse,
        "GET",
        "/addons/supported-versions",
    )
)
DESCRIBE_CAPABILITY: Operation[DescribeCapabilityRequest, DescribeCapabilityResponse] = Operation(
    "DescribeCapability",
    DescribeCapabilityRequest,
    DescribeCapabilityResponse,
    "GET",
    "/clusters/{name}/capabilities/{capabilityName}",
)
DESCRIBE_CERTIFICATE_AUTHORITY: Operation[
    DescribeCertificateAuthorityRequest, DescribeCertificateAuthorityResponse
] = Operation(
    "DescribeCertificateAuthority",
    DescribeCertificateAuthorityRequest,
    DescribeCertificateAuthorityResponse,
    "GET",
    "/clusters/{name}/certificate-authorities/{certificateAuthorityId}",
)
DESCRIBE_CLUSTER: Operation[DescribeClusterRequest, DescribeClusterResponse] = Operation(
    "DescribeCluster", DescribeClusterRequest, DescribeClusterResponse, "GET", "/clusters/{name}"
)
DESCRIBE_CLUSTER_VERSIONS: Operation[
    DescribeClusterVersionsRequest, DescribeClusterVersionsResponse
] = Operation(
    "DescribeClusterVersions",
    DescribeClusterVersionsRequest,
    DescribeClusterVersionsResponse,
    "GET",
    "/cluster-versions",
)
DESCRIBE_EKS_ANYWHERE_SUBSCRIPTION: Operation[
    DescribeEksAnywhereSubscriptionRequest, DescribeEksAnywhereSubscriptionResponse
] = Operation(
    "DescribeEksAnywhereSubscription",
    DescribeEksAnywhereSubscriptionRequest,
    DescribeEksAnywhereSubscriptionResponse,
    "GET",
    "/eks-anywhere-subscriptions/{id}",
)
DESCRIBE_FARGATE_PROFILE: Operation[
    DescribeFargateProfileRequest, DescribeFargateProfileResponse
] = Operation(
    "DescribeFargateProfile",
    DescribeFargateProfileRequest,
    DescribeFargateProfileResponse,
    "GET",
    "/clusters/{name}/fargate-profiles/{fargateProfileName}",
)
DESCRIBE_IDENTITY_PROVIDER_CONFIG: Operation[
    DescribeIdentityProviderConfigRequest, DescribeIdentityProviderConfigResponse
] = Operation(
    "DescribeIdentityProviderConfig",
    DescribeIdentityProviderConfigRequest,
    DescribeIdentityProviderConfigResponse,
    "POST",
    "/clusters/{name}/identity-provider-configs/describe",
)
DESCRIBE_INSIGHT: Operation[DescribeInsightRequest, DescribeInsightResponse] = Operation(
    "DescribeInsight",
    DescribeInsightRequest,
    DescribeInsightResponse,
    "GET",
    "/clusters/{name}/insights/{id}",
)
DESCRIBE_INSIGHTS_REFRESH: Operation[
    DescribeInsightsRefreshRequest, DescribeInsightsRefreshResponse
] = Operation(
    "DescribeInsightsRefresh",
    DescribeInsightsRefreshRequest,
    DescribeInsightsRefreshResponse,
    "GET",
    "/clusters/{name}/insights-refresh",
)
DESCRIBE_NODEGROUP: Operation[DescribeNodegroupRequest, DescribeNodegroupResponse] = Operation(
    "DescribeNodegroup",
    DescribeNodegroupRequest,
    DescribeNodegroupResponse,
    "GET",
    "/clusters/{name}/node-groups/{nodegroupName}",
)
DESCRIBE_POD_IDENTITY_ASSOCIATION: Operation[
    DescribePodIdentityAssociationRequest, DescribePodIdentityAssociationResponse
] = Operation(
    "DescribePodIdentityAssociation",
    DescribePodIdentityAssociationRequest,
    DescribePodIdentityAssociationResponse,
    "GET",
    "/clusters/{name}/pod-identity-associations/{associationId}",
)
DESCRIBE_UPDATE: Operation[DescribeUpdateRequest, DescribeUpdateResponse] = Operation(
    "DescribeUpdate",
    DescribeUpdateRequest,
    DescribeUpdateResponse,
    "GET",
    "/clusters/{name}/updates/{updateId}",
)
DISASSOCIATE_ACCESS_POLICY: Operation[
    DisassociateAccessPolicyRequest, DisassociateAccessPolicyResponse
] = Operation(
    "DisassociateAccessPolicy",
    DisassociateAccessPolicyRequest,
    DisassociateAccessPolicyResponse,
    "DELETE",
    "/clusters/{name}/access-entries/{principalArn}/access-policies/{policyArn}",
)
DISASSOCIATE_IDENTITY_PROVIDER_CONFIG: Operation[
    DisassociateIdentityProviderConfigRequest, DisassociateIdentityProviderConfigResponse
] = Operation(
    "DisassociateIdentityProviderConfig",
    DisassociateIdentityProviderConfigRequest,
    DisassociateIdentityProviderConfigResponse,
    "POST",
    "/clusters/{name}/identity-provider-configs/disassociate",
)
LIST_ACCESS_ENTRIES: Operation[ListAccessEntriesRequest, ListAccessEntriesResponse] = Operation(
    "ListAccessEntries",
    ListAccessEntriesRequest,
    ListAccessEntriesResponse,
    "GET",
    "/clusters/{name}/access-entries",
)
LIST_ACCESS_POLICIES: Operation[ListAccessPoliciesRequest, ListAccessPoliciesResponse] = Operation(
    "ListAccessPolicies",
    ListAccessPoliciesRequest,
    ListAccessPoliciesResponse,
    "GET",
    "/access-policies",
)
LIST_ADDONS: Operation[ListAddonsRequest, ListAddonsResponse] = Operation(
    "ListAddons", ListAddonsRequest, ListAddonsResponse, "GET", "/clusters/{name}/addons"
)
LIST_ASSOCIATED_ACCESS_POLICIES: Operation[
    ListAssociatedAccessPoliciesRequest, ListAssociatedAccessPoliciesResponse
] = Operation(
    "ListAssociatedAccessPolicies",
    ListAssociatedAccessPoliciesRequest,
    ListAssociatedAccessPoliciesResponse,
    "GET",
    "/clusters/{name}/access-entries/{principalArn}/access-policies",
)
LIST_CAPABILITIES: Operation[ListCapabilitiesRequest, ListCapabilitiesResponse] = Operation(
    "ListCapabilities",
    ListCapabilitiesRequest,
    ListCapabilitiesResponse,
    "GET",
    "/clusters/{name}/capabilities",
)
LIST_CERTIFICATE_AUTHORITIES: Operation[
    ListCertificateAuthoritiesRequest, ListCertificateAuthoritiesResponse
] = Operation(
    "ListCertificateAuthorities",
    ListCertificateAuthoritiesRequest,
    ListCertificateAuthoritiesResponse,
    "GET",
    "/clusters/{name}/certificate-authorities",
)
LIST_CLUSTERS: Operation[ListClustersRequest, ListClustersResponse] = Operation(
    "ListClusters", ListClustersRequest, ListClustersResponse, "GET", "/clusters"
)
LIST_EKS_ANYWHERE_SUBSCRIPTIONS: Operation[
    ListEksAnywhereSubscriptionsRequest, ListEksAnywhereSubscriptionsResponse
] = Operation(
    "ListEksAnywhereSubscriptions",
    ListEksAnywhereSubscriptionsRequest,
    ListEksAnywhereSubscriptionsResponse,
    "GET",
    "/eks-anywhere-subscriptions",
)
LIST_FARGATE_PROFILES: Operation[ListFargateProfilesRequest, ListFargateProfilesResponse] = (
    Operation(
        "ListFargateProfiles",
        ListFargateProfilesRequest,
        ListFargateProfilesResponse,
        "GET",
        "/clusters/{name}/fargate-profiles",
    )
)
LIST_IDENTITY_PROVIDER_CONFIGS: Operation[
    ListIdentityProviderConfigsRequest, ListIdentityProviderConfigsResponse
] = Operation(
    "ListIdentityProviderConfigs",
    ListIdentityProviderConfigsRequest,
    ListIdentityProviderConfigsResponse,
    "GET",
    "/clusters/{name}/identity-provider-configs",
)
LIST_INSIGHTS: Operation[ListInsightsRequest, ListInsightsResponse] = Operation(
    "ListInsights", ListInsightsRequest, ListInsightsResponse, "POST", "/clusters/{name}/insights"
)
LIST_NODEGROUPS: Operation[ListNodegroupsRequest, ListNodegroupsResponse] = Operation(
    "ListNodegroups",
    ListNodegroupsRequest,
    ListNodegroupsResponse,
    "GET",
    "/clusters/{name}/node-groups",
)
LIST_POD_IDENTITY_ASSOCIATIONS: Operation[
    ListPodIdentityAssociationsRequest, ListPodIdentityAssociationsResponse
] = Operation(
    "ListPodIdentityAssociations",
    ListPodIdentityAssociationsRequest,
    ListPodIdentityAssociationsResponse,
    "GET",
    "/clusters/{name}/pod-identity-associations",
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
LIST_UPDATES: Operation[ListUpdatesRequest, ListUpdatesResponse] = Operation(
    "ListUpdates", ListUpdatesRequest, ListUpdatesResponse, "GET", "/clusters/{name}/updates"
)
REGISTER_CLUSTER: Operation[RegisterClusterRequest, RegisterClusterResponse] = Operation(
    "RegisterCluster",
    RegisterClusterRequest,
    RegisterClusterResponse,
    "POST",
    "/cluster-registrations",
)
START_INSIGHTS_REFRESH: Operation[StartInsightsRefreshRequest, StartInsightsRefreshResponse] = (
    Operation(
        "StartInsightsRefresh",
        StartInsightsRefreshRequest,
        StartInsightsRefreshResponse,
        "POST",
        "/clusters/{name}/insights-refresh",
    )
)
TAG_RESOURCE: Operation[TagResourceRequest, TagResourceResponse] = Operation(
    "TagResource", TagResourceRequest, TagResourceResponse, "POST", "/tags/{resourceArn}"
)
UNTAG_RESOURCE: Operation[UntagResourceRequest, UntagResourceResponse] = Operation(
    "UntagResource", UntagResourceRequest, UntagResourceResponse, "DELETE", "/tags/{resourceArn}"
)
UPDATE_ACCESS_ENTRY: Operation[UpdateAccessEntryRequest, UpdateAccessEntryResponse] = Operation(
    "UpdateAccessEntry",
    UpdateAccessEntryRequest,
    UpdateAccessEntryResponse,
    "POST",
    "/clusters/{name}/access-entries/{principalArn}",
)
UPDATE_ADDON: Operation[UpdateAddonRequest, UpdateAddonResponse] = Operation(
    "UpdateAddon",
    UpdateAddonRequest,
    UpdateAddonResponse,
    "POST",
    "/clusters/{name}/addons/{addonName}/update",
)
UPDATE_CAPABILITY: Operation[UpdateCapabilityRequest, UpdateCapabilityResponse] = Operation(
    "UpdateCapability",
    UpdateCapabilityRequest,
    UpdateCapabilityResponse,
    "POST",
    "/clusters/{name}/capabilities/{capabilityName}",
)
UPDATE_CLUSTER_CONFIG: Operation[UpdateClusterConfigRequest, UpdateClusterConfigResponse] = (
    Operation(
        "UpdateClusterConfig",
        UpdateClusterConfigRequest,
        UpdateClusterConfigResponse,
        "POST",
        "/clusters/{name}/update-config",
    )
)
UPDATE_CLUSTER_VERSION: Operation[UpdateClusterVersionRequest, UpdateClusterVersionResponse] = (
    Operation(
        "UpdateClusterVersion",
        UpdateClusterVersionRequest,
        UpdateClusterVersionResponse,
        "POST",
        "/clusters/{name}/updates",
    )
)
UPDATE_EKS_ANYWHERE_SUBSCRIPTION: Operation[
    UpdateEksAnywhereSubscriptionRequest, UpdateEksAnywhereSubscriptionResponse
] = Operation(
    "UpdateEksAnywhereSubscription",
    UpdateEksAnywhereSubscriptionRequest,
    UpdateEksAnywhereSubscriptionResponse,
    "POST",
    "/eks-anywhere-subscriptions/{id}",
)
UPDATE_NODEGROUP_CONFIG: Operation[UpdateNodegroupConfigRequest, UpdateNodegroupConfigResponse] = (
    Operation(
        "UpdateNodegroupConfig",
        UpdateNodegroupConfigRequest,
        UpdateNodegroupConfigResponse,
        "POST",
        "/clusters/{name}/node-groups/{nodegroupName}/update-config",
    )
)
UPDATE_NODEGROUP_VERSION: Operation[
    UpdateNodegroupVersionRequest, UpdateNodegroupVersionResponse
] = Operation(
    "UpdateNodegroupVersion",
    UpdateNodegroupVersionRequest,
    UpdateNodegroupVersionResponse,
    "POST",
    "/clusters/{name}/node-groups/{nodegroupName}/update-version",
)
UPDATE_POD_IDENTITY_ASSOCIATION: Operation[
    UpdatePodIdentityAssociationRequest, UpdatePodIdentityAssociationResponse
] = Operation(
    "UpdatePodIdentityAssociation",
    UpdatePodIdentityAssociationRequest,
    UpdatePodIdentityAssociationResponse,
    "POST",
    "/clusters/{name}/pod-identity-associations/{associationId}",
)
