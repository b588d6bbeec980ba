"""Conformance tests: emrk against botocore's own service models."""
