"""Wire protocols: how a request model becomes HTTP and a response becomes a model."""

from emrk.core.protocols.aws_json import AwsJsonProtocol
from emrk.core.protocols.base import Protocol, RawResponse
from emrk.core.protocols.rest_json import RestJsonProtocol

__all__ = ["AwsJsonProtocol", "Protocol", "RawResponse", "RestJsonProtocol"]
