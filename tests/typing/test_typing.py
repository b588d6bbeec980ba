"""Type-check user-style code with mypy --strict (and pyright, when installed).

The ``user_*.py`` files use emrk the way applications do and pin the types
they see with ``assert_type``. Lines that must stay type errors (a misspelt
argument, a missing required one, the wrong nested model) carry a
``# type: ignore[code]``; both checkers run with unused ignores reported as
errors, so an ignore that stops being needed fails this test and typing can
only get stricter.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import mypy.api
import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
USER_FILES = sorted(HERE.glob("user_*.py"))
PYRIGHT_HINT = "pip install pyright==1.1.414 (it runs on node)"


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
def mypy_cache(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache kept between runs (a cold check of emrk takes seconds), from the repo root."""
    monkeypatch.chdir(ROOT)
    return Path(request.config.cache.mkdir("mypy-typing"))


def test_user_files_exist() -> None:
    names = {f.name for f in USER_FILES}
    assert {"user_eks.py", "user_emr_containers.py", "user_pcs.py", "user_errors.py"} <= names


def test_mypy_strict_accepts_user_code(mypy_cache: Path) -> None:
    status, output = _mypy(USER_FILES, mypy_cache)
    assert status == 0, output


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


def _pyright() -> str | None:
    exe = shutil.which("pyright", path=str(Path(sys.executable).parent)) or shutil.which("pyright")
    if exe is None:
        return None
    try:
        subprocess.run([exe, "--version"], check=True, capture_output=True, timeout=300)
    except (OSError, subprocess.SubprocessError):
        return None  # the wrapper could not fetch or start node's pyright
    return exe


def test_pyright_strict_accepts_user_code() -> None:
    exe = _pyright()
    if exe is None:
        pytest.skip(f"pyright is not available here: {PYRIGHT_HINT}")
    result = subprocess.run(
        [
            exe,
            "--outputjson",
            "--project",
            str(HERE / "pyrightconfig.json"),
            "--pythonpath",
            sys.executable,
        ],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
    )
    report = json.loads(result.stdout)
    problems = [
        f"{Path(d['file']).name}:{d['range']['start']['line'] + 1}: {d['message']}"
        for d in report["generalDiagnostics"]
        if d["severity"] == "error"
    ]
    assert not problems, "\n".join(problems)
    assert report["summary"]["filesAnalyzed"] == len(USER_FILES)


def test_pyright_verifytypes_reports_a_complete_public_api() -> None:
    exe = _pyright()
    if exe is None:
        pytest.skip(f"pyright is not available here: {PYRIGHT_HINT}")
    result = subprocess.run(
        [
            exe,
            "--verifytypes",
            "emrk",
            "--ignoreexternal",
            "--outputjson",
            "--pythonpath",
            sys.executable,
        ],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
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


def test_pyright_reports_misspelt_enum_values(tmp_path: Path) -> None:
    exe = _pyright()
    if exe is None:
        pytest.skip(f"pyright is not available here: {PYRIGHT_HINT}")
    (tmp_path / "misspelt.py").write_text(MISSPELT_ENUMS)
    config = {"include": ["misspelt.py"], "pythonVersion": "3.10", "typeCheckingMode": "strict"}
    (tmp_path / "pyrightconfig.json").write_text(json.dumps(config))
    result = subprocess.run(
        [exe, "--outputjson", "--project", str(tmp_path), "--pythonpath", sys.executable],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    report = json.loads(result.stdout)
    errors = [d for d in report["generalDiagnostics"] if d["severity"] == "error"]
    assert {d["range"]["start"]["line"] + 1 for d in errors} == MISSPELT_LINES, errors
    assert all(d["rule"] in ("reportArgumentType", "reportCallIssue") for d in errors), errors
