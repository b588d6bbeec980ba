"""``python -m emrk``: emrk's command line (see :mod:`emrk._cli`)."""

from __future__ import annotations

import sys

from emrk._cli import main

if __name__ == "__main__":
    sys.exit(main())
