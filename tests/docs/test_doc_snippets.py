"""Every Python snippet of README.md and docs/ passes mypy --strict and pyright (strict).

Users copy the documentation's code into their own type-checked projects, so
it must be code that a strict type checker accepts as written. The rules:

* Fences tagged ``python`` (or ``py``) are checked; ``pycon`` fences (REPL
  transcripts) and every other language are not.
* The snippets of one page are read as one script, in order, as a reader
  reads them: a snippet may use the names an earlier snippet of the same page
  defined (``eks``, ``run``...), and must not redefine one with another type.
* Both checkers run with a user's strict settings, not the project's
  exceptions: a snippet importing an untyped library says so itself.
* A fence preceded by the line ``<!-- typecheck: skip: <reason> -->`` is left
  out. Skips are rare, and each is listed in ``SKIPPED`` below with its
  reason, so a new one is a visible decision.

New pages under docs/ are picked up by themselves. Both checkers run once,
over one file per page, and a failure names the page and line of the
offending snippet.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import mypy.api
import pytest

ROOT = Path(__file__).resolve().parents[2]
PYRIGHT_HINT = "pip install pyright==1.1.414 (it runs on node)"

#: (page, reason) of every snippet left out on purpose.
SKIPPED = {
    ("docs/typing.md", "shows the mistakes a type checker reports"),
    ("docs/errors.md", "shows input that fails validation on purpose"),
    ("docs/kubernetes.md", "needs the third-party kubernetes package"),
}

_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<marks>`{3,}|~{3,})[ \t]*(?P<lang>[\w+-]*)")
_SKIP = re.compile(r"^\s*<!--\s*typecheck:\s*skip:\s*(?P<reason>.*?)\s*-->\s*$")
_PYTHON = {"python", "py", "python3"}


@dataclass
class Snippet:
    """One fenced Python block: where it starts and its dedented lines."""

    page: str
    line: int  # 1-based line of the first code line in the page
    lines: list[str]


@dataclass
class Page:
    """The checked snippets of one Markdown file, and the ones skipped."""

    path: str
    snippets: list[Snippet] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)


def pages() -> list[Path]:
    """README.md and every Markdown file under docs/."""
    return [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]


def extract(text: str, page: str) -> Page:
    """The Python snippets of one Markdown text (fenced, possibly indented in lists)."""
    result = Page(page)
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        opener = _FENCE.match(lines[i])
        if opener is None:
            i += 1
            continue
        indent, marks, lang = opener["indent"], opener["marks"], opener["lang"].lower()
        start = i + 1
        j = start
        while j < len(lines):
            closer = _FENCE.match(lines[j])
            if (
                closer is not None
                and closer["marks"][0] == marks[0]
                and len(closer["marks"]) >= len(marks)
                and not closer["lang"]
            ):
                break
            j += 1
        body = [_dedent(line, indent) for line in lines[start:j]]
        if lang in _PYTHON:
            previous = next((lines[k] for k in range(i - 1, -1, -1) if lines[k].strip()), "")
            skip = _SKIP.match(previous)
            if skip is not None:
                result.skipped.append((i + 1, skip["reason"]))
            else:
                result.snippets.append(Snippet(page, start + 1, body))
        i = j + 1
    return result


def _dedent(line: str, indent: str) -> str:
    return line[len(indent) :] if line.startswith(indent) else line.lstrip()


def module_name(page: str) -> str:
    """An importable module name for a page: docs/getting-started.md -> docs__getting_started."""
    stem = page.removesuffix(".md").replace("/", "__")
    return re.sub(r"\W", "_", stem)


@dataclass
class Generated:
    """A page written out as one Python file, with a map back to the page's lines."""

    path: Path
    origin: dict[int, tuple[str, int]]  # generated line -> (page, page line)


def write_page(page: Page, directory: Path) -> Generated:
    """Write a page's snippets, in order, as one module in ``directory``."""
    out: list[str] = []
    origin: dict[int, tuple[str, int]] = {}
    for snippet in page.snippets:
        out.append(f"# {page.path}:{snippet.line}")
        for offset, line in enumerate(snippet.lines):
            out.append(line)
            origin[len(out)] = (page.path, snippet.line + offset)
    path = directory / f"{module_name(page.path)}.py"
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return Generated(path, origin)


def where(generated: dict[str, Generated], file: str, line: int) -> str:
    """``page:line`` of a generated file's line (or the file's name when unmapped)."""
    found = generated.get(Path(file).name)
    if found is not None and line in found.origin:
        page, page_line = found.origin[line]
        return f"{page}:{page_line}"
    return f"{Path(file).name}:{line}"


# -- the checkers -------------------------------------------------------------------------


def run_mypy(files: list[Path], cache: Path) -> tuple[int, str]:
    # A user's settings, not the project's: its per-module exceptions stay out.
    config = cache / "user-mypy.ini"
    config.write_text("[mypy]\n", encoding="utf-8")
    stdout, stderr, status = mypy.api.run(
        [
            "--config-file",
            str(config),
            "--python-version",
            "3.10",
            "--strict",
            "--warn-unused-ignores",
            "--no-error-summary",
            "--show-error-codes",
            "--cache-dir",
            str(cache),
            *(str(f) for f in files),
        ]
    )
    return status, stdout + stderr


_MYPY_LINE = re.compile(r"^(?P<file>[^:\n]+\.py):(?P<line>\d+): (?P<rest>.*)$")


def mypy_problems(output: str, generated: dict[str, Generated]) -> list[str]:
    problems = []
    for text in output.splitlines():
        found = _MYPY_LINE.match(text)
        if found is None:
            if text.strip():
                problems.append(text)
            continue
        if found["rest"].startswith("note:") and "error:" not in found["rest"]:
            continue
        problems.append(f"{where(generated, found['file'], int(found['line']))}: {found['rest']}")
    return problems


def pyright_exe() -> str | None:
    exe = shutil.which("pyright", path=str(Path(sys.executable).parent)) or shutil.which("pyright")
    if exe is None:
        return None
    try:
        subprocess.run([exe, "--version"], check=True, capture_output=True, timeout=300)
    except (OSError, subprocess.SubprocessError):
        return None  # the wrapper could not fetch or start node's pyright
    return exe


def run_pyright(exe: str, directory: Path) -> dict[str, object]:
    config = {
        "include": ["*.py"],
        "extraPaths": [str(ROOT)],
        "pythonVersion": "3.10",
        "typeCheckingMode": "strict",
        "enableTypeIgnoreComments": True,
        "reportUnnecessaryTypeIgnoreComment": "error",
        # Each snippet has its own imports, so a page read as one script repeats some.
        "reportDuplicateImport": "none",
    }
    (directory / "pyrightconfig.json").write_text(json.dumps(config), encoding="utf-8")
    result = subprocess.run(
        [
            exe,
            "--outputjson",
            "--project",
            str(directory / "pyrightconfig.json"),
            "--pythonpath",
            sys.executable,
        ],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
    )
    report: dict[str, object] = json.loads(result.stdout)
    return report


def pyright_problems(report: dict[str, object], generated: dict[str, Generated]) -> list[str]:
    diagnostics = report["generalDiagnostics"]
    assert isinstance(diagnostics, list)
    return [
        f"{where(generated, d['file'], d['range']['start']['line'] + 1)}: {d['message']}"
        for d in diagnostics
        if d["severity"] == "error"
    ]


# -- fixtures ----------------------------------------------------------------------------


@dataclass
class Corpus:
    """Every page's snippets, written out for the checkers."""

    directory: Path
    pages: list[Page]
    generated: dict[str, Generated]

    def files(self) -> list[Path]:
        return [g.path for g in self.generated.values()]


def _write_corpus(directory: Path, found: list[Page]) -> Corpus:
    generated = {}
    for page in found:
        if page.snippets:
            g = write_page(page, directory)
            generated[g.path.name] = g
    return Corpus(directory, found, generated)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    found = [
        extract(p.read_text(encoding="utf-8"), p.relative_to(ROOT).as_posix()) for p in pages()
    ]
    return _write_corpus(tmp_path_factory.mktemp("snippets"), found)


@pytest.fixture
def mypy_cache(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache kept between runs (a cold check of emrk takes seconds), from the repo root."""
    monkeypatch.chdir(ROOT)
    return Path(request.config.cache.mkdir("mypy-doc-snippets"))


def _all_snippets(corpus: Corpus) -> Iterator[Snippet]:
    for page in corpus.pages:
        yield from page.snippets


# -- the tests ---------------------------------------------------------------------------


def test_snippets_are_found(corpus: Corpus) -> None:
    by_page = {p.path: p for p in corpus.pages}
    for page in ("README.md", "docs/index.md", "docs/getting-started.md", "docs/pcs.md"):
        assert by_page[page].snippets, f"no Python snippet found in {page}"
    assert sum(1 for _ in _all_snippets(corpus)) > 40


def test_skips_are_listed(corpus: Corpus) -> None:
    skipped = {(page.path, reason) for page in corpus.pages for _, reason in page.skipped}
    assert skipped == SKIPPED


def test_mypy_strict_accepts_every_snippet(corpus: Corpus, mypy_cache: Path) -> None:
    status, output = run_mypy(corpus.files(), mypy_cache)
    problems = mypy_problems(output, corpus.generated)
    assert status == 0 and not problems, "\n".join(problems or [output])


def test_pyright_strict_accepts_every_snippet(corpus: Corpus) -> None:
    exe = pyright_exe()
    if exe is None:
        pytest.skip(f"pyright is not available here: {PYRIGHT_HINT}")
    # A page with a known mistake rides along, so a check that sees nothing fails.
    guard = write_page(extract(_SAMPLE, "guard/sample.md"), corpus.directory)
    report = run_pyright(exe, corpus.directory)
    problems = pyright_problems(report, {**corpus.generated, guard.path.name: guard})
    guarded = [p for p in problems if p.startswith("guard/sample.md:")]
    problems = [p for p in problems if p not in guarded]
    assert not problems, "\n".join(problems)
    assert guarded and all(p.startswith("guard/sample.md:18: ") for p in guarded), guarded
    summary = report["summary"]
    assert isinstance(summary, dict)
    assert summary["filesAnalyzed"] == len(corpus.generated) + 1


# -- the harness itself -------------------------------------------------------------------

_SAMPLE = """\
# A page

```python
import emrk

session = emrk.Session(region_name="us-west-2")
```

Text, then a REPL transcript that is not checked:

```pycon
>>> session.eks()
```

1. A list item with an indented fence:

    ```python
    count: int = session
    ```

<!-- typecheck: skip: a fragment -->
```python
this is not python
```

```console
$ python -m emrk
```
"""


def test_extraction_follows_the_rules() -> None:
    page = extract(_SAMPLE, "docs/sample.md")
    assert [(s.line, s.lines) for s in page.snippets] == [
        (4, ["import emrk", "", 'session = emrk.Session(region_name="us-west-2")']),
        (18, ["count: int = session"]),
    ]
    assert page.skipped == [(22, "a fragment")]
    assert module_name("docs/getting-started.md") == "docs__getting_started"


def test_a_wrong_snippet_is_reported_at_its_page_line(tmp_path: Path, mypy_cache: Path) -> None:
    """Guard against a vacuous check: the error names the page and line of the snippet."""
    corpus = _write_corpus(tmp_path, [extract(_SAMPLE, "docs/sample.md")])
    status, output = run_mypy(corpus.files(), mypy_cache)
    problems = mypy_problems(output, corpus.generated)
    assert status == 1
    assert problems and all(p.startswith("docs/sample.md:18: error:") for p in problems), problems
