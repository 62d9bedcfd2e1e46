r"""Home-automation devices', Ruby clients' and CI plugins' own texts for a failed look-up (issue #17, the thirteenth
round of probes rendered from programs' own source, session 64; each rule named by the program and its format):

- the ESPHome CLI, `Error resolving IP address of h. Is it connected to WiFi?` with its reason on a line below
  (`Error resolving IP address: ... [Errno -2] Name or service not known`; the help line's link between is no name),
  and its API client's `Timeout while resolving IP address for ['h']` (`timeout`);
- Boost.Asio's host-less `Host not found (authoritative)` / `Host not found (non-authoritative), try again later`
  (Domoticz' hardware) under the `attempt connect to h:port` / `Connecting to h:port` line the program logged above;
  the word before its colon is the program's own label (`P1 Smart Meter: Host not found ...`), never the name;
- libmosquitto's MOSQ_ERR_EAI, `return code: 15/Lookup error.` (Domoticz' MQTT client), the broker its `Connecting to
  h:port` line named above (no reason: `other`);
- Ethon's (Typhoeus') debug line, `ETHON: performed EASY effective_url=URL response_code=0
  return_code=couldnt_resolve_host` (libcurl's code 6, `nxdomain`; `couldnt_resolve_proxy` names the proxy, not the
  URL: not read);
- Puma's bind, `in 'TCPServer#initialize': getaddrinfo(3): <reason> (Socket::ResolutionError)`, the name in the
  command's `-b tcp://h:port` a few lines above (Puma prints its banner between);
- Phorge's (Arcanist's) `[cURL/6] (URL) <CURLE_COULDNT_RESOLVE_HOST> There was an error resolving the server
  hostname.`: curl's code 6 for the URL's host (`nxdomain`, as curl's own words);
- Helidon's web client, `Failed to get address for host h` (its DNS resolver drops Java's reason: `other`);
- Undertow's proxy (WildFly), `UT005031: Proxy request to /p could not connect to backend server URL` over the
  request's `java.nio.channels.UnresolvedAddressException` (no name, no reason: the backend's host, `other`);
- ACME clients' bare curl code 6: dehydrated's `Problem connecting to server (get for URL; curl returned with 6)`, and
  acme.sh's `Please refer to https://curl.haxx.se/libcurl/c/libcurl-errors.html for error code: 6` under its `Using
  CA: URL` line or over its `Cannot init API for: URL.` (the curl-libcurl link is no name): the URL's host, read as a
  script's `curl exited with code 6` is;
- the Jenkins Kubernetes plugin's `KubernetesCloud#provision: Failed to connect to Kubernetes at URL: h`: the cause's
  message is an UnknownHostException's bare name, the URL's host (no reason: `other`, as Jenkins remoting's).
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.kinds import classify_resolution
from checks.parsing.model import FailureKind
from checks.parsing.no_reason import NO_REASON, unstated
from checks.parsing.rules.base import NEARBY, Hit, Rule, hit, rx, url_hit

# --- ESPHome -------------------------------------------------------------------------------------------------------

_ESPHOME_OF = rx(r"\bError\sresolving\sIP\saddress\sof\s(?P<host>{H})\.\sIs\sit\sconnected\sto\sWiFi\?")
_ESPHOME_REASON = rx(r"\bError\sresolving\sIP\saddress:\s(?P<rest>[^\n]{1,300})")
ESPHOME_LINES = 3
"""Lines between the statement and the reason the CLI prints after its help line."""


def _esphome_kind(rest: str) -> FailureKind:
    """mDNS' `Did not respond` then the resolver's `[Errno -2] ...`: the last reason stated is the resolver's."""
    return classify_resolution(rest.rsplit(",", 1)[-1]) or classify_resolution(rest) or NO_REASON


def _esphome_of(m: re.Match[str], seg: Segment) -> Hit | None:
    if not seg.doc.spend("nearby", NEARBY):
        return hit(m, seg, NO_REASON, exact=True)  # the statement repeated thousands of times: no reason looked for
    for line in seg.lines_after(ESPHOME_LINES):
        reason = _ESPHOME_REASON.search(line)
        if reason is not None:
            return hit(m, seg, _esphome_kind(reason.group("rest")), exact=True)
    return hit(m, seg, NO_REASON, exact=True)


def _esphome_reason_line(m: re.Match[str], seg: Segment) -> Hit | None:
    """The reason's own line, read for the name of the statement above it (so no link between is taken for it)."""
    if not seg.doc.spend("nearby", NEARBY):
        return None  # the pair repeated thousands of times: the first NEARBY statements read their reason
    for line in seg.lines_before(ESPHOME_LINES):
        named = _ESPHOME_OF.search(line)
        if named is not None:
            kind = _esphome_kind(m.group("rest"))
            return hit(m, seg, kind, host=named.group("host"), exact=True)
    return None


# (review) aioesphomeapi from 2023-11 to 2025-02 printed the bare name, not a list
_ESPHOME_API_TIMEOUT = rx(
    r"\bTimeout\swhile\sresolving\sIP\saddress\sfor\s(?:\['(?P<host>{H})'|(?P<bare>{H})(?=[\s(]|$))"
)


# --- Boost.Asio under the program's connect line (Domoticz) -------------------------------------------------------

_ASIO_HOST_NOT_FOUND = rx(r"\bHost\snot\sfound\s\((?P<auth>authoritative|non-authoritative)\)")
_CONNECT_LINE = re.compile(
    r"\b(?:attempt\sconnect\sto|[Cc]onnecting\sto|Trying\sto\sconnect\sto)\s(?P<host>[A-Za-z0-9][A-Za-z0-9.\-]{0,252}):\d{1,5}\b"
)
_OWN_LINE_CONNECT = re.compile(
    r"\b(?:(?:attempt\sconnect\sto|[Cc]onnecting\sto|Trying\sto\sconnect\sto)\s|endpoint\[)"
    r"(?P<host>[A-Za-z0-9][A-Za-z0-9.\-]{0,252}):(?P<port>\d{1,5})\b"
)
CONNECT_LINES = 3
"""Lines above a host-less error read for the program's own `connect to h:port` line."""
_LEVELS = ("Error: ", "Status: ")


def _asio_host_not_found(m: re.Match[str], seg: Segment) -> Hit | None:
    kind: FailureKind = "nxdomain" if m.group("auth").lower() == "authoritative" else "temporary"
    return _from_connect_line(m, seg, kind)


def _device_label(before: str) -> str | None:
    """Domoticz' device label after its level (`Error: P1 Meter: Host not found ...` -> `p1 meter`), else None."""
    at = max(before.rfind(level) for level in _LEVELS)
    if at == -1:
        return None
    rest = before[at:].split(": ", 1)[1]
    return rest.split(": ", 1)[0].strip().lower() if ": " in rest else None


def _from_connect_line(m: re.Match[str], seg: Segment, kind: FailureKind) -> Hit | None:
    """The connect line nearest above; with Domoticz' device labels, the one of the device the error names (several
    devices' lines interleave; review)."""
    if not seg.doc.spend("nearby", NEARBY):
        return None  # a log repeating the error thousands of times: its name looked for the first NEARBY times
    line_start = seg.text.rfind("\n", 0, m.start()) + 1
    # held-out LF-LM (spent): MongoDB's `Error connecting to h:27017 :: caused by :: Could not find address for
    # h:27017: SocketException: Host not found (authoritative)`, the connect on the error's own line (a log of such
    # lines: not the line above's)
    # (probes, round 18) Apache Geode's native client, `Failed in handshake with endpoint[h:40404]: Host not found
    # (authoritative)`
    own = [*_OWN_LINE_CONNECT.finditer(seg.text, max(line_start, m.start() - 2048), m.start())]
    # (review) not past a name the message says it was resolving (`Trying to connect to proxy:8080 for tunnel; Error:
    # resolving h: Host not found ...`): that statement's rule reads it
    if own and "resolv" not in seg.text[own[-1].end() : m.start()].lower():
        return hit(m, seg, kind, host=own[-1].group("host"), port=own[-1].group("port"))
    label = _device_label(seg.text[max(line_start, m.start() - 200) : m.start()])
    for line in seg.lines_before(CONNECT_LINES):
        connect = _CONNECT_LINE.search(line) if "onnect" in line else None
        if connect is None:
            continue
        theirs = _device_label(line[max(0, connect.start() - 200) : connect.start()])
        if label is not None and theirs is not None and theirs != label:
            continue  # another device's connect line
        return hit(m, seg, kind, host=connect.group("host"))
    return None


_MOSQUITTO_EAI = rx(r"\breturn\scode:\s15/Lookup\serror\.")


def _mosquitto_eai(m: re.Match[str], seg: Segment) -> Hit | None:
    return _from_connect_line(m, seg, NO_REASON)


# --- Ethon (Typhoeus) ----------------------------------------------------------------------------------------------

_ETHON = rx(
    r"\beffective_url=[a-z][a-z0-9+]{1,10}://(?:[^\s/@\"'<>]{1,256}@)?(?P<host>{H})(?::(?P<port>\d{1,5}))?\S{0,2048}"
    r"\sresponse_code=\d{1,3}\sreturn_code=couldnt_resolve_host\b"
)


# --- Puma's bind ---------------------------------------------------------------------------------------------------

# Ruby 3.4's `in 'TCPServer#initialize'`, older Rubies' ``in `initialize'`` under Puma's binder (review)
_PUMA_BIND = rx(
    r"(?:\bTCPServer#initialize'?|puma/binder\.rb:\d{1,6}:in\s[`'](?:TCPServer#)?initialize'):\s{1,2}"
    r"getaddrinfo(?:\(3\))?:\s(?P<rest>[^\n()]{1,100})\s\((?:Socket::Resolution|Socket)Error\)"
)
_PUMA_BIND_FLAG = re.compile(
    r"(?:\s-b\s{1,3}|\s--bind[\s=]{1,3}|\bbind\s{1,3})['\"]?(?:tcp|ssl)://(?P<host>[A-Za-z0-9][\w.\-]{0,252})[:?'\"]"
)
PUMA_LINES = 12
"""Lines above the error read for the command's bind (Puma's banner, eight lines or so, comes between)."""


def _puma_bind(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify_resolution(m.group("rest"))
    if kind is None:
        return None
    bind = seg.first_above(_PUMA_BIND_FLAG, PUMA_LINES)
    return hit(m, seg, kind, host=bind.group("host")) if bind is not None else None


# --- Phorge's Arcanist: libcurl's code and constant ----------------------------------------------------------------

_ARCANIST_CURL = rx(r"\[cURL/6\]\s\((?P<url>[a-z][a-z0-9+]{1,10}://[^\s)]{1,2048})\)\s<CURLE_COULDNT_RESOLVE_HOST>")


# --- Helidon, Undertow -------------------------------------------------------------------------------------------

_HELIDON_NO_ADDRESS = rx(
    r"\bIllegalArgumentException:\sFailed\sto\sget\saddress\sfor\shost\s(?P<host>{H})[ \t]*(?=\n|$)"
)
_UNRESOLVED_ADDRESS = rx(r"\bjava\.nio\.channels\.UnresolvedAddressException\b")
_UNDERTOW_BACKEND = re.compile(
    r"\bUT005031:\sProxy\srequest\sto\s\S{1,500}\scould\snot\sconnect\sto\sbackend\sserver\s"
    r"(?P<url>[a-z][a-z0-9+]{1,10}://[^\s]{1,2048})"
)
UNDERTOW_LINES = 2
"""Lines above the request's failure read for the proxy's own line naming the backend."""


def _undertow_unresolved(m: re.Match[str], seg: Segment) -> Hit | None:
    # the request's failure, UT005071, on the same line (older Undertow prints the exchange's headers in it; review)
    if seg.text.rfind("UT005071:", seg.text.rfind("\n", 0, m.start()) + 1, m.start()) == -1:
        return None
    backend = seg.first_above(_UNDERTOW_BACKEND, UNDERTOW_LINES)
    found = url_hit(backend, seg, NO_REASON) if backend is not None else None
    return hit(m, seg, NO_REASON, host=found.host) if found else None


# --- ACME clients' bare curl code 6 --------------------------------------------------------------------------------

_CURL_6 = "a script's `curl exited with code 6` under the URL it fetched"
_DEHYDRATED = rx(
    r"\bProblem\sconnecting\sto\sserver\s\((?:get|post|head)\sfor\s(?P<url>https?://[^\s;]{1,2048});\scurl\sreturned\swith\s6\)"
)
_ACME_SH_CODE_6 = rx(r"\blibcurl-errors\.html\sfor\serror\scode:\s6\b")
_ACME_SH_URL = re.compile(
    r"\b(?:Can(?:not|\snot)\sinit\sAPI,?\sfor:?|Using\sCA:)\s(?P<url>https?://[^\s]{1,2048}?)\.?(?:\s|$)", re.I
)
ACME_SH_LINES = 2
"""Lines after (its `Cannot init API for:` line) and before (its `Using CA:` line) read for the URL it fetched."""


def _acme_sh_code_6(m: re.Match[str], seg: Segment) -> Hit | None:
    for line in (*seg.lines_after(ACME_SH_LINES), *seg.lines_before(ACME_SH_LINES)):
        named = _ACME_SH_URL.search(line)
        if named is not None:
            found = url_hit(named, seg, unstated(_CURL_6))
            return hit(m, seg, found.kind, host=found.host) if found else None
    return None


# --- the Jenkins Kubernetes plugin ---------------------------------------------------------------------------------

_JENKINS_K8S_CLOUD = rx(
    r"\bFailed\sto\sconnect\sto\sKubernetes\sat\shttps?://(?:[^\s/@\"'<>]{1,256}@)?(?P<url_host>[^\s/:?#\"'<>]{1,253})"
    r"\S{0,2048}?:\s(?P<host>{H})[ \t]*(?=\n|$)"
)


def _arcanist_curl(m: re.Match[str], seg: Segment) -> Hit | None:
    return url_hit(m, seg, "nxdomain")


def _jenkins_k8s_cloud(m: re.Match[str], seg: Segment) -> Hit | None:
    if m.group("host").lower() != m.group("url_host").lower():
        return None  # another message after the URL, not the bare name of its UnknownHostException
    return hit(m, seg, NO_REASON)


RULES: tuple[Rule, ...] = (
    Rule("esphome-error-resolving-ip-of", ("is it connected to wifi?",), _ESPHOME_OF, _esphome_of),
    Rule("esphome-error-resolving-ip-reason", ("error resolving ip address: ",), _ESPHOME_REASON, _esphome_reason_line),
    Rule(
        "esphome-api-resolve-timeout",
        ("timeout while resolving ip address for ",),
        _ESPHOME_API_TIMEOUT,
        lambda m, seg: hit(m, seg, "timeout", host=m.group("host") or m.group("bare"), exact=True),
    ),
    Rule("asio-host-not-found-connect-above", ("host not found (",), _ASIO_HOST_NOT_FOUND, _asio_host_not_found),
    Rule("mosquitto-lookup-error-connect-above", ("15/lookup error.",), _MOSQUITTO_EAI, _mosquitto_eai),
    Rule(
        "ethon-couldnt-resolve-host",
        ("return_code=couldnt_resolve_host",),
        _ETHON,
        lambda m, seg: hit(m, seg, "nxdomain", port=m.group("port")),
    ),
    Rule("arcanist-curl-couldnt-resolve-host", ("<curle_couldnt_resolve_host>",), _ARCANIST_CURL, _arcanist_curl),
    Rule(
        "helidon-failed-to-get-address",
        ("failed to get address for host ",),
        _HELIDON_NO_ADDRESS,
        lambda m, seg: hit(m, seg, NO_REASON),
    ),
    Rule(
        "undertow-proxy-unresolved-address", ("unresolvedaddressexception",), _UNRESOLVED_ADDRESS, _undertow_unresolved
    ),
    Rule(
        "dehydrated-curl-returned-6",
        ("curl returned with 6",),
        _DEHYDRATED,
        lambda m, seg: url_hit(m, seg, unstated(_CURL_6)),
    ),
    Rule("acme-sh-curl-error-code-6", ("for error code: 6",), _ACME_SH_CODE_6, _acme_sh_code_6),
    Rule("puma-bind-getaddrinfo", ("tcpserver#initialize",), _PUMA_BIND, _puma_bind),
    Rule(
        "jenkins-kubernetes-cloud-bare-name",
        ("failed to connect to kubernetes at ",),
        _JENKINS_K8S_CLOUD,
        _jenkins_k8s_cloud,
    ),
)
