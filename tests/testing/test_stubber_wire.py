"""The stubbed answers look like the services' own on the wire."""

from __future__ import annotations

import json

import pytest

from emrk.eks import EKSClient, ListClustersResponse, ResourceNotFoundException
from emrk.emr import EMRClient, GetClusterSessionCredentialsResponse
from emrk.pcs import ConflictException, PCSClient
from emrk.pcs import ListClustersResponse as PCSListClusters
from emrk.testing import Stubber, _error_wire


def test_rest_json_error_names_its_code_in_the_header(eks: EKSClient) -> None:
    error = ResourceNotFoundException("gone", cluster_name="prod")
    headers, body = _error_wire(eks._SERVICE, error)
    assert headers["x-amzn-ErrorType"] == "ResourceNotFoundException"
    assert json.loads(body) == {"message": "gone", "clusterName": "prod"}


def test_aws_json_error_names_its_code_in_the_body(pcs: PCSClient) -> None:
    error = ConflictException("busy", resource_id="pcs_1", resource_type="cluster")
    headers, body = _error_wire(pcs._SERVICE, error)
    assert "x-amzn-ErrorType" not in headers
    assert headers["Content-Type"] == "application/x-amz-json-1.0"
    assert json.loads(body) == {
        "__type": "ConflictException",
        "message": "busy",
        "resourceId": "pcs_1",
        "resourceType": "cluster",
    }


@pytest.mark.parametrize(
    ("fixture", "method", "response", "content_type"),
    [
        ("eks", "list_clusters", ListClustersResponse(), "application/json"),
        ("pcs", "list_clusters", PCSListClusters(clusters=[]), "application/x-amz-json-1.0"),
        (
            "emr",
            "get_cluster_session_credentials",
            GetClusterSessionCredentialsResponse(),
            "application/x-amz-json-1.1",
        ),
    ],
)
def test_success_carries_the_protocol_content_type(
    request: pytest.FixtureRequest,
    fixture: str,
    method: str,
    response: object,
    content_type: str,
) -> None:
    client: EKSClient | PCSClient | EMRClient = request.getfixturevalue(fixture)
    with Stubber(client) as stub:
        stub.add_response(method, response)  # type: ignore[arg-type]
        kwargs = {"cluster_id": "j-1"} if fixture == "emr" else {}
        answer = getattr(client, method)(**kwargs)
    assert answer.response_metadata.http_headers["Content-Type"] == content_type
