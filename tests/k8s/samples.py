"""Canned STS answers shared by the k8s tests."""

from __future__ import annotations

from typing import Any

ROLE_ARN = "arn:aws:iam::111122223333:role/eks-admin"
ROLE_KEY = "ASIAROLEEXAMPLEKEY01"
ROLE_SECRET = "roleSecretKeyEXAMPLEroleSecretKeyEXAMPL"
ROLE_TOKEN = "FwoGZXIvYXdzEXAMPLEROLESESSIONTOKEN"

ASSUME_ROLE_XML = f"""<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <AssumeRoleResult>
    <AssumedRoleUser>
      <AssumedRoleId>AROA3XFRBF535PLBIFPI4:EKSGetTokenAuth</AssumedRoleId>
      <Arn>arn:aws:sts::111122223333:assumed-role/eks-admin/EKSGetTokenAuth</Arn>
    </AssumedRoleUser>
    <Credentials>
      <AccessKeyId>{ROLE_KEY}</AccessKeyId>
      <SecretAccessKey>{ROLE_SECRET}</SecretAccessKey>
      <SessionToken>{ROLE_TOKEN}</SessionToken>
      <Expiration>2024-05-06T08:08:09Z</Expiration>
    </Credentials>
  </AssumeRoleResult>
  <ResponseMetadata><RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId></ResponseMetadata>
</AssumeRoleResponse>"""


def form_body(request: Any) -> str:
    """The form body a mocked request carried, as text."""
    body = request.body
    return body.decode() if isinstance(body, bytes) else str(body)
