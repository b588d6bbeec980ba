"""``python -m emrk``: the get-token ExecCredential and update-kubeconfig."""

from __future__ import annotations

import contextlib
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
from hypothesis import given
from hypothesis import strategies as st

from emrk._cli import _get_token_args, _parser, main

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


def _loaded_after_get_token(*extra: str, env: dict[str, str]) -> list[str]:
    """Run get-token in a fresh interpreter; the heavy modules it left in ``sys.modules``."""
    probe = (
        "import json, runpy, sys\n"
        f"sys.argv = ['emrk', 'eks', 'get-token', '--cluster-name', 'prod', *{list(extra)!r}]\n"
        "try:\n"
        "    runpy.run_module('emrk', run_name='__main__')\n"
        "except SystemExit as exit:\n"
        "    assert exit.code == 0, exit.code\n"
        "heavy = ['requests', 'urllib3', 'botocore', 'boto3', 'attrs', 'attr', 'cattrs',"
        " 'yaml', 'logging', 'argparse', 'emrk.eks', 'emrk.eks.client', 'emrk.core.client',"
        " 'emrk._sts.client', 'moto']\n"
        "print(json.dumps([m for m in heavy if m in sys.modules]), file=sys.stderr)\n"
    )
    clean = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**clean, "PYTHONPATH": str(REPO), "AWS_EC2_METADATA_DISABLED": "true", **env},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    loaded: list[str] = json.loads(done.stderr.strip().splitlines()[-1])
    return loaded


def test_get_token_with_environment_keys_loads_neither_requests_nor_botocore(
    tmp_path: pathlib.Path,
) -> None:
    """kubectl runs it for every command: signing is local and needs only the stdlib."""
    env = {
        "AWS_ACCESS_KEY_ID": "AKIDK8SCLIENVKEY0001",
        "AWS_SECRET_ACCESS_KEY": "cli-env-secret",
        "AWS_SESSION_TOKEN": "cli-env-token",
        "AWS_CONFIG_FILE": str(tmp_path / "config"),
        "AWS_SHARED_CREDENTIALS_FILE": str(tmp_path / "credentials"),
    }
    assert _loaded_after_get_token("--region", "eu-west-1", env=env) == []
    # The region may come from the environment too.
    assert _loaded_after_get_token(env={**env, "AWS_REGION": "eu-west-1"}) == []


def test_get_token_from_a_profile_loads_botocore_but_not_requests(
    tmp_path: pathlib.Path,
) -> None:
    credentials = tmp_path / "credentials"
    credentials.write_text(
        "[default]\naws_access_key_id = AKIDK8SCLIPROFILE001\naws_secret_access_key = s\n"
    )
    env = {
        "AWS_CONFIG_FILE": str(tmp_path / "config"),
        "AWS_SHARED_CREDENTIALS_FILE": str(credentials),
    }
    loaded = _loaded_after_get_token("--region", "eu-west-1", env=env)
    assert "botocore" in loaded
    assert not {"requests", "attrs", "cattrs", "emrk.eks", "emrk.core.client"} & set(loaded)


def test_get_token_endpoint_url_is_where_assume_role_goes(
    mocked: responses.RequestsMock,
) -> None:
    mocked.post("https://sts.vpce.example.test/", body=ASSUME_ROLE_XML)
    code, out, err = _run(
        "eks",
        "get-token",
        "--cluster-name",
        "prod",
        "--role-arn",
        ROLE_ARN,
        "--endpoint-url",
        "https://sts.vpce.example.test",
    )
    assert (code, err) == (0, "")
    assert len(mocked.calls) == 1
    token = json.loads(out)["status"]["token"]
    url = decode(token)
    # The call went to the given endpoint; the token still names the real STS host.
    assert url.startswith("https://sts.us-east-1.amazonaws.com/?")
    assert f"X-Amz-Credential={ROLE_KEY}" in url
    check_token(token, cluster_region="us-east-1")


def test_get_token_endpoint_url_without_role_makes_no_call(
    mocked: responses.RequestsMock,
) -> None:
    code, out, _ = _run(
        "eks", "get-token", "--cluster-name", "prod", "--endpoint-url", "https://sts.example.test"
    )
    assert code == 0
    assert len(mocked.calls) == 0
    assert decode(json.loads(out)["status"]["token"]).startswith("https://sts.us-east-1.")


def test_update_kubeconfig_endpoint_url(
    mocked: responses.RequestsMock, tmp_path: pathlib.Path
) -> None:
    mocked.get("http://127.0.0.1:9/eks/clusters/prod", json=_cluster())
    path = tmp_path / "config"
    code, _, err = _run(
        "eks",
        "update-kubeconfig",
        "--name",
        "prod",
        "--region",
        "us-west-2",
        "--endpoint-url",
        "http://127.0.0.1:9/eks",
        "--kubeconfig",
        str(path),
    )
    assert (code, err) == (0, "")
    assert mocked.calls[0].request.url == "http://127.0.0.1:9/eks/clusters/prod"
    written = yaml.safe_load(path.read_text())
    # The plugin it writes signs tokens; it needs no EKS endpoint.
    assert "--endpoint-url" not in written["users"][0]["user"]["exec"]["args"]


@pytest.mark.parametrize("command", ["get-token", "update-kubeconfig"])
def test_both_commands_take_the_same_connection_options(command: str) -> None:
    help_text = _python("-m", "emrk", "eks", command, "--help").stdout
    for option in ("--region", "--profile", "--role-arn", "--endpoint-url"):
        assert option in help_text, option


# -- get-token's command line without argparse ------------------------------------


def _argparse_namespace(argv: list[str]) -> dict[str, object] | None:
    """What argparse makes of ``argv``, or ``None`` where it stops with a usage error."""
    try:
        with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(io.StringIO()):
            return vars(_parser().parse_args(argv))
    except SystemExit:
        return None


@pytest.mark.parametrize(
    "argv",
    [
        # What update-kubeconfig writes into kubeconfig exec users.
        ["eks", "get-token", "--cluster-name", "prod", "--region", "us-west-2"],
        ["eks", "get-token", "--cluster-id", "a1b2-c3", "--region", "us-west-2"],
        ["eks", "get-token", "--cluster-name", "prod", "--region", "us-west-2", "--role-arn", "r"],
        # The = form, an empty value, every option once.
        ["eks", "get-token", "--cluster-name=prod", "--region=eu-west-1", "--profile="],
        [
            "eks",
            "get-token",
            "--session-name",
            "s",
            "--endpoint-url",
            "http://127.0.0.1:1",
            "--role-arn=arn",
            "--profile",
            "p",
            "--region",
            "r",
            "--cluster-name",
            "c=d",
        ],
    ],
)
def test_plain_get_token_command_lines_skip_argparse(argv: list[str]) -> None:
    fast = _get_token_args(argv)
    assert fast is not None
    assert vars(fast) == _argparse_namespace(argv)


@pytest.mark.parametrize(
    "argv",
    [
        ["eks", "get-token", "--help"],
        ["eks", "get-token", "--cluster"],  # an abbreviation: argparse's business
        ["eks", "get-token", "--cluster", "prod"],
        ["eks", "get-token", "--cluster-name", "a", "--cluster-name", "b"],
        ["eks", "get-token", "--cluster-name", "a", "--cluster-id", "b"],
        ["eks", "get-token", "--region", "us-east-1"],
        ["eks", "get-token", "--cluster-name", "-1"],
        ["eks", "get-token", "--cluster-name"],
        ["eks", "get-token", "prod"],
        ["eks", "update-kubeconfig", "--name", "prod"],
        ["--version"],
        [],
    ],
)
def test_anything_else_goes_to_argparse(argv: list[str]) -> None:
    assert _get_token_args(argv) is None


_WORDS = st.sampled_from(
    [
        "--cluster-name",
        "--cluster-id",
        "--region",
        "--profile",
        "--role-arn",
        "--endpoint-url",
        "--session-name",
        "--cluster",
        "--name",
        "-h",
        "--",
        "-",
        "-1",
        "",
        "prod",
        "us-east-1",
        "a=b",
        "--region=eu-west-1",
        "--cluster-name=x",
        "--cluster-id=",
        "--nope=1",
    ]
)


@given(words=st.lists(_WORDS, max_size=8))
def test_where_the_fast_path_answers_argparse_agrees(words: list[str]) -> None:
    argv = ["eks", "get-token", *words]
    fast = _get_token_args(argv)
    if fast is not None:
        assert vars(fast) == _argparse_namespace(argv)


_OPTIONS = st.sampled_from(
    [
        "--cluster-name",
        "--cluster-id",
        "--region",
        "--profile",
        "--role-arn",
        "--endpoint-url",
        "--session-name",
    ]
)
_VALUES = st.sampled_from(["prod", "", "-1", "-x", "--", "a=b", "us-east-1", " ", "=", "--region"])


@given(
    pairs=st.lists(st.tuples(_OPTIONS, _VALUES, st.booleans()), min_size=1, max_size=5),
)
def test_option_value_pairs_parse_as_argparse_parses_them(
    pairs: list[tuple[str, str, bool]],
) -> None:
    argv = ["eks", "get-token"]
    for option, value, joined in pairs:
        argv += [f"{option}={value}"] if joined else [option, value]
    fast = _get_token_args(argv)
    if fast is not None:
        assert vars(fast) == _argparse_namespace(argv)
