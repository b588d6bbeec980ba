"""The ``user_*.py`` files here are code for type checkers, not tests: never collect them."""

collect_ignore_glob = ["user_*.py"]
