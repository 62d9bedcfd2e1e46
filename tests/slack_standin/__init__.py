"""A local STAND-IN for Slack's servers, for end-to-end tests of podnet.

Slack's servers cannot be reached from the test machines, so ``SlackStandIn`` serves the real
wire protocols on 127.0.0.1 (Web API, Socket Mode, upload and response URLs, signed HTTP-mode
requests) with Slack's response shapes and error codes, and records every call.
"""

from .payloads import AppIdentity, app_mention_event, button_action, message_event
from .recorder import ApiCall, Envelope
from .signing import AppResponse, sign
from .standin import SlackStandIn

__all__ = [
    "ApiCall",
    "AppIdentity",
    "AppResponse",
    "Envelope",
    "SlackStandIn",
    "app_mention_event",
    "button_action",
    "message_event",
    "sign",
]
