r"""Search engines' own texts for a failed look-up (issue #17, the tenth round of probes rendered from programs' own
source, session 63; each rule named by the program and its format):

- Quickwit's peer seeds and listen address, `failed to parse address or resolve hostname ("h", port)` with Rust's
  `failed to lookup address information: <reason>` on the same line or in the `Caused by:` chain below it (no reason
  shown: `other`);
- Typesense's HTTP client, `CURL failed. Code: 6, strerror: Couldn't resolve host name, method: M, url: URL`: the URL's
  host (curl's code 6, `nxdomain`);
- Manticore's searchd, `no AF_INET address found for: h, error -N: <gai_strerror>` (the code's kind, else the words'),
  and `connect timeout reached resolving address for h` (`timeout`).
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.kinds import GAI_CODES, classify_resolution
from checks.parsing.rules.base import Hit, Rule, fixed, hit, rx

_QUICKWIT = rx(r"\bresolve\shostname\s\(\"(?P<host>{H})\",\s\d{1,5}\)(?P<rest>[^\n]{0,160})")
_RUST_LOOKUP = re.compile(r"failed\sto\slookup\saddress\sinformation:\s(?P<reason>[^\n]{1,100})", re.I)
_QUICKWIT_CHAIN_LINES = 4
_TYPESENSE = rx(
    r"\bCode:\s6,\sstrerror:\sCouldn't\sresolve\shost\sname,\s(?:method:\s[A-Z]{3,7},\s)?url:\s"
    r"[a-z][a-z0-9+]{1,10}://(?:[^\s/@\"'<>]{1,256}@)?(?P<host>{H})"
)
_MANTICORE_NO_ADDRESS = rx(
    r"\bno\sAF_INET6?\saddress\sfound\sfor:\s(?P<host>{H}),\serror\s(?P<code>-?\d{1,3}):\s(?P<rest>[^\n]{0,100})"
)
_MANTICORE_TIMEOUT = rx(r"\bconnect\stimeout\sreached\sresolving\saddress\sfor\s(?P<host>{H})")


def _quickwit(m: re.Match[str], seg: Segment) -> Hit | None:
    for text in (m.group("rest"), *seg.lines_after(_QUICKWIT_CHAIN_LINES)):
        found = _RUST_LOOKUP.search(text)
        if found is not None:
            return hit(m, seg, classify_resolution(found.group("reason")) or "other", exact=True)
    return hit(m, seg, "other", exact=True)


def _manticore_no_address(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = GAI_CODES.get(m.group("code")) or classify_resolution(m.group("rest")) or "other"
    return hit(m, seg, kind, exact=True)


RULES: tuple[Rule, ...] = (
    Rule("quickwit-resolve-hostname", ('resolve hostname ("',), _QUICKWIT, _quickwit),
    Rule("typesense-curl-code-6", ("strerror: couldn't resolve host name",), _TYPESENSE, fixed("nxdomain", exact=True)),
    Rule("manticore-no-address", ("address found for: ",), _MANTICORE_NO_ADDRESS, _manticore_no_address),
    Rule(
        "manticore-resolving-timeout",
        ("timeout reached resolving address for ",),
        _MANTICORE_TIMEOUT,
        fixed("timeout", exact=True),
    ),
)
