r"""Failed look-ups in the words of network administration tools and gateways, as held-out ID-IK's misses showed them
(issue #17, session 58; spent data), each format checked against the tool's source where it is public.

- iptables (`xtables.c`): `host/network `h' not found` (its resolver found no address: `nxdomain`, assumed, as no
  reason is printed; not a mistyped address or a range, which it hands to the resolver too);
- wg(8) (`config.c`): `<gai_strerror>: `h:port'. Trying again in N seconds...` and, once it gives up, the same
  without the retry; the kind from the resolver's text before it;
- PowerShell remoting (WinRM): `Connecting to remote server h failed with the following error message : The WinRM
  client cannot process the request because the server name cannot be resolved.` (WinHTTP's text: `nxdomain`,
  assumed);
- a web gateway's "Unknown Host" page (relayed in a client's error): `Unable to locate the server named "h" --- the
  server does not have a DNS entry.`, the name sometimes inside `<em>`, the page's lines cut at a fixed width
  (`nxdomain`);
- gluetun's DNS-over-TLS forwarder: `dialing tls server for request IN A h.: dialing tcp S:853: ... i/o timeout`
  (the upstream for the name timed out: `timeout`; any other dial error: `other`);
- Hickory (trust-dns) DNS server's in-memory authority: `could not lookup SOA for authority: h.` (`other`; a reverse
  zone's name is no look-up of a host).
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.kinds import classify
from checks.parsing.rules.base import Hit, Rule, fixed, hit, rx

# not a mistyped address (`10.0.0.300`) nor a range (`10.0.0.1-10.0.0.9`), which iptables hands to the resolver too
_IPTABLES = rx(r"\bhost/network\s`(?![\d./\-]{1,90}')(?P<host>{H})'\snot\sfound\b")

_WG_RETRY = rx(
    r"(?P<reason>Name\sor\sservice\snot\sknown|Temporary\sfailure\sin\sname\sresolution|Try\sagain"
    r"|No\saddress\sassociated\swith\shostname|Servname\snot\ssupported\sfor\sai_socktype"
    r"|nodename\snor\sservname\sprovided,\sor\snot\sknown):\s`(?P<host>{H}):(?:(?P<port>\d{1,5})|[A-Za-z]{1,10})'"
    r"(?=\.\sTrying\sagain\sin\s|\s*$)"
)


def _wg_retry(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify(m.group("reason"))
    return hit(m, seg, kind, port=m.group("port"), exact=True) if kind is not None else None


_WINRM = rx(
    r"\bConnecting\sto\sremote\sserver\s(?P<host>{H})\sfailed\swith\sthe\sfollowing\serror\smessage\s?:\s"
    r"The\sWinRM\sclient\scannot\sprocess\sthe\srequest\sbecause\sthe\sserver\sname\scannot\sbe\sresolved"
)

_GATEWAY_UNKNOWN_HOST = rx(
    # the page's text cut at a fixed width: the line may end anywhere in `the server does not`
    r"\bUnable\sto\slocate\sthe\sserver\snamed\s\"(?:<em>)?(?P<host>{H})(?:</em>)?\"\s{1,3}-{2,3}\s{1,3}"
    r"the\sserver(?:\sdoes\snot\b|\sd(?:o(?:es?)?)?[ \t]*$|[ \t]*$)"
)

_GLUETUN_DOT = rx(
    r"\bdialing\stls\sserver\sfor\srequest\sIN\s[A-Z]{1,10}\s(?P<host>{H})\.:\sdialing\stcp\s[^\s]{1,64}:\s"
    r"(?P<rest>[^\n]{1,200})"
)


def _gluetun_dot(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, "timeout" if "i/o timeout" in m.group("rest") else "other", exact=True)


_HICKORY_SOA = rx(r"\bcould\snot\slookup\sSOA\sfor\sauthority:\s(?P<host>{H})\.?(?=\s|$)")


def _hickory_soa(m: re.Match[str], seg: Segment) -> Hit | None:
    name = m.group("host").rstrip(".").lower()
    return None if name.endswith((".in-addr.arpa", ".ip6.arpa")) else hit(m, seg, "other", exact=True)


RULES: tuple[Rule, ...] = (
    Rule("iptables-host-network", ("host/network `",), _IPTABLES, fixed("nxdomain", exact=True, assumed=True)),
    Rule(
        "wg-retry",
        ("not known: `", "name resolution: `", "try again: `", "with hostname: `", "ai_socktype: `"),
        _WG_RETRY,
        _wg_retry,
    ),
    Rule(
        "winrm-server-name",
        ("the server name cannot be resolved",),
        _WINRM,
        fixed("nxdomain", exact=True, assumed=True),  # WinHTTP's text, as more_formats' rule reads it
    ),
    Rule("gateway-unknown-host", ("unable to locate the server named",), _GATEWAY_UNKNOWN_HOST, fixed("nxdomain")),
    Rule("gluetun-dot-dial", ("dialing tls server for request",), _GLUETUN_DOT, _gluetun_dot),
    Rule("hickory-authority-soa", ("could not lookup soa for authority",), _HICKORY_SOA, _hickory_soa),
)
