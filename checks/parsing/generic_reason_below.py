"""A statement that a name failed to resolve, with the runtime's host-less error under it (issue #17, held-out DN,
spent): `A brief DNS failure resolving the `db` host ... All trace to the same underlying exception:` above .NET's
`SocketException (00000001, 11): Resource temporarily unavailable`. The statement names the host and says no more;
the exception says how and names nothing. Only the host-less forms are read (.NET's SocketException; Python's
`gaierror` and urllib3's `[Errno N]`; PHP's `getaddrinfo failed:`; Ruby's `getaddrinfo: ... (SocketError)`), so a
reason that belongs to another name's message is never borrowed."""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.kinds import classify_dotnet_socket, classify_resolution
from checks.parsing.model import FailureKind

REASON_LINES = 8
"""Lines under the statement read for the host-less error (a blank line and a code fence come between)."""
_DOTNET = re.compile(r"\bSocketException(?:\s\([^)\n]{1,30}\))?:\s{0,3}(?P<rest>[^\n(]{1,100})$")
_PYTHON = re.compile(
    r"(?:\bgaierror:|Failed\sto\sestablish\sa\snew\sconnection:)\s{0,3}\[Errno\s-?\d{1,5}\]\s{0,3}(?P<rest>[^\n]{1,100})$"
)
_PHP = re.compile(r"\bphp_network_getaddresses:\sgetaddrinfo\sfailed:\s(?P<rest>[^\n]{1,100})$")
NAMES_ITS_HOST = re.compile(r"\bhost=|://")
"""A message that names its own host: a URL's, urllib3's `host='h'`, PHP's `[tcp://h:port]`."""
_RUBY = re.compile(r"\bgetaddrinfo(?:\(3\))?:\s(?P<rest>[^()\n]{1,100})\s\((?:Socket::Resolution|Socket)Error\)")


def hostless_reason_below(seg: Segment) -> FailureKind | None:
    """The kind of the first host-less resolver error on the lines under `seg`, if one is there."""
    for line in seg.lines_after(REASON_LINES):
        if NAMES_ITS_HOST.search(line):
            return None  # a message that names its own host (review: urllib3's `HTTPConnectionPool(host='h', ...)`)
        dotnet = _DOTNET.search(line)
        if dotnet is not None:
            return classify_dotnet_socket(dotnet.group("rest"))
        other = _PYTHON.search(line) or _PHP.search(line) or _RUBY.search(line)
        if other is not None:
            return classify_resolution(other.group("rest"))
    return None
