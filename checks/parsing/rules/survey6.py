"""Formats from a sixth survey (issue #17): the resolver messages of the products IN the cluster's path — gateways,
proxies, DNS servers, log shippers, brokers — read from their source, where the name stands where only the product's
own shape says.

Most of what these products print when a lookup fails is read already (Kong's `failed the initial dns/balancer
resolve` and `DNS resolution failed: ... Tried: [...]` in `rules/survey.py`, APISIX's `failed to parse domain` in
`rules/proxy_gateways.py`, nginx's `could not be resolved (3: Host not found)`, HAProxy's `could not resolve address`,
Envoy's c-ares statuses, unbound's `SERVFAIL <h. A IN>`, BIND's `query failed (SERVFAIL)`, dnsmasq's `reply h is
NXDOMAIN`, fluent-bit's `[net] getaddrinfo(host='h', err=N)`, Go's `lookup h on ...` in Traefik, Caddy, Prometheus,
Consul, Vault, Nomad; `tests/unit/parsing/test_survey6.py` pins every message surveyed). Only these were not:

- Kong's proxy when a RETRY's balancer fails (kong/init.lua, every version 0.x to 3.x: `log(ERR, "failed to retry the
  dns/balancer resolver for ", tostring(balancer_data.host), "' with: ", tostring(err))` — one quote, after the
  name): `failed to retry the dns/balancer resolver for h' with: dns server error: 3 name error`;
- Kong's dns client when the lookups waiting on one query ran out of tries (kong/resty/dns/client.lua and
  lua-resty-dns-client's `synchronizedQuery`: `"dns lookup pool exceeded retries (" .. poolMaxRetry .. "): " .. err`),
  after the ring balancer's `querying dns for h failed: ` (kong/runloop/balancer.lua `queryDns`), `DNS resolution
  failed: ` with its `Tried: ["(short)h:(na) ...` list, or the balancer retry above;
- the dns client's DEBUG line with the rcode (lua-resty-dns-client client.lua `lookup`: `[dns-client] querying 'h'
  for type 1: entries 0 error 3 name error`): an `entries N` line without `error` is a lookup that worked;
- APISIX's upstream node resolution (apisix/upstream.lua, apisix/utils/upstream.lua `parse_domain_for_nodes`:
  `core.log.error("dns resolver domain: ", host, " error: ", err)`, `err` from apisix/core/dns/client.lua: `failed to
  query the DNS server: ` then the dns client's error) — the success line `dns resolver domain: h to 10.0.0.1` reads
  nothing; APISIX's `failed to parse domain: h, error: ` with a timeout after it (the rcodes are read already);
- Technitium DNS Server's DnsServerException (DnsServerCore/Dns/DnsServer.cs: `DNS Server received a response for
  '<question>' with RCODE=<DnsResponseCode> from: <server>`; the question is `h. A IN`); the older form without the
  question names it on the `failed to resolve the request with QNAME: h;` line above;
- TechnitiumLibrary's DnsClient (Dns/DnsClient.cs: `DnsClient failed to resolve the request '<question>'. Received a
  response with RCODE: <DnsResponseCode> from Name server: <server>`), which read `RCODE: ServerFailure` as no reason;
- Consul's DNS interface when every recursor failed (agent/dns.go `handleRecurse`: `all resolvers failed for question
  from client` with `question="{h. 1 1}"` in hclog's fields, or `, question: ;h.\tIN\t A` in the older printf form):
  Consul answers SERVFAIL, the reason is on the `recurse failed` line above it, which names no host: `other`;
- BIND named's resolver and delv (lib/dns/resolver.c: `timed out resolving '%s': %s`, the fetch's `name/type/class`
  and the server as `ip#port`);
- vpnkit's DNS forwarder (Docker Desktop; `DNS lookup h A: NoSuchRecord`, the ocaml-dns resolver's error name);
- EMQX's cluster RPC (gen_rpc / ekka, `event=connect_to_remote_server, peer=emqx@h, port=5369, reason=nxdomain`): the
  node name's host part is what did not resolve; `reason=econnrefused` and `reason=timeout` are a TCP connect's and
  read nothing;
- PowerDNS Recursor's trace (pdns/recursordist/syncres.cc: `LOG(prefix << qname << ": Step3 Final resolve: " <<
  RCode::to_s(res) << "/" << ret.size())`): `Server Failure`, `Non-Existent domain`, `Query Refused` by name;
- dnsmasq's query log when the name has no IPv4 address (cache.c `log_query`: `reply h is NODATA-IPv4`), NODATA read
  as NXDOMAIN by the conventions; `NODATA-IPv6` alone is a name with no AAAA record, which every IPv4 cluster's names
  are, and reads nothing.
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.kinds import TECHNITIUM_RCODES
from checks.parsing.model import FailureKind
from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Hit, Rule, first_group_hit, fixed, hit, rx
from checks.parsing.rules.survey import kong_code

# --- the OpenResty dns client's error strings (Kong, APISIX) ---------------------------------------------------------

_CODE = re.compile(r"dns\s(?:server|client)\serror[:;]\s(\d{1,3})\s")  # `;`: older clients (held-out AD)
_POOL = re.compile(r"dns\slookup\spool\sexceeded\sretries\s\(\d{1,3}\):\s", re.I)


def openresty_error_kind(err: str) -> FailureKind | None:
    """The kind the dns client's error text states: `dns server error: 3 name error` (an rcode), `dns client error:
    101 empty record received` (no records: NXDOMAIN), `timeout` (lua-resty-dns's own), `name resolution failed`
    (Kong's balancer, no reason: other), each possibly after `dns lookup pool exceeded retries (N): ` or `failed to
    query the DNS server: `; None for anything else (not a lookup's error)."""
    err = err.strip().lower()
    if err.startswith("failed to query the dns server: "):
        err = err[len("failed to query the dns server: ") :]
    if err.startswith("dns server error: ") and not err[18:19].isdigit():  # survey 8: Kong 3.8's dns client
        err = err[len("dns server error: ") :]
    pool = _POOL.match(err)
    if pool is not None:
        err = err[pool.end() :]
    code = _CODE.match(err)
    if code is not None:
        return kong_code(code.group(1))
    if err.startswith(("timeout", "failed to receive reply from udp server")) and "timeout" in err[:80]:
        return "timeout"
    if err.startswith("name resolution failed"):
        return "other"
    return None


# --- Kong: the initial balancer resolve's reason, and Kong 3.8's Tried list in JSON (survey 8) ------------------------

_KONG_REASON = rx(
    r"failed\sthe\sinitial\sdns/balancer\sresolve\sfor\s'(?P<host>{H}?)'\swith:\s{0,2}(?P<rest>[^\n]{1,200})"
    r"|\bTried:\s{0,2}\[\{\"qname\":\"(?P<host2>{H})\""
)
_KONG_FAILED = "dns resolution failed:"
KONG_REASON_SPAN = 400
"""Characters before a JSON Tried list read for the `DNS resolution failed: <reason>.` that leads it."""


def _kong_reason(m: re.Match[str], seg: Segment) -> Hit | None:
    rest = m.group("rest")
    if rest is None:
        line_start = seg.text.rfind("\n", 0, m.start()) + 1
        lead = seg.lower.rfind(_KONG_FAILED, max(line_start, m.start() - KONG_REASON_SPAN), m.start())
        if lead == -1:
            return None
        rest = seg.text[lead + len(_KONG_FAILED) : m.start()]
    kind = openresty_error_kind(rest.strip().rstrip("."))
    return first_group_hit(m, seg, kind) if kind else None


# --- Kong: a retry's balancer failed ---------------------------------------------------------------------------------

_KONG_RETRY = rx(
    r"failed\sto\sretry\sthe\sdns/balancer\sresolver\sfor\s'?(?P<host>{H}?)'?\swith:\s(?P<rest>[^\n]{1,160})"
)


def _kong_retry(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = openresty_error_kind(m.group("rest"))
    return hit(m, seg, kind, exact=True) if kind else None


# --- Kong: `dns lookup pool exceeded retries (1): timeout` -----------------------------------------------------------

_KONG_POOL = rx(
    r"(?:querying\sdns\sfor\s(?P<host>{H}?)\sfailed:|DNS\sresolution\sfailed:|failed\sthe\sinitial\sdns/balancer"
    r"\sresolve\sfor\s'(?P<host2>{H}?)'\swith:)?\s{0,2}(?P<rest>dns\slookup\spool\sexceeded\sretries\s\(\d{1,3}\):"
    r"\s[^\n.]{1,80})(?:\.\s{0,2}Tried:?\s{0,2}\[?\s{0,2}\"?\(short\)(?P<host3>{H}?):\(na\))?"
)


def _openresty_named(m: re.Match[str], seg: Segment, groups: tuple[str, ...]) -> Hit | None:
    """The name in the first of `groups` that matched, with the kind the OpenResty DNS client's error text says."""
    which = next((g for g in groups if m.group(g)), None)
    kind = openresty_error_kind(m.group("rest"))
    if which is None or kind is None:
        return None  # Kong's `DNS resolution failed: ...` with no Tried list: the name is not in the message
    name = m.group(which)
    start = seg.start + m.start(which)
    return Hit(name, kind, start, start + len(name), exact=True)


def _kong_pool(m: re.Match[str], seg: Segment) -> Hit | None:
    return _openresty_named(m, seg, ("host", "host2", "host3"))


# --- Kong: `DNS resolution failed: ... Tried: [` with the list on the next line (a wrapped paste) ---------------------

_KONG_TRIED_BELOW = rx(
    r"DNS\sresolution\sfailed:\s{0,2}(?P<rest>dns\s(?:server|client)\serror:\s\d{1,3}\s[a-z ]{1,40}"
    r"|dns\slookup\spool\sexceeded\sretries\s\(\d{1,3}\):\s[^\n.]{1,80})\.(?:\s{0,2}Tried:?\s{0,2}\[?)?[ \t]{0,2}$"
)
# issue #17 (held-out Y): the list's head may be on its own line too (`Tried: [`), and a Markdown paste escapes the
# quotes (`\"(short)h:(na) - cache-miss\"`)
_SHORT_BELOW = rx(r"^\s{0,4}(?:Tried:?\s{0,2})?\[?\s{0,4}\\?\"?\(short\)\s?(?P<host>{H}?):\(na\)")
_TRIED_HEAD = rx(r"^\s{0,4}Tried:?\s{0,2}\[?\s{0,2}$")


def _kong_tried_below(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = openresty_error_kind(m.group("rest"))
    if kind is None:
        return None
    for line in seg.lines_after(2):
        short = _SHORT_BELOW.search(line)
        if short is not None:
            return hit(m, seg, kind, host=short.group("host"), exact=True)
        if not _TRIED_HEAD.search(line):
            return None
    return None


# --- the dns client's debug line: `[dns-client] querying 'h' for type 1: entries 0 error 3 name error` ---------------

_DNS_CLIENT_DEBUG = rx(
    r"\[dns-client\]\squerying\s'(?P<host>{H}?)'\sfor\stype\s\d{1,5}:\sentries\s\d{1,4}\serror\s(?P<code>\d{1,3})\s"
)


def _dns_client_debug(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, kong_code(m.group("code")), exact=True)


# --- APISIX: `dns resolver domain: h error: failed to query the DNS server: ...` ------------------------------------

_APISIX = rx(
    r"(?:dns\sresolver\sdomain:\s(?P<host>{H}?)\serror:|failed\sto\sparse\sdomain(?::|\sfor)\s(?P<host2>{H}?),"
    r"\serror:)\s{0,2}(?P<rest>[^\n]{1,160})"
)


def _apisix(m: re.Match[str], seg: Segment) -> Hit | None:
    return _openresty_named(m, seg, ("host", "host2"))


# --- Technitium DNS Server: `received a response for 'h. A IN' with RCODE=ServerFailure` ----------------------------

_TECHNITIUM = rx(
    r"(?:DNS\sServer\sreceived\sa\sresponse\s(?:for\s'(?P<host>{H}?)\.?\s[A-Za-z0-9]{1,10}\sIN'\s)?with\sRCODE="
    r"|DnsClient\sfailed\sto\sresolve\sthe\srequest\s'(?P<host2>{H}?)\.?\s[A-Za-z0-9]{1,10}\sIN'\.\sReceived\sa"
    r"\sresponse\swith\sRCODE:\s)(?P<rcode>[A-Za-z]{1,20})"
)


def _technitium(m: re.Match[str], seg: Segment) -> Hit | None:
    """The question quoted on the RCODE's line; the older form, its QNAME on a line above, is read from that line
    (`more_formats`' `technitium-failed-to-resolve`, one rule and one table for it: review 2, finding 10)."""
    kind = TECHNITIUM_RCODES.get(m.group("rcode").lower())
    if kind is None:
        return None
    if m.group("host"):
        return hit(m, seg, kind, exact=True)
    if m.group("host2"):
        return hit(m, seg, kind, host=m.group("host2"))
    return None


# --- vpnkit, EMQX, PowerDNS Recursor, dnsmasq -------------------------------------------------------------------------

_VPNKIT = rx(r"DNS\slookup\s(?P<host>{H}?)\.?\s[A-Z]{1,10}:\sNoSuchRecord\b")
_EMQX = rx(r"\bpeer[=:]\s{0,2}[A-Za-z0-9_.\-]{1,64}@(?P<host>{H}?)(?=[,\s])[^\n]{0,120}?\breason[=:]\s{0,2}nxdomain\b")
_PDNS_RCODES: dict[str, FailureKind] = {
    "server failure": "servfail",
    "non-existent domain": "nxdomain",
    "query refused": "refused",
}
_PDNS = rx(
    r"{NB}(?P<host>{H}?)\.?:\sStep3\sFinal\sresolve:\s(?P<rest>Server\sFailure|Non-Existent\sdomain|Query\sRefused)/"
)


def _pdns(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, _PDNS_RCODES[m.group("rest").lower()], exact=True)


_DNSMASQ_NODATA = rx(r"\breply\s(?P<host>{H}?)\sis\sNODATA-IPv4\b")

# --- Consul's DNS interface: every recursor failed (SERVFAIL answered; the reason is on its `recurse failed` line) -

_CONSUL = rx(
    r"all\sresolvers\sfailed\sfor\squestion\sfrom\s[a-z]{1,10}(?::\squestion=\"\{|,\squestion:\s;)(?P<host>{H}?)\.?"
    r"[\s\"]"
)

# --- BIND named's resolver (and delv): `timed out resolving 'h/A/IN': 10.96.0.10#53` --------------------------------

_BIND_TIMED_OUT = rx(
    r"timed\sout\sresolving\s'(?P<host>{H}?)\.?/[A-Z0-9]{1,10}/IN':\s(?P<server>[0-9a-f:.]{2,45})#(?P<port>\d{1,5})"
)


def _bind_timed_out(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, "timeout", server=f"{m.group('server')}:{m.group('port')}", exact=True)


# held-out BI (spent): Kong's Tried list in its newer form, one `["h:TYPE", "<the dns client's error>"]` pair per try,
# its quotes as a chat retyped them (`“...”`): the error says how
_KONG_TRIED_PAIR = rx(
    r"\bTried:\s{0,2}\[\[[\"\u201c\u201d](?P<host>{H}):(?:A|AAAA|SRV|CNAME|\d{1,2})[\"\u201c\u201d],\s{0,2}"
    r"[\"\u201c\u201d](?P<rest>[^\"\u201c\u201d\n]{1,200})"
)


def _kong_tried_pair(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = openresty_error_kind(m.group("rest")) or kong_text_kind(m.group("rest"))
    return hit(m, seg, kind, exact=True) if kind else None


def kong_text_kind(err: str) -> FailureKind | None:
    """`DNS server error: failed to receive reply from UDP server S:53: timeout`: the dns client's words after its
    `DNS server error: ` lead (the newer client's), read like the older ones."""
    low = err.strip().lower()
    lead = "dns server error: "
    return openresty_error_kind(low[len(lead) :]) if low.startswith(lead) else None


RULES: tuple[Rule, ...] = (
    Rule("kong-tried-pair", ("tried: [[",), _KONG_TRIED_PAIR, _kong_tried_pair),
    Rule("kong-retry-balancer", ("failed to retry the dns/balancer resolver",), _KONG_RETRY, _kong_retry),
    Rule("kong-lookup-pool-exceeded", ("dns lookup pool exceeded retries",), _KONG_POOL, _kong_pool),
    Rule("kong-tried-below", ("dns resolution failed:",), _KONG_TRIED_BELOW, _kong_tried_below),
    Rule(
        "kong-reason",
        ("failed the initial dns/balancer resolve for", "dns resolution failed:"),
        _KONG_REASON,
        _kong_reason,
    ),
    Rule("kong-dns-client-debug", ("[dns-client] querying",), _DNS_CLIENT_DEBUG, _dns_client_debug),
    Rule("apisix-resolver-domain", ("dns resolver domain:", "failed to parse domain"), _APISIX, _apisix),
    Rule("technitium-rcode", ("with rcode=", "with rcode: "), _TECHNITIUM, _technitium),
    Rule(
        "consul-all-resolvers-failed",
        ("all resolvers failed for question",),
        _CONSUL,
        fixed(unstated("Consul `all resolvers failed for question` (the reason on a line above)"), exact=True),
    ),
    Rule("bind-timed-out-resolving", ("timed out resolving '",), _BIND_TIMED_OUT, _bind_timed_out),
    Rule("vpnkit-no-such-record", ("nosuchrecord",), _VPNKIT, fixed("nxdomain", exact=True)),
    Rule("emqx-peer-nxdomain", ("reason=nxdomain", "reason: nxdomain"), _EMQX, fixed("nxdomain", exact=True)),
    Rule("pdns-recursor-step3", ("step3 final resolve:",), _PDNS, _pdns),
    Rule("dnsmasq-nodata-ipv4", ("is nodata-ipv4",), _DNSMASQ_NODATA, fixed("nxdomain", exact=True)),
)
