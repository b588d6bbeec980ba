"""The suite fails loudly: a hang and a parametrization with no case are failures.

The first two tests read the configuration this run uses; the last runs a
throwaway pytest (with this project's configuration and a two-second limit
instead of the configured one) on a test that sleeps for ever and a test
parametrized with no case, and checks both fail by themselves.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_every_test_has_a_time_limit_of_at_most_a_minute(request: pytest.FixtureRequest) -> None:
    assert request.config.pluginmanager.has_plugin("timeout"), "pytest-timeout is not loaded"
    limit = float(request.config.getini("timeout"))
    assert 0 < limit <= 60


def test_an_empty_parameter_set_fails_collection(request: pytest.FixtureRequest) -> None:
    assert request.config.getini("empty_parameter_set_mark") == "fail_at_collect"


def test_a_hang_and_an_empty_parametrization_fail_by_themselves(tmp_path: Path) -> None:
    (tmp_path / "test_hangs.py").write_text(
        textwrap.dedent(
            """
            import threading

            def test_sleeps_for_ever():
                threading.Event().wait()
            """
        )
    )
    (tmp_path / "test_empty.py").write_text(
        textwrap.dedent(
            """
            import pytest

            @pytest.mark.parametrize("case", [])
            def test_from_data(case):
                pass
            """
        )
    )
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-c",
            str(ROOT / "pyproject.toml"),
            "--rootdir",
            str(tmp_path),
            "-o",
            "timeout=2",
            "-p",
            "no:cacheprovider",
            "--continue-on-collection-errors",
            "-q",
            "test_hangs.py",
            "test_empty.py",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=50,
    )
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert "Timeout (>2.0s) from pytest-timeout" in output, output
    assert "FAILED test_hangs.py::test_sleeps_for_ever" in output, output
    assert "test_sleeps_for_ever" in output and "threading.Event().wait()" in output, output
    assert "ERROR test_empty.py" in output, output
    assert "Empty parameter set" in output, output
