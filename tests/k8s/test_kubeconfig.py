"""EKSClient.build_kubeconfig / write_kubeconfig: documents, merging and files."""

from __future__ import annotations

import json
import os
import pathlib
import stat
import sys
from collections.abc import Iterator
from typing import Any

import pytest
import responses
import yaml

import emrk
from emrk.eks import EKSClient, ResourceNotFoundException
from emrk.eks.kubeconfig import Kubeconfig, KubeconfigError

ARN = "arn:aws:eks:us-west-2:111122223333:cluster/prod"
SERVER = "https://ABCDEF0123456789.gr7.us-west-2.eks.amazonaws.com"
CA = "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUM1ekNDQWMrZ0F3SUJBZ0lCQURBTkJn"
DESCRIBE_URL = "https://eks.us-west-2.amazonaws.com/clusters/prod"


def _cluster(**overrides: Any) -> dict[str, Any]:
    cluster = {
        "name": "prod",
        "arn": ARN,
        "endpoint": SERVER,
        "certificateAuthority": {"data": CA},
        "status": "ACTIVE",
        "version": "1.31",
    }
    cluster.update(overrides)
    return {"cluster": cluster}


def _expected_exec(*extra: str, command: str = sys.executable) -> dict[str, Any]:
    args = ["-m", "emrk", "eks", "get-token", "--cluster-name", "prod", "--region", "us-west-2"]
    return {
        "apiVersion": "client.authentication.k8s.io/v1beta1",
        "args": [*args, *extra],
        "command": command,
    }


@pytest.fixture
def mocked() -> Iterator[responses.RequestsMock]:
    with responses.RequestsMock() as rsps:
        yield rsps


@pytest.fixture
def eks(session: emrk.Session) -> Iterator[EKSClient]:
    with EKSClient(session=session, region_name="us-west-2") as client:
        yield client


@pytest.fixture
def document(eks: EKSClient, mocked: responses.RequestsMock) -> Kubeconfig:
    mocked.get(DESCRIBE_URL, json=_cluster())
    return eks.build_kubeconfig("prod")


# -- building ---------------------------------------------------------------------


def test_document_matches_the_aws_cli_layout(document: Kubeconfig) -> None:
    assert document.to_dict() == {
        "apiVersion": "v1",
        "clusters": [
            {"cluster": {"certificate-authority-data": CA, "server": SERVER}, "name": ARN}
        ],
        "contexts": [{"context": {"cluster": ARN, "user": ARN}, "name": ARN}],
        "current-context": ARN,
        "kind": "Config",
        "preferences": {},
        "users": [{"name": ARN, "user": {"exec": _expected_exec()}}],
    }
    assert document.context_name == ARN


def test_region_comes_from_the_cluster_arn(session: emrk.Session, mocked: Any) -> None:
    mocked.get("https://eks.us-east-1.amazonaws.com/clusters/prod", json=_cluster())
    with EKSClient(session=session, region_name="us-east-1") as eks:
        document = eks.build_kubeconfig("prod")
    assert document.user["user"]["exec"]["args"][-1] == "us-west-2"


def test_options(eks: EKSClient, mocked: responses.RequestsMock) -> None:
    mocked.get(DESCRIBE_URL, json=_cluster())
    document = eks.build_kubeconfig(
        "prod",
        role_arn="arn:aws:iam::111122223333:role/admin",
        alias="prod-admin",
        user_alias="prod-user",
        command="/opt/venv/bin/python",
    )
    assert document.user == {
        "name": "prod-user",
        "user": {
            "exec": _expected_exec(
                "--role-arn", "arn:aws:iam::111122223333:role/admin", command="/opt/venv/bin/python"
            )
        },
    }
    assert document.context == {
        "context": {"cluster": ARN, "user": "prod-user"},
        "name": "prod-admin",
    }
    assert document.to_dict()["current-context"] == "prod-admin"


def test_profile_goes_to_the_plugin_environment(
    tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch, mocked: responses.RequestsMock
) -> None:
    credentials = tmp_path / "credentials"
    credentials.write_text(
        "[dev]\naws_access_key_id = AKIDDEVPROFILE000001\naws_secret_access_key = devsecret\n"
    )
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(credentials))
    mocked.get(DESCRIBE_URL, json=_cluster())
    session = emrk.Session(profile_name="dev", region_name="us-west-2")
    document = session.eks().build_kubeconfig("prod")
    assert document.user["user"]["exec"]["env"] == [{"name": "AWS_PROFILE", "value": "dev"}]
    assert "AKIDDEVPROFILE000001" in mocked.calls[0].request.headers["Authorization"]


def test_outposts_cluster_is_named_by_id(eks: EKSClient, mocked: responses.RequestsMock) -> None:
    outpost = {
        "outpostArns": ["arn:aws:outposts:us-west-2:111122223333:outpost/op-1"],
        "controlPlaneInstanceType": "m5.large",
    }
    mocked.get(DESCRIBE_URL, json=_cluster(id="a1b2c3d4-id", outpostConfig=outpost))
    args = eks.build_kubeconfig("prod").user["user"]["exec"]["args"]
    assert args[4:6] == ["--cluster-id", "a1b2c3d4-id"]
    assert "--cluster-name" not in args


@pytest.mark.parametrize("status", ["CREATING", "DELETING", "FAILED", "PENDING", "BRAND_NEW"])
def test_cluster_must_be_usable(eks: EKSClient, mocked: Any, status: str) -> None:
    mocked.get(DESCRIBE_URL, json=_cluster(status=status))
    with pytest.raises(KubeconfigError, match=status):
        eks.build_kubeconfig("prod")


def test_updating_cluster_is_fine(eks: EKSClient, mocked: responses.RequestsMock) -> None:
    mocked.get(DESCRIBE_URL, json=_cluster(status="UPDATING"))
    assert eks.build_kubeconfig("prod").cluster["cluster"]["server"] == SERVER


def test_cluster_without_endpoint(eks: EKSClient, mocked: responses.RequestsMock) -> None:
    body = _cluster()
    del body["cluster"]["endpoint"]
    mocked.get(DESCRIBE_URL, json=body)
    with pytest.raises(KubeconfigError, match="endpoint"):
        eks.build_kubeconfig("prod")


def test_missing_cluster_raises_the_service_error(
    eks: EKSClient, mocked: responses.RequestsMock
) -> None:
    mocked.get(
        DESCRIBE_URL,
        status=404,
        json={"message": "No cluster found for name: prod."},
        headers={"x-amzn-ErrorType": "ResourceNotFoundException"},
    )
    with pytest.raises(ResourceNotFoundException):
        eks.build_kubeconfig("prod")


def test_yaml_round_trip(document: Kubeconfig) -> None:
    text = document.to_yaml()
    assert yaml.safe_load(text) == document.to_dict()
    assert text.startswith("apiVersion: v1\nclusters:\n")


# -- writing and merging -----------------------------------------------------------

EXISTING: dict[str, Any] = {
    "apiVersion": "v1",
    "kind": "Config",
    "clusters": [
        {
            "name": "kind-dev",
            "cluster": {"server": "https://127.0.0.1:6443", "insecure-skip-tls-verify": True},
        },
        {
            "name": ARN,
            "cluster": {"server": "https://old.example", "certificate-authority-data": "b2xk"},
        },
    ],
    "users": [
        {
            "name": "kind-dev",
            "user": {"client-certificate-data": "Y2VydA==", "client-key-data": "a2V5"},
        },
    ],
    "contexts": [
        {
            "name": "kind-dev",
            "context": {"cluster": "kind-dev", "user": "kind-dev", "namespace": "apps"},
        },
    ],
    "current-context": "kind-dev",
    "preferences": {"colors": True},
    "extensions": [{"name": "x", "extension": {"a": 1}}],
}


def _read(path: pathlib.Path) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(path.read_text())
    return loaded


def test_write_new_file(document: Kubeconfig, tmp_path: pathlib.Path) -> None:
    path = tmp_path / "nested" / "dir" / "config"
    assert document.write(path) == path
    assert _read(path) == document.to_dict()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in path.parent.iterdir()] == ["config"]  # no temp file left


def test_merge_keeps_every_other_entry(document: Kubeconfig, tmp_path: pathlib.Path) -> None:
    path = tmp_path / "config"
    path.write_text(yaml.safe_dump(EXISTING))
    document.write(path)
    merged = _read(path)
    assert merged["clusters"][0] == EXISTING["clusters"][0]
    assert merged["clusters"][1] == document.cluster  # same name: replaced in place
    assert len(merged["clusters"]) == 2
    assert merged["users"] == [EXISTING["users"][0], document.user]
    assert merged["contexts"] == [EXISTING["contexts"][0], document.context]
    assert merged["current-context"] == ARN
    assert merged["preferences"] == {"colors": True}
    assert merged["extensions"] == EXISTING["extensions"]
    assert merged["kind"] == "Config" and merged["apiVersion"] == "v1"


def test_writing_twice_does_not_duplicate(document: Kubeconfig, tmp_path: pathlib.Path) -> None:
    path = tmp_path / "config"
    document.write(path)
    first = path.read_text()
    document.write(path)
    assert path.read_text() == first


def test_merge_into_does_not_touch_its_input(document: Kubeconfig) -> None:
    snapshot = json.dumps(EXISTING, sort_keys=True)
    document.merge_into(EXISTING)
    assert json.dumps(EXISTING, sort_keys=True) == snapshot


def test_merge_false_replaces_the_file(document: Kubeconfig, tmp_path: pathlib.Path) -> None:
    path = tmp_path / "config"
    path.write_text(yaml.safe_dump(EXISTING))
    document.write(path, merge=False)
    assert _read(path) == document.to_dict()


def test_existing_mode_is_kept(document: Kubeconfig, tmp_path: pathlib.Path) -> None:
    path = tmp_path / "config"
    path.write_text("")
    path.chmod(0o640)
    document.write(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert _read(path) == document.to_dict()  # an empty file counts as a new one


def test_symlink_is_written_through(document: Kubeconfig, tmp_path: pathlib.Path) -> None:
    real = tmp_path / "real-config"
    real.write_text(yaml.safe_dump(EXISTING))
    link = tmp_path / "config"
    link.symlink_to(real)
    assert document.write(link) == real
    assert link.is_symlink()
    assert len(_read(real)["clusters"]) == 2


@pytest.mark.parametrize(
    "content",
    [
        "clusters: [unclosed",
        "- just\n- a list\n",
        "clusters: not-a-list\n",
        "users:\n- plain string\n",
        "preferences: [1, 2]\n",
    ],
)
def test_unreadable_kubeconfig_is_never_overwritten(
    document: Kubeconfig, tmp_path: pathlib.Path, content: str
) -> None:
    path = tmp_path / "config"
    path.write_text(content)
    with pytest.raises(KubeconfigError, match=str(path)):
        document.write(path)
    assert path.read_text() == content


def test_default_path_is_home_kube_config(
    document: Kubeconfig, tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("KUBECONFIG", raising=False)
    assert document.write() == tmp_path / ".kube" / "config"


def test_kubeconfig_env_picks_the_file_that_has_the_cluster(
    document: Kubeconfig, tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second, third = (tmp_path / n for n in ("a", "b", "c"))
    first.write_text(yaml.safe_dump({"clusters": [{"name": "other", "cluster": {}}]}))
    second.write_text(yaml.safe_dump(EXISTING))  # already has ARN
    monkeypatch.setenv("KUBECONFIG", os.pathsep.join([str(first), "", str(second), str(third)]))
    assert document.target_path() == second
    assert document.write() == second
    second.write_text("")
    assert document.target_path() == first  # nobody has it: the first file


def test_render_previews_without_writing(document: Kubeconfig, tmp_path: pathlib.Path) -> None:
    path = tmp_path / "config"
    path.write_text(yaml.safe_dump(EXISTING))
    before = path.read_text()
    preview = yaml.safe_load(document.render(path))
    assert len(preview["clusters"]) == 2 and preview["current-context"] == ARN
    assert path.read_text() == before


def test_write_kubeconfig_on_the_client(
    eks: EKSClient, mocked: responses.RequestsMock, tmp_path: pathlib.Path
) -> None:
    mocked.get(DESCRIBE_URL, json=_cluster())
    path = tmp_path / "config"
    path.write_text(yaml.safe_dump(EXISTING))
    assert eks.write_kubeconfig("prod", path, alias="prod") == path
    merged = _read(path)
    assert merged["current-context"] == "prod"
    assert [c["name"] for c in merged["contexts"]] == ["kind-dev", "prod"]


@pytest.mark.e2e
def test_against_moto(session: emrk.Session, moto_endpoint: str, tmp_path: pathlib.Path) -> None:
    import boto3

    boto3.client(
        "eks",
        endpoint_url=moto_endpoint,
        region_name="us-east-1",
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    ).create_cluster(
        name="k8s-e2e",
        roleArn="arn:aws:iam::123456789012:role/eks",
        resourcesVpcConfig={"subnetIds": ["subnet-1"]},
    )
    with EKSClient(session=session, endpoint_url=moto_endpoint) as eks:
        path = eks.write_kubeconfig("k8s-e2e", tmp_path / "config")
        cluster = eks.describe_cluster(name="k8s-e2e").cluster
    assert cluster is not None and cluster.certificate_authority is not None
    written = _read(path)
    assert written["clusters"][0]["cluster"] == {
        "certificate-authority-data": cluster.certificate_authority.data,
        "server": cluster.endpoint,
    }
    assert written["users"][0]["user"]["exec"]["args"][4:6] == ["--cluster-name", "k8s-e2e"]
