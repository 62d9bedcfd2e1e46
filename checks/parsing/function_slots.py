"""A C function's name where a host-less error's name is looked for (issue #17, held-out W).

PHPMailer's `Failed to connect to server: php_network_getaddresses: getaddrinfo failed: No such host is known.` puts
PHP's internal function `php_network_getaddresses` after `server:`, which reads like a `server: h` field. Names with
an underscore and no dot are real labels in the sets (compose service names: `tandoor_db`, `immich_redis`), so the
guard is not on the shape alone: it is an identifier (underscore, no dot) followed by `: ` and the resolver call that
failed inside it (`getaddrinfo`, `gethostbyname`), i.e. the `function: call failed` slot of the message.
"""

from __future__ import annotations

import re

_CALL_AFTER = re.compile(r":\s{0,3}(?:getaddrinfo|gethostbyname|getaddrinfow|gethostbyname2|getnameinfo)\b")


def function_name_slot(host: str, text: str, end: int) -> bool:
    """True when `host` (ending at `end` in `text`) is a C function's name in a `function: call failed` message."""
    if "_" not in host or "." in host:
        return False
    return _CALL_AFTER.match(text, end, min(len(text), end + 24)) is not None


_WIKI_PATH = re.compile(r"(?::\d{1,5})?/[^\s\"'<>]{0,160}?/wiki(?:/|\b)")


def help_link(text: str, end: int) -> bool:
    """True when the URL whose host ends at `end` in `text` points into a project's wiki (PHPMailer's `SMTP connect()
    failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting` under its error): a page to read, printed
    below the error, not the server that was dialed."""
    return _WIKI_PATH.match(text, end, min(len(text), end + 200)) is not None
