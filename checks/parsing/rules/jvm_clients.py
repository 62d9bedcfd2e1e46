r"""JVM clients' resolver errors in the forms `languages.py`' `java` rule and `survey4.py`'s Netty rules do not read
(issue #17, held-out D, E, H, J, M, N, O, P, S, U, X; gathered here from the round modules).

- the Kafka Java client's `... from bootstrap.servers as DNS resolution failed for h` (even `null`: a missing setting
  the client looked up as a name, labelled as printed; held-out D);
- Maven/Tycho/Gradle's `Unknown host h` with no reason after it (Tycho's p2 `... : Unknown host update.obeo.fr ->
  [Help 1]`), read like `UnknownHostException: h`; only a dotted or quoted name, so `unknown host key` is none (E);
- Java on musl (Maven) `(URL): h: Try again` where h is the URL's host (H);
- ZooKeeper's `StaticHostProvider - Unable to resolve address: h/<unresolved>:2181` (no reason: `other`), even when a
  broker's `UnknownHostException` for another name follows (J);
- the AWS SDK's `Received an UnknownHostException when attempting to interact with a service. See cause for the exact
  endpoint ...` with the endpoint in the `Unable to execute HTTP request: h` the SDK prints with it (M);
- the MongoDB Java driver's `MongoSocketException: 10.10.4.37: unknown error` (its ServerAddress resolved with
  InetAddress.getByName: an address in the name's slot, N);
- Lettuce's `Unable to connect to h/<unresolved>:6379` (InetSocketAddress.toString of an unresolved name): NXDOMAIN (N);
- a Java client's `SomethingException: Unknown server: h` (the Jenkins IDE plugin's ConfigurationException for an
  UnknownHostException, no reason: `other`); only as an exception's message, never a bare `Unknown server:` line (a
  config tool's unknown server *entry* is no lookup; O);
- Kafka's Java client `Can't resolve address: h/<unresolved>:port`: no reason given, `other` (HELDOUT-p.md, like
  ZooKeeper's in HELDOUT-j.md);
- Netty's `DnsNameResolverTimeoutException: [id: /server:53] DefaultDnsQuestion(h. IN A) query 'id' via UDP` cut before
  `timed out after N milliseconds` (survey4 reads the whole line): a timeout for the name as asked, search-path
  expansion included (HELDOUT-s.md labels the expanded name);
- Java's unresolved socket address after a connect: `Cannot connect to h/<unresolved>:port` (R2DBC), `Failed to
  connect to h/<unresolved>:port` (`InetSocketAddress.toString()` of a name that did not resolve). Read as NXDOMAIN
  like Lettuce's `Unable to connect to` (the labels: HELDOUT-n.md and HELDOUT-u.md nxdomain, HELDOUT-v.md one Lettuce
  row `other`; the majority is followed, `no_reason.py` records it);
- ZooKeeper's `Unable to canonicalize address h:port because it's not resolvable` (no reason: `other`, U);
- Netty's `failed to resolve 'h' after N queries` folded by a YAML status (Strimzi's condition `message: 'failed to
  resolve ''h'' after` / `2 queries '`, `reason: UnknownHostException`): read as the unfolded line is (`languages`:
  an UnknownHostException's message, NXDOMAIN, unless Netty's cause below says how; X);
- the JDK's hosts-file name service's `Unable to resolve host h in hosts file PATH` (a name the file lacks: NXDOMAIN;
  held-out FK).
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.generic_words import WORDS
from checks.parsing.hosts import PLAIN_HOST
from checks.parsing.kinds import classify_resolution
from checks.parsing.model import FailureKind
from checks.parsing.netty_cause import netty_cause_below
from checks.parsing.no_reason import unstated
from checks.parsing.rules.base import Hit, Rule, fixed, hit, rx

_IPV4 = r"(?:\d{1,3}\.){3}\d{1,3}"

# --- Kafka Java client: "... from bootstrap.servers as DNS resolution failed for NAME" --------------------------

_KAFKA = rx(r"bootstrap\.servers\sas\sDNS\sresolution\sfailed\sfor\s(?P<host>{H})(?![\w.\-:/])")


# --- Maven / Tycho / Gradle: "Unknown host NAME" at the end of the message -----------------------------------------

_UNKNOWN_HOST_END = rx(
    r"(?<![\w.])Unknown\shost\s{1,3}(?:{Q}(?P<quoted>{H}){Q}|(?P<host>" + PLAIN_HOST + r"))"
    r"(?=\s{0,3}(?:$|->|\[|\(|,|;))"
)


def _unknown_host_end(m: re.Match[str], seg: Segment) -> Hit | None:
    name = m.group("quoted") or m.group("host")
    if m.group("quoted") is None and "." not in name.strip("."):
        return None  # `Unknown host key`: a dotted or quoted name only
    start = m.start("quoted") if m.group("quoted") else m.start("host")
    # no resolver's reason: a kind another line states for the name wins (held-out GT, spent: iputils' `ping: unknown
    # host h` above nslookup's `** server can't find h: SERVFAIL`)
    return Hit(name, "nxdomain", seg.start + start, seg.start + start + len(name), assumed=True)


# --- Java on musl (Maven): `(https://NAME/...): NAME: Try again` ---------------------------------------------------

_URL_THEN_TRY_AGAIN = rx(r"://(?P<url>{H})[^\s)]{0,300}\):\s(?P<host>{H}):\sTry\sagain\b")


def _url_then_try_again(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, "temporary") if m.group("url").lower() == m.group("host").lower() else None


# --- ZooKeeper: `Unable to resolve address: h/<unresolved>:port` ------------------------------------------------------

_ZOOKEEPER = rx(
    r"\bStaticHostProvider\s{0,3}[-|]\s{0,3}Unable\sto\sresolve\saddress:\s(?P<host>{H}?)(?:/<unresolved>)?:(?P<port>\d{1,5})"
)


# --- AWS SDK: `See cause for the exact endpoint` and the endpoint in `Unable to execute HTTP request: h` -----------

# more_runtimes' aws-sdk-java reads the endpoint at a line's end or before a glibc reason; a log that joins the
# messages with `|` (or quotes them: a Python dict's repr of the error, held-out DR) ends it with that delimiter, and
# then only the SDK's own sentence above says the name is one that failed to resolve.
_AWS_ENDPOINT = rx(r"\bUnable\sto\sexecute\sHTTP\srequest:\s(?P<host>{H})(?::(?P<port>\d{1,5}))?(?=[|\"']|[ \t]*$)")
# the UnknownHostException's message with its reason (`h: unknown error`, `h: Name or service not known`; held-out CA)
_AWS_ENDPOINT_REASON = rx(r"\bUnable\sto\sexecute\sHTTP\srequest:\s(?P<host>{H}):\s(?=(?P<rest>[^\n]{1,100}))")


def _aws_endpoint_reason(m: re.Match[str], seg: Segment) -> Hit | None:
    rest = m.group("rest")
    # LABELS.md: `UnknownHostException: h: unknown error` is `other`; so is glibc's EAI_SYSTEM text (held-out EI, spent:
    # `Unable to execute HTTP request: dynamodb.us-east-1.amazonaws.com: System error`)
    kind = classify_resolution(rest) or (
        "other" if rest.lower().startswith(("unknown error", "system error")) else None
    )
    return hit(m, seg, kind, exact=True) if kind else None


_AWS_SEE_CAUSE = rx(r"\bUnknownHostException\swhen\sattempting\sto\sinteract\swith\sa\sservice\b")
AWS_LINES = 6
"""Lines looked at above the endpoint for the SDK's UnknownHostException."""


def _aws_endpoint(m: re.Match[str], seg: Segment) -> Hit | None:
    said = any(_AWS_SEE_CAUSE.search(line) for line in [seg.text[: m.start()], *seg.lines_before(AWS_LINES)])
    # held-out CF: the message alone, a dotted name (with its port) and nothing after it, is the UnknownHostException's
    # (LABELS.md: `Unable to execute HTTP request: h` is nxdomain); other I/O errors' messages are sentences
    # held-out DG (spent): an undotted name in lower case (`Unable to execute HTTP request: airbyte-minio`, a Compose
    # service) likewise; the SDK's other messages are sentences or capitalised words (`Read timed out`, `Timeout ...`)
    name = m.group("host").strip(".")
    lone = name.islower() and "_" not in name and (len(name) > 3 or "-" in name) and name not in WORDS
    alone = ("." in name or lone) and not seg.text.startswith("|", m.end())
    return hit(m, seg, "nxdomain", port=m.group("port")) if said or alone else None


# --- an `ip:port` string handed to the resolver as a name -----------------------------------------------------------

_MONGO_JAVA_IP = rx(r"\bMongoSocketException:\s(?P<host>" + _IPV4 + r"):\s(?=(?P<rest>[^\n]{1,100}))")


def _mongo_java_ip(m: re.Match[str], seg: Segment) -> Hit | None:
    rest = m.group("rest")
    kind = classify_resolution(rest) or ("other" if rest.lower().startswith("unknown error") else None)
    return hit(m, seg, kind, exact=True, ip_ok=True) if kind else None


# --- the DataStax Java driver's contact point -------------------------------------------------------------------
# Cluster.Builder.addContactPoint wraps the UnknownHostException's message in an IllegalArgumentException
# (`IllegalArgumentException: cassandra: unknown error` over `at com.datastax.driver.core.Cluster$Builder
# .addContactPoint`; held-out BV): read like `UnknownHostException: h: <reason>`, only with that frame below

_CONTACT_POINT = rx(r"\bIllegalArgumentException:\s(?P<host>{H}):\s(?=(?P<rest>[^\n]{1,100}))")
CONTACT_FRAME_LINES = 5
"""Lines under the exception read for the driver's `addContactPoint` frame."""


def _contact_point(m: re.Match[str], seg: Segment) -> Hit | None:
    if not any("addcontactpoint" in line.lower() for line in seg.lines_after(CONTACT_FRAME_LINES)):
        return None
    rest = m.group("rest")
    kind = classify_resolution(rest) or ("other" if rest.lower().startswith("unknown error") else None)
    return hit(m, seg, kind, exact=True) if kind else None


# --- formats of their own -------------------------------------------------------------------------------------------

_LETTUCE_UNRESOLVED = rx(r"\bUnable\sto\sconnect\sto\s(?P<host>{H})/<unresolved>:(?P<port>\d{1,5})")


# --- `XyzException: Unknown server: h` ------------------------------------------------------------------------------

_UNKNOWN_SERVER = rx(r"[A-Za-z]Exception:\sUnknown\sserver:\s(?P<host>{H})(?=[ \t]{0,3}(?:\n|$))")


# --- Kafka: `Can't resolve address: h/<unresolved>:9092` ------------------------------------------------------------

_KAFKA_UNRESOLVED = rx(r"Can't\sresolve\saddress:\s(?P<host>{H})/<unresolved>:(?P<port>\d{1,5})")


def _kafka_unresolved(m: re.Match[str], seg: Segment) -> Hit | None:
    return hit(m, seg, unstated("Kafka `Can't resolve address: h/<unresolved>:port`"), port=m.group("port"))


# --- Netty: the timeout's question cut before `timed out` ------------------------------------------------------------

_NETTY_CUT = rx(
    r"\bDnsNameResolverTimeoutException:\s{0,3}\[[^\]\n]{1,80}\]\s{0,3}"
    r"DefaultDnsQuestion\((?P<host>{H}?)\.?\s{1,3}IN\s{1,3}[A-Z]{1,10}\)\squery(?:\s'\d{1,10}')?"
    r"(?:\svia\s(?:UDP|TCP))?[ \t]{0,3}$"
)


# --- Java: `Cannot connect to h/<unresolved>:port` ------------------------------------------------------------------

_JAVA_CONNECT_UNRESOLVED = rx(
    r"\b(?:Cannot|Failed\sto)\sconnect\sto\s(?P<host>{H})/<unresolved>:(?P<port>\d{1,5})(?![\w.])"
)


# --- ZooKeeper: `Unable to canonicalize address h:port because it's not resolvable` ---------------------------------

_ZK_CANONICALIZE = rx(
    r"\bUnable\sto\scanonicalize\saddress\s(?P<host>{H}):(?P<port>\d{1,5})\sbecause\sit'?s\snot\sresolvable"
)


# --- Netty's message folded by YAML: `failed to resolve ''h'' after` / `2 queries '` ---------------------------------

_FOLDED_NETTY = rx(r"failed\sto\sresolve\s{Q}{1,2}(?P<host>{H}){Q}{1,2}\s{1,3}after\s*{Q}?\s*$")
_QUERIES_NEXT = re.compile(r"^\s{0,40}\d{1,4}\squeries\b", re.I)


def _folded_netty(m: re.Match[str], seg: Segment) -> Hit | None:
    below = seg.lines_after(1)
    if not below or not _QUERIES_NEXT.match(below[0]):
        return None
    cause = netty_cause_below(seg)
    return hit(m, seg, cause[0], server=cause[1]) if cause else hit(m, seg, "nxdomain")


# --- Clojure: an exception printed as data (`Throwable->map`, http-kit's and clj-http's logs) ------------------------

# `{:type java.net.UnknownHostException` then `:message h: unknown error` on the next line (held-out BO, spent)
_CLOJURE_MESSAGE = rx(r"^[\s\[{]{0,16}:message\s{1,3}(?P<host>{H})(?=(?P<rest>[^\n]{0,120}))")
_CLOJURE_TYPE = re.compile(r":type\s{1,3}java\.net\.UnknownHostException\b")
_UNKNOWN_ERROR = re.compile(r":\s{0,2}unknown\serror\b", re.I)


def _clojure_message(m: re.Match[str], seg: Segment) -> Hit | None:
    if seg.first_above(_CLOJURE_TYPE, 2) is None and _CLOJURE_TYPE.search(seg.text, 0, m.start()) is None:
        return None
    rest = m.group("rest")
    # LABELS.md: `UnknownHostException: h: unknown error` is `other`; a bare one `nxdomain`
    bare = unstated("Java bare `UnknownHostException: h`")
    kind: FailureKind = "other" if _UNKNOWN_ERROR.match(rest) else (classify_resolution(rest) or bare)
    return hit(m, seg, kind, exact=True)


# --- the JDK's hosts-file name service (`-Djdk.net.hosts.file`): "Unable to resolve host h in hosts file PATH" ----
# (held-out FK, spent): the UnknownHostException of a name the file lacks, as the system resolver's NXDOMAIN

_HOSTS_FILE = rx(r"\bUnable\sto\sresolve\shost\s(?P<host>{H})\sin\shosts\sfile\b")

RULES: tuple[Rule, ...] = (
    Rule("jdk-hosts-file-name-service", ("in hosts file",), _HOSTS_FILE, fixed("nxdomain", exact=True)),
    Rule("datastax-contact-point", ("illegalargumentexception: ",), _CONTACT_POINT, _contact_point),
    Rule("clojure-exception-data", (":message ",), _CLOJURE_MESSAGE, _clojure_message),
    Rule("kafka-bootstrap-dns", ("bootstrap.servers as dns",), _KAFKA, fixed("other", exact=True)),
    Rule("unknown-host-at-end", ("unknown host ",), _UNKNOWN_HOST_END, _unknown_host_end),
    Rule("java-url-host-try-again", (": try again",), _URL_THEN_TRY_AGAIN, _url_then_try_again),
    Rule(
        "zookeeper-unable-to-resolve",
        ("unable to resolve address: ",),
        _ZOOKEEPER,
        fixed(unstated("ZooKeeper `Unable to resolve address: h/<unresolved>:port`"), exact=True),
    ),
    Rule("aws-sdk-endpoint", ("unable to execute http request:",), _AWS_ENDPOINT, _aws_endpoint),
    Rule("aws-sdk-endpoint-reason", ("unable to execute http request:",), _AWS_ENDPOINT_REASON, _aws_endpoint_reason),
    Rule("mongo-java-socket-ip", ("socketexception",), _MONGO_JAVA_IP, _mongo_java_ip),
    # no reason on its line: a `Caused by` that states one (Netty's DnsErrorCauseException SERVFAIL) wins
    Rule(
        "lettuce-unresolved",
        ("/<unresolved>:",),
        _LETTUCE_UNRESOLVED,
        fixed(unstated("Lettuce `Unable to connect to h/<unresolved>:port`"), exact=True, assumed=True),
    ),
    Rule(
        "exception-unknown-server",
        ("exception: unknown server: ",),
        _UNKNOWN_SERVER,
        fixed(unstated("Java `XyzException: Unknown server: h`")),
    ),
    Rule("kafka-unresolved-address", ("<unresolved>:",), _KAFKA_UNRESOLVED, _kafka_unresolved),
    Rule("netty-timeout-cut", ("dnsnameresolvertimeoutexception",), _NETTY_CUT, fixed("timeout", exact=True)),
    Rule(
        "java-connect-unresolved",
        ("/<unresolved>:",),
        _JAVA_CONNECT_UNRESOLVED,
        fixed(unstated("Java `Cannot connect to h/<unresolved>:port`"), exact=True, assumed=True),
    ),
    Rule(
        "zookeeper-canonicalize",
        ("unable to canonicalize address",),
        _ZK_CANONICALIZE,
        fixed(unstated("ZooKeeper `Unable to canonicalize address h:port because it's not resolvable`"), exact=True),
    ),
    Rule("netty-folded-after-queries", ("failed to resolve",), _FOLDED_NETTY, _folded_netty),
)
