"""Where the third-party reference data lives, for the core tests.

The AWS SigV4 test suite and botocore's protocol compliance cases are copied,
unchanged, into ``tests/data/`` (see its README for where they come from and
their Apache-2.0 licence), so a clone of the repository alone runs every
test. Nothing here looks outside the repository: a missing file fails the
tests that read it instead of skipping them.
"""

from __future__ import annotations

import datetime
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parents[1] / "data"

#: The AWS SigV4 test suite's folder, and the fixed inputs of every case.
SIGV4_SUITE = DATA_DIR / "sigv4-testsuite"
SIGV4_ACCESS_KEY = "AKIDEXAMPLE"
SIGV4_SECRET_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
SIGV4_TIME = datetime.datetime(2015, 8, 30, 12, 36, tzinfo=datetime.timezone.utc)
#: How many cases (``.req`` files) the copied suite holds.
SIGV4_CASE_COUNT = 34

#: botocore's protocol compliance cases: ``input/`` and ``output/``, one file per protocol.
PROTOCOL_TESTS = DATA_DIR / "protocol-tests"


def sigv4_cases() -> list[Path]:
    """Every case folder of the SigV4 suite (the folder of each ``.req``), sorted."""
    return sorted(p.parent for p in SIGV4_SUITE.rglob("*.req"))


def parse_raw_request(text: str) -> tuple[str, str, list[tuple[str, str]], bytes]:
    """Method, target, headers (in order, repeats kept) and body of a raw request.

    The request line is split on its first and last space, so a target with a
    space in it (``normalize-path/get-space``) survives; folded header lines
    are joined to the header they continue.
    """
    head, _, body = text.partition("\n\n")
    lines = head.split("\n")
    method, rest = lines[0].split(" ", 1)
    target = rest.rsplit(" ", 1)[0]
    headers: list[tuple[str, str]] = []
    for line in lines[1:]:
        if not line:
            continue
        if line[:1] in (" ", "\t") and headers:
            name, value = headers[-1]
            headers[-1] = (name, f"{value}\n{line}")
            continue
        name, _, value = line.partition(":")
        headers.append((name, value.strip(" \t")))
    return method, target, headers, body.encode("utf-8")
