r"""Proxies', gateways' and service meshes' own messages about a name they could not resolve, in the forms `proxies.py`
does not read (issue #17, held-out D, E, J, K, L, M, O, R, S; gathered here from the round modules).

- squid's error page (`ERR_DNS_FAIL`): "Unable to determine IP address from host name h" ... "The DNS server returned:
  Name Error: The domain name does not exist" (found while collecting `collected-2026-12e.jsonl`, D);
- OpenResty's resolver (ingress-nginx's `dns.lua`): `dns_lookup(): failed to query the DNS server for h: server
  returned error code: 3: name error` — the DNS rcode by number; the name as printed, an IP literal too (the balancer
  asked for it as a name and got an answer about it; E); newer ones end the line at `for h:` and print the errors on the
  lines below (`server returned error code: 3: name error`, `failed to receive reply from UDP server ...: timeout`);
- OpenResty: a Lua comment `-- could not be resolved (3: Host not found)` (the error `ngx.log` printed, pasted into the
  code) below the `ngx.socket.connect("h", 80)` / `sock:connect("h", 80)` call whose argument is the name (L);
- APISIX's resolver (lua-resty-dns-client behind it): `failed to parse domain: h, error: failed to query the DNS
  server: dns client error: 101 empty record received` — Kong's codes (`survey.py`): 101 no records (NXDOMAIN by
  HELDOUT-o.md), rcode 2/3/5 (O);
- gRPC's `last resolver error: produced zero addresses` (grpc-go's resolver returned an empty list, no reason: `other`)
  with the channel's `dns:///h:port` target on an earlier line of the same log (Dapr's placement client; J);
- linkerd 1's `$/io.buoyant.rinet/PORT/h: name resolution is negative` (the name does not exist: `nxdomain`; K);
- Envoy's strict/logical DNS cluster: `DNS refresh rate reset for h, (failure)`, its kind from c-ares' `DNS request
  timed out N times` on a line just above (else no reason: `other`; M);
- an HTTP proxy's error page: `Unable to locate the server named "h" --- the server does not have a DNS entry` (the
  `<em>` around the name is dropped by `normalize`): NXDOMAIN (R);
- HAProxy's configuration check: `invalid address: 'h' in 'h:port'` (the server line's address did not resolve when the
  configuration was parsed; no reason given: `other`), read only when the echo `in 'h:port'` repeats the name (S).
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.kinds import classify, from_rcode_number
from checks.parsing.model import FailureKind
from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Hit, Rule, fixed, hit, rx
from checks.parsing.rules.proxies import NGINX_CODES
from checks.parsing.rules.survey import kong_code

# --- squid's ERR_DNS_FAIL page: "Unable to determine IP address from host name NAME" ... "The DNS server returned:" ---

_SQUID = rx(r"Unable\sto\sdetermine\sIP\saddress\sfrom\shost\sname\s{1,3}{Q}?(?P<host>{H})")
# squid's own texts for the DNS answer (errorpage %z): rcode names, then its resolver's timeout and empty answer
_SQUID_RETURNED: tuple[tuple[str, FailureKind], ...] = (
    ("name error", "nxdomain"),
    ("domain name does not exist", "nxdomain"),
    ("no dns records", "nxdomain"),
    ("server failure", "servfail"),
    ("refused", "refused"),
    ("timeout", "timeout"),
)
SQUID_LINES = 6
"""Lines after the message read for what the DNS server returned (the page puts blank lines between)."""


def _squid(m: re.Match[str], seg: Segment) -> Hit | None:
    after = " ".join(seg.lines_after(SQUID_LINES)).lower()
    returned = after.partition("dns server returned")[2]
    kind: FailureKind = next((k for word, k in _SQUID_RETURNED if word in returned[:200]), "other")
    return hit(m, seg, kind, exact=True)


# --- OpenResty / ingress-nginx lua resolver -------------------------------------------------------------------

_LUA = rx(
    r"failed\sto\squery\sthe\sDNS\sserver\sfor\s(?P<host>{H}):\s{0,3}"
    r"(?:server\sreturned\serror\scode:\s{0,3}(?P<code>\d{1,2})|(?P<rest>[^\n]{0,100}))"
)
# lua-resty-dns reports the rcode by number (RFC 1035): 2 SERVFAIL, 3 NXDOMAIN, 5 REFUSED.


_LUA_CODE = re.compile(r"server\sreturned\serror\scode:\s{0,3}(\d{1,2})")
_LUA_NO_RECORD = re.compile(r"^no\s(?:A|AAAA|CNAME)\srecord\sresolved\b")
LUA_ERROR_LINES = 4
"""ingress-nginx's `dns.lua` ends the line at `for h:` and prints one error a line below it (`table_concat(dns_errors,
"\\n")`): one per name the search path tried."""


def _lua_below(seg: Segment) -> FailureKind | None:
    """The kind of the errors printed below a `for h:` line: the first rcode or resolver error among them; an answer
    with no address (`no A record resolved`) is the name having none (nxdomain, as `No address associated with
    hostname`); the message cut after the colon still says the look-up failed (`other`)."""
    for line in seg.lines_after(LUA_ERROR_LINES):
        text = line.strip()
        code = _LUA_CODE.match(text)
        if code:
            return from_rcode_number(code.group(1))
        if _LUA_NO_RECORD.match(text):
            return "nxdomain"
        if text.startswith(("failed to ", "dns ")):
            kind = classify(text)
            if kind:
                return kind
            continue
        break
    return "other"


def _lua(m: re.Match[str], seg: Segment) -> Hit | None:
    code, rest = m.group("code"), (m.group("rest") or "").strip()
    if code:
        kind = from_rcode_number(code)
    elif not rest and seg.text[m.end() :].strip() == "":
        kind = _lua_below(seg)
    else:
        kind = classify(rest)
    return hit(m, seg, kind, exact=True, ip_ok=True) if kind else None


# --- gRPC: `produced zero addresses`, the target on an earlier line ---------------------------------------------------

_ZERO_ADDRESSES = rx(r"\blast\sresolver\serror:\sproduced\szero\saddresses\b")
_DNS_TARGET = rx(r"\bdns:///?(?P<host>{H}?)(?::(?P<port>\d{1,5}))?(?![\w.\-:])")
TARGET_LINES = 24
"""Log lines looked at above the error for the channel's `dns:///` target (a structured log prints one field a line)."""


def _zero_addresses(m: re.Match[str], seg: Segment) -> Hit | None:
    for line in (seg.text[max(0, m.start() - 300) : m.start()], *seg.lines_before(TARGET_LINES)):
        target = _DNS_TARGET.search(line)
        if target:
            return hit(
                m,
                seg,
                unstated("gRPC `produced zero addresses` (the `dns:///h` target above)"),
                host=target.group("host"),
                port=target.group("port"),
            )
    return None


# --- linkerd 1: `$/io.buoyant.rinet/PORT/h: name resolution is negative` -----------------------------------------

_LINKERD1 = rx(r"\$/io\.buoyant\.rinet/\d{1,5}/(?P<host>{H}?):\sname\sresolution\sis\snegative\b")


def _nxdomain(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, "nxdomain", exact=True)


# --- OpenResty: `-- could not be resolved (3: Host not found)` under the connect call ---------------------------------

_LUA_COMMENT = rx(r"--\s{0,3}could\snot\sbe\sresolved\s\((?P<num>\d{1,3}):\s[^)\n]{1,60}\)")
_LUA_CONNECT = rx(r"(?:\bngx\.\w{1,20}\.|\w:)connect\(\s{0,3}[\"'](?P<host>{H})[\"']\s{0,3},\s{0,3}(?P<port>\d{1,5})")
LUA_LINES = 6
"""Lines of code looked at above the comment for the connect call."""


def _lua_comment(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = NGINX_CODES.get(m.group("num"))
    if kind is None:
        return None
    c = seg.first_above(_LUA_CONNECT, LUA_LINES)
    return hit(m, seg, kind, host=c.group("host"), port=c.group("port")) if c else None


# --- Envoy: `DNS refresh rate reset for h, (failure)` under c-ares' `DNS request timed out N times` ----------------

_ENVOY_RESET = rx(r"\bDNS\srefresh\srate\sreset\sfor\s(?P<host>{H}),?\s\(failure\)")
_ENVOY_TIMED_OUT = rx(r"\bDNS\srequest\stimed\sout\s\d{1,6}\stimes\b")
ENVOY_LINES = 3
"""Log lines looked at above the reset for the timeout that caused it."""
_ENVOY_FORMAT = "Envoy `DNS refresh rate reset for h, (failure)` (no timeout above)"


def _envoy_reset(m: re.Match[str], seg: Segment) -> Hit | None:
    timed_out = any(_ENVOY_TIMED_OUT.search(line) for line in [seg.text[: m.start()], *seg.lines_before(ENVOY_LINES)])
    return hit(m, seg, "timeout" if timed_out else unstated(_ENVOY_FORMAT))


# --- APISIX: `failed to parse domain: h, error: ... dns client error: 101 empty record received` ----------------------

_APISIX = rx(
    r"\bfailed\sto\sparse\sdomain:\s(?P<host>{H}),\serror:\s(?:failed\sto\squery\sthe\sDNS\sserver:\s)?"
    # (source-mined: lua-resty-dns, `server returned error code: 3: name error`, as ingress-nginx logs it)
    r"(?:dns\s(?:server|client)\serror|server\sreturned\serror\scode):\s(?P<code>\d{1,3}):?\s"
)


def _apisix(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, kong_code(m.group("code")), exact=True)


# --- a proxy's `Unknown Host` page ----------------------------------------------------------------------------------

_NO_DNS_ENTRY = rx(
    r"Unable\sto\slocate\sthe\sserver\snamed\s{Q}?(?P<host>{H}){Q}?\s{0,3}-{2,3}\s{0,3}"
    r"the\sserver\sdoes\snot\shave\sa\sDNS\sentry"
)


# --- HAProxy: `invalid address: 'h' in 'h:port'` ---------------------------------------------------------------------

# no port for a `log` target (`'log': invalid address: 'h' in 'h'`, held-out AY)
_HAPROXY_INVALID = rx(r"\binvalid\saddress:\s'(?P<host>{H})'\sin\s'(?P<echo>{H})(?::\d{1,5})?'")


def _haproxy_invalid(m: re.Match[str], seg: Segment) -> Hit | None:
    if m.group("echo").lower() != m.group("host").lower():
        return None
    return hit(m, seg, unstated("HAProxy `invalid address: 'h' in 'h:port'`"), exact=True)


# --- Kong's dns-client debug log: `querying: 'h' for type 33 error: <reason>` ----------------------------------------
# (held-out CC) one line per record type; an NXDOMAIN for one type (Kong asks SRV, then A) is no failure of the name,
# so only a server's failure is read (Kong's own `DNS resolution failed: ... Tried:` line says the rest)

_KONG_DNS_CLIENT = rx(
    r"\[dns-client\]\squerying:?\s{Q}(?P<host>{H}){Q}\sfor\stype\s\d{1,5}\serror:\s(?=(?P<rest>[^\n]{1,160}))"
)


def _kong_dns_client(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify(m.group("rest"))
    return hit(m, seg, kind, exact=True) if kind in ("timeout", "servfail", "refused", "temporary") else None


RULES: tuple[Rule, ...] = (
    Rule("kong-dns-client-query-error", ("[dns-client] querying",), _KONG_DNS_CLIENT, _kong_dns_client),
    Rule("squid-dns-fail", ("ip address from host name",), _SQUID, _squid),  # collected-2026-12e
    Rule("openresty-lua-dns", ("failed to query the dns server for",), _LUA, _lua),
    Rule("grpc-produced-zero-addresses", ("produced zero addresses",), _ZERO_ADDRESSES, _zero_addresses),
    Rule("linkerd1-negative", ("name resolution is negative",), _LINKERD1, _nxdomain),
    Rule("openresty-lua-comment-connect", ("could not be resolved",), _LUA_COMMENT, _lua_comment),
    Rule("envoy-dns-refresh-failure", ("dns refresh rate reset for",), _ENVOY_RESET, _envoy_reset),
    Rule(
        "apisix-parse-domain",
        ("dns server error:", "dns client error:", "server returned error code:"),
        _APISIX,
        _apisix,
    ),
    Rule(
        "proxy-page-no-dns-entry", ("unable to locate the server named",), _NO_DNS_ENTRY, fixed("nxdomain", exact=True)
    ),
    Rule("haproxy-invalid-address", ("invalid address: '",), _HAPROXY_INVALID, _haproxy_invalid),
)
