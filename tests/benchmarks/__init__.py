"""emrk's benchmark suite against boto3 and aiobotocore: ``python -m tests.benchmarks``.

See ``docs/performance.md`` for the method and the latest results, and
``python -m tests.benchmarks --help`` for the options. ``python -m
tests.benchmarks.stages`` breaks one emrk call down into its stages.
"""
