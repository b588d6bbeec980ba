"""Keep the benchmark suite out of the normal test run.

The benchmarks are a program (``python -m tests.benchmarks``), not tests: they
take minutes, need boto3 and matplotlib, and their pass/fail is a performance
target rather than a behaviour. Ignoring every file here means ``pytest``
never imports them.
"""

collect_ignore_glob = ["*"]
