"""Where the shared third-party reference data lives, for the core tests.

The AWS SigV4 test suite and botocore's protocol compliance cases are read in
place from the workspace's ``shared/reference`` folder (they are not copied
into the project). ``EMRK_REFERENCE_DIR`` points elsewhere; when the data is
absent, the tests that need it skip and say so.
"""

from __future__ import annotations

import os
from pathlib import Path

REFERENCE_DIR = Path(
    os.environ.get("EMRK_REFERENCE_DIR")
    or Path(__file__).resolve().parents[3] / "shared" / "reference"
)
