r"""Formats held-out U and V missed (issue #17, HELDOUT-u.md, HELDOUT-v.md). Each reads a name where its format puts
it; the OpenResty DNS client (Kong, APISIX) and the DNS servers' own messages are another module's, Java's unresolved
connect and ZooKeeper's canonicalize `jvm_clients`', gRPC .NET's and .NET's localized WinSock texts
`dotnet_windows`', dig's cut `no servers could be reache` `dns_tool_forms`'.

- librdkafka's `Failed to resolve 'h:port': Bad address` (musl's EAI_NONAME text under some builds; HELDOUT-u.md
  labels it nxdomain, as every set labels busybox's `bad address 'h'`).
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

# --- librdkafka: `Failed to resolve 'h:port': Bad address` ----------------------------------------------------------

_RDKAFKA_BAD_ADDRESS = rx(r"\bFailed\sto\sresolve\s'(?P<host>{H}):(?P<port>\d{1,5})':\sBad\saddress\b")

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
    Rule("tcp-connect-nxdomain-setting", ("nxdomain",), _TCP_CONNECT_NXDOMAIN, _from_setting(False)),
    Rule("rust-lookup-setting", ("failed to lookup address information",), _RUST_BARE, _from_setting(True)),
)
