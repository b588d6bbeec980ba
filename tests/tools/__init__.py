"""Developer tools for the repository: ``python -m tests.tools.<tool>``."""
