"""Failed look-ups as held-out HN-HU's misses showed them (issue #17, session 56; spent data): a repository client's
request line, and a Rust HTTP client's debug log naming what its error does not. (TiDB Operator's `nslookup domain h
failed` is `product_sources.py`'s, which reads a later `... success` as the name resolved: HN-HU's one such row,
labelled a failure, is left as a label choice.)

- JFrog's build-info client: `Error occurred for request GET /path HTTP/1.1: h.`, the request's error message alone,
  which for an UnknownHostException is the bare name it could not resolve (no reason: `other`); only a dotted name
  ending the line;
- hyper (kube-rs, reqwest): `error trying to connect: dns error: failed to lookup address information: <reason>`
  names no name; its debug log does, `hyper::client::connect::dns: ... resolving host="h"`, a few lines away (above or
  below the error: a reporter pastes the summary first). The name is taken only where that error is in the paste
  within `HYPER_NEAR` characters, and the kind is its reason.
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.kinds import classify_resolution
from checks.parsing.rules.base import Hit, Rule, fixed, hit, rx

_JFROG_REQUEST = rx(
    r"\bError\soccurred\sfor\srequest\s(?:GET|HEAD|POST|PUT|PATCH|DELETE)\s\S{1,300}\sHTTP/\d(?:\.\d)?:\s"
    r"(?P<host>[A-Za-z0-9][A-Za-z0-9-]{0,62}(?:\.[A-Za-z0-9-]{1,63}){1,10})\.?[ \t]*(?=\n|$)"
)

HYPER_NEAR = 6000
"""Characters on each side of hyper's `resolving host=` line its host-less DNS error is looked for."""
_HYPER_RESOLVING = rx(r"\bhyper::client::connect::dns:[^\n]{0,300}?\bresolving\shost=\"(?P<host>{H})\"")
_HYPER_DNS_ERROR = re.compile(
    r"\bdns\serror:\s(?:failed\sto\slookup\saddress\sinformation:\s)?(?P<rest>[^\n]{0,100})", re.I
)


def _hyper_resolving(m: re.Match[str], seg: Segment) -> Hit | None:
    text, at = seg.doc.text, seg.start + m.start()
    error = _HYPER_DNS_ERROR.search(text, max(0, at - HYPER_NEAR), min(len(text), at + HYPER_NEAR))
    if error is None:
        return None  # a debug line of a look-up that may well have worked
    return hit(m, seg, classify_resolution(error.group("rest")) or "other", exact=True)


RULES: tuple[Rule, ...] = (
    Rule("jfrog-request-bare-name", ("error occurred for request",), _JFROG_REQUEST, fixed("other", exact=True)),
    Rule("hyper-resolving-host", ("resolving host=",), _HYPER_RESOLVING, _hyper_resolving),
)
