"""The wheel and the sdist carry what users and packagers look for, and nothing else.

Both are built offline, from this checkout, by the build backend's own hooks
(hatchling, from the ``dev`` extra), into a temporary folder:

* the wheel: the ``emrk`` package with ``py.typed``, the licence text under
  ``.dist-info/licenses/``, the ``emrk`` console script, the project URLs and
  classifiers, a long description whose links work on a package index, and
  no tests;
* the sdist, the source release: the package, its tests, docs and examples,
  and every file its README names, so the README's commands work in an
  unpacked sdist; a wheel built from it equals the one built from the
  checkout.
"""

from __future__ import annotations

import email
import email.message
import io
import re
import shutil
import subprocess
import sys
import tarfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

import emrk

pytest.importorskip("hatchling", reason="the dev extra installs hatchling, the build backend")

ROOT = Path(__file__).resolve().parents[2]
REPOSITORY = "https://github.com/emrk/emrk"


def _build(kind: str, source: Path, out: Path) -> Path:
    """Run hatchling's PEP 517 hook ``build_<kind>`` in ``source``; returns the artifact."""
    out.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            f"import sys, hatchling.build as b; print(b.build_{kind}(sys.argv[1]))",
            str(out),
        ],
        cwd=source,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return out / done.stdout.strip().splitlines()[-1]


@dataclass
class Artifacts:
    wheel: Path
    sdist: Path
    version: str

    def wheel_names(self) -> list[str]:
        with zipfile.ZipFile(self.wheel) as archive:
            return archive.namelist()

    def wheel_text(self, name: str) -> str:
        with zipfile.ZipFile(self.wheel) as archive:
            return archive.read(name).decode("utf-8")

    def sdist_names(self) -> list[str]:
        """Paths inside the sdist, without its ``emrk-<version>/`` prefix."""
        prefix = f"emrk-{self.version}/"
        with tarfile.open(self.sdist) as archive:
            names = [m.name for m in archive.getmembers() if m.isfile()]
        assert all(n.startswith(prefix) for n in names), names
        return [n[len(prefix) :] for n in names]

    def metadata(self) -> email.message.Message:
        info = f"emrk-{self.version}.dist-info"
        return email.message_from_string(self.wheel_text(f"{info}/METADATA"))


@pytest.fixture(scope="module")
def artifacts(tmp_path_factory: pytest.TempPathFactory) -> Artifacts:
    out = tmp_path_factory.mktemp("dist")
    wheel = _build("wheel", ROOT, out)
    sdist = _build("sdist", ROOT, out)
    version = wheel.name.split("-")[1]
    return Artifacts(wheel, sdist, version)


# -- the wheel ---------------------------------------------------------------------------


def test_the_wheel_holds_the_package_and_its_type_marker(artifacts: Artifacts) -> None:
    names = artifacts.wheel_names()
    info = f"emrk-{artifacts.version}.dist-info/"
    assert "emrk/__init__.py" in names
    assert "emrk/py.typed" in names
    assert "emrk/eks/client.py" in names and "emrk/testing.py" in names
    assert all(n.startswith(("emrk/", info)) for n in names), sorted(
        n for n in names if not n.startswith(("emrk/", info))
    )
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]


def test_the_wheel_carries_the_licence_text(artifacts: Artifacts) -> None:
    name = f"emrk-{artifacts.version}.dist-info/licenses/LICENSE"
    assert name in artifacts.wheel_names()
    text = artifacts.wheel_text(name)
    assert text == (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "Apache License" in text and "Version 2.0, January 2004" in text
    assert "END OF TERMS AND CONDITIONS" in text
    meta = artifacts.metadata()
    assert meta["License-Expression"] == "Apache-2.0"
    assert meta.get_all("License-File") == ["LICENSE"]


def test_the_wheel_installs_an_emrk_command(artifacts: Artifacts) -> None:
    text = artifacts.wheel_text(f"emrk-{artifacts.version}.dist-info/entry_points.txt")
    assert "[console_scripts]\nemrk = emrk._cli:main" in text


def test_the_installed_emrk_command_runs() -> None:
    """In an environment installed as the README says, ``emrk`` is on the venv's PATH."""
    exe = shutil.which("emrk", path=str(Path(sys.executable).parent))
    if exe is None:
        pytest.skip("emrk is not installed as a distribution in this environment")
    done = subprocess.run([exe, "--version"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"emrk {emrk.__version__}"


def test_the_docs_site_names_the_same_repository() -> None:
    mkdocs = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    found = re.search(r"^repo_url:\s*(\S+)\s*$", mkdocs, re.MULTILINE)
    assert found is not None and found.group(1) == REPOSITORY


def test_the_metadata_names_the_project_urls_and_python_versions(artifacts: Artifacts) -> None:
    meta = artifacts.metadata()
    urls = dict(u.split(", ", 1) for u in meta.get_all("Project-URL") or [])
    assert set(urls) >= {"Homepage", "Documentation", "Changelog", "Issues", "Source"}
    assert all(u.startswith(REPOSITORY) for u in urls.values()), urls
    classifiers = meta.get_all("Classifier") or []
    for minor in (10, 11, 12, 13):
        assert f"Programming Language :: Python :: 3.{minor}" in classifiers
    assert "Typing :: Typed" in classifiers
    assert meta["Requires-Python"] == ">=3.10"


def test_the_dependencies_match_their_roles(artifacts: Artifacts) -> None:
    """Run-time needs are required; ``responses`` is the testing extra; auth plug-ins are not."""
    requires = artifacts.metadata().get_all("Requires-Dist") or []
    plain = {
        re.split(r"[<>=;\[ ]", r, maxsplit=1)[0].lower() for r in requires if "extra ==" not in r
    }
    assert plain == {
        "requests",
        "urllib3",
        "botocore",
        "attrs",
        "cattrs",
        "pyyaml",
        "typing-extensions",
    }
    assert any(r.startswith("responses") and "extra == 'testing'" in r for r in requires)
    assert not [r for r in requires if r.startswith("aws-requests-auth") and "extra ==" not in r]


def test_the_long_description_links_work_on_a_package_index(artifacts: Artifacts) -> None:
    """A package index shows the README without the repository: relative links would break."""
    description = artifacts.metadata().get_payload()
    assert isinstance(description, str) and description.startswith("# emrk")
    targets = re.findall(r"\]\(([^)\s]+)\)", description)
    assert targets, "the README has no link at all any more: drop this test's premise"
    for target in targets:
        assert target.startswith(("https://", "http://", "#")), target
        if target.startswith(f"{REPOSITORY}/blob/main/"):
            path = target.removeprefix(f"{REPOSITORY}/blob/main/").split("#")[0]
            assert (ROOT / path).is_file(), f"{target} names no file of the repository"


# -- the sdist ---------------------------------------------------------------------------


def test_the_sdist_is_the_source_release(artifacts: Artifacts) -> None:
    names = set(artifacts.sdist_names())
    for required in (
        "pyproject.toml",
        "PKG-INFO",
        "LICENSE",
        "README.md",
        "CHANGELOG.md",
        "constraints.txt",
        "mkdocs.yml",
        "emrk/py.typed",
        "docs/index.md",
        "tests/docs/test_doc_snippets.py",
    ):
        assert required in names, required
    tracked = subprocess.run(
        ["git", "ls-files", "emrk", "tests", "docs", "examples"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if tracked.returncode == 0:  # in a checkout: nothing tracked is left out
        missing = set(tracked.stdout.split()) - names
        assert not missing, sorted(missing)
    # Repository tooling and local state stay out. The .gitignore stays in on
    # purpose: hatchling reads it when it builds a wheel from an unpacked sdist.
    assert not [n for n in names if n.startswith((".ci/", ".venv/", ".git/", "site/", "dist/"))]
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]


def test_every_file_the_readme_names_is_in_the_sdist(artifacts: Artifacts) -> None:
    names = set(artifacts.sdist_names())
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    mentioned = set(re.findall(r"(?<![\w/.-])((?:examples|docs)/[\w./-]+\.(?:py|md))", readme))
    mentioned |= {name for name in ("constraints.txt", "CHANGELOG.md", "LICENSE") if name in readme}
    assert "examples/emr_on_eks_quickstart.py" in mentioned and "constraints.txt" in mentioned
    assert not mentioned - names, sorted(mentioned - names)


def test_a_wheel_built_from_the_sdist_equals_the_wheel(
    artifacts: Artifacts, tmp_path: Path
) -> None:
    """The sdist is enough to build from, even after the tests left caches in it."""
    with tarfile.open(artifacts.sdist) as archive:
        if hasattr(tarfile, "data_filter"):  # Python 3.10.12+, 3.11.4+
            archive.extractall(tmp_path, filter="data")
        else:  # pragma: no cover - older patch releases; our own archive
            archive.extractall(tmp_path)
    source = tmp_path / f"emrk-{artifacts.version}"
    (source / "emrk" / "__pycache__").mkdir(exist_ok=True)
    (source / "emrk" / "__pycache__" / "stale.cpython-311.pyc").write_bytes(b"\0")
    rebuilt = _build("wheel", source, tmp_path / "out")
    with zipfile.ZipFile(rebuilt) as archive:
        assert sorted(archive.namelist()) == sorted(artifacts.wheel_names())
        with zipfile.ZipFile(artifacts.wheel) as original:
            for name in archive.namelist():
                if not name.endswith("/RECORD"):
                    assert archive.read(name) == original.read(name), name


def test_the_sdist_metadata_matches_the_wheel(artifacts: Artifacts) -> None:
    prefix = f"emrk-{artifacts.version}/"
    with tarfile.open(artifacts.sdist) as archive:
        member = archive.extractfile(prefix + "PKG-INFO")
        assert member is not None
        pkg_info = email.message_from_binary_file(io.BytesIO(member.read()))
    wheel_meta = artifacts.metadata()
    for field in ("Name", "Version", "License-Expression", "Requires-Python"):
        assert pkg_info[field] == wheel_meta[field], field
    assert pkg_info.get_all("Project-URL") == wheel_meta.get_all("Project-URL")
    assert pkg_info.get_all("Requires-Dist") == wheel_meta.get_all("Requires-Dist")
