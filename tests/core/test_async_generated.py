"""The async clients are the generator's output for the current sync clients, byte for byte."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _generator() -> ModuleType:
    path = ROOT / "scripts" / "generate_async_clients.py"
    spec = importlib.util.spec_from_file_location("generate_async_clients", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


GENERATOR = _generator()


@pytest.mark.parametrize("service", GENERATOR.SERVICES)
def test_async_client_is_up_to_date(service: str) -> None:
    committed = (ROOT / "emrk" / service / "async_client.py").read_text(encoding="utf-8")
    assert committed == GENERATOR.generate(service), (
        f"emrk/{service}/async_client.py is stale: run python scripts/generate_async_clients.py"
    )


def test_every_service_package_has_a_generated_async_client() -> None:
    # The private STS client (behind EKS tokens) has no async twin.
    packages = sorted(p.parent.name for p in (ROOT / "emrk").glob("[!_]*/_service.py"))
    assert sorted(GENERATOR.SERVICES) == packages, "a new service needs SERVICES"


def test_an_unknown_method_shape_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "emrk" / "odd"
    package.mkdir(parents=True)
    (package / "client.py").write_text(
        '"""Odd."""\n\nfrom emrk.core.client import BaseClient\n\n\n'
        "class OddClient(BaseClient):\n"
        '    """An odd client."""\n\n'
        "    def helper(self) -> int:\n"
        "        return 1 + 1\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(GENERATOR, "ROOT", tmp_path)
    with pytest.raises(GENERATOR.GenerationError, match="must end in `return <call>`"):
        GENERATOR.generate("odd")
