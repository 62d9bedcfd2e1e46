r"""Formats the eleventh held-out set missed (issue #17, HELDOUT-k.md). The general cause (a host named in prose or a
dump around a host-less error) lives in `host_settings.py`; here are the formats of their own:

- names looked up as printed, where the format's own slot holds them (Node's `getaddrinfo ENOTFOUND 3000` is
  `node_getaddrinfo`'s): wget's `unable to resolve host address '=1418351668788372'`, urllib3's `host='false'`;
(urllib3's cut `NameResolutionError(` and py-amqp's broker hostname are `python_libs`', Mono/.NET's host-less
request failure `dotnet_windows`', unbound's maximum sends `dns_tool_forms`', linkerd 1's `proxy_gateways`', bundler's,
ssh's and nc's `shell_tools`', MongoDB's PHP driver `php_network`'.)
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.hosts import HOST
from checks.parsing.kinds import classify_resolution
from checks.parsing.rules.base import Hit, LazyPattern, Rule, hit, rx

# --- names looked up as printed -------------------------------------------------------------------------------------

_WGET_QUOTED = rx(
    r"\bwget:\sunable\sto\sresolve\shost\saddress\s[\u2018'\"](?P<host>[^\s\u2018\u2019'\"]{1,253})[\u2019'\"]"
)
_HOST_NAME = LazyPattern(HOST)
_POOL_WORD = rx(
    r"""ConnectionPool\(host=['"](?P<host>false|true|none|null|undefined|nil)['"],\s{0,3}port=\d{1,5}\)"""
    r"""(?=(?P<rest>[^\n]{0,600}))"""
)


def _wget_quoted(m: re.Match[str], seg: Segment) -> Hit | None:
    if _HOST_NAME.fullmatch(m.group("host")):
        return None  # an ordinary name: more_formats / localized read it
    return hit(m, seg, "nxdomain", exact=True)


def _pool_word(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify_resolution(m.group("rest"))
    return hit(m, seg, kind, exact=True) if kind else None


RULES: tuple[Rule, ...] = (
    Rule("wget-quoted-as-printed", ("unable to resolve host address",), _WGET_QUOTED, _wget_quoted),
    Rule("urllib3-pool-word-host", ("connectionpool(host=",), _POOL_WORD, _pool_word),
)
