r"""Cluster daemons' and their tools' own resolver messages (issue #17, held-out AC and AD).

- Erlang/OTP's distribution (rabbitmqctl, rabbitmq-server's start script, the RabbitMQ cluster operator): `epmd error
  for host h: timeout (timed out)` / `epmd error for host "h": nxdomain (non-existing domain)` (`erl_epmd` could not
  resolve the host to reach its epmd; `inet:format_error` after the atom), and rabbitmq-diagnostics' `unable to
  connect to epmd (port 4369) on h: timeout (timed out)` (the same lookup, HELDOUT-ac.md labels it a timeout): only
  the two DNS atoms with their explanation are read; `econnrefused (connection refused)`, `address (cannot connect
  to host/port)` and the rest are epmd itself unreachable: nothing;
- Apache httpd mod_proxy's `DNS lookup failure for: h` (AH00898, and its error page) where what follows `for: ` is no
  DNS name (`127.0.0.1:8080sogo`, a port glued to a path): the string as printed, `other` (a plain name is
  `rules/more_formats.py`'s);
- Salt's minion: `DNS lookup of 'h' failed.` and `DNS lookup or connection check of 'h' failed.` (no reason: `other`);
  its lines about its master, `Master hostname: 'h' not found`, `This master address: 'h' was previously resolvable
  but now fails to resolve!`, `Master address: 'h' could not be resolved. Invalid or unresolveable address.`
  (`nxdomain`, as LABELS.md reads `not found` and a bare `could not be resolved`; held-out KH-KO, spent);
- mesos-dns (`resolver.go`): `failed external DNS lookup of "h.": <error>`: the kind from the error, `other` where it
  states none the parser reads (`dial udp: missing port in address ...`, a misconfigured resolver);
- Mesos/Marathon (libprocess `net::getIP`): `Failed to obtain the IP address for 'h'; the DNS service may not be able
  to resolve it: <gai_strerror>`: the kind from glibc's text (the `it` before it is a pronoun: `more_runtimes.py`);
- APISIX's etcd client (lua-resty-etcd, `request_chunk()`): `http://h:2379: failed to parse domain: <error>` (the
  endpoint did not resolve): the kind from the OpenResty dns client's error where it states one, else `other`;
- APISIX's upstream resolution of a `${{VAR}}` its config loader left unsubstituted (`dns resolver domain:
  ${{UPSTREAM_ADDRESS}} error: ...`, `failed to parse domain: ${{VAR}}, error: ...`): the string was looked up as
  printed (no placeholder a user typed over a name), with the dns client's kind.
"""

from __future__ import annotations

import re
from dataclasses import replace

from checks.parsing.document import Segment
from checks.parsing.kinds import classify_resolution
from checks.parsing.model import FailureKind
from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Hit, Rule, by_rest, fixed, hit, rx
from checks.parsing.rules.more_formats import GLUED_AFTER_PORT
from checks.parsing.rules.survey6 import openresty_error_kind

# --- Erlang/OTP epmd ---------------------------------------------------------------------------------------------

_EPMD = rx(
    r"(?:\bepmd\serror\sfor\shost\s|\bunable\sto\sconnect\sto\sepmd\s\(port\s\d{1,5}\)\son\s)"
    r"(?P<q>\"?)(?P<host>{H})(?P=q):\s(?P<atom>timeout\s\(timed\sout\)|nxdomain\s\(non-existing\sdomain\))"
)
_EPMD_KINDS: dict[str, FailureKind] = {"timeout": "timeout", "nxdomain": "nxdomain"}


def _epmd(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, _EPMD_KINDS[m.group("atom").split(" ", 1)[0].lower()], exact=True)


# --- Apache mod_proxy: the string after `for: ` as printed ---------------------------------------------------------

_MOD_PROXY_PRINTED = rx(
    r"\bDNS\slookup\sfailure\sfor:\s{0,3}(?P<host>{H}" + GLUED_AFTER_PORT + r"[\w.\-]{0,100})(?![^\s<>\"'`,;])"
)


def _mod_proxy_printed(m: re.Match[str], seg: Segment) -> Hit | None:
    printed = m.group("host").rstrip(".")
    found = hit(m, seg, unstated("Apache mod_proxy `DNS lookup failure for: h`"), exact=True)
    return replace(found, host=printed, end=found.start + len(printed), printed=True)


# --- Salt ----------------------------------------------------------------------------------------------------------

_SALT = rx(r"\bDNS\slookup\s(?:or\sconnection\scheck\s)?of\s'(?P<host>{H})'\sfailed\b")
# (held-out KH-KO, spent) the minion's own lines about its master (salt/minion.py, salt/utils/network.py): `Master
# hostname: 'h' not found[ or not responsive]. Retrying in N seconds` (unquoted in 2014's; `hostanme`, a typo of
# 2014-2015's; no reason: `other`, LABELS.md), `This master address: 'h' was previously resolvable but now fails to
# resolve!` and `Master address: 'h' could not be resolved. Invalid or unresolveable address.` (the `master` setting
# as written, a reporter's words with spaces included): a bare `could not be resolved`, `nxdomain` (assumed: a
# reason stated for the name wins)
_SALT_MASTER = rx(
    # (review) with Salt's own tail, `. Retrying in`: not an inventory's `master hostname: h not found in group`
    r"\bMaster\shost(?:name|anme):\s(?:'(?P<quoted>{H})'|(?P<host>{H}))\snot\sfound(?:\sor\snot\sresponsive)?\."
    r"\sRetrying\sin\s\d"
    r"|\bThis\smaster\saddress:\s'(?P<previously>{H})'\swas\spreviously\sresolvable\sbut\snow\sfails\sto\sresolve\b"
    # the setting as written: a name (its port apart), or a reporter's words with spaces
    r"|\bMaster\saddress:\s'(?:(?P<setting>{H})(?::\d{1,5})?|(?P<words>[\w.\-]{1,60}(?:\s[\w.\-]{1,60}){1,5}))'"
    r"\scould\snot\sbe\sresolved\.\sInvalid\sor\sunresolveable\saddress\b"
)


def _salt_master(m: re.Match[str], seg: Segment) -> Hit | None:
    which = next(g for g in ("quoted", "host", "previously", "setting", "words") if m.group(g))
    name = m.group(which)
    start = seg.start + m.start(which)
    if which in ("quoted", "host"):
        return Hit(name, unstated(_SALT_NOT_FOUND), start, start + len(name), exact=True)
    # a setting with spaces is no name but the reporter's description of one (`'salt master hostname'`): as printed
    return Hit(name, "nxdomain", start, start + len(name), exact=True, printed=which == "words", assumed=True)


_SALT_NOT_FOUND = "Salt `Master hostname: 'h' not found`"

# --- mesos-dns -----------------------------------------------------------------------------------------------------

_MESOS_DNS = rx(r"\bfailed\sexternal\sDNS\slookup\sof\s\"(?P<host>{H})\":\s(?P<rest>[^\n]{1,160})")

# --- Mesos / Marathon (libprocess) ---------------------------------------------------------------------------------

_MESOS_GET_IP = rx(
    r"Failed\sto\sobtain\sthe\sIP\saddress\sfor\s'(?P<host>{H})';\sthe\sDNS\sservice\smay\snot\sbe\sable\sto"
    r"\sresolve\sit:\s(?P<rest>[^\n]{1,120})"
)


def _mesos_get_ip(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify_resolution(m.group("rest"))
    return hit(m, seg, kind or unstated("Mesos `Failed to obtain the IP address for 'h'`"), exact=True)


# --- APISIX's etcd endpoint ----------------------------------------------------------------------------------------

_APISIX_ETCD = rx(
    r"\bhttps?://(?P<host>{H}):(?P<port>\d{1,5}):\sfailed\sto\sparse\sdomain(?::\s(?P<rest>[^\n]{1,160}))?"
)


def _apisix_etcd(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = openresty_error_kind(m.group("rest") or "")
    return hit(m, seg, kind or unstated("APISIX etcd `http://h:port: failed to parse domain`"), port=m.group("port"))


# --- APISIX: an unsubstituted `${{VAR}}` looked up ----------------------------------------------------------------

_APISIX_ENV = rx(
    r"(?:dns\sresolver\sdomain:\s(?P<host>\$\{\{[A-Za-z_][A-Za-z0-9_]{0,60}\}\})\serror:"
    r"|failed\sto\sparse\sdomain(?::|\sfor)\s(?P<host2>\$\{\{[A-Za-z_][A-Za-z0-9_]{0,60}\}\}),\serror:)"
    r"\s{0,2}(?P<rest>[^\n]{1,160})"
)


def _apisix_env(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = openresty_error_kind(m.group("rest"))
    if kind is None:
        return None
    which = "host" if m.group("host") else "host2"
    start = seg.start + m.start(which)
    return Hit(m.group(which), kind, start, seg.start + m.end(which), exact=True, printed=True)


RULES: tuple[Rule, ...] = (
    Rule("erlang-epmd-host", ("epmd error for host ", "unable to connect to epmd (port"), _EPMD, _epmd),
    Rule("apache-mod-proxy-printed", ("dns lookup failure for",), _MOD_PROXY_PRINTED, _mod_proxy_printed),
    Rule(
        "salt-dns-lookup-of",
        ("dns lookup of '", "dns lookup or connection check of '"),
        _SALT,
        fixed(unstated("Salt `DNS lookup of 'h' failed.`"), exact=True),
    ),
    Rule(
        "salt-minion-master-not-found",
        ("master hostname: ", "master hostanme: ", "this master address: '", "master address: '"),
        _SALT_MASTER,
        _salt_master,
    ),
    Rule("mesos-dns-external", ("failed external dns lookup of",), _MESOS_DNS, by_rest("other", exact=True)),
    Rule("mesos-get-ip", ("failed to obtain the ip address for '",), _MESOS_GET_IP, _mesos_get_ip),
    Rule("apisix-etcd-parse-domain", ("failed to parse domain",), _APISIX_ETCD, _apisix_etcd),
    Rule("apisix-unsubstituted-env", ("dns resolver domain:", "failed to parse domain"), _APISIX_ENV, _apisix_env),
)
