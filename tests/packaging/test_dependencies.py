"""Each dependency matches its role, and the messages about missing ones say how to get them.

* Every third-party module emrk imports (``import x``, ``from x import``, or
  ``importlib.import_module("x")``) comes from a run-time dependency or from
  an extra of ``pyproject.toml``, and every run-time dependency is imported
  by emrk: nothing a user never needs is forced on them.
* ``responses`` belongs to the ``testing`` extra; ``emrk.testing`` says so
  when it is missing. PyYAML is a run-time dependency; the kubeconfig code
  says to reinstall emrk when it is missing anyway.
"""

from __future__ import annotations

import ast
import functools
import importlib.metadata
import re
import subprocess
import sys
import textwrap
from collections.abc import Mapping
from pathlib import Path

import pytest

tomllib = pytest.importorskip("tomllib", reason="reading pyproject.toml needs Python 3.11+")

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "emrk"


def _normalize(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirement_name(requirement: str) -> str:
    return _normalize(re.split(r"[<>=!~;\[ ]", requirement, maxsplit=1)[0])


def _project() -> dict[str, object]:
    with open(ROOT / "pyproject.toml", "rb") as f:
        project: dict[str, object] = tomllib.load(f)["project"]
    return project


def _runtime() -> set[str]:
    deps = _project()["dependencies"]
    assert isinstance(deps, list)
    return {_requirement_name(d) for d in deps}


def _extras() -> dict[str, set[str]]:
    extras = _project()["optional-dependencies"]
    assert isinstance(extras, dict)
    return {name: {_requirement_name(d) for d in deps} for name, deps in extras.items()}


def _imported_modules() -> dict[str, set[str]]:
    """Top-level third-party modules emrk imports -> the files importing them."""
    found: dict[str, set[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            elif (
                isinstance(node, ast.Call)
                and getattr(node.func, "attr", getattr(node.func, "id", None)) == "import_module"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                names = [node.args[0].value]
            for name in names:
                top = name.split(".")[0]
                if top in sys.stdlib_module_names or top in ("emrk", "__future__", ""):
                    continue
                found.setdefault(top, set()).add(path.relative_to(ROOT).as_posix())
    return found


@functools.cache
def _module_owners() -> Mapping[str, list[str]]:
    return importlib.metadata.packages_distributions()


@functools.cache
def _imported_modules_once() -> dict[str, set[str]]:
    return _imported_modules()


def _distributions(module: str) -> set[str]:
    return {_normalize(d) for d in _module_owners().get(module, [])}


def test_every_imported_package_is_declared() -> None:
    declared = _runtime().union(*_extras().values())
    undeclared = {
        module: sorted(files)
        for module, files in _imported_modules_once().items()
        if not _distributions(module) & declared
    }
    assert not undeclared, f"imported by emrk but in no dependency list: {undeclared}"


def test_every_runtime_dependency_is_imported_by_emrk() -> None:
    imported: set[str] = set()
    for module in _imported_modules_once():
        imported |= _distributions(module)
    unused = _runtime() - imported
    assert not unused, f"run-time dependencies emrk never imports: {sorted(unused)}"


def test_roles_of_the_optional_packages() -> None:
    assert "pyyaml" in _runtime()
    assert "responses" not in _runtime() and "responses" in _extras()["testing"]
    assert "aiohttp" not in _runtime() and "aiohttp" in _extras()["async"]
    # A requests auth such as aws-requests-auth is the user's choice (auth=): never required.
    assert "aws-requests-auth" not in _runtime()
    assert "aws_requests_auth" not in _imported_modules_once()


def test_the_dev_extra_brings_what_the_tests_use() -> None:
    """The README's test command installs ``.[dev]``: it must include the testing extra."""
    dev = _project()["optional-dependencies"]
    assert isinstance(dev, dict)
    assert "emrk[testing,async]" in dev["dev"]
    assert {"aws-requests-auth", "hatchling", "pytest", "moto", "pyright"} <= _extras()["dev"]


@pytest.mark.parametrize("page", ["README.md", "docs/getting-started.md"])
def test_the_docs_list_every_runtime_dependency(page: str) -> None:
    text = _normalize((ROOT / page).read_text(encoding="utf-8"))
    for name in _runtime() - {"typing-extensions"}:  # only before Python 3.11
        assert f"`{name}`" in text, f"{page} does not list {name}"
    assert "emrk[testing]" in text


def test_the_testing_guide_names_the_extra() -> None:
    assert "pip install 'emrk[testing]'" in (ROOT / "docs/testing.md").read_text(encoding="utf-8")


def _run_without(module: str, code: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter in which importing ``module`` fails."""
    prelude = f"import sys\nsys.modules[{module!r}] = None  # import {module} raises ImportError\n"
    return subprocess.run(
        [sys.executable, "-c", prelude + textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )


def test_emrk_testing_needs_no_responses() -> None:
    """The Stubber answers through the client's transport: no HTTP mocking library."""
    done = _run_without("responses", "import emrk.testing")
    assert done.returncode == 0, done.stderr


def test_kubeconfig_code_says_to_reinstall_when_pyyaml_is_missing() -> None:
    done = _run_without(
        "yaml",
        """
        from emrk.eks.kubeconfig import Kubeconfig, KubeconfigError
        document = Kubeconfig(
            cluster={"name": "c", "cluster": {}},
            user={"name": "u", "user": {}},
            context={"name": "x", "context": {"cluster": "c", "user": "u"}},
        )
        try:
            document.to_yaml()
        except KubeconfigError as exc:
            print(exc)
        """,
    )
    assert done.returncode == 0, done.stderr
    assert "needs PyYAML, which emrk depends on" in done.stdout
    assert "reinstall emrk" in done.stdout and "pip install 'pyyaml>=6.0'" in done.stdout
