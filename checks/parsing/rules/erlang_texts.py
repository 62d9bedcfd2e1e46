r"""Erlang and Elixir programs' own texts for a failed look-up (issue #17, held-out JR-JY's misses, spent, and the
tenth round of probes rendered from programs' own source; each rule named by the program and its format). The
reason is inet's atom (`nxdomain`, `timeout`, ...: kinds.ERLANG_ATOMS) or its words for it:

- ejabberd's outbound s2s connection, `Failed to establish outbound s2s connection A -> B: DNS lookup failed: R;
  bouncing for N seconds` (xmpp_stream_out's `format_error({dns, R})`; R is inet's words for the atom, `non-existing
  domain` for nxdomain): B, the remote domain; its older debug line, `srv lookup of 'h' failed: ATOM`;
- CouchDB's replicator, `could not resolve http://h:5984/db/` (its `{nxdomain, <<"could not resolve URL">>}`, the
  atom often printed beside it, the words alone too): the URL's host, whatever word it is (`http://any:5984/` names
  the host `any`);
- gun's connection going down, as RabbitMQ's etcd peer discovery prints it: `{"h",2379}: {down,{shutdown,ATOM}}` and
  `[h:2379] by <Gun Down> {down,{shutdown,ATOM}}` (a resolver's atom only: its `timeout` is the connection's);
- RabbitMQ's federation link, `... on amqp://h:5672/vhost. Reason: {error,unknown_host}` (amqp_client's word for
  inet's nxdomain);
- VerneMQ's HTTP hooks, `http request failure for post <<"URL">> due to ATOM` (hackney's `timeout` is the response's);
- libcluster's DNS strategies, `lookup against h failed: :ATOM` (the DNSSRV strategy's queried name before it, `~c"q."
  : lookup against SERVICE failed: ...`, is the name);
- a resolver call typed at a shell's prompt with its answer alone on the next line (`:inet_res.getbyname(~c"h", :a)`
  then `{:error, :nxdomain}`; Erlang's `inet:getaddr("h", inet).` then `{error,nxdomain}`);
- KafkaEx's broker connection, `Could not connect to broker "h":9092 because of error {:error, :ATOM}` (held-out
  JZ-KG, spent; a resolver's atom only: `econnrefused` and the connection's `timeout` are no look-up's).
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.kinds import ERLANG_ATOMS, classify_resolution
from checks.parsing.rules.base import Hit, LazyPattern, Rule, fixed, hit, rx

_ATOM = r"(?P<atom>nxdomain|nodata|timeout|servfail|refused|eai_again|einval)"
# (review) a connection's `timeout` (gen_tcp's, hackney's receive) is no resolver's: not read from gun or VerneMQ
_RESOLVER_ATOM = r"(?P<atom>nxdomain|nodata|servfail|eai_again)"
_S2S_DNS = rx(r"\boutbound\ss2s\sconnection\s{H}\s->\s(?P<host>{H}):\sDNS\slookup\sfailed:\s(?P<rest>[^;\n]{1,60})")
_SRV_LOOKUP = rx(r"\bsrv\slookup\sof\s'(?P<host>{H})'\sfailed:\s" + _ATOM + r"\b")
# lower-case as CouchDB writes it (Gradle's `Could not resolve https://...` is a dependency's, not a name's); the URL's
# path ends the string (a quote, `>>`, the line's end)
_COUCHDB_URL = LazyPattern(
    r"(?<![\w-])could not resolve https?://(?:[^\s/@\"'<>]{1,256}@)?(?P<host>[A-Za-z0-9_][A-Za-z0-9_.\-]{0,252})"
    r"(?::(?P<port>\d{1,5}))?/[^\s\"'<>]{0,300}(?=[\"'\u201d>]|[ \t]*$)",
    re.M,
)
_GUN_DOWN = rx(
    r"(?:\{\\?\"(?P<host>{H})\\?\",\s?(?P<port>\d{1,5})\}:?|\[(?P<host2>{H}):(?P<port2>\d{1,5})\]\sby\s<Gun\sDown>)"
    r"\s\{down,\{shutdown," + _RESOLVER_ATOM + r"\}\}"
)
_FEDERATION = rx(
    r"\bon\samqps?://(?:[^\s/@\"'<>]{1,256}@)?(?P<host>{H})(?::(?P<port>\d{1,5}))?(?:/\S{0,200}?)?\.?\s"
    r"Reason:\s\{error,unknown_host\}"
)
_VERNEMQ_HTTP = rx(
    r"\bhttp\srequest\sfailure\sfor\s[a-z]{3,7}\s<<\"[a-z][a-z0-9+]{1,10}://(?:[^\s/@\"'<>]{1,256}@)?(?P<host>{H})"
    r"[^\"\s]{0,300}\">>\sdue\sto\s" + _RESOLVER_ATOM + r"\b"
)
# (the DNSSRV strategy prints the name it queried first, `~c"h." : lookup against SERVICE failed: :nxdomain`)
_LIBCLUSTER = rx(
    r"(?:(?:~c)?[\"'](?P<query>{H})[\"']\s:\s)?\blookup\sagainst\s(?P<host>{H})\sfailed:\s:" + _ATOM + r"\b"
)
# typed at a shell's prompt (`iex(app@h)1> `, `1> `), its answer alone on the next line: not a program's source (review)
_SHELL_CALL = rx(
    r"(?:\biex\([^)\n]{0,80}\)\d{1,5}>|^\s{0,4}\d{1,5}>)\s{1,3}:?\binet(?:_res:(?:getbyname|lookup|resolve|nslookup)|_res\.(?:getbyname|lookup|resolve|nslookup)"
    r"|[.:](?:gethostbyname|getaddr|getaddrs))\((?:~c)?"
    r"[\"'](?P<host>{H})[\"']"
)
_KAFKA_EX_BROKER = rx(
    r"\bCould\snot\sconnect\sto\sbroker\s\"(?P<host>{H})\":(?P<port>\d{1,5})\sbecause\sof\serror\s"
    # (review) kafka_ex 1.0 prints the bare atom (`because of error :nxdomain`)
    r"(?:\{:error,\s?:" + _RESOLVER_ATOM + r"\}|:" + _RESOLVER_ATOM.replace("?P<atom>", "?P<bare>") + r"\b)"
)
_SHELL_ANSWER = re.compile(r"^\s{0,4}\{:?error,\s?:?(?P<atom>[a-z_]{4,12})\}\s*$")


def _atom(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, ERLANG_ATOMS[m.group("atom").lower()], port=m.groupdict().get("port"), exact=True)


def _s2s_dns(m: re.Match[str], seg: Segment) -> Hit | None:
    rest = m.group("rest").strip()
    if rest.startswith("non-existing domain"):
        return hit(m, seg, "nxdomain", exact=True)
    kind = ERLANG_ATOMS.get(rest) or classify_resolution(rest)
    return hit(m, seg, kind or "other", exact=True)


def _libcluster(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, ERLANG_ATOMS[m.group("atom").lower()], host=m["query"] or m["host"], exact=True)


def _gun_down(m: re.Match[str], seg: Segment) -> Hit | None:
    host, port = (m["host"], m["port"]) if m["host"] else (m["host2"], m["port2"])
    return hit(m, seg, ERLANG_ATOMS[m.group("atom").lower()], host=host, port=port, exact=True)


def _kafka_ex(m: re.Match[str], seg: Segment) -> Hit | None:
    atom = (m.group("atom") or m.group("bare")).lower()
    return hit(m, seg, ERLANG_ATOMS[atom], port=m.group("port"), exact=True)


def _shell_call(m: re.Match[str], seg: Segment) -> Hit | None:
    below = seg.lines_after(1)
    answer = _SHELL_ANSWER.match(below[0]) if below else None
    kind = ERLANG_ATOMS.get(answer.group("atom")) if answer else None
    return hit(m, seg, kind, exact=True) if kind else None


RULES: tuple[Rule, ...] = (
    Rule("ejabberd-s2s-dns-lookup-failed", ("dns lookup failed: ",), _S2S_DNS, _s2s_dns),
    Rule("ejabberd-srv-lookup-failed", ("srv lookup of '",), _SRV_LOOKUP, _atom),
    Rule("couchdb-could-not-resolve-url", ("could not resolve http",), _COUCHDB_URL, fixed("nxdomain", exact=True)),
    Rule("gun-down-shutdown", ("{down,{shutdown,",), _GUN_DOWN, _gun_down),
    Rule(
        "rabbitmq-federation-unknown-host",
        ("reason: {error,unknown_host}",),
        _FEDERATION,
        fixed("nxdomain", exact=True),
    ),
    Rule("vernemq-http-request-failure", ("http request failure for ",), _VERNEMQ_HTTP, _atom),
    Rule("libcluster-lookup-against", ("lookup against ",), _LIBCLUSTER, _libcluster),
    Rule("erlang-shell-resolver-call", ("inet_res", "inet:get", "inet.get"), _SHELL_CALL, _shell_call),
    Rule("kafka-ex-broker-connect-error", ('could not connect to broker "',), _KAFKA_EX_BROKER, _kafka_ex),
)
