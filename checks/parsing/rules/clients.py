"""Command-line clients: curl, wget, apt, ssh/git, ping and busybox's applets."""

from __future__ import annotations

from checks.parsing.rules.base import Rule, by_rest, fixed, rx

_CURL = rx(r"Could\snot\sresolve\shost:?\s{1,3}{Q}?(?P<host>{H})")
_APT_NOT_RESOLVED = rx(r"Could\snot\sresolve\s{1,3}{Q}(?P<host>{H}){Q}")
_APT_TEMPORARY = rx(r"Temporary\sfailure\sresolving\s{1,3}{Q}?(?P<host>{H})")
_WGET = rx(r"unable\sto\sresolve\shost\saddress\s{1,3}{Q}?(?P<host>{H})")
_WGET_RESOLVING = rx(
    r"Resolving\s{1,3}(?P<host>{H})(?:\s{1,3}\([^()\n]{0,300}\))?\.\.\.\s{0,3}failed:\s{0,3}(?=(?P<rest>[^\n]{0,100}))"
)
_SSH = rx(r"Could\snot\sresolve\shostname\s{1,3}(?P<host>{H}):\s{0,3}(?=(?P<rest>[^\n]{0,100}))")
_PING = rx(r"ping:\s{1,3}(?:cannot\sresolve\s{1,3})?(?P<host>{H}):\s{1,3}(?=(?P<rest>[^\n]{0,60}))")
_BUSYBOX_BAD_ADDRESS = rx(
    r"(?:ping|wget|nc|telnet|ssh|traceroute):\s{1,3}bad\saddress\s{1,3}{Q}(?P<host>{H})(?::(?P<port>\d{1,5}))?{Q}"
)

RULES: tuple[Rule, ...] = (
    Rule("curl", ("could not resolve host",), _CURL, fixed("nxdomain")),
    Rule("apt-not-resolved", ("could not resolve",), _APT_NOT_RESOLVED, fixed("nxdomain")),
    Rule("apt-temporary", ("temporary failure resolving",), _APT_TEMPORARY, fixed("temporary")),
    Rule("wget", ("unable to resolve host address",), _WGET, fixed("other")),
    Rule("wget-resolving", ("... failed",), _WGET_RESOLVING, by_rest("other")),
    Rule("ssh", ("could not resolve hostname",), _SSH, by_rest("other", resolution_only=True)),
    Rule("ping", ("ping:",), _PING, by_rest(None, resolution_only=True)),
    Rule("busybox-bad-address", ("bad address",), _BUSYBOX_BAD_ADDRESS, fixed("other")),
)
