"""``python -m tests.benchmarks``: run the suite, print the table, refresh the docs."""

from tests.benchmarks.run import main

raise SystemExit(main())
