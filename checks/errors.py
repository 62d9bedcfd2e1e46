"""podnet's domain errors: a shallow tree. Client libraries' exceptions are converted into these at the
layer that talks to them (checks/remote for paramiko, checks/cluster for kubernetes)."""

from __future__ import annotations


class PodnetError(Exception):
    """Something podnet could not do; the message says what and, where it can, what to do."""


class InvalidArgument(PodnetError):
    pass


class NodeError(PodnetError):
    def __init__(self, node: str, message: str) -> None:
        super().__init__(f"{node}: {message}")
        self.node = node
        self.reason = message


class Unreachable(NodeError):
    pass


class HostKeyRejected(NodeError):
    pass


class AuthFailed(NodeError):
    pass


class CommandTimeout(NodeError):
    pass


class ApiError(PodnetError):
    pass


class Forbidden(ApiError):
    pass


class ApiUnavailable(ApiError):
    pass
