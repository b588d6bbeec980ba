"""Where the shared third-party reference data lives, for the core tests.

The AWS SigV4 test suite and botocore's protocol compliance cases are read in
place from the workspace's ``shared/reference`` folder (they are not copied
into the project). ``EMRK_REFERENCE_DIR`` points elsewhere; when the data is
absent, the tests that need it skip and say so.
"""

from __future__ import annotations

import datetime
import os
from pathlib import Path

REFERENCE_DIR = Path(
    os.environ.get("EMRK_REFERENCE_DIR")
    or Path(__file__).resolve().parents[3] / "shared" / "reference"
)

#: The AWS SigV4 test suite's folder, and the fixed inputs of every case.
SIGV4_SUITE = REFERENCE_DIR / "sigv4-testsuite"
SIGV4_ACCESS_KEY = "AKIDEXAMPLE"
SIGV4_SECRET_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
SIGV4_TIME = datetime.datetime(2015, 8, 30, 12, 36, tzinfo=datetime.timezone.utc)


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
