"""``python -m emrk``: the get-token ExecCredential and update-kubeconfig."""

from __future__ import annotations

import io
import json
import os
import pathlib
import re
import subprocess
import sys
from collections.abc import Iterator

import pytest
import responses
import yaml

from emrk._cli import main

from .authenticator import check_token, decode
from .samples import ASSUME_ROLE_XML, ROLE_ARN, ROLE_KEY, form_body
from .test_kubeconfig import ARN, DESCRIBE_URL, _cluster

REPO = pathlib.Path(__file__).resolve().parents[2]
TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def _assert_cli_shaped(document: dict[str, object], api_version: str) -> None:
    """The layout ``aws eks get-token`` prints, key order included."""
    assert list(document) == ["kind", "apiVersion", "spec", "status"]
    assert document["kind"] == "ExecCredential"
    assert document["apiVersion"] == api_version
    assert document["spec"] == {}
    status = document["status"]
    assert isinstance(status, dict)
    assert list(status) == ["expirationTimestamp", "token"]
    assert TIMESTAMP.fullmatch(status["expirationTimestamp"])


def test_get_token_prints_an_exec_credential() -> None:
    code, out, err = _run("eks", "get-token", "--cluster-name", "prod", "--region", "eu-west-1")
    assert (code, err) == (0, "")
    document = json.loads(out)
    _assert_cli_shaped(document, "client.authentication.k8s.io/v1beta1")
    assert out == json.dumps(document, indent=4) + "\n"  # the CLI's JSON layout
    check_token(document["status"]["token"], cluster_region="eu-west-1")


@pytest.mark.parametrize(
    ("exec_info", "api_version", "warns"),
    [
        (
            '{"apiVersion": "client.authentication.k8s.io/v1", "kind": "ExecCredential"}',
            "client.authentication.k8s.io/v1",
            False,
        ),
        (
            '{"apiVersion": "client.authentication.k8s.io/v1beta1"}',
            "client.authentication.k8s.io/v1beta1",
            False,
        ),
        (
            '{"apiVersion": "client.authentication.k8s.io/v1alpha1"}',
            "client.authentication.k8s.io/v1alpha1",
            True,
        ),
        (
            '{"apiVersion": "client.authentication.k8s.io/v9"}',
            "client.authentication.k8s.io/v1beta1",
            True,
        ),
        ("{not json", "client.authentication.k8s.io/v1beta1", True),
        ('["a list"]', "client.authentication.k8s.io/v1beta1", True),
    ],
)
def test_api_version_follows_kubernetes_exec_info(
    monkeypatch: pytest.MonkeyPatch, exec_info: str, api_version: str, warns: bool
) -> None:
    monkeypatch.setenv("KUBERNETES_EXEC_INFO", exec_info)
    code, out, err = _run("eks", "get-token", "--cluster-name", "prod")
    assert code == 0
    _assert_cli_shaped(json.loads(out), api_version)
    assert bool(err) is warns


def test_cluster_id(monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = _run("eks", "get-token", "--cluster-id", "abcd-1234")
    assert code == 0
    url = decode(json.loads(out)["status"]["token"])
    assert "X-Amz-SignedHeaders=host%3Bx-k8s-aws-id" in url


@pytest.mark.parametrize(
    "argv",
    [
        ["eks", "get-token"],
        ["eks", "get-token", "--cluster-name", "a", "--cluster-id", "b"],
        ["eks"],
        [],
        ["eks", "nope"],
    ],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(argv)
    assert raised.value.code == 2
    assert capsys.readouterr().out == ""


def test_emrk_errors_exit_1_with_a_message(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AWS_DEFAULT_REGION")
    code, out, err = _run("eks", "get-token", "--cluster-name", "prod")
    assert (code, out) == (1, "")
    assert err.startswith("emrk: error: ") and "region" in err


def test_unknown_profile_is_an_error() -> None:
    code, out, err = _run("eks", "get-token", "--cluster-name", "p", "--profile", "missing")
    assert (code, out) == (1, "")
    assert "missing" in err


@pytest.fixture
def mocked() -> Iterator[responses.RequestsMock]:
    with responses.RequestsMock() as rsps:
        yield rsps


def test_role_arn(mocked: responses.RequestsMock) -> None:
    mocked.post("https://sts.us-east-1.amazonaws.com/", body=ASSUME_ROLE_XML)
    code, out, _ = _run(
        "eks",
        "get-token",
        "--cluster-name",
        "prod",
        "--role-arn",
        ROLE_ARN,
        "--session-name",
        "kubectl",
    )
    assert code == 0
    assert "RoleSessionName=kubectl" in form_body(mocked.calls[0].request)
    assert f"X-Amz-Credential={ROLE_KEY}" in decode(json.loads(out)["status"]["token"])


def test_update_kubeconfig(mocked: responses.RequestsMock, tmp_path: pathlib.Path) -> None:
    mocked.get(DESCRIBE_URL, json=_cluster())
    path = tmp_path / "config"
    code, out, _ = _run(
        "eks",
        "update-kubeconfig",
        "--name",
        "prod",
        "--region",
        "us-west-2",
        "--kubeconfig",
        str(path),
        "--alias",
        "prod",
    )
    assert code == 0
    assert out == f"Wrote context prod to {path}\n"
    written = yaml.safe_load(path.read_text())
    assert written["current-context"] == "prod"
    assert written["clusters"][0]["name"] == ARN


def test_update_kubeconfig_dry_run(mocked: responses.RequestsMock, tmp_path: pathlib.Path) -> None:
    mocked.get(DESCRIBE_URL, json=_cluster())
    path = tmp_path / "config"
    code, out, _ = _run(
        "eks",
        "update-kubeconfig",
        "--name",
        "prod",
        "--region",
        "us-west-2",
        "--kubeconfig",
        str(path),
        "--dry-run",
    )
    assert code == 0
    assert yaml.safe_load(out)["current-context"] == ARN
    assert not path.exists()


def _python(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO), **(env or {})},
        check=False,
    )


def test_python_dash_m_emrk() -> None:
    done = _python("-m", "emrk", "eks", "get-token", "--cluster-name", "prod")
    assert done.returncode == 0, done.stderr
    _assert_cli_shaped(json.loads(done.stdout), "client.authentication.k8s.io/v1beta1")
    version = _python("-m", "emrk", "--version")
    assert version.returncode == 0 and version.stdout.startswith("emrk ")


def test_get_token_loads_only_what_signing_needs() -> None:
    probe = (
        "import runpy, sys\n"
        "sys.argv = ['emrk', 'eks', 'get-token', '--cluster-name', 'prod']\n"
        "try:\n"
        "    runpy.run_module('emrk', run_name='__main__')\n"
        "except SystemExit as exit:\n"
        "    assert exit.code == 0, exit.code\n"
        "heavy = ['emrk.eks', 'emrk.core.client', 'emrk._sts.client', 'requests', 'yaml',"
        " 'cattrs', 'moto', 'boto3']\n"
        "print(json.dumps([m for m in heavy if m in sys.modules]), file=sys.stderr)\n"
    )
    done = _python("-c", "import json\n" + probe)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stderr.strip().splitlines()[-1]) == []
