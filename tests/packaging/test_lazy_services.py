"""``emrk.<service>`` works after a bare ``import emrk``, which still loads no service.

Each check runs in a fresh interpreter: in this one, other tests have long
imported every service package.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SERVICES = ("eks", "eks_auth", "emr", "emr_containers", "pcs")


def _run(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_import_emrk_loads_no_service_package() -> None:
    out = _run(
        """
        import sys
        import emrk
        services = ("eks", "eks_auth", "emr", "emr_containers", "pcs", "testing")
        print(sorted(s for s in services if f"emrk.{s}" in sys.modules))
        print(sorted(s for s in services if s in vars(emrk)))
        """
    )
    assert out.split("\n")[:2] == ["[]", "[]"]


@pytest.mark.parametrize("service", SERVICES)
def test_a_service_loads_on_first_attribute_access(service: str) -> None:
    out = _run(
        f"""
        import sys
        import emrk
        package = emrk.{service}
        assert package is sys.modules["emrk.{service}"], package
        assert emrk.{service} is package
        client = [name for name in package.__all__ if name.endswith("Client")][0]
        print(getattr(package, client).__module__)
        others = ("eks", "eks_auth", "emr", "emr_containers", "pcs")
        print(sorted(s for s in others if f"emrk.{{s}}" in sys.modules and s != "{service}"))
        """
    )
    module, others = out.split("\n")[:2]
    assert module == f"emrk.{service}.client"
    assert others == "[]"


def test_the_docs_attribute_path_works_in_a_fresh_interpreter() -> None:
    """docs/models.md writes ``emrk.eks.Cluster`` after a bare ``import emrk``."""
    out = _run(
        """
        import emrk
        data = {"name": "prod", "status": "ACTIVE"}
        cluster = emrk.from_dict(emrk.eks.Cluster, data)
        print(cluster.name, cluster.status.value)
        """
    )
    assert out.strip() == "prod ACTIVE"


def test_unknown_names_still_raise_attribute_error() -> None:
    out = _run(
        """
        import emrk
        for name in ("nope", "testing", "core.nope", "__wrapped__"):
            try:
                getattr(emrk, name)
            except AttributeError as exc:
                print(type(exc).__name__, exc)
        print(hasattr(emrk, "eks"), "eks" in dir(emrk), "required" in dir(emrk))
        """
    )
    lines = out.strip().split("\n")
    assert lines[0] == "AttributeError module 'emrk' has no attribute 'nope'"
    assert lines[1] == "AttributeError module 'emrk' has no attribute 'testing'"
    assert len(lines) == 5 and lines[-1] == "True True True"
