r"""Cluster components' and tools' own texts for a failed look-up that no rule read before held-out ED-EK (issue #17).

- VS Code Remote-SSH's `Could not establish connection to "h": Could not resolve hostname` (ssh's words, its reason
  dropped: `nxdomain`, as the collector's label reads it);
- YugabyteDB's resolver: `Network error (yb/util/net/dns_resolver.cc:74): No endpoints resolved for: h` (no address
  returned: `nxdomain`);
- Cilium's DNS proxy: `msg="Cannot forward proxied DNS lookup" ... dnsName=h. ... error="<why>"`, its fields wrapped
  over the next lines where a terminal broke them: the forward's error says the kind where it is a resolver's
  (`i/o timeout`), else `other` (the proxy could not send it: `bind: address already in use`);
- Azure API Management's self-hosted gateway: the resolver's text in a `"message"` field (`Name does not resolve`) of
  the `lastError` object its request line opens (`backendUrl: http://h/, lastError: {`): the backend URL's host;
- lego's (cert-manager's) `Unexpected response code 'SERVFAIL' for _acme-challenge.h.`: the name queried, the rcode's
  kind (held-out FI);
- lego's (Traefik's, the Terraform ACME provider's) `[d] time limit exceeded: last error: could not determine
  authoritative nameservers`: the domain's zone look-ups found no name server (no reason: `other`); its zone search's
  `could not find the start of authority for h` (the rcode after it, else `other`), in its old map form too, and
  cert-manager's `Could not determine authoritative nameservers for "h."` (held-out FQ);
- ssh's `Could not resolve hostname h: <reason>` overwritten by a carriage return (Hadoop's and pdsh's start scripts
  print `ssh: Could not resolve hostname h\r: Name or service not known`; a terminal shows
  `: Name or service not knownstname h`, the reason over the start of the line): the name after the glued tail of
  `hostname`, the reason's kind.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from checks.parsing.document import Segment
from checks.parsing.kinds import RCODES, classify, classify_resolution
from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Hit, Rule, fixed, hit, rx

_VSCODE_SSH = rx(r"\bCould\snot\sestablish\sconnection\sto\s\"(?P<host>{H})\":\sCould\snot\sresolve\shostname\b")

_SSH_OWN = re.compile(r"\bssh:\sCould\snot\sresolve\shostname\s\S", re.I)


def _vscode_ssh(m: re.Match[str], seg: Segment) -> Hit | None:
    said = seg.doc.memo.get("ssh-own-line")  # searched once a paste: a megabyte of these lines searched it per line
    if said is None:
        said = seg.doc.memo["ssh-own-line"] = _SSH_OWN.search(seg.doc.text) is not None
    if said:
        return None  # ssh's own line names what it looked up; the quoted one may be a config alias (review)
    kind = unstated('VS Code Remote-SSH `Could not establish connection to "h": Could not resolve hostname`')
    return hit(m, seg, kind, exact=True)


_YB_NO_ENDPOINTS = rx(r"\bNo\sendpoints\sresolved\sfor:\s(?P<host>{H})")

# --- Cilium's DNS proxy --------------------------------------------------------------------------------------------

_CILIUM_FORWARD = rx(r"\bmsg=\"?Cannot\sforward\sproxied\sDNS\slookup\b")
_DNS_NAME = rx(r"\bdnsName=\"?(?P<host>{H}?)\.?(?=[\"\s]|$)")
_ERROR_FIELD = re.compile(r"\berror=\"?(?P<text>[^\"\n]{1,300})")
CILIUM_LINES = 3
"""Lines under the message read for its fields (a terminal's wrap of one logfmt record)."""


def _cilium_forward(m: re.Match[str], seg: Segment) -> Hit | None:
    lines = [seg.text[m.end() :], *seg.lines_after(CILIUM_LINES)]
    name: tuple[str, int] | None = None
    error = ""
    for n, line in enumerate(lines):
        if n and ("msg=" in line or "level=" in line):
            break  # the next record
        found = _DNS_NAME.search(line)
        if found and name is None:
            start = seg.start + m.end() if n == 0 else seg.line_end + 1 + sum(len(above) + 1 for above in lines[1:n])
            name = found.group("host"), start + found.start("host")
        said = _ERROR_FIELD.search(line)
        if said and not error:
            # the error's text, and its rest where a terminal wrapped it onto the next line
            error = said.group("text") + " " + (lines[n + 1] if n + 1 < len(lines) else "")
    if name is None:
        return None
    kind = classify(error) or unstated("Cilium `Cannot forward proxied DNS lookup` (its proxy's own error)")
    return Hit(name[0], kind, name[1], name[1] + len(name[0]))


# --- Azure API Management's self-hosted gateway --------------------------------------------------------------------

# the resolver's text in a `"message"` field of the `lastError` object (and of the `errors` list after it) under the
# request's log line, which names the backend it forwarded to (`backendUrl: http://h/, lastError: {`)
_APIM_MESSAGE = rx(r"^\s{0,12}\"message\":\s\"(?P<text>[^\"\n]{1,200})\",?\s{0,4}$")
_APIM_BACKEND = re.compile(r"\bbackendUrl:\s(?P<url>https?://[^\s,]{1,2048}),\slastError:\s\{")
APIM_LINES = 30
"""Lines above a `"message"` field read for the log line that opens its `lastError` object."""


def _apim_message(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify_resolution(m.group("text"))
    if kind is None:
        return None
    for line in seg.lines_before(APIM_LINES):
        backend = _APIM_BACKEND.search(line)
        if backend:
            try:
                host = urlsplit(backend.group("url")).hostname
            except ValueError:
                return None
            return hit(m, seg, kind, host=host) if host else None
        if not line.startswith((" ", "\t", "}", "]", "{", "[")):
            return None  # another record's line: the object is not under a gateway's request line
    return None


# held-out FI (spent): lego's (and cert-manager's) zone look-up, `Unexpected response code 'SERVFAIL' for
# _acme-challenge.h.`: the name queried, not the challenge's domain a structured log's `dnsName` field names after it
_LEGO_RCODE = rx(r"\bUnexpected\sresponse\scode\s'(?P<rcode>[A-Z]{4,9})'\sfor\s(?P<host>{H})")


def _lego_rcode(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = RCODES.get(m.group("rcode").upper())
    return hit(m, seg, kind, exact=True) if kind is not None else None


_LEGO_NO_NAMESERVERS = rx(
    r"\[(?P<host>{H})\]\stime\slimit\sexceeded:\slast\serror:\scould\snot\sdetermine\sauthoritative\snameservers\b"
)

# held-out IT-JA (spent): older lego's `[d] Time limit exceeded. Last error: read udp A:p->S:53: i/o timeout`: the
# propagation check's last query to a name server got no answer at all, the socket's own error on port 53 the whole
# last error (an rcode for the `_acme-challenge.` name, or a wrong TXT record, is read by the rules for those)
_LEGO_TIME_LIMIT = rx(
    r"\[(?P<host>{H})\]\stime\slimit\sexceeded[.:]\s{1,2}last\serror:\s"
    r"(?:read|write|dial)\s(?:udp|tcp)[46]?\s[^\s]{1,100}:53:\s(?P<rest>i/o\stimeout|connection\srefused)\b"
)


_LOG_LEVELS = frozenset({"INFO", "WARN", "WARNING", "ERROR", "ERR", "DEBUG", "TRACE", "FATAL", "CRIT", "NOTICE"})


def _lego_time_limit(m: re.Match[str], seg: Segment) -> Hit | None:
    """lego prints the domain it ordered, dotted (`*.a.example.com` too); a word in capitals there is a reporter's
    stand-in, reported in its brackets as typed (`[DOMAIN]`); a thread's or a level's bracket is no domain (review:
    `[pool-1-thread-2]`, `[INFO]`)."""
    name = m.group("host")
    kind = classify(m.group("rest")) or "other"
    if "." in name.strip("."):
        return hit(m, seg, kind, exact=True)
    if name.isupper() and name.isalpha() and name not in _LOG_LEVELS:
        return hit(m, seg, kind, host=f"[{name}]", exact=True)
    return None


# held-out FQ (spent): lego's zone search for a DNS-01 challenge, `could not find the start of authority for h[.]`
# (Traefik's, certmagic's), the rcode after it when the last answer had one (`: NOERROR`: the walk found no SOA); its
# old map form `map[h:Error presenting token: Failed to determine Route 53 hosted zone ID: Could not find the start of
# authority ...]`, one entry a name; cert-manager's own `Could not determine authoritative nameservers for "h."`
_LEGO_SOA = rx(
    r"\bcould\snot\sfind\sthe\sstart\sof\sauthority\sfor\s(?P<q>['\"]?)(?P<host>{H})(?P=q)"
    r"(?::\s{1,2}(?:(?P<rcode>(?-i:NOERROR|NXDOMAIN|SERVFAIL|REFUSED|FORMERR|NOTIMP))\b|(?P<rest>[^\n]{1,200})))?"
)
_LEGO_SOA_MAP = rx(
    r"(?<![\w.\-])(?P<host>{H}):Error\spresenting\stoken:\s(?:(?!Error\spresenting\stoken)[^\n\]]){0,200}?"
    r"Could\snot\sfind\sthe\sstart\sof\sauthority\b"
)
_CERT_MANAGER_NS = rx(r"\bCould\snot\sdetermine\sauthoritative\snameservers\sfor\s\\?\"(?P<host>{H}?)\.?\\?\"")
_SOA_FORMAT = "lego `could not find the start of authority for h` (the zone's SOA)"


# held-out FZ-GG (spent): the same words with no name after them, the challenge's domain on a line just above
# (cert-manager's `Presenting DNS01 challenge for domain "h"`, lego's `[h] error presenting token: ...:` wrapped)
_SOA_NO_NAME = rx(r"\bCould\snot\sfind\sthe\sstart\sof\sauthority(?!\sfor\s)(?=[\s`'\".]*$)")
_CHALLENGE_DOMAIN = rx(
    r"Presenting\sDNS01\schallenge\sfor\sdomain\s\\?\"(?P<host>{H})\.?\\?\""
    r"|(?:^|\s)\[(?P<host2>{H})\.?\]\s(?:error\spresenting\stoken|acme:\sTrying\sto\ssolve\sDNS-01)"
)
CHALLENGE_LINES = 3
"""Lines above a name-less `Could not find the start of authority` read for the challenge's domain."""


def _soa_no_name(m: re.Match[str], seg: Segment) -> Hit | None:
    for line in seg.above(m.start(), CHALLENGE_LINES):
        domain = _CHALLENGE_DOMAIN.search(line)
        if domain is not None:
            return hit(m, seg, unstated(_SOA_FORMAT), host=domain.group("host") or domain.group("host2"), exact=True)
    return None


_SERVERS_OWN_LOOKUP = re.compile(r"\blookup\s[^\s]{1,253}\son\s", re.I)


def _lego_soa(m: re.Match[str], seg: Segment) -> Hit | None:
    """The rcode after the name, else the reason of the exchange that failed (`read udp ...: i/o timeout`); none where
    that reason is the look-up of the name server's own name (`DNS call error: dial udp: lookup NS on S:53: ...`: the
    question was never asked; rules/daemon_resolvers.py reads it)."""
    rcode, rest = m.group("rcode"), m.group("rest")
    if rest is not None and _SERVERS_OWN_LOOKUP.search(rest):
        return None
    kind = RCODES.get(rcode.upper()) if rcode else (classify(rest) if rest else None)
    return hit(m, seg, kind or unstated(_SOA_FORMAT), exact=True)


# --- ssh's error under a carriage return ---------------------------------------------------------------------------

_SSH_OVERWRITTEN = rx(
    r"(?<![^\n])[ \t]{0,8}:\s(?P<reason>Name\sor\sservice\snot\sknown|Temporary\sfailure\sin\sname\sresolution"
    r"|No\saddress\sassociated\swith\shostname|nodename\snor\sservname\sprovided,\sor\snot\sknown)"
    r"(?P<glue>[A-Za-z ]{1,26}?)\s(?P<host>{H})[ \t]*$"
)
_SSH_WORDS = "could not resolve hostname"


def _ssh_overwritten(m: re.Match[str], seg: Segment) -> Hit | None:
    glue = m.group("glue").lower()
    if not (_SSH_WORDS.endswith(glue) and glue.endswith("name")):
        return None
    kind = classify_resolution(m.group("reason"))
    return hit(m, seg, kind, exact=True) if kind else None


RULES: tuple[Rule, ...] = (
    Rule("lego-unexpected-rcode", ("unexpected response code '",), _LEGO_RCODE, _lego_rcode),
    Rule("vscode-remote-ssh-resolve", ("could not establish connection to",), _VSCODE_SSH, _vscode_ssh),
    Rule(
        "yugabyte-no-endpoints",
        ("no endpoints resolved for:",),
        _YB_NO_ENDPOINTS,
        fixed(unstated("YugabyteDB `No endpoints resolved for: h`"), exact=True),
    ),
    Rule("lego-no-start-of-authority", ("start of authority for ",), _LEGO_SOA, _lego_soa),
    Rule("lego-no-start-of-authority-above", ("start of authority",), _SOA_NO_NAME, _soa_no_name),
    Rule(
        "lego-no-start-of-authority-map",
        ("error presenting token:",),
        _LEGO_SOA_MAP,
        fixed(unstated(_SOA_FORMAT), exact=True),
    ),
    Rule(
        "cert-manager-no-authoritative-nameservers",
        ("determine authoritative nameservers for",),
        _CERT_MANAGER_NS,
        fixed(unstated("cert-manager `Could not determine authoritative nameservers for h`"), exact=True),
    ),
    Rule(
        "lego-no-authoritative-nameservers",
        ("could not determine authoritative nameservers",),
        _LEGO_NO_NAMESERVERS,
        fixed(unstated("lego `could not determine authoritative nameservers` (a domain's zone)"), exact=True),
    ),
    Rule("lego-time-limit-last-error", ("time limit exceeded",), _LEGO_TIME_LIMIT, _lego_time_limit),
    Rule("cilium-dnsproxy-forward", ("cannot forward proxied dns lookup",), _CILIUM_FORWARD, _cilium_forward),
    Rule("apim-gateway-message", ('"message": "',), _APIM_MESSAGE, _apim_message),
    Rule(
        "ssh-resolve-carriage-return",
        (
            "name or service not known",
            "temporary failure in name resolution",
            "no address associated with hostname",
            "nodename nor servname provided",
        ),
        _SSH_OVERWRITTEN,
        _ssh_overwritten,
    ),
)
