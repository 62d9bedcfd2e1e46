"""Failed look-ups as held-out HN-HU's misses showed them (issue #17, session 56; spent data): a repository client's
request line, and a Rust HTTP client's debug log naming what its error does not. (TiDB Operator's `nslookup domain h
failed` is `product_sources.py`'s, which reads a later `... success` as the name resolved: HN-HU's one such row,
labelled a failure, is left as a label choice.)

- JFrog's build-info client: `Error occurred for request GET /path HTTP/1.1: h.`, the request's error message alone,
  which for an UnknownHostException is the bare name it could not resolve (no reason: `other`); only a dotted name
  ending the line;
- hyper (kube-rs, reqwest): `error trying to connect: dns error: failed to lookup address information: <reason>`
  names no name; its debug log does, `hyper::client::connect::dns: ... resolving host="h"`, a few lines away (above or
  below the error: a reporter pastes the summary first). The name is taken only for the look-up that error ended (no
  other look-up and no connection between them), and the kind is its reason.
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.generic_words import FILE_SUFFIXES
from checks.parsing.kinds import classify_resolution
from checks.parsing.rules.base import Hit, Rule, hit, rx

_JFROG_REQUEST = rx(
    r"\bError\soccurred\sfor\srequest\s(?:GET|HEAD|POST|PUT|PATCH|DELETE)\s\S{1,300}\sHTTP/\d(?:\.\d)?:\s"
    r"(?P<host>[A-Za-z0-9][A-Za-z0-9-]{0,62}(?:\.[A-Za-z0-9-]{1,63}){0,9}\.[A-Za-z]{2,63})\.?[ \t]*(?=\n|$)"
)


def _jfrog_request(m: re.Match[str], seg: Segment) -> Hit | None:
    """(review) a file or a version the request's error names is no host (`HTTP/1.1: build-info.json.`)."""
    last = m.group("host").rsplit(".", 1)[1].lower()
    return None if last in FILE_SUFFIXES else hit(m, seg, "other", exact=True)


HYPER_NEAR = 6000
"""Characters between hyper's `resolving host=` line and its host-less DNS error at most."""
# hyper 0.14's target, and hyper-util's (hyper 1.x, reqwest 0.12)
_HYPER_RESOLVING = rx(
    r"\bhyper(?:_util)?::client::(?:legacy::)?connect::dns:[^\n]{0,300}?\bresolving\shost=\"(?P<host>{H})\""
)
_HYPER_DNS_ERROR = re.compile(
    r"\bdns\serror:\s(?:failed\sto\slookup\saddress\sinformation:\s)?(?P<rest>[^\n]{0,100})", re.I
)
_RESOLVING_OR_CONNECTED = re.compile(r"\bresolving\shost=|\bconnected\sto\b", re.I)


def _hyper_resolving(m: re.Match[str], seg: Segment) -> Hit | None:
    """The name of the look-up the DNS error ended: the nearest `resolving host=` line before the error with no other
    look-up and no connection between them (a debug log resolves and connects to many names); where the reporter
    pasted the error above its log, the first `resolving host=` line after it, unless a connection follows it."""
    text = seg.doc.text
    at, end = seg.start + m.start(), seg.start + m.end()
    after = _HYPER_DNS_ERROR.search(text, end, min(len(text), end + HYPER_NEAR))
    if after is not None and _RESOLVING_OR_CONNECTED.search(text, end, after.start()) is None:
        return _hyper_hit(m, seg, after)
    above = list(_HYPER_DNS_ERROR.finditer(text, max(0, at - HYPER_NEAR), at))
    if not above or _RESOLVING_OR_CONNECTED.search(text, above[-1].end(), at) is not None:
        return None
    following = _RESOLVING_OR_CONNECTED.search(text, end, min(len(text), end + HYPER_NEAR))
    if following is not None and following.group(0).lower().startswith("connected"):
        return None  # it went on to connect: this look-up resolved
    return _hyper_hit(m, seg, above[-1])


def _hyper_hit(m: re.Match[str], seg: Segment, error: re.Match[str]) -> Hit:
    return hit(m, seg, classify_resolution(error.group("rest")) or "other", exact=True)


RULES: tuple[Rule, ...] = (
    Rule("jfrog-request-bare-name", ("error occurred for request",), _JFROG_REQUEST, _jfrog_request),
    Rule("hyper-resolving-host", ("resolving host=",), _HYPER_RESOLVING, _hyper_resolving),
)
