r"""Formats held-out U and V missed (issue #17, HELDOUT-u.md, HELDOUT-v.md). Each reads a name where its format puts
it; the OpenResty DNS client (Kong, APISIX) and the DNS servers' own messages are another module's, Java's unresolved
connect and ZooKeeper's canonicalize `jvm_clients`', gRPC .NET's and .NET's localized WinSock texts
`dotnet_windows`'.

- librdkafka's `Failed to resolve 'h:port': Bad address` (musl's EAI_NONAME text under some builds; HELDOUT-u.md
  labels it nxdomain, as every set labels busybox's `bad address 'h'`).
- dig's `;; connection timed out; no servers could be reached` cut anywhere in its last word where the paste ends (a
  code fence may close it): the timeout for the name its header asked (the whole line is `dns_tools`' rule).
- A host-less `tcp connect: nxdomain` (Elixir's Tds/Postgrex) or Rust's lettre `Connection error: failed to lookup
  address information: <reason>` (only lettre's wrapping: a bare Rust message is the generic rule's) with no name on
  its line: the one host setting of the paste block (`host_settings.only`). `rust-lookup-setting` is kept: the
  generic rule does not read vaultwarden's lettre paste (`hv-vaultwarden-4796-lettre`) without it.
"""

from __future__ import annotations

import re

from checks.parsing import host_settings
from checks.parsing.document import Segment
from checks.parsing.kinds import classify_resolution
from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Build, Hit, Rule, fixed, hit, rx
from checks.parsing.rules.dns_tools import no_servers

# --- librdkafka: `Failed to resolve 'h:port': Bad address` ----------------------------------------------------------

_RDKAFKA_BAD_ADDRESS = rx(r"\bFailed\sto\sresolve\s'(?P<host>{H}):(?P<port>\d{1,5})':\sBad\saddress\b")

# --- dig: `no servers could be reached` cut in its last word where the paste ends ------------------------------------

_NO_SERVERS_CUT = rx(r"connection\stimed\sout;\sno\sservers\scould\sbe\s(?:r(?:e(?:a(?:c(?:he?)?)?)?)?)?[ \t]*$")
_PASTE_END = 16
"""Characters after a cut reason that may still end the paste (white space, a closing code fence)."""


def _no_servers_cut(m: re.Match[str], seg: Segment) -> Hit | None:
    after = seg.start + m.end()
    tail = seg.doc.text[after : after + _PASTE_END + 1]
    at_end = len(tail) <= _PASTE_END and not tail.strip().strip("`~")
    return no_servers(m, seg) if at_end else None


# --- a host-less reason, the block's one host setting ----------------------------------------------------------------

_TCP_CONNECT_NXDOMAIN = rx(r"\btcp\sconnect:\s{0,3}\(?nxdomain\b")
_RUST_BARE = rx(
    r"(?:^|[^\w\"(])Connection\serror:\sfailed\sto\slookup\saddress\sinformation:\s(?P<rest>[^\n\"`]{1,80})"
)


def _from_setting(kind_of_rest: bool) -> Build:
    def build(m: re.Match[str], seg: Segment) -> Hit | None:
        kind = classify_resolution(m.group("rest")) if kind_of_rest else "nxdomain"
        host = host_settings.only(seg) if kind else None
        return hit(m, seg, kind, host=host, exact=True) if host and kind else None

    return build


RULES: tuple[Rule, ...] = (
    Rule(  # musl's EAI_NONAME text, as busybox prints it (`bad address 'h'`)
        "librdkafka-bad-address",
        ("bad address",),
        _RDKAFKA_BAD_ADDRESS,
        fixed(unstated("busybox `can't resolve 'h'` / `bad address 'h'`"), exact=True),
    ),
    Rule("dig-no-servers-cut", ("no servers could be",), _NO_SERVERS_CUT, _no_servers_cut),
    Rule("tcp-connect-nxdomain-setting", ("nxdomain",), _TCP_CONNECT_NXDOMAIN, _from_setting(False)),
    Rule("rust-lookup-setting", ("failed to lookup address information",), _RUST_BARE, _from_setting(True)),
)
