"""The shared core: knows HTTP, SigV4, JSON protocols and retries, and no service."""
