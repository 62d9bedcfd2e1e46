r"""Database and broker clients' own texts for a failed look-up, read from their sources (issue #17, survey 7).

- the Redis replica: `Unable to connect to MASTER: <gai_strerror>` (replication.c), the master's name on its
  `Connecting to MASTER h:port` line above (no such line: no name);
- a RabbitMQ shovel: `Shovel 'x' [in vhost 'v'] failed to connect (URI: amqp://h:port): target hostname cannot be
  resolved (NXDOMAIN)` / `unknown host (failed to resolve hostname)`: the URI's host, not the shovel's or vhost's name;
- the MongoDB Java driver's `Failed looking up SRV record for 'h'.` / `Failed looking up TXT record for host h` (the
  JNDI cause below says how: `[response code N]`, a `SocketTimeoutException`; no cause: `other`), and its and the C#
  driver's SRV answers with no record: `No SRV records available for 'h'.`, `No hosts were found in the SRV record for
  h.` (read like hickory's `no record found`: `nxdomain`);
- StackExchange.Redis's `Using DNS to resolve 'h'...` with the bare socket error on the next line;
- the DataStax Python driver's `NoHostAvailable` dict: every `'h:port': gaierror(N, '<text>')` entry;
- JNDI's DNS provider's `DNS server failure [response code 2]; remaining name 'h'` and its kin (Eureka, grpc-java);
- ZooKeeper's `Cannot open channel to N at election address h/<unresolved>:3888`;
- Kafka's canonical-bootstrap warning and IP-quota check, Dubbo's unresolved server, RocketMQ's domain error, Debezium's
  Oracle `Unknown host specified` with its `database.hostname` (each no reason: `other`, Oracle's `nxdomain`);
- gocql's `no IP's returned from DNS lookup for "h:port"` and the DataStax driver's `getaddrinfo returned empty list for
  h:port` (no reason: `other`).
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.kinds import classify_resolution, from_rcode_number
from checks.parsing.model import FailureKind
from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Hit, Rule, by_rest, first_of, fixed, hit, rx, url_hit

_REDIS_REPLICA = rx(r"\bUnable\sto\sconnect\sto\sMASTER:\s(?P<rest>[^\n]{1,100})")
_CONNECTING_TO_MASTER = rx(r"\bConnecting\sto\sMASTER\s(?P<host>{H}):(?P<port>\d{1,5})")
MASTER_LINES = 12
"""Lines above the replica's error read for its `Connecting to MASTER` line."""


def _redis_replica(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify_resolution(m.group("rest"))
    if kind is None:
        return None
    master = seg.first_above(_CONNECTING_TO_MASTER, MASTER_LINES)
    return hit(m, seg, kind, host=master.group("host"), port=master.group("port")) if master else None


_SHOVEL = rx(
    r"\bShovel\s'[^'\n]{1,200}'(?:\sin\svhost\s'[^'\n]{0,200}')?\sfailed\sto\sconnect\s\(URI:\s"
    r"(?P<url>[a-z][a-z0-9+]{1,10}://[^\s)]{1,2048})\):\s(?P<rest>[^\n]{1,120})"
)


def _shovel(m: re.Match[str], seg: Segment) -> Hit | None:
    # the resolver's words only: `connection to target host timed out (ETIMEDOUT)` is the connect's (source-mined)
    kind = classify_resolution(m.group("rest"))
    return url_hit(m, seg, kind) if kind else None


_MONGO_LOOKING_UP = rx(
    r"\bFailed\slooking\sup\s(?:SRV\srecord\sfor\s'(?P<host>{H})'|TXT\srecord\sfor\shost\s(?P<host2>{H}))"
)
_JNDI_CAUSE = rx(
    # held-out GR (spent): or Quarkus' own DNS client's cause, Mutiny's `TimeoutException`
    r"\[response\scode\s(?P<code>\d{1,2})\]|\b(?P<timeout>(?:Socket)?TimeoutException)\b|\bDNS\sname\snot\sfound\b"
)
MONGO_CAUSE_LINES = 12
"""Lines under the driver's message read for the JNDI cause (a stack trace's frames between)."""


def _mongo_looking_up(m: re.Match[str], seg: Segment) -> Hit | None:
    kind: FailureKind = "other"
    for line in [seg.text[m.end() :], *seg.lines_after(MONGO_CAUSE_LINES)]:
        cause = _JNDI_CAUSE.search(line)
        if cause:
            if cause.group("timeout"):
                kind = "timeout"
            elif cause.group("code"):
                kind = from_rcode_number(cause.group("code")) or "other"
            else:
                kind = "nxdomain"
            break
    which = "host" if m.group("host") else "host2"
    start = seg.start + m.start(which)
    return Hit(m.group(which), kind, start, start + len(m.group(which)), exact=True)


_NO_SRV_RECORDS = rx(
    r"\bNo\sSRV\srecords\savailable\sfor\s'(?P<host>{H})'|\bNo\shosts\swere\sfound\sin\sthe\sSRV\srecord\sfor\s"
    r"(?P<host2>{H})"
)


_SE_REDIS_DNS = rx(r"\bUsing\sDNS\sto\sresolve\s'(?P<host>{H})'\.\.\.[ \t]*$")


def _se_redis_dns(m: re.Match[str], seg: Segment) -> Hit | None:
    below = seg.lines_after(1)
    kind = classify_resolution(below[0]) if below else None
    if kind is None and below and "resource temporarily unavailable" in below[0].lower():
        kind = "temporary"  # .NET's EAI_AGAIN text on Linux
    return hit(m, seg, kind, exact=True) if kind else None


_DATASTAX_ENTRY = rx(
    # the port is the driver's (`'h:9042'`); a contact point given without one is keyed by the bare name
    r"'(?P<host>{H})(?::(?P<port>\d{1,5}))?':\s(?:socket\.)?gaierror\(-?\d{1,5},\s'(?P<rest>[^'\n]{1,100})'\)"
)

_EMPTY_ANSWER = rx(
    r"\bno\sIP's\sreturned\sfrom\sDNS\slookup\sfor\s\"(?P<host>{H})(?::(?P<port>\d{1,5}))?\""
    r"|\bgetaddrinfo\sreturned\sempty\slist\sfor\s(?P<host2>{H}):(?P<port2>\d{1,5})"
)


# survey 7: ZooKeeper's quorum `Cannot open channel to 2 at election address h/<unresolved>:3888` (a connect to an
# address Java could not resolve, read like `Cannot connect to h/<unresolved>:port`)
_ZK_ELECTION = rx(
    r"\bCannot\sopen\schannel\sto\s\d{1,6}\sat\selection\saddress\s(?P<host>{H})/<unresolved>:(?P<port>\d{1,5})"
)


# survey 7: JNDI's DNS provider (Eureka's DnsResolver, grpc-java's grpclb, the MongoDB driver): `DNS server failure
# [response code 2]; remaining name 'h'`, `DNS service refused [response code 5]; ...`, `DNS error [Root exception is
# java.net.SocketTimeoutException: Receive timed out]; remaining name 'h'`
_JNDI_REMAINING = rx(
    r"\bDNS\s(?:server\sfailure|service\srefused|error|name\snot\sfound)\s\[(?:response\scode\s(?P<code>\d{1,2})"
    r"|Root\sexception\sis\s(?P<root>[\w.$]{1,120})[^\]\n]{0,200})\];\sremaining\sname\s'(?P<host>{H})'"
)


def _jndi_remaining(m: re.Match[str], seg: Segment) -> Hit | None:
    if m.group("code"):
        kind: FailureKind = from_rcode_number(m.group("code")) or "other"
    else:
        kind = "timeout" if "timeout" in m.group("root").lower() else "other"
    return hit(m, seg, kind, exact=True)


# survey 7: Kafka's bootstrap with client.dns.lookup=resolve_canonical_bootstrap_servers_only: `Couldn't resolve server
# s from bootstrap.servers as DNS resolution of the canonical hostname h failed for s` (the canonical name failed; no
# reason), and the older text whose typo (`[}`) moves it last; its IP-quota check `h is not a valid IP or resolvable
# host.` (an UnknownHostException caught); Dubbo's `failed to connect to server h/<unresolved>:port`; RocketMQ's `dns
# lookup address by domain error, domain=h:port`; Debezium's Oracle connector, whose `IO Error: Unknown host specified`
# names no host: its `database.hostname` value in the validation JSON or the config map logged on the line above
_KAFKA_CANONICAL = rx(
    r"\bas\sDNS\sresolution\sof\sthe\scanonical\shostname\s(?:(?P<host>{H})\sfailed\sfor\s|\[\}\sfailed\sfor\s"
    r"(?P<host2>{H}))"
)


_KAFKA_IP_ENTITY = rx(r"(?:^|[:\s])(?P<host>{H})\sis\snot\sa\svalid\sIP\sor\sresolvable\shost\.")
# (source-mined, session 53) Dubbo 3's connectivity client puts a colon after `server`
# (source-mined, round 6) Hadoop's DataNode `Problem connecting to server: h/<unresolved>:8020`, its IPC client's
# `Error connecting to server` too
_DUBBO_UNRESOLVED = rx(
    r"\b(?:failed\sto\sconnect\sto|problem\sconnecting\sto|error\sconnecting\sto)\sserver:?\s"
    r"(?P<host>{H})/<unresolved>:(?P<port>\d{1,5})"
)
_ROCKETMQ = rx(r"\bdns\slookup\saddress\sby\sdomain\serror,\sdomain=(?P<host>{H})(?::(?P<port>\d{1,5}))?")
_ORACLE_UNKNOWN_HOST = rx(r"\bIO\sError:\sUnknown\shost\sspecified")
_HOSTNAME_SETTING = rx(
    r"\"name\":\"database\.hostname\",\"value\":\"(?P<host>{H})\"|\bdatabase\.hostname=(?P<host2>{H})\b"
)
SETTINGS_READ = 1
ORACLE_LINES = 2
"""Lines above Oracle's host-less `Unknown host specified` read for the connector's logged configuration."""


def _oracle_unknown_host(m: re.Match[str], seg: Segment) -> Hit | None:
    for line in [seg.text[max(0, m.start() - 2000) : m.start()], *seg.lines_before(ORACLE_LINES)]:
        settings = list(_HOSTNAME_SETTING.finditer(line))[-SETTINGS_READ:]
        if settings:  # the last one before the error
            return hit(m, seg, "nxdomain", host=settings[-1].group("host") or settings[-1].group("host2"))
    return None


# held-out BF (spent): HBase's `UnknownHostException: can not resolve h,16000,1592488743309` (a ServerName: the host,
# its port and start code)
_HBASE_SERVER_NAME = rx(r"\bcan\snot\sresolve\s(?P<host>{H}),(?P<port>\d{1,5}),\d{10,13}\b")


RULES: tuple[Rule, ...] = (
    Rule("hbase-server-name", ("can not resolve ",), _HBASE_SERVER_NAME, fixed("nxdomain", exact=True)),
    Rule("kafka-canonical-bootstrap", ("of the canonical hostname",), _KAFKA_CANONICAL, first_of("other")),
    Rule("kafka-ip-entity", ("is not a valid ip or resolvable host",), _KAFKA_IP_ENTITY, fixed("other", exact=True)),
    Rule(
        "dubbo-unresolved",
        ("/<unresolved>:",),
        _DUBBO_UNRESOLVED,
        fixed(unstated("Java `Cannot connect to h/<unresolved>:port`"), exact=True),
    ),
    Rule("rocketmq-dns-lookup", ("dns lookup address by domain error",), _ROCKETMQ, fixed("other", exact=True)),
    Rule("oracle-unknown-host-specified", ("unknown host specified",), _ORACLE_UNKNOWN_HOST, _oracle_unknown_host),
    Rule("jndi-remaining-name", ("; remaining name '",), _JNDI_REMAINING, _jndi_remaining),
    Rule(
        "zookeeper-election-unresolved",
        ("at election address",),
        _ZK_ELECTION,
        fixed(unstated("Java `Cannot connect to h/<unresolved>:port`"), exact=True),
    ),
    Rule("redis-replica-master", ("unable to connect to master:",), _REDIS_REPLICA, _redis_replica),
    Rule("rabbitmq-shovel-uri", ("failed to connect (uri:",), _SHOVEL, _shovel),
    Rule("mongo-java-srv-txt", ("failed looking up ",), _MONGO_LOOKING_UP, _mongo_looking_up),
    Rule(
        "mongo-no-srv-records",
        ("no srv records available", "found in the srv record"),
        _NO_SRV_RECORDS,
        first_of("nxdomain", strip="."),
    ),
    Rule("stackexchange-redis-dns", ("using dns to resolve",), _SE_REDIS_DNS, _se_redis_dns),
    Rule("datastax-nohost-entry", ("gaierror(",), _DATASTAX_ENTRY, by_rest(None, resolution_only=True, exact=True)),
    Rule("empty-dns-answer", ("returned from dns lookup", "returned empty list for"), _EMPTY_ANSWER, first_of("other")),
)
