"""A private AWS STS client: just what emrk needs to mint Kubernetes tokens.

``AssumeRole`` and ``GetCallerIdentity`` go through emrk's own core (query
protocol, SigV4, retries), and :mod:`emrk._sts.presign` presigns
``GetCallerIdentity`` the way the EKS authenticator expects. Nothing here is
public API; it may change in any release. Importing this package loads
nothing else, so the ``python -m emrk`` token path stays light.
"""
