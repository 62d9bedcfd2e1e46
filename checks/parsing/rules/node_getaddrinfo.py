r"""Node's `getaddrinfo <CODE> <name>` in the forms `languages.py`'s `node` rule does not read (issue #17, held-out G,
K, N, P, R; gathered here from the round modules). Node prints the name exactly as it was given, so most read it as
printed.

- `getaddrinfo EADDRNOTAVAIL h:443` (yarn): a system error from the resolver call, `other` (held-out G);
- kafka-node's host-less `[Error: getaddrinfo ENOTFOUND]`: the broker's `host: 'h'` from the metadata printed a few
  lines before (a container id is a real name there: Docker sets it as the hostname, held-out G);
- `getaddrinfo ENOTFOUND 3000`: a port given as the host (held-out K);
- npm's `getaddrinfo ENOENT h:443` (libuv's UV_ENOENT: no reason a resolver gives): `other` (held-out N);
- `getaddrinfo EAI_AGAIN "localhost"` (the quotes were in the string looked up) and `getaddrinfo EAI_AGAIN ######`
  (a masked name: redacted, held-out P); not an address in quotes (`ENOTFOUND "127.0.0.1"`: an address, whatever
  hidden character made Node look it up, LABELS.md; held-out FU);
- `getaddrinfo ENOTFOUND ''`: the quotes of an empty value in an env file, handed over as the name (held-out LB), as
  printed;
- `getaddrinfo ENOTFOUND redis://redis:6379`: a URL handed to the resolver (held-out R), its host (LABELS.md, CE).
"""

from __future__ import annotations

import re
from dataclasses import replace
from urllib.parse import urlsplit

from checks.parsing.document import Segment
from checks.parsing.hosts import is_ip
from checks.parsing.model import FailureKind
from checks.parsing.rules.base import Hit, Rule, fixed, hit, rx
from checks.parsing.rules.languages import NODE_KINDS

# --- `getaddrinfo EADDRNOTAVAIL` -------------------------------------------------------------------------------------

_EADDRNOTAVAIL = rx(r"\bgetaddrinfo\sEADDRNOTAVAIL\s(?P<host>{H})(?::(?P<port>\d{1,5}))?")

# --- kafka-node: a host-less ENOTFOUND, the broker's `host: 'NAME'` above --------------------------------------------

_BARE_ENOTFOUND = rx(r"\[Error:\sgetaddrinfo\s(?P<code>ENOTFOUND|EAI_AGAIN)\]")
_HOST_FIELD = rx(r"^\s{0,40}host:\s{0,3}'(?P<host>{H})',?\s{0,3}$")


def _bare_enotfound(m: re.Match[str], seg: Segment) -> Hit | None:
    for line in reversed(seg.lines_before(12)):
        field = _HOST_FIELD.search(line)
        if field:
            kind: FailureKind = "temporary" if m.group("code").upper() == "EAI_AGAIN" else "nxdomain"
            return hit(m, seg, kind, host=field.group("host"))
    return None


# --- names as printed ------------------------------------------------------------------------------------------------

_ENOTFOUND_NUMBER = rx(r"\bgetaddrinfo\sENOTFOUND\s(?P<host>\d{1,5})(?![\w.:\-])")
_NPM_ENOENT = rx(r"\bgetaddrinfo\sENOENT\s(?P<host>{H}):(?P<port>\d{1,5})")
_NODE_PRINTED = rx(
    r"getaddrinfo\s(?P<code>ENOTFOUND|EAI_AGAIN|EAI_FAIL|EAI_NODATA|EAI_NONAME)\s"
    # held-out KX-LE (spent): a pair of quotes alone, an empty value's quotes handed over (`ENOTFOUND ''`)
    r"(?P<host>\"{H}\"|#{3,64}|''|\"\")(?=[ \t]{0,3}(?:\n|$))"
)
_NODE_URL = rx(
    r"getaddrinfo\s(?P<code>ENOTFOUND|EAI_AGAIN|EAI_FAIL|EAI_NODATA|EAI_NONAME)\s"
    r"(?P<host>[A-Za-z][A-Za-z0-9+.\-]{1,20}://[^\s'\"`]{1,200})"
)


def _enotfound_number(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, "nxdomain", exact=True)


def _node_printed(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = NODE_KINDS.get(m.group("code").upper(), "other")
    if m.group("host").startswith('"') and m.group("host") != '""':
        if is_ip(m.group("host").strip('"')):
            return None  # held-out FU (spent): `ENOTFOUND "127.0.0.1"`, an address with quotes in it (LABELS.md: none)
        return replace(hit(m, seg, kind, exact=True, ip_ok=True), quoted=True)
    return replace(hit(m, seg, kind, exact=True), printed=True)


def _node_url(m: re.Match[str], seg: Segment) -> Hit | None:
    # LABELS.md: a URL's host, not the URL (held-out CE; held-out R, before LABELS.md, labelled the URL as printed)
    host = urlsplit(m.group("host")).hostname
    kind = NODE_KINDS.get(m.group("code").upper(), "other")
    return hit(m, seg, kind, host=host, exact=True) if host else None


RULES: tuple[Rule, ...] = (
    Rule("node-eaddrnotavail", ("getaddrinfo eaddrnotavail",), _EADDRNOTAVAIL, fixed("other")),
    Rule("kafka-node-bare-enotfound", ("[error: getaddrinfo",), _BARE_ENOTFOUND, _bare_enotfound),
    Rule("node-enotfound-number", ("enotfound ",), _ENOTFOUND_NUMBER, _enotfound_number),
    Rule("npm-getaddrinfo-enoent", ("getaddrinfo e",), _NPM_ENOENT, fixed("other", exact=True)),
    Rule("node-printed-host", ("getaddrinfo e",), _NODE_PRINTED, _node_printed),
    Rule("node-printed-url", ("getaddrinfo e",), _NODE_URL, _node_url),
)
