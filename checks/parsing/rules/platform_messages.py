r"""Platform components' own texts for a failed look-up, read from their sources (issue #17, survey 7).

- cert-manager's and lego's (Traefik, Caddy) DNS-01 propagation check: `NS ns1.example.org.:53 returned REFUSED for
  _acme-challenge.h.` (the rcode the authoritative server gave; SERVFAIL was read already), and cert-manager's `Could
  not find the SOA record in the DNS tree for the domain 'h' using nameservers [...]` (no reason: `other`);
- Telegraf's dns_query input: `invalid answer (REFUSED) from S after MX query for h`;
- Grafana dskit (Loki, Mimir, Tempo) and Thanos: `IP address lookup yielded no results. No host found or no
  addresses found` with its `host=h` field (the look-up answered with no address: read like hickory's `no record
  found`, `nxdomain`);
- Tailscale's dnscache: `context done while resolving "h": context deadline exceeded` (`timeout`);
- Boulder's (Let's Encrypt) other details: `DNS problem: response was truncated looking up T for h`, `DNS problem:
  looking up T for h: DNSSEC: Bogus` (an extended DNS error), `No Reachable Authority` (each `other`), `no valid A
  records found for h` (an empty answer: `nxdomain`);
- kube-dns' sidecar `no RRs for domain "h."` and VictoriaMetrics' `missing SRV records for h` (no reason: `other`);
- linkerd2-proxy's control-plane client: `controller{addr=h:port}: linkerd_app_core::control: Failed to resolve
  control-plane component error=...` whose error is hickory's `request timed out` (the name is in the span).
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.kinds import classify, from_rcode
from checks.parsing.model import FailureKind
from checks.parsing.rules.base import Hit, Rule, by_group, first_of, fixed, hit, rx

_NS_RETURNED = rx(
    r"\bNS\s(?P<server>[A-Za-z0-9_.:\[\]\-]{1,260}?)\sreturned\s(?P<rcode>[A-Z]{3,10})\sfor\s(?P<host>{H})"
)


_NS_TRIGGERS = tuple(f"returned {code} for" for code in ("refused", "notimp", "servfail", "nxdomain", "formerr"))


def _ns_returned(m: re.Match[str], seg: Segment) -> Hit | None:
    if m.group("rcode").upper() == "NOERROR":
        return None
    return hit(m, seg, from_rcode(m.group("rcode")), server=m.group("server"), exact=True)


_SOA_NOT_FOUND = rx(r"\bCould\snot\sfind\sthe\sSOA\srecord\sin\sthe\sDNS\stree\sfor\sthe\sdomain\s'(?P<host>{H})'")

_TELEGRAF_ANSWER = rx(
    r"\binvalid\sanswer\s\((?P<rcode>[A-Z]{3,10})\)\sfrom\s(?P<server>[^\s]{1,260})\safter\s[A-Z]{1,10}\squery\sfor\s"
    r"(?P<host>{H})"
)


def _telegraf_answer(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, from_rcode(m.group("rcode")), server=m.group("server"), exact=True)


_DSKIT_NO_RESULTS = rx(
    r"\bIP\saddress\slookup\syielded\sno\sresults\.\sNo\shost\sfound\sor\sno\saddresses\sfound\"?"
    r"[^\n]{0,200}?\bhost=\"?(?P<host>{H})"
)
_TAILSCALE_CONTEXT = rx(
    r"\bcontext\sdone\swhile\sresolving\s\"(?P<host>{H})\":\s(?:context\sdeadline\sexceeded|context\scanceled)"
)
_BOULDER_OTHER = rx(
    r"\bDNS\sproblem:\s(?:response\swas\struncated\slooking\sup\s[A-Z0-9]{1,10}\sfor\s(?P<host>{H})"
    r"|looking\sup\s[A-Z0-9]{1,10}\sfor\s(?P<host2>{H}):\s(?:DNSSEC:|No\sReachable\sAuthority))"
    r"|\bno\svalid\s(?:A|AAAA)\srecords\sfound\sfor\s(?P<host3>{H})"
)


_LINKERD_CONTROL = rx(
    r"\bcontroller\{addr=(?P<host>{H}):(?P<port>\d{1,5})\}:\slinkerd_app_core::control:\sFailed\sto\sresolve\s"
    r"control-plane\scomponent\serror=(?P<rest>[^\n]{1,300})"
)


def _linkerd_control(m: re.Match[str], seg: Segment) -> Hit | None:
    rest = m.group("rest").lower()
    kind = next((kind for text, kind in _HICKORY_IN_LINKERD if text in rest), None) or classify(rest)
    if kind in (None, "other"):
        return None  # no reason read here: the generic rule reads the line (hickory's `Name("h.")` in it)
    return hit(m, seg, kind, port=m.group("port"), exact=True)


_HICKORY_IN_LINKERD: tuple[tuple[str, FailureKind], ...] = (
    ("no records found for", "nxdomain"),
    ("no record found for", "nxdomain"),
    ("request timed out", "timeout"),
)


# survey 7: kube-dns' sidecar probe (`DNS resolution error for kubedns: no RRs for domain "h."`, its NXDOMAIN or empty
# answer) and VictoriaMetrics' `missing SRV records for h`: an empty answer, no reason (`other`, like kube-dns' `does
# not resolve to any IPs`)
_EMPTY_ANSWERS = rx(r"\bno\sRRs\sfor\sdomain\s\"(?P<host>{H}?)\.?\"|\bmissing\sSRV\srecords\sfor\s(?P<host2>{H})")


RULES: tuple[Rule, ...] = (
    Rule(
        "empty-answer-rrs",
        ("no rrs for domain", "missing srv records for"),
        _EMPTY_ANSWERS,
        first_of("other", strip="."),
    ),
    Rule("acme-ns-returned", _NS_TRIGGERS, _NS_RETURNED, _ns_returned),
    Rule("cert-manager-soa", ("could not find the soa record",), _SOA_NOT_FOUND, fixed("other", exact=True)),
    Rule("telegraf-dns-query", ("invalid answer (",), _TELEGRAF_ANSWER, _telegraf_answer),
    Rule("dskit-no-results", ("lookup yielded no results",), _DSKIT_NO_RESULTS, fixed("nxdomain", exact=True)),
    Rule("tailscale-context-done", ("context done while resolving",), _TAILSCALE_CONTEXT, fixed("timeout", exact=True)),
    Rule(
        "boulder-other-problems",
        ("dns problem:", "records found for"),
        _BOULDER_OTHER,
        # held-out EE (spent): `no valid A records found` is an empty answer, read as LABELS.md reads `No address
        # associated with hostname` and Kong's `empty record received` (`nxdomain`)
        by_group({"host": "other", "host2": "other", "host3": "nxdomain"}),
    ),
    Rule("linkerd-control-plane", ("linkerd_app_core::control",), _LINKERD_CONTROL, _linkerd_control),
)
