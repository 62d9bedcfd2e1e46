"""Programs' own reports of a name they could not resolve, in words no other rule reads (issue #17, held-out JB-JI,
spent; each rule named by the program and its format):

- Firefox's error page as Selenium / geckodriver reports it, `Reached error page: about:neterror?e=dnsNotFound&u=
  https%3A//h/...` (netError's `dnsNotFound`: the page's "Hmm. We're having trouble finding that site", read like
  Chrome's `net::ERR_NAME_NOT_RESOLVED`): the URL-encoded `u=` address's host, `nxdomain`;
- Akka's remoting, `Association failed with [akka.tcp://sys@h:port]] Caused by: [h: unknown error]`: the
  UnknownHostException's own message in Akka's brackets, its class dropped (`h: unknown error` is `other`, the
  resolver's words their kind, as LABELS.md reads Java's message);
- the Minecraft Forge installer's host table, `Host: h [Unknown]` (its `[addresses]` when the name resolved): `other`;
- nGrinder's agent, `Error while resolving h to IP. Use 127.0.0.1 instead.`: `other`;
- GNU time's `Command exited with non-zero status 2` right under the `getent hosts h` it ran (a container's prompt,
  `/usr/bin/time -f %e` before getent): getent's status 2 is `key not found` (`other`, as `integration_texts` reads a
  script's error trap around it).

Held-out JJ-JQ (spent):

- Bitnami's container scripts, `WARN  ==> Hostname h could not be resolved. This could lead to connection issues`:
  the word `Hostname` names the slot, so a one-label name (a Compose service) is read; a bare `could not be
  resolved` (`nxdomain`, LABELS.md);
- Jitsi's Jigasi, `No address found for ProtocolProviderServiceSipImpl(SIP:user@h)`: the SIP account's domain, read
  like Poco's `No address found` (`nxdomain`);
- Boost.Asio's resolver error as EOSIO's fc library prints it, `Error resolving "h:port" : Host not found
  (authoritative)`: the reason's kind;
- MPICH's Hydra, `HYDU_sock_connect (...): unable to get host address for h (N)`: `other` (its own words);
- WebRTC's ICE candidate error 701 (browsers, Pion, LiveKit's connection test), `701 STUN host lookup received error.
  stun:h:port`: the STUN or TURN server's name, `other`;
- Sofia-SIP's resolver, `sres(q=...): reporting error NETWORK_ERR for NAPTR h` (`refused` where its report above says
  the server refused, `(Connection refused)`; else `other`), and the answer's own codes (TIMEOUT_ERR `timeout`,
  NAME_ERR `nxdomain`, SERVER_ERR `servfail`, AUTH_ERR `refused`: the probes of round 8).
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from checks.parsing.document import Segment
from checks.parsing.hosts import HOST
from checks.parsing.kinds import classify_resolution
from checks.parsing.model import FailureKind
from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Hit, Rule, fixed, hit, rx
from checks.parsing.rules.integration_texts import GETENT

# --- Firefox (Selenium / geckodriver): `about:neterror?e=dnsNotFound&u=<URL-encoded address>` ------------------------

# a web address only (review: not an extension's `moz-extension%3A//...`), and not a string a test compares against
_FIREFOX_DNS_NOT_FOUND = rx(
    r"(?<![\"'`(])\babout:neterror\?e=dnsNotFound&u=(?P<url>(?:https?|wss?|ftp)%3A//[^&\s'\"`<>]{1,2048})"
)
_NAME = re.compile(HOST, re.I)


def _firefox(m: re.Match[str], seg: Segment) -> Hit | None:
    try:
        host = urlsplit(unquote(m.group("url"))).hostname
    except ValueError:
        return None
    return hit(m, seg, "nxdomain", host=host, exact=True) if host and _NAME.fullmatch(host) else None


# --- Akka remoting: `Caused by: [h: unknown error]` ------------------------------------------------------------------

_AKKA_CAUSE = rx(r"\bCaused\sby:\s\[(?P<host>{H}):\s(?P<rest>[A-Za-z][A-Za-z ,]{3,60})\]")
_AKKA_ASSOCIATION = re.compile(r"\bakka(?:\.tcp|\.ssl\.tcp)?://[^\s@\]]{1,100}@", re.I)


def _akka_cause(m: re.Match[str], seg: Segment) -> Hit | None:
    line_start = seg.text.rfind("\n", 0, m.start()) + 1
    if _AKKA_ASSOCIATION.search(seg.text, line_start, m.start()) is None:
        return None  # only after Akka's own association address on that line: `Caused by: [...]` is its bracket
    rest = m.group("rest").strip()
    kind = classify_resolution(rest) or ("other" if rest.lower() == "unknown error" else None)
    return hit(m, seg, kind) if kind else None


# --- Minecraft Forge installer: `Host: h [Unknown]` ------------------------------------------------------------------

_FORGE_HOST_UNKNOWN = rx(r"^[ \t]{0,8}Host:\s(?P<host>{H})\s\[Unknown\][ \t]{0,3}$")

# --- nGrinder agent: `Error while resolving h to IP. Use 127.0.0.1 instead.` -----------------------------------------

_NGRINDER = rx(r"\bError\swhile\sresolving\s(?P<host>{H})\sto\sIP\b")


# --- GNU time over getent: `Command exited with non-zero status 2` --------------------------------------------------

# the command line itself (a prompt, `time` and its format before getent; nothing after the name); each line may be
# indented as a code block
_TIMED_STATUS_2 = rx(r"^[ \t]{0,8}Command\sexited\swith\snon-zero\sstatus\s2[ \t]{0,3}$")
_TIMED_GETENT = rx(
    r"^[ \t]{0,8}(?:[^\n#$]{0,60}[#$]\s{1,3})?(?:(?:/usr/bin/)?time\s(?:-[a-z]\s[^\s]{1,20}\s)?)?"
    + GETENT
    + r"[ \t]{0,3}$"
)


def _timed_getent_status_2(m: re.Match[str], seg: Segment) -> Hit | None:
    above = seg.lines_before(1)
    run = _TIMED_GETENT.compiled.match(above[0]) if above else None
    if run is None or run.group("host").startswith("$"):
        return None
    return hit(m, seg, "other", host=run.group("host"), exact=True)


# --- Bitnami's scripts: `Hostname h could not be resolved. This could lead to connection issues` --------------------

# (only with its own warning after it: a reason stated there is another program's words, read by their rules)
_BITNAMI_HOSTNAME = rx(
    r"(?-i:\bHostname)\s(?P<host>{H})\scould\snot\sbe\sresolved[.,]\s(?:T|t)his\scould\slead\sto\sconnection\sissues"
)

# --- Jigasi: `No address found for ProtocolProviderServiceSipImpl(SIP:user@h)` ---------------------------------------

_SIP_NO_ADDRESS = rx(r"\bNo\saddress\sfound\sfor\s[A-Za-z][\w.$]{0,80}\((?:SIP|sip):[^@\s()]{1,64}@(?P<host>{H})\)")

# --- Boost.Asio under fc (EOSIO's cleos / nodeos): `Error resolving "h:port" : <asio message>` -----------------------

# (fc's blank before the colon: not Go's `error resolving "h": lookup h on S:53: ...`, whose own line names the server)

_ASIO_ERROR_RESOLVING = rx(r"\bError\sresolving\s\"(?P<host>{H})(?::[^\"\s]{1,40})?\"\s:\s(?P<rest>[^\n]{1,80})")


def _asio_error_resolving(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify_resolution(m.group("rest"))
    return hit(m, seg, kind, exact=True) if kind else None


# --- MPICH Hydra: `unable to get host address for h (N)` -------------------------------------------------------------

_HYDRA_HOST_ADDRESS = rx(r"\bunable\sto\sget\shost\saddress\sfor\s(?P<host>{H})\s\(\d{1,4}\)")

# --- WebRTC ICE: `701 STUN host lookup received error. stun:h:port` --------------------------------------------------

_ICE_701 = rx(r"\b701\sSTUN\shost\slookup\sreceived\serror\.?\s{1,3}(?:stuns?|turns?):(?P<host>{H})(?::\d{1,5})?\b")

# --- Sofia-SIP's resolver: `reporting error NETWORK_ERR for NAPTR h` -------------------------------------------------

_SRES_REPORTING = rx(
    r"\bsres\(q=0x[0-9a-fA-F]{1,16}\):\sreporting\serror\s(?P<code>[A-Z_]{3,24})\sfor\s[A-Z]{1,8}\s(?P<host>{H})"
)
_SRES_REFUSED = re.compile(r"\bsres:\snetwork\serror\s\d{1,4}\s\(Connection\srefused\)")
_SRES_LINES = 4
"""Lines above Sofia's report read for the network error it reports."""


_SRES_CODES: dict[str, FailureKind] = {
    # probes, round 8 (sofia-sip's sresolv.h: the answer's own code)
    "TIMEOUT_ERR": "timeout",
    "NAME_ERR": "nxdomain",
    "SERVER_ERR": "servfail",
    "AUTH_ERR": "refused",
}


def _sres_reporting(m: re.Match[str], seg: Segment) -> Hit | None:
    code = m.group("code")
    if code in _SRES_CODES:
        return hit(m, seg, _SRES_CODES[code], exact=True)
    if code != "NETWORK_ERR":
        return None
    refused = seg.first_above(_SRES_REFUSED, _SRES_LINES) is not None
    return hit(m, seg, "refused" if refused else "other", exact=True)


# --- Ghost-CLI's DNS check: `Error trying to lookup DNS for 'h'` (probes, round 8) ----------------------------------

_GHOST_CLI_DNS = rx(r"\bError\strying\sto\slookup\sDNS\sfor\s'(?P<host>{H})'")


# --- gvm-libs (gvmd reaching its scanner): `Failed to get server addresses for h: <errno's text>` (probes, round 9) ---

_GVM_SERVER_ADDRESSES = rx(r"\bFailed\sto\sget\sserver\saddresses\sfor\s(?P<host>{H}):\s")


RULES: tuple[Rule, ...] = (
    Rule("firefox-neterror-dns-not-found", ("about:neterror?e=dnsnotfound",), _FIREFOX_DNS_NOT_FOUND, _firefox),
    Rule("akka-association-cause", ("caused by: [",), _AKKA_CAUSE, _akka_cause),
    Rule(
        "forge-installer-host-unknown",
        (" [unknown]",),
        _FORGE_HOST_UNKNOWN,
        fixed(unstated("Forge installer `Host: h [Unknown]`"), exact=True),
    ),
    Rule(
        "ngrinder-resolving-to-ip",
        ("error while resolving ",),
        _NGRINDER,
        fixed(unstated("nGrinder `Error while resolving h to IP`")),
    ),
    Rule("timed-getent-status", ("command exited with non-zero status 2",), _TIMED_STATUS_2, _timed_getent_status_2),
    Rule(
        "bitnami-hostname-not-resolved",
        ("could not be resolved",),
        _BITNAMI_HOSTNAME,
        # (assumed: a reason another line states for the same name wins, as LABELS.md says)
        fixed(
            unstated("a bare `h cannot be resolved` / `could not be resolved`, nothing after it"),
            exact=True,
            assumed=True,
        ),
    ),
    Rule(
        "jigasi-sip-no-address",
        ("no address found for ",),
        _SIP_NO_ADDRESS,
        fixed(unstated("Jigasi `No address found for ...(SIP:user@h)`"), exact=True, assumed=True),
    ),
    Rule("asio-error-resolving", ('error resolving "',), _ASIO_ERROR_RESOLVING, _asio_error_resolving),
    Rule(
        "hydra-unable-to-get-host-address",
        ("unable to get host address for ",),
        _HYDRA_HOST_ADDRESS,
        fixed(unstated("MPICH Hydra `unable to get host address for h (N)`"), exact=True),
    ),
    Rule(
        "webrtc-ice-701",
        ("701 stun host lookup received error",),
        _ICE_701,
        fixed(unstated("WebRTC ICE `701 STUN host lookup received error. stun:h:port`"), exact=True),
    ),
    Rule("sofia-sres-reporting-error", ("reporting error ",), _SRES_REPORTING, _sres_reporting),
    Rule(
        "gvm-server-addresses",
        ("failed to get server addresses for ",),
        _GVM_SERVER_ADDRESSES,
        # (gvm-libs passes errno, not getaddrinfo's code, to its message: the words after it are no reason)
        fixed(unstated("gvm-libs `Failed to get server addresses for h: <errno's text>`"), exact=True),
    ),
    Rule(
        "ghost-cli-lookup-dns",
        ("error trying to lookup dns for ",),
        _GHOST_CLI_DNS,
        fixed(unstated("Ghost-CLI `Error trying to lookup DNS for 'h'`"), exact=True),
    ),
)
