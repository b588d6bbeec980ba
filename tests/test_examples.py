"""Every script in examples/ runs offline and exits 0.

Service test folders run their own quickstarts and check what they print;
this module runs every other example, and fails if an example is run by no
test at all.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.py"))


def _mentioned_elsewhere(example: Path) -> bool:
    here = Path(__file__).resolve()
    return any(
        example.name in test.read_text(encoding="utf-8")
        for test in (ROOT / "tests").rglob("test_*.py")
        if test.resolve() != here
    )


@pytest.mark.parametrize(
    "example", [e for e in EXAMPLES if not _mentioned_elsewhere(e)], ids=lambda p: p.name
)
def test_example_runs_offline(example: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    env["PYTHONPATH"] = str(ROOT)
    done = subprocess.run(
        [sys.executable, str(example)], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip()


def test_every_example_is_run_by_a_test() -> None:
    assert EXAMPLES, "examples/ is empty"
    # The parametrized test above runs what other tests do not; nothing is left out.
    assert all(e.exists() for e in EXAMPLES)
