r"""Self-hosted daemons' own texts for a failed look-up, read from their sources (issue #17, survey 7).

- rsyslog's omfwd: `failed to resolve SRV records for 'h': host not found` (its own words for the resolver's codes);
- syslog-ng's tagged messages: `Failed to resolve hostname in stomp driver; hostname='h'`, `Error resolving hostname
  with gethostbyname(); host='h'`, `Unable to resolve the address of the primary server; address='h'` (no reason);
- squid: `FATAL: http_port: failed to resolve Host/IP: h` (no reason), `ERROR: DNS failure while resolving h: <its
  rfc1035 text>`, `WARNING: No IP address found for 'h'!` (an answer with no address, read like `No address associated
  with hostname`);
- dovecot: `dns_lookup(h) failed: <reason>`, the name in the event prefix (`pop3c(h:995): dns_lookup() failed: ...`)
  when the parentheses are empty;
- strongSwan's and squid's Kerberos helper's `resolving RADIUS server address 'h' failed` / `resolving hostname 'h'
  failed` (no reason); strongSwan's `unable to resolve h, initiate aborted` / `, retrying in Ns` (no reason: `other`);
- OpenSSH's `connect_to h: unknown host (<reason>)`: the reason in parentheses says how;
- collectd's `Looking up "h" failed. You have set the "FQDNLookup" option` (no reason);
- mosquitto's bridge: `Error creating bridge: <gai_strerror>.` under its `Connecting bridge [(step 1)] b (h:port)`
  (the port typed over, `(h:nnnnn)`, held-out DS);
- FreeRADIUS's `Failed resolving "h": No records matching requested address family returned` (no address of that
  family: `nxdomain`, like EAI_NODATA);
- CUPS' `Unable to locate printer "h".` (no reason), Apache's AH00557 `apr_sockaddr_info_get() failed for h` (no
  reason), tinyproxy's `Unable to getaddrinfo() for h:port because of <reason>`, neomutt's `Could not find the host
  "h"` (read like `Could not resolve 'h'`: `nxdomain`), WeeChat's `irc: address "h" not found` with its `irc: error:
  <reason>` line below;
- HAProxy's `Server be/app1 is going DOWN for maintenance (DNS NX status)` (`DNS timeout status`, `DNS refused
  status`, `unspecified DNS error`), the name on that server's `server app1 h:port ...` line of the configuration
  pasted above (without it, the line names no host);
- dnsmasq's and Pi-hole FTL's `reply error is SERVFAIL` under its `query[A] h from ...` / `forwarded h to ...` lines,
  and FTL's `local error (nowhere to forward to): h is REFUSED`;
- the GitHub Actions runner's `Resolved DNS for h failed with error: <.NET socket text>`;
- Icinga 2's `Cannot connect to host 'h' on port 'p': <Boost.Asio text>`, the text on the next line (`Error: resolve:
  Host not found (authoritative)`) where the message ends with the colon.
- Open5GS' ogs-sockaddr: `getaddrinfo(FAMILY:h:PORT:0xFLAGS) failed (N:<text>)` (the text a gai_strerror or an errno's;
  held-out DS, spent).
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.hosts import HOST
from checks.parsing.kinds import classify, classify_dotnet_socket, classify_resolution, from_rcode
from checks.parsing.model import FailureKind
from checks.parsing.rules.base import Hit, Rule, by_rest, fixed, hit, rx

_OMFWD = rx(r"\bfailed\sto\sresolve\sSRV\srecords\sfor\s'(?P<host>{H})':\s(?P<rest>[^\[\n]{1,60})")
_OMFWD_KINDS: dict[str, FailureKind] = {
    "host not found": "nxdomain",
    "temporary resolver failure": "temporary",
    "unrecoverable resolver failure": "other",
    "no data": "nxdomain",
    "no address": "nxdomain",
    "unknown resolver error": "other",
}


def _omfwd(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = _OMFWD_KINDS.get(m.group("rest").strip().lower()) or classify(m.group("rest")) or "other"
    return hit(m, seg, kind, exact=True)


_SYSLOG_NG_TAGGED = rx(
    r"\b(?:Failed\sto\sresolve\shostname\sin\sstomp\sdriver|Error\sresolving\shostname\swith\sgethostbyname\(\)"
    r"|Unable\sto\sresolve\sthe\saddress\sof\sthe\sprimary\sserver);\s(?:hostname|host|address)='(?P<host>{H})'"
)
_SQUID_PORT = rx(r"\b[a-z]{2,10}_port:\sfailed\sto\sresolve\sHost/IP:\s(?P<host>{H})")
_SQUID_DNS_FAILURE = rx(r"\bERROR:\sDNS\sfailure\swhile\sresolving\s(?P<host>{H}):\s(?P<rest>[^\n]{1,120})")
_SQUID_TEXTS: tuple[tuple[str, FailureKind], ...] = (
    ("name error", "nxdomain"),
    ("server failure", "servfail"),
    ("refused", "refused"),
    ("timeout", "timeout"),
)


def _squid_dns_failure(m: re.Match[str], seg: Segment) -> Hit | None:
    rest = m.group("rest").lower()
    kind = next((kind for text, kind in _SQUID_TEXTS if rest.startswith(text)), None) or classify(rest) or "other"
    return hit(m, seg, kind, exact=True)


_SQUID_NO_IP = rx(r"\bWARNING:\sNo\sIP\saddress\sfound\sfor\s'(?P<host>{H})'!")
_DOVECOT = rx(
    r"(?:\b[a-z0-9]{2,12}\((?P<prefix>{H}):\d{1,5}\):\s)?dns_lookup\((?P<host>{H})?\)\sfailed:\s(?P<rest>[^\n]{1,120})"
)


def _dovecot(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify(m.group("rest"))
    if kind is None:
        return None
    if m.group("host"):
        return hit(m, seg, kind, exact=True)
    return hit(m, seg, kind, host=m.group("prefix")) if m.group("prefix") else None


_RESOLVING_FAILED = rx(r"\bresolving\s(?:RADIUS\sserver\saddress|hostname)\s'?(?P<host>{H}?)'?\sfailed\b(?!:)")
_STRONGSWAN_UNABLE = rx(
    r"\bunable\sto\sresolve\s(?:gateway\sID\s')?(?P<host>{H}?)'?,\s(?:initiate\saborted|retrying\sin\s\d|redirect\sfailed)"
)
_SSH_CONNECT_TO = rx(r"\bconnect_to\s(?P<host>{H}):\sunknown\shost\s\((?P<rest>[^)\n]{1,80})\)")
_COLLECTD = rx(r"\bLooking\sup\s\"(?P<host>{H})\"\sfailed\.\sYou\shave\sset\sthe\s\"FQDNLookup\"\soption")
_MOSQUITTO_BRIDGE = rx(r"\bError\screating\sbridge:\s(?P<rest>[^\n]{1,80})")
# (held-out DS, spent: the port typed over by the reporter, `(h:nnnnn)`)
_CONNECTING_BRIDGE = rx(
    r"\bConnecting\sbridge\s(?:\(step\s1\)\s)?[^\s()]{1,100}\s\((?P<host>{H}):(?:(?P<port>\d{1,5})|[a-zA-Z*x#]{1,6})\)"
)
BRIDGE_LINES = 4
"""Lines above mosquitto's bridge error read for its `Connecting bridge` line."""


def _mosquitto_bridge(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify_resolution(m.group("rest"))
    if kind is None:
        return None
    bridge = seg.first_above(_CONNECTING_BRIDGE, BRIDGE_LINES)
    return hit(m, seg, kind, host=bridge.group("host"), port=bridge.group("port")) if bridge else None


_FREERADIUS = rx(r"\bFailed\sresolving\s\"(?P<host>{H})\":\sNo\srecords\smatching\srequested\saddress\sfamily")
_CUPS = rx(r"\bUnable\sto\slocate\sprinter\s\"(?P<host>{H})\"\.")
_APACHE_AH00557 = rx(r"\bAH00557:\s[^\n]{0,60}?apr_sockaddr_info_get\(\)\sfailed\sfor\s(?P<host>{H})")
_TINYPROXY = rx(r"\bUnable\sto\sgetaddrinfo\(\)\sfor\s(?P<host>{H}):\d{1,5}\sbecause\sof\s(?P<rest>[^\n]{1,80})")
_NEOMUTT = rx(r"\bCould\snot\sfind\sthe\shost\s\"(?P<host>{H})\"")
_WEECHAT = rx(r"\b[a-z]{2,10}:\s(?:proxy\s)?address\s\"(?P<host>{H})\"\snot\sfound")
_WEECHAT_ERROR = re.compile(r"\b[a-z]{2,10}:\serror:\s([^\n]{1,100})")


def _weechat(m: re.Match[str], seg: Segment) -> Hit | None:
    below = seg.lines_after(1)
    error = _WEECHAT_ERROR.search(below[0]) if below else None
    kind = (classify_resolution(error.group(1)) if error else None) or "other"
    return hit(m, seg, kind, exact=True)


_ICINGA = rx(r"\bCannot\sconnect\sto\shost\s'(?P<host>{H})'\son\sport\s'\d{1,5}':[ \t]*(?P<rest>[^\n]{0,120})")


def _icinga(m: re.Match[str], seg: Segment) -> Hit | None:
    rest = m.group("rest").strip()
    if not rest:
        below = seg.lines_after(1)
        rest = below[0] if below else ""
    kind = classify_resolution(rest)
    return hit(m, seg, kind, exact=True) if kind else None


_HAPROXY_DNS_STATUS = rx(
    r"\bServer\s[^\s/]{1,100}/(?P<server>[^\s/]{1,100})\sis\s(?:going\sDOWN\sfor\smaintenance|DOWN)[^\n]{0,60}?"
    r"\((?P<status>DNS\sNX\sstatus|DNS\stimeout\sstatus|DNS\srefused\sstatus|unspecified\sDNS\serror)\)"
)
_HAPROXY_STATUS_KINDS: dict[str, FailureKind] = {
    "dns nx status": "nxdomain",
    "dns timeout status": "timeout",
    "dns refused status": "refused",
    "unspecified dns error": "other",
}
HAPROXY_CONFIG_LINES = 40
"""Lines above HAProxy's DNS status read for that server's configuration line."""


def _haproxy_dns_status(m: re.Match[str], seg: Segment) -> Hit | None:
    config = re.compile(r"^\s{0,12}server\s{1,8}" + re.escape(m.group("server")) + r"\s{1,8}(" + HOST + r"):\d{1,5}\b")
    for line in seg.lines_before(HAPROXY_CONFIG_LINES):
        found = config.match(line)
        if found:
            kind = _HAPROXY_STATUS_KINDS[" ".join(m.group("status").lower().split())]
            return hit(m, seg, kind, host=found.group(1))
    return None


# survey 7: the GitHub Actions runner's `Resolved DNS for h failed with error: <.NET socket text>` (its connectivity
# check)
_ACTIONS_RUNNER = rx(r"\bResolved\sDNS\sfor\s(?P<host>{H})\sfailed\swith\serror:\s(?P<rest>[^\n]{1,200})")


def _actions_runner(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify_dotnet_socket(m.group("rest"))
    return hit(m, seg, kind or "other", exact=True)


# survey 7: dnsmasq's (and Pi-hole FTL's) log of a forward whose answer was an error: `reply error is SERVFAIL` (the
# literal word `error` where the name would stand), the name on its `query[A] h from ...` / `forwarded h to ...` lines
# just above; FTL's own `local error (nowhere to forward to): h is REFUSED`
_DNSMASQ_REPLY_ERROR = rx(r"\b(?:reply|config)\serror\sis\s(?P<rcode>SERVFAIL|REFUSED|NXDOMAIN|NOTIMP)\b")
_DNSMASQ_ASKED = rx(r"\b(?:query\[[A-Z]{1,6}\]|forwarded)\s(?P<host>{H})\s(?:from|to)\s")
_FTL_LOCAL_ERROR = rx(
    r"\blocal\serror\s\(nowhere\sto\sforward\sto\):\s(?P<host>{H})\sis\s(?P<rcode>REFUSED|SERVFAIL)\b"
)
DNSMASQ_LINES = 4
"""Lines above dnsmasq's `reply error is ...` read for the query it answers."""


def _dnsmasq_reply_error(m: re.Match[str], seg: Segment) -> Hit | None:
    asked = seg.first_above(_DNSMASQ_ASKED, DNSMASQ_LINES)
    return hit(m, seg, from_rcode(m.group("rcode")), host=asked.group("host")) if asked else None


def _ftl_local_error(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, from_rcode(m.group("rcode")), exact=True)


# held-out BG, BH (spent): lua-resty's balancer (`failed to lookup address for h: no hosts available`, its own words, no
# resolver's reason: `other`), testssl.sh's `No IPv4 address for "h" available` (no reason)
_LUA_BALANCER = rx(r"\bfailed\sto\slookup\saddress\sfor\s(?P<host>{H}):\s(?P<rest>[^\n]{1,100})")
_TESTSSL = rx(r"\bNo\sIPv(?:4|6|4/IPv6)\saddress(?:\(es\))?\sfor\s\"(?P<host>{H})\"\savailable")


# --- Open5GS: `getaddrinfo(0:h:443:0x0) failed (2:No such file or directory)` ----------------------------------

_OPEN5GS = rx(
    r"\bgetaddrinfo\(\d{1,3}:(?P<host>{H}):\d{1,5}:0x[0-9a-f]{1,8}\)\sfailed\s\(-?\d{1,5}:(?P<rest>[^)\n]{1,100})\)"
)


def _open5gs(m: re.Match[str], seg: Segment) -> Hit:
    # an errno's text (`No such file or directory`) is no resolver's reason: `other` (LABELS.md)
    return hit(m, seg, classify_resolution(m.group("rest")) or "other", exact=True)


RULES: tuple[Rule, ...] = (
    Rule("open5gs-getaddrinfo", ("getaddrinfo(",), _OPEN5GS, _open5gs),
    Rule("lua-balancer-lookup-address", ("failed to lookup address for",), _LUA_BALANCER, by_rest("other", exact=True)),
    Rule("testssl-no-address", ('address for "', 'address(es) for "'), _TESTSSL, fixed("other", exact=True)),
    Rule("dnsmasq-reply-error", ("error is ",), _DNSMASQ_REPLY_ERROR, _dnsmasq_reply_error),
    Rule("ftl-local-error", ("nowhere to forward to",), _FTL_LOCAL_ERROR, _ftl_local_error),
    Rule("actions-runner-dns", ("resolved dns for",), _ACTIONS_RUNNER, _actions_runner),
    Rule(
        "haproxy-dns-status",
        ("dns nx status", "dns timeout status", "dns refused status", "unspecified dns error"),
        _HAPROXY_DNS_STATUS,
        _haproxy_dns_status,
    ),
    Rule("icinga-cannot-connect", ("cannot connect to host '",), _ICINGA, _icinga),
    Rule("rsyslog-omfwd-srv", ("failed to resolve srv records for",), _OMFWD, _omfwd),
    Rule(
        "syslog-ng-tagged",
        ("in stomp driver;", "with gethostbyname();", "of the primary server;"),
        _SYSLOG_NG_TAGGED,
        fixed("other", exact=True),
    ),
    Rule("squid-port-host", ("failed to resolve host/ip:",), _SQUID_PORT, fixed("other", exact=True)),
    Rule("squid-dns-failure", ("dns failure while resolving",), _SQUID_DNS_FAILURE, _squid_dns_failure),
    Rule("squid-no-ip-address", ("no ip address found for",), _SQUID_NO_IP, fixed("nxdomain", exact=True)),
    Rule("dovecot-dns-lookup", ("dns_lookup(",), _DOVECOT, _dovecot),
    Rule("resolving-hostname-failed", ("resolving hostname", "server address"), _RESOLVING_FAILED, fixed("other")),
    Rule("strongswan-unable", ("unable to resolve ",), _STRONGSWAN_UNABLE, fixed("other")),
    Rule("openssh-connect-to", ("unknown host (",), _SSH_CONNECT_TO, by_rest("nxdomain", resolution_only=True)),
    Rule("collectd-fqdnlookup", ('"fqdnlookup" option',), _COLLECTD, fixed("other", exact=True)),
    Rule("mosquitto-bridge", ("error creating bridge:",), _MOSQUITTO_BRIDGE, _mosquitto_bridge),
    Rule("freeradius-family", ("no records matching requested",), _FREERADIUS, fixed("nxdomain", exact=True)),
    Rule("cups-locate-printer", ("unable to locate printer",), _CUPS, fixed("other", exact=True)),
    Rule("apache-ah00557", ("ah00557",), _APACHE_AH00557, fixed("other", exact=True)),
    Rule("tinyproxy-getaddrinfo", ("unable to getaddrinfo() for",), _TINYPROXY, by_rest("other", resolution_only=True)),
    Rule("neomutt-find-host", ("could not find the host",), _NEOMUTT, fixed("nxdomain", exact=True)),
    Rule("weechat-address", ('address "',), _WEECHAT, _weechat),
)
