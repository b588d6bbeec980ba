"""The EKS client offline: what goes on the wire and what comes back, with ``responses``.

Requests are compared with what botocore 1.44.5 would send for the same call
(path labels bound under another name, query-string lists, idempotency
tokens), and error answers are checked to come back as the typed exception
with the error shape's members filled in.
"""

from __future__ import annotations

import json
import re
import uuid
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import botocore.session
import pytest
import responses
from botocore.awsrequest import prepare_request_dict
from botocore.serialize import create_serializer

import emrk
from emrk.eks import (
    AccessScope,
    AccessScopeType,
    ClusterStatus,
    EksAnywhereSubscriptionStatus,
    EKSClient,
    EKSError,
    InsightsFilter,
    InvalidParameterException,
    NodegroupScalingConfig,
    ResourceInUseException,
    ResourceNotFoundException,
    Taint,
    TaintEffect,
    UnsupportedAvailabilityZoneException,
    VpcConfigRequest,
)

ENDPOINT = "https://eks.us-east-1.amazonaws.com"
ANY_URL = re.compile(re.escape(ENDPOINT) + r"/.*")
TOKEN = "11111111-2222-4333-8444-555555555555"
CLUSTER_ARN = "arn:aws:eks:us-east-1:123456789012:cluster/prod"


@pytest.fixture
def eks(session: emrk.Session) -> EKSClient:
    client = EKSClient(session=session, sleep=lambda _seconds: None)
    return client


def _sent() -> Any:
    assert len(responses.calls) == 1
    return responses.calls[0].request


def _path_and_query(url: str) -> tuple[str, list[tuple[str, str]]]:
    parts = urlsplit(url)
    return parts.path, parse_qsl(parts.query, keep_blank_values=True)


# -- the wire matches botocore ----------------------------------------------------

#: (method, emrk kwargs, botocore operation, botocore params)
WIRE_CASES: list[tuple[str, dict[str, Any], str, dict[str, Any]]] = [
    (
        "describe_nodegroup",
        {"cluster_name": "prod", "nodegroup_name": "workers"},
        "DescribeNodegroup",
        {"clusterName": "prod", "nodegroupName": "workers"},
    ),
    (
        "describe_addon_versions",
        {
            "kubernetes_version": "1.31",
            "types": ["networking", "storage"],
            "publishers": ["eks", "aws"],
            "owners": ["aws-marketplace"],
            "max_results": 10,
        },
        "DescribeAddonVersions",
        {
            "kubernetesVersion": "1.31",
            "types": ["networking", "storage"],
            "publishers": ["eks", "aws"],
            "owners": ["aws-marketplace"],
            "maxResults": 10,
        },
    ),
    ("list_clusters", {"include": ["all"]}, "ListClusters", {"include": ["all"]}),
    (
        "describe_cluster_versions",
        {"cluster_versions": ["1.30", "1.31"], "default_only": True, "include_all": False},
        "DescribeClusterVersions",
        {"clusterVersions": ["1.30", "1.31"], "defaultOnly": True, "includeAll": False},
    ),
    (
        "list_eks_anywhere_subscriptions",
        {"include_status": [EksAnywhereSubscriptionStatus.ACTIVE, "EXPIRED"]},
        "ListEksAnywhereSubscriptions",
        {"includeStatus": ["ACTIVE", "EXPIRED"]},
    ),
    (
        "untag_resource",
        {"resource_arn": CLUSTER_ARN, "tag_keys": ["team", "cost center"]},
        "UntagResource",
        {"resourceArn": CLUSTER_ARN, "tagKeys": ["team", "cost center"]},
    ),
    (
        "delete_certificate_authority",
        {
            "cluster_name": "prod",
            "certificate_authority_id": "ca-1",
            "client_request_token": TOKEN,
        },
        "DeleteCertificateAuthority",
        {"clusterName": "prod", "certificateAuthorityId": "ca-1", "clientRequestToken": TOKEN},
    ),
    (
        "describe_update",
        {"name": "prod", "update_id": "u-1", "addon_name": "vpc-cni"},
        "DescribeUpdate",
        {"name": "prod", "updateId": "u-1", "addonName": "vpc-cni"},
    ),
    (
        "associate_access_policy",
        {
            "cluster_name": "prod",
            "principal_arn": "arn:aws:iam::123456789012:role/dev",
            "policy_arn": "arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy",
            "access_scope": AccessScope(type=AccessScopeType.NAMESPACE, namespaces=["dev"]),
        },
        "AssociateAccessPolicy",
        {
            "clusterName": "prod",
            "principalArn": "arn:aws:iam::123456789012:role/dev",
            "policyArn": "arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy",
            "accessScope": {"type": "namespace", "namespaces": ["dev"]},
        },
    ),
    (
        "create_nodegroup",
        {
            "cluster_name": "prod",
            "nodegroup_name": "workers",
            "subnets": ["subnet-1"],
            "node_role": "arn:aws:iam::123456789012:role/node",
            "scaling_config": NodegroupScalingConfig(min_size=1, max_size=3, desired_size=2),
            "taints": [Taint(key="gpu", value="true", effect=TaintEffect.NO_SCHEDULE)],
            "client_request_token": TOKEN,
        },
        "CreateNodegroup",
        {
            "clusterName": "prod",
            "nodegroupName": "workers",
            "subnets": ["subnet-1"],
            "nodeRole": "arn:aws:iam::123456789012:role/node",
            "scalingConfig": {"minSize": 1, "maxSize": 3, "desiredSize": 2},
            "taints": [{"key": "gpu", "value": "true", "effect": "NO_SCHEDULE"}],
            "clientRequestToken": TOKEN,
        },
    ),
    (
        "list_insights",
        {"cluster_name": "prod", "filter": InsightsFilter(categories=["UPGRADE_READINESS"])},
        "ListInsights",
        {"clusterName": "prod", "filter": {"categories": ["UPGRADE_READINESS"]}},
    ),
    (
        "delete_access_entry",
        {"cluster_name": "prod", "principal_arn": "arn:aws:iam::123456789012:role/a b"},
        "DeleteAccessEntry",
        {"clusterName": "prod", "principalArn": "arn:aws:iam::123456789012:role/a b"},
    ),
]


def _botocore_request(operation: str, params: dict[str, Any]) -> dict[str, Any]:
    model = botocore.session.get_session().get_service_model("eks")
    serializer = create_serializer("rest-json", include_validation=True)
    request = serializer.serialize_to_request(params, model.operation_model(operation))
    prepare_request_dict(request, ENDPOINT)
    return request


@pytest.mark.parametrize(
    ("method", "kwargs", "operation", "params"),
    WIRE_CASES,
    ids=[case[0] for case in WIRE_CASES],
)
@responses.activate
def test_request_matches_botocore(
    eks: EKSClient, method: str, kwargs: dict[str, Any], operation: str, params: dict[str, Any]
) -> None:
    expected = _botocore_request(operation, params)
    responses.add(expected["method"], ANY_URL, json={})
    getattr(eks, method)(**kwargs)
    sent = _sent()
    assert sent.method == expected["method"]
    # botocore orders the query by the caller's argument order; SigV4 sorts it anyway.
    path, query = _path_and_query(sent.url)
    want_path, want_query = _path_and_query(expected["url"])
    assert (path, sorted(query)) == (want_path, sorted(want_query))
    want_body = json.loads(expected["body"]) if expected["body"] else None
    got_body = json.loads(sent.body) if sent.body else None
    assert got_body == want_body


@responses.activate
def test_path_label_bound_under_another_name(eks: EKSClient) -> None:
    responses.get(
        ENDPOINT + "/clusters/prod/node-groups/workers",
        json={"nodegroup": {"nodegroupName": "workers", "clusterName": "prod"}},
    )
    result = eks.describe_nodegroup(cluster_name="prod", nodegroup_name="workers")
    assert result.nodegroup is not None
    assert result.nodegroup.cluster_name == "prod"
    assert urlsplit(_sent().url).path == "/clusters/prod/node-groups/workers"


@responses.activate
def test_label_is_one_percent_encoded_segment(eks: EKSClient) -> None:
    responses.get(ANY_URL, json={"tags": {"team": "data"}})
    assert eks.list_tags_for_resource(resource_arn=CLUSTER_ARN).tags == {"team": "data"}
    assert _sent().path_url == ("/tags/arn%3Aaws%3Aeks%3Aus-east-1%3A123456789012%3Acluster%2Fprod")


@responses.activate
def test_query_lists_repeat_the_key(eks: EKSClient) -> None:
    responses.get(ANY_URL, json={"addons": []})
    eks.describe_addon_versions(types=["networking", "storage"], owners=["aws"])
    assert _path_and_query(_sent().url)[1] == [
        ("types", "networking"),
        ("types", "storage"),
        ("owners", "aws"),
    ]


# -- idempotency tokens ------------------------------------------------------------


@responses.activate
def test_delete_certificate_authority_token_goes_in_the_query(eks: EKSClient) -> None:
    responses.delete(ANY_URL, json={})
    eks.delete_certificate_authority(cluster_name="prod", certificate_authority_id="ca-1")
    path, query = _path_and_query(_sent().url)
    assert path == "/clusters/prod/certificate-authorities/ca-1"
    assert [k for k, _ in query] == ["clientRequestToken"]
    assert uuid.UUID(query[0][1]).version == 4
    assert not _sent().body


@responses.activate
def test_same_query_token_on_every_retry(eks: EKSClient) -> None:
    responses.delete(ANY_URL, status=503, json={"message": "busy"})
    responses.delete(ANY_URL, json={})
    eks.delete_certificate_authority(cluster_name="prod", certificate_authority_id="ca-1")
    tokens = {_path_and_query(c.request.url)[1][0][1] for c in responses.calls}
    assert len(responses.calls) == 2
    assert len(tokens) == 1


@responses.activate
def test_body_token_filled_once_per_call(eks: EKSClient) -> None:
    responses.post(ANY_URL, status=500, json={"message": "oops"})
    responses.post(ANY_URL, json={"cluster": {"name": "prod", "status": "CREATING"}})
    responses.post(ANY_URL, json={"cluster": {"name": "other", "status": "CREATING"}})
    vpc = VpcConfigRequest(subnet_ids=["subnet-1", "subnet-2"])
    role = "arn:aws:iam::123456789012:role/eks"
    eks.create_cluster(name="prod", role_arn=role, resources_vpc_config=vpc)
    eks.create_cluster(name="other", role_arn=role, resources_vpc_config=vpc)
    tokens = [json.loads(c.request.body)["clientRequestToken"] for c in responses.calls]
    assert tokens[0] == tokens[1]  # the retry
    assert tokens[1] != tokens[2]  # a new call


def test_every_botocore_idempotency_token_is_declared() -> None:
    from emrk.core.model import plan_of
    from emrk.eks import operations

    model = botocore.session.get_session().get_service_model("eks")
    for name in model.operation_names:
        shape = model.operation_model(name).input_shape
        wanted = {
            (m, s.serialization.get("location", "body"))
            for m, s in (shape.members.items() if shape else ())
            if s.metadata.get("idempotencyToken")
        }
        op = getattr(operations, botocore.xform_name(name).upper())
        declared = {
            (f.spec.wire, f.spec.location)
            for f in plan_of(op.input).fields
            if f.spec.idempotency_token
        }
        assert declared == wanted, name


# -- responses and errors ----------------------------------------------------------


@responses.activate
def test_unknown_enum_value_is_kept_as_str(eks: EKSClient) -> None:
    responses.get(ENDPOINT + "/clusters/prod", json={"cluster": {"status": "HIBERNATING"}})
    responses.get(ENDPOINT + "/clusters/prod", json={"cluster": {"status": "ACTIVE"}})
    first = eks.describe_cluster(name="prod").cluster
    second = eks.describe_cluster(name="prod").cluster
    assert first is not None and second is not None
    assert first.status == "HIBERNATING"
    assert type(first.status) is str
    assert second.status is ClusterStatus.ACTIVE


@responses.activate
def test_unknown_fields_are_ignored(eks: EKSClient) -> None:
    responses.get(
        ENDPOINT + "/clusters/prod",
        json={"cluster": {"name": "prod", "aFieldFromTheFuture": {"x": 1}}, "extra": True},
    )
    cluster = eks.describe_cluster(name="prod").cluster
    assert cluster is not None and cluster.name == "prod"


def _error(status: int, code: str, body: dict[str, Any]) -> None:
    responses.add(
        responses.GET, ANY_URL, status=status, json=body, headers={"x-amzn-ErrorType": code}
    )


@responses.activate
def test_resource_not_found_members(eks: EKSClient) -> None:
    _error(
        404,
        "ResourceNotFoundException",
        {
            "message": "No node group found for name: workers.",
            "clusterName": "prod",
            "nodegroupName": "workers",
        },
    )
    with pytest.raises(ResourceNotFoundException) as info:
        eks.describe_nodegroup(cluster_name="prod", nodegroup_name="workers")
    err = info.value
    assert (err.cluster_name, err.nodegroup_name) == ("prod", "workers")
    assert err.fargate_profile_name is None and err.addon_name is None
    assert err.code == "ResourceNotFoundException"
    assert err.status_code == 404
    assert err.message == "No node group found for name: workers."
    assert isinstance(err, EKSError) and isinstance(err, emrk.ServiceError)


@responses.activate
def test_unsupported_availability_zone_valid_zones(eks: EKSClient) -> None:
    responses.post(
        ANY_URL,
        status=400,
        json={
            "message": "us-east-1e cannot host the control plane",
            "clusterName": "prod",
            "validZones": ["us-east-1a", "us-east-1b", "us-east-1c"],
        },
        headers={"x-amzn-ErrorType": "UnsupportedAvailabilityZoneException"},
    )
    with pytest.raises(UnsupportedAvailabilityZoneException) as info:
        eks.create_cluster(
            name="prod",
            role_arn="arn:aws:iam::123456789012:role/eks",
            resources_vpc_config=VpcConfigRequest(subnet_ids=["subnet-e"]),
        )
    assert info.value.valid_zones == ["us-east-1a", "us-east-1b", "us-east-1c"]
    assert info.value.cluster_name == "prod"


@responses.activate
def test_error_code_from_the_body_when_no_header(eks: EKSClient) -> None:
    responses.get(
        ANY_URL,
        status=400,
        json={
            "__type": "InvalidParameterException",
            "message": "bad",
            "fargateProfileName": "fp",
        },
    )
    with pytest.raises(InvalidParameterException) as info:
        eks.describe_fargate_profile(cluster_name="prod", fargate_profile_name="fp")
    assert info.value.fargate_profile_name == "fp"


@responses.activate
def test_resource_in_use_members(eks: EKSClient) -> None:
    responses.delete(
        ANY_URL,
        status=409,
        json={"message": "Cluster has nodegroups attached", "clusterName": "prod"},
        headers={"x-amzn-ErrorType": "ResourceInUseException"},
    )
    with pytest.raises(ResourceInUseException) as info:
        eks.delete_cluster(name="prod")
    assert info.value.cluster_name == "prod"


@responses.activate
def test_unknown_error_code_raises_the_service_base(eks: EKSClient) -> None:
    _error(400, "BrandNewException", {"message": "something new"})
    with pytest.raises(EKSError) as info:
        eks.describe_cluster(name="prod")
    assert type(info.value) is EKSError
    assert info.value.code == "BrandNewException"


def test_error_classes_match_botocore() -> None:
    from emrk.eks.errors import ERRORS

    model = botocore.session.get_session().get_service_model("eks")
    shapes = {
        s.name: s for op in model.operation_names for s in model.operation_model(op).error_shapes
    }
    assert set(ERRORS) == set(shapes)
    assert len(ERRORS) == 15
    for name, shape in shapes.items():
        wanted = {botocore.xform_name(m): m for m in shape.members if m != "message"}
        assert ERRORS[name].wire_members == wanted, name


# -- validation, pagination, endpoint ------------------------------------------------


@responses.activate
def test_validation_happens_before_sending(eks: EKSClient) -> None:
    with pytest.raises(emrk.ParamValidationError, match="max_results"):
        eks.list_clusters(max_results=0)
    with pytest.raises(emrk.ParamValidationError, match="tag_keys"):
        eks.untag_resource(resource_arn=CLUSTER_ARN, tag_keys=[])
    assert len(responses.calls) == 0


@responses.activate
def test_paginator_follows_next_token(eks: EKSClient) -> None:
    responses.get(ANY_URL, json={"clusters": ["a", "b"], "nextToken": "t1"})
    responses.get(ANY_URL, json={"clusters": ["c"]})
    assert list(eks.paginate_list_clusters(max_results=2)) == ["a", "b", "c"]
    queries = [_path_and_query(c.request.url)[1] for c in responses.calls]
    assert queries == [[("maxResults", "2")], [("maxResults", "2"), ("nextToken", "t1")]]


@responses.activate
def test_paginator_pages_are_response_models(eks: EKSClient) -> None:
    responses.get(ANY_URL, json={"updateIds": ["u1"], "nextToken": "t1"})
    responses.get(ANY_URL, json={"updateIds": ["u2"]})
    pages = list(eks.paginate_list_updates(name="prod", nodegroup_name="workers").pages())
    assert [p.update_ids for p in pages] == [["u1"], ["u2"]]
    assert pages[0].response_metadata is not None


def test_every_botocore_paginator_has_a_method() -> None:
    """One paginate_ method per botocore paginator (16 in botocore 1.44.5), and no other."""
    model = botocore.session.get_session().get_paginator_model("eks")
    expected = {"paginate_" + botocore.xform_name(name) for name in model._paginator_config}
    assert len(expected) == 16
    methods = {name for name in dir(EKSClient) if name.startswith("paginate_")}
    assert methods == expected
    assert all(callable(getattr(EKSClient, name)) for name in methods)


@responses.activate
def test_endpoint_and_signing(eks: EKSClient) -> None:
    responses.get(ANY_URL, json={"clusters": []})
    eks.list_clusters()
    sent = _sent()
    assert urlsplit(sent.url).netloc == "eks.us-east-1.amazonaws.com"
    assert "/us-east-1/eks/aws4_request" in sent.headers["Authorization"]
    assert eks.endpoint_url == ENDPOINT


def test_public_names_are_exported() -> None:
    import emrk.eks as package

    for name in ("EKSClient", "EKSError", "Cluster", "ResourceNotFoundException", "ClusterStatus"):
        assert name in package.__all__
    assert len(set(package.__all__)) == len(package.__all__)
