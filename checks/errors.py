"""podnet's domain errors: a shallow tree. Client libraries' exceptions are converted into these at the
layer that talks to them (checks/remote for paramiko, checks/cluster for kubernetes)."""

from __future__ import annotations


class PodnetError(Exception):
    """Something podnet could not do; the message says what and, where it can, what to do."""


class InvalidArgument(PodnetError):
    pass


class NodeError(PodnetError):
    KIND = "node_error"  # a short, fixed name for the kind of failure (a metric label, a JSON value)

    def __init__(self, node: str, message: str) -> None:
        super().__init__(f"{node}: {message}")
        self.node = node
        self.reason = message


class Unreachable(NodeError):
    KIND = "unreachable"


class HostKeyRejected(NodeError):
    KIND = "host_key_rejected"


class AuthFailed(NodeError):
    KIND = "auth_failed"


class CommandTimeout(NodeError):
    KIND = "timeout"


class ApiError(PodnetError):
    pass


class Forbidden(ApiError):
    pass


class ApiUnavailable(ApiError):
    pass


class ApiStatus(ApiError):
    """The API answered an HTTP error status; `message` is its Status object's message."""

    def __init__(self, status: int, reason: str, message: str) -> None:
        super().__init__(f"{status} {reason}: {message}")
        self.status = status
        self.reason = reason
        self.message = message
