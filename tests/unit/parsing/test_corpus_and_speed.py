"""The paste parser's figures: precision, recall and kind accuracy on the real pasted messages in
`tests/fixtures/pastes/` (scored by `tests.unit.parsing.scoring`, as a held-out file would be), and 1 MB pastes
(ordinary logs, and one hostile line of near-matches) parsed in-process, timed against the 0.2 s goal (`speed.py`)."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest

from checks.parsing import parse_failures
from checks.parsing.generic import GENERIC_SEGMENTS
from checks.parsing.parser import FRUITLESS_SEGMENTS, NAMES_READ
from tests.unit.parsing.scoring import read_rows, score
from tests.unit.parsing.speed import GUARD, best_of, megabyte_of

PASTES = Path(__file__).resolve().parents[2] / "fixtures" / "pastes"
CORPUS = (
    PASTES / "corpus.jsonl",
    PASTES / "collected-2026-12.jsonl",
    PASTES / "collected-2026-12b.jsonl",
    PASTES / "collected-2026-12c.jsonl",
    PASTES / "collected-2026-12d.jsonl",
    PASTES / "collected-2026-12e.jsonl",
    PASTES / "collected-2026-12f.jsonl",
    PASTES / "collected-2026-12g.jsonl",  # issue #17: runtimes' resolver texts surveyed from their source
    # issue #17, 2026-12-05: eight themes' real pastes, read while writing rules before the next held-out measure
    *(PASTES / f"collected-2026-12{letter}.jsonl" for letter in "hijklmno"),
    # issue #17, 2026-12-05 (later): the themes of held-out ED-EK again, read before the next held-out measure
    *(PASTES / f"collected-2026-12{letter}.jsonl" for letter in "pqrstuvw"),
    # issue #17, 2026-12-05 (session 48): eight runtimes' pastes, read before the next held-out measure
    *(PASTES / f"collected-2026-12{s}.jsonl" for s in ("x", "y", "z", "za", "zb", "zc", "zd", "ze")),
)
"""Every labelled paste: the first corpus, the pastes collected in 2026-12 (see COLLECTED.md), those collected
for issue #17's formats (COLLECTED-12b.md), for the formats the second held-out set missed (COLLECTED-12c.md) and
while writing the generic rule (COLLECTED-12d.md), the rules for held-out D's misses (COLLECTED-12e.md) and the generic
rule's widening by the causes of its misses on all five spent sets (COLLECTED-12f.md), and the runtimes' resolver texts
surveyed from their source (COLLECTED-12g.md), and eight themes' pastes collected on 2026-12-05 to write rules from
before the next held-out set (COLLECTED-12h.md ... COLLECTED-12o.md), eight more on held-out ED-EK's themes
(COLLECTED-12p.md ... COLLECTED-12w.md), and eight runtimes' (COLLECTED-12x.md ... COLLECTED-12ze.md)."""


def test_corpus_of_real_messages_precision_recall_and_kind(capsys: pytest.CaptureFixture[str]) -> None:
    rows = read_rows(*CORPUS)
    assert len(rows) >= 919
    assert all(r["source"].strip() for r in rows)
    assert len({r["id"] for r in rows}) == len(rows)
    adapted = [r for r in rows if r.get("adapted")]
    assert len(adapted) <= 15
    result = score(rows)
    with capsys.disabled():  # the figures belong in CI's output
        print(f"\n[figure] parser corpus: {result.line()}, {len(adapted)} adapted")
        print("\n".join(result.misses))
    assert result.precision >= 0.98
    assert result.recall >= 0.98
    assert result.kind_accuracy >= 0.95


KNOWN_DISAGREEMENTS: dict[str, tuple[str, str]] = {
    # `UnknownHostException: jenkinshift: unknown error` is labelled nxdomain here; held-out C
    # (hc-waterfall-old-71-unknown-error) and E (he-eureka-777-http-unknown-error) label the same message `other`
    # (no "no such name" in it). Two held-out sets' convention wins; this row's label is kept as it was written.
    "gofabric8-100": ("jenkinshift", "other"),
    # CoreDNS's `plugin/errors: 2 h. A: plugin/k8s_gateway: could not sync required resources` is labelled servfail
    # (its RCODE); seven held-out rows with errors no kind names label such lines `other`, as LABELS.md now says
    "cze-001": ("nginx.dev-cluster.local", "other"),
}
"""Corpus rows whose label another set's convention contradicts: the parser follows the held-out sets' reading,
so these count as misses in the corpus figure (the label is not edited)."""


def test_known_label_disagreements_are_read_by_the_heldout_conventions() -> None:
    rows = {r["id"]: r for r in read_rows(*CORPUS)}
    for row_id, (host, kind) in KNOWN_DISAGREEMENTS.items():
        row = rows[row_id]
        assert [e["host"] for e in row["expected"]] == [host]
        assert all(e["kind"] != kind for e in row["expected"])  # the label still says otherwise
        assert [(f.host, f.kind) for f in parse_failures(row["text"])] == [(host, kind)]


def _one_megabyte_paste() -> tuple[str, set[tuple[str, str]]]:
    rng = random.Random(7)
    ordinary = [
        "2024-05-01T10:{:02d}:{:02d}.{:03d}Z INFO  http request GET /api/v1/items status=200 duration=12ms",
        "2024-05-01T10:{:02d}:{:02d}.{:03d}Z DEBUG cache hit key=user:42 ttl=300",
        "I0501 10:{:02d}:{:02d}.{:03d}  1 reflector.go:255] Listing and watching *v1.Pod from informers",
        "    at com.example.Service.handle(Service.java:{:d}) ~[app.jar:{:d}.{:d}]",
    ]
    near_misses = [
        "we need a lookup table for the config; the build timed out",
        "lookup " + "a" * 300 + " on the config",
        "dial tcp 10.96.0.1:443: i/o timeout",
        "*** Can't find kubernetes.default.svc.cluster.local: No answer",
        "java.net.UnknownHostException",
        "getaddrinfo ENOTFOUND",
        "[ERROR] plugin/errors: 2 " + "x" * 260 + " A: i/o timeout",
        "status: NOERROR, id: 1 " + "status: " * 50,
        "Failed to resolve dependencies " * 20,
        "lookup " * 400,
        "could not be resolved " + "(" * 300,
        "<https://" + "a" * 3000 + "|" + "b" * 400 + ">",
        "\\" * 500 + '\\"' * 200,
        "Resolving " + "a." * 150 + "... " * 80,
        "&amp;" * 400,
    ]
    failures = [
        (
            "dial tcp: lookup default-keystone on 10.96.0.10:53: read udp 10.40.1.2:1->10.96.0.10:53: i/o timeout",
            ("default-keystone", "timeout"),
        ),
        ("java.net.UnknownHostException: orders.shop: Name or service not known", ("orders.shop", "nxdomain")),
        ("** server can't find web.prod.svc.cluster.local: NXDOMAIN", ("web.prod.svc.cluster.local", "nxdomain")),
        ("Error: getaddrinfo EAI_AGAIN rabbitmq:5672", ("rabbitmq", "temporary")),
    ]
    lines: list[str] = []
    size = 0
    while size < 1_000_000:
        if len(lines) % 97 == 96:
            line = near_misses[len(lines) // 97 % len(near_misses)]
        else:
            line = rng.choice(ordinary).format(rng.randrange(60), rng.randrange(60), rng.randrange(1000))
        lines.append(line)
        size += len(line) + 1
    for i, (line, _) in enumerate(failures):
        lines.insert((i + 1) * len(lines) // (len(failures) + 1), line)
    lines.append("x" * 200_000 + " lookup " * 2000 + " no such host")  # one pathological long line
    return "\n".join(lines), {f for _, f in failures}


def test_a_one_megabyte_paste_parses_quickly(capsys: pytest.CaptureFixture[str]) -> None:
    paste, want = _one_megabyte_paste()
    assert len(paste) >= 1_000_000
    parse_failures(paste[:10_000])  # warm the regex cache
    failures = parse_failures(paste)
    elapsed = best_of(3, lambda: parse_failures(paste))
    with capsys.disabled():
        print(
            f"\n[figure] parser: {len(paste) / 1e6:.2f} MB parsed in {elapsed * 1000:.1f} ms, {len(failures)} failures"
        )
    assert {(f.host, f.kind) for f in failures} == want
    assert elapsed < GUARD


def test_a_megabyte_of_lines_full_of_common_trigger_words_parses_quickly() -> None:
    # `query` and `lookup ` stand in ordinary database and cache logs on every line
    lines = "".join(
        f"2024-01-01 12:00:{n % 60:02d} DEBUG query {n} executed: SELECT * FROM t{n} WHERE id={n} -- query plan ok "
        f"lookup {n}\n"
        for n in range(9_200)
    )
    assert len(lines) >= 1_000_000
    assert parse_failures(lines) == []
    assert best_of(3, lambda: parse_failures(lines)) < GUARD


def test_no_specific_rule_triggers_on_a_bare_common_word() -> None:
    # a rule on a word every log line may hold runs its regex on every such line (a review found three rules on
    # `query` and a third on `lookup `: 0.245 s on a megabyte of ordinary database logs); the generic rule's few
    # such words are budgeted (GENERIC_TRIGGER_LIMIT)
    from checks.parsing.rules import RULES

    common = {"query", "lookup", "lookup ", "error", "failed", "host", "resolve", "dns", "name", "server", "connect"}
    # Go's resolver error is `lookup h on s:53: …`: its word is the format itself (and a path-like name's variant)
    go_resolver = {("go", "lookup "), ("go-lookup-path", "lookup ")}
    on_common = {(r.name, t) for r in RULES for t in r.triggers if t.strip() in common}
    assert on_common == go_resolver


# One line of 1 MB repeating near-matches: the start of every rule's format with nothing valid after it.
NEAR_MATCHES = (
    "Could not connect to Redis at ",
    "getaddrinfo failed: ",
    "Failed host lookup: '",
    "C-ares status is not ARES_SUCCESS qtype=A name=",
    '"A IN a. udp 1 false 512" NXDOMAIN ',
    "*** Can't find ",
    "Query 1 => ",
    "Failed to lookup ",
    "plugin/loop: ",
    "resolver failed, ",
    "could not be resolved (",
    "Unknown MySQL server host '",
    "SocketException: No such host is known ",
    "failed to lookup address information: ",
    "rcode = NXDOMAIN ",
    "status: Non-Existent Domain ",
    "Error [network]: refused ",
    'host name: Just "',
    "Ping request could not find host ",
    "Could not resolve hostname ",
    "cares_failure:",
    "[error] 1#1: unexpected response for ",
    "Error connecting to Redis on a:1 (",
    "${",
    "$(",
    "x" * 250 + " ",
    "a-" * 100 + ":1 ",
    # issue #17's formats
    "Failed to resolve 'a:1': ",
    "{:to_address, {'a', 1}}, ",
    "{:error, :nxdomain} ",
    "querySrv ENOTFOUND ",
    "DefaultDnsQuestion(a. IN A) failure ",
    "fatal: unable to look up a (port 1) (",
    "rsync: getaddrinfo: a 1: ",
    " has no SRV record ",
    "hostname 'a' cannot be resolved ",
    "None of DNS query names exist: ",
    "failed to resolve host [",
    "timed out after [5s] resolving host [",
    # the generic rule's reasons (checks/parsing/generic.py), each with a host-looking token before it
    "a.b: Name or service not known ",
    "Could not resolve 'a.b' ",
    "(Bad hostname) ",
    "Host not found, try again ",
    "to a.b:1: failed to lookup address information: ",
    "Unable to execute HTTP request: ",
    "gaierror: [Errno -2] ",
    "Der Remotename konnte nicht aufgelöst werden: '",
    "Ping 请求找不到主机 ",
    "wget: 无法解析主机地址 “",
    "正在解析主机 a (a)... ",
    "不知道这样的主机。 (",
    "a: Name or service not known ",
    "ERROR: http://a: DNS lookup error ",
    "Couldn't resolve host name for http://a ",
    "Could not transfer artifact a from/to b (http://a): a ",
    # the formats held-out B missed (rules/more_formats.py)
    "Invoke-WebRequest: No such host is known. ",
    "Testing connection to computer 'a' failed: ",
    "Resolve-DnsName : a : ",
    "Couldn't resolve host name: http://a ",
    "Couldn't resolve host 'a",
    "curl error 6 while downloading http://a: ",
    "DNS lookup failure for: ",
    "dug: user error (ServerFailure) ",
    ";; ->>HEADER<<- opcode: QUERY, rcode: SERVFAIL, ",
    "Unable to resolve a to an IP address ",
    "Could not resolve host",
    "WARNING: Name resolution of a failed ",
    "QNAME: a; QTYPE: A; QCLASS: IN; RCODE: ServerFailure; ",
    "failed to resolve the request with QNAME: a; ",
    "failed to lookup a.: name exists but no relevant records ",
    "could not resolve address 'a' ",
    "a: resolve call failed: ",
    "UnknownHostException java.net.UnknownHostException: ",
    'failed to resolve reference "a": ',
    "This is usually a temporary error during hostname resolution ",
    "no such name (http://a",
    "UnknownHostError timed out (http://a ",
    'getaddrinfo for host "a" port 1: ',
    "Error looking up a port 1: ",
    # the formats held-out D missed
    "ping: unknown host ping a ",
    "from bootstrap.servers as DNS resolution failed for ",
    "getaddrinfo(host='a', err=4): ",
    "The server name or address could not be resolved http://a ",
    "lookup a/b/c: ",
    "Unable to determine IP address from host name a The DNS server returned: ",
    "a is just an example ",
    # the formats held-out F missed and the generic rule's widening after it
    "DNS Name Resolution Failure: 'a",
    "lookup @a: getaddrinfow: ",
    "dns error: No connections available ",
    "curl: (6) Could not resolve host: a",
    "DNS resolution failed for ###-a ",
    "Unknown MySQL server host 'a' (-2) ",
    "lookup a: Try again ",
    # the formats held-out G missed and the generic rule's widening after it (generic_named.py)
    "tcp connect (a:1): non-existing domain ",
    "DNS lookup error for 'a'. ",
    "[ERROR] 0 a. A: EOF ",
    "connecting to \u00d7\u00d7.a ",
    "Error -3 connecting to a:1. ",
    "getaddrinfo EADDRNOTAVAIL a ",
    '{to_address,{"a",1}} ',
    "[Error: getaddrinfo ENOTFOUND] ",
    "getaddrinfo for a failed: Try again ",
    "a could not be resolved (3: ",
    "host/service a/1 not found: Host a not found: ",
    '"pid":1,"hostname":"a" no address for a ',
    # issue #17 (held-out I): the settings the host-less errors look for, the SQL statement guard
    "netutil: could not resolve host a:1 ",
    "getaddrinfo(host='a'): ",
    "host or service not provided, or not known DB_HOST=",
    "a: unknown error {:level=> ",
    "php_network_getaddresses: getaddrinfo failed: Name does not resolve (SQL: select a.b ",
    # issue #17 (held-out J): the settings' wider shapes, the phrase words
    "lookup failed: a: result=1 ",
    "dns:///a last resolver error: produced zero addresses ",
    "StaticHostProvider - Unable to resolve address: a/<unresolved>:1 ",
    'could not translate host name "@a" to address: ',
    "Exception inside application: [Errno -2] ",
    "Failed to resolve publish address ",
    'WP_REDIS_HOST: "a" getaddrinfo failed: Name or service not known ',
    "connection to ('a', 1) [Errno -2] ",
    "2 1.2. HINFO: read udp 1.1.1.1:1->2.2.2.2:53: i/o timeout ",
    "lookup a: device or resource busy ",
    # issue #17 (held-out K): the settings in prose and print_r dumps, the logger field guard
    "Could not reach host a ",
    "debug: request has exceeded the maximum number of sends ",
    "$/io.buoyant.rinet/1/a: name resolution is negative ",
    "ConnectionPool(host='a', port=1): Max retries exceeded with url: / (Caused by NameResolutionError(\"<a>: ",
    "[Failed connecting to 'a:1': php_network_getaddresses: getaddrinfo failed: x] ",
    "ssh: Could not resolve hostname a: nodename ",
    "getaddrinfo ENOTFOUND 1 ",
    "wget: unable to resolve host address '=a' ",
    "ConnectionPool(host='false', port=1) ",
    "nc -z a 1 nc: getaddrinfo: Name or service not known ",
    "WebException: Resource temporarily unavailable GET https://a/ ",
    "DB_HOST is not a but b [host] => a SQLSTATE[HY000] [2002] php_network_getaddresses: getaddrinfo failed: x (SQL: ",
    "][a.b   ] failed to resolve a ",
    "curl -s -v https://a.b ssh -i k a@b psql -h a.b Name or service not known ",
    "failed to a with failed to resolve broker hostname socket.gaierror: [Errno -2] ",
    # issue #17 (held-out AC, AD): cluster daemons' forms (rules/cluster_daemons.py) and Kong's
    'epmd error for host "a": timeout (timed ',
    "unable to connect to epmd (port 1) on a: nxdomain ",
    "DNS lookup failure for: a:1a DNS lookup of 'a' failed ",
    'failed external DNS lookup of "a": ',
    "Failed to obtain the IP address for 'a'; the DNS service may not be able to resolve it: ",
    "dns server error; 2 [dns] dns lookup pool exceeded retries (1): timeout. Tried: (short)a:(na) ",
    "http://a:1: failed to parse domain: dns resolver domain: ${{A}} error: ",
    # issue #17 (held-out AH, AI): rules/service_messages.py and the general forms beside it
    "Search domain query failed. Original hostname: 'a' failed to resolve ",
    "Could not perform DNS a Can't resolve master instance hostname server name not found: a (",
    "Code: 210. a (a:1) network addresses of (a, 1) cannot be retrieved (gai error: -2 - ",
    "(short)a:(na) - a:1 - cache-miss/dns server error: 3 dns query returned no results ",
    "dial tcp: lookup a?b: no such host lookup a on ... ",
    # issue #17 (held-out AJ, AK)
    'DatagramDnsResponse(from: /1.2.3.4:53, Refused(5) DNSHostNotFound: "a" Failed to resolve server a: ',
    "error resolving DNS name a: no IPv4 or IPv6 addresses found for host: a unable to parse addrs in 'a' ",
    '"status": GETDNS_RESPSTATUS_NO_NAME 1 NXDomain q: A? a. lookup http://a: no such host ',
    # issue #17 (forms surveyed 2026-12-02)
    'NoRecordsFound { query: Query { name: Name("a (EAI 2)x: AH00898: DNS lookup failure for: a=" no such host `Err` ',
    "lookup 我的域名 on [::1]:53: lookup 表 on 1.2.3.4:5",
    # issue #17 (held-out ED-EK): rules/component_logs.py and the wrapped forms beside it
    '"message": "Name does not resolve", msg="Cannot forward proxied DNS lookup" dnsName=a. error="x ',
    'no record found for Query { Could not establish connection to "a": No endpoints resolved for: a ',
    "failed to get ip from fqdn:a since : Name or service not knownstname a DNS problem: NXDOMAIN looking up A for ",
    "ConnectionPool(host='a', port=1): ; (1 server found) Starting degeneration. shutdown host a(1) ",
    "[a] time limit exceeded: last error: could not determine authoritative nameservers [dns] dns server error: 2 ",
)


@pytest.mark.parametrize("piece", [*NEAR_MATCHES, "".join(NEAR_MATCHES)], ids=[*range(len(NEAR_MATCHES)), "all"])
def test_a_hostile_megabyte_line_of_near_matches_parses_quickly(piece: str, capsys: pytest.CaptureFixture[str]) -> None:
    line = megabyte_of(piece)
    parse_failures(line[:10_000])
    elapsed = best_of(3, lambda: parse_failures(line))
    if piece == "".join(NEAR_MATCHES):
        with capsys.disabled():
            print(f"\n[figure] parser: a 1 MB line of every near-match parsed in {elapsed * 1000:.1f} ms")
    assert elapsed < GUARD


@pytest.mark.parametrize("filler", ["x" * 2000, "a b " * 500, "look up " * 250])
def test_a_megabyte_of_host_less_dns_tool_errors_under_long_lines_parses_quickly(filler: str) -> None:
    """A review's hostile paste (held-out AH/AI's review): `nslookup`, a 2 KB line, dig's `no servers could be reached`,
    repeated: each failure reads the lines above it for its name (a command, a name typed at the prompt, an
    announcement), and a long line must not be searched word by word each time."""
    unit = f"nslookup\n{filler}\n;; connection timed out; no servers could be reached\n"
    paste = megabyte_of(unit)
    parse_failures(paste[:10_000])
    assert best_of(3, lambda: parse_failures(paste)) < GUARD


def test_a_line_read_past_its_budget_is_said_to_be_read_in_part_and_the_next_line_is_still_read() -> None:
    """LINE_BUDGET stops the rules on one hostile line; the answer says so (`partial`), and the failure on the line
    after it is still found."""
    piece = "".join(NEAR_MATCHES)
    line = megabyte_of(piece)
    read = parse_failures(line + "\ndial tcp: lookup db.internal on 10.96.0.10:53: no such host")
    assert read.partial
    assert ("db.internal", "nxdomain") in [(f.host, f.kind) for f in read]
    assert not parse_failures(piece + "\ndial tcp: lookup db.internal on 10.96.0.10:53: no such host").partial


def test_a_long_paste_still_finds_a_trigger_whose_characters_appear_only_at_its_end() -> None:
    """On a long paste, triggers with a character the paste has nowhere are not searched for (document.py): one
    that has its own characters (Cyrillic here) only in the last line must still be found."""
    filler = "INFO worker 7 processed batch in 12 ms\n" * 4000  # 160 KB with no Cyrillic letter
    paste = filler + "Invoke-WebRequest : Этот хост неизвестен (moonn.ru:443)"
    assert [(f.host, f.kind) for f in parse_failures(paste)] == [("moonn.ru", "nxdomain")]
    assert parse_failures(filler) == []


def test_the_readers_of_one_host_less_line_share_one_look_around() -> None:
    """The generic rule tries one source of a name after another for a host-less line (a URL above, a command, a
    setting); they read the same lines, so a paste of many such lines does not run out of look-arounds (1000 a
    paste, fewer than its readers would spend without sharing) before its last one, whose URL is on the line above.
    Past GENERIC_SEGMENTS such lines the generic rule stops, and the answer says the paste was read in part."""
    tail = "\nRequesting https://api.internal:8443/v1/items\nerror: Temporary failure in name resolution"
    noise = "\n".join(f"2024-01-01 w{i} Temporary failure in name resolution" for i in range(GENERIC_SEGMENTS - 10))
    read = parse_failures(noise + tail)
    assert ("api.internal", "temporary") in [(f.host, f.kind) for f in read] and not read.partial
    longer = "\n".join(f"2024-01-01 w{i} Temporary failure in name resolution" for i in range(2 * GENERIC_SEGMENTS))
    assert parse_failures(longer + tail).partial


def test_a_megabyte_of_aiohttp_brackets_without_a_port_parses_quickly_and_reads_no_ssl(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A review's hostile line (review 2, finding 7): aiohttp's lead without its `h:port`, ten times before each
    bracketed reason. It took 0.43 s and named `ssl` while every bracket sent the candidate search over its window."""
    line = ("Cannot connect to host a ssl:b " * 10 + "[try again] ") * 3000
    with_port = ("Cannot connect to host a:1 ssl:b " * 10 + "[try again] ") * 3000
    for text in (line, with_port):
        parse_failures(text[:10_000])
        assert parse_failures(text) == []
    elapsed = best_of(3, lambda: parse_failures(line))
    with capsys.disabled():
        print(f"\n[figure] parser: a 1 MB line of aiohttp brackets without a port parsed in {elapsed * 1000:.1f} ms")
    assert elapsed < GUARD
    assert best_of(3, lambda: parse_failures(with_port)) < GUARD


def _megabyte(line: Callable[[int], str]) -> str:
    lines, size = [], 0
    while size < 1_000_000:
        lines.append(line(len(lines)))
        size += len(lines[-1]) + 1
    return "\n".join(lines)


def test_a_megabyte_of_different_failing_names_is_read_for_its_first_ones_quickly(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """10 000 different names, one a line: each name costs its own checks, so the paste is read up to its
    NAMES_READ-th name (it took 0.9 s read whole), and the answer says it was read in part."""
    paste = _megabyte(
        lambda n: f"E1202 dial tcp: lookup svc-{n}.default.svc.cluster.local on 10.96.0.10:53: no such host"
    )
    failures = parse_failures(paste)
    assert [f.host for f in failures] == [f"svc-{n}.default.svc.cluster.local" for n in range(NAMES_READ)]
    assert failures.partial
    lines = paste.splitlines()
    again = [line.replace("svc-0.", "SVC-0.").replace(".local on", ".local. on") for line in lines[:5]]
    exactly = parse_failures("\n".join(lines[:NAMES_READ] + again))
    assert len(exactly) == NAMES_READ and not exactly.partial  # the cap's own names, met again (as printed), are read
    elapsed = best_of(3, lambda: parse_failures(paste))
    with capsys.disabled():
        print(f"\n[figure] parser: 1 MB of 10 000 different failing names parsed in {elapsed * 1000:.1f} ms")
    assert elapsed < GUARD


def test_a_log_repeating_one_failure_under_new_time_stamps_is_read_to_its_end_quickly(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A megabyte of klog lines repeating one failure, each with its own time stamp, then another failure: lines that
    differ only in the stamp that starts them are one line read REPEATS times, so the last failure is still reached
    (read whole, that megabyte took 0.52 s)."""
    repeated = _megabyte(
        lambda n: (
            f"I1202 07:{n // 6000 % 60:02d}:{n // 100 % 60:02d}.{n:06d}       1 client.go:88] "
            "dial tcp: lookup keystone.default.svc.cluster.local on 10.96.0.10:53: no such host"
        )
    )
    paste = repeated + "\n2026-12-02T07:59:59.000Z getaddrinfo EAI_AGAIN rabbitmq.queue"
    found = [(f.host, f.kind) for f in parse_failures(paste)]
    assert found == [("keystone.default.svc.cluster.local", "nxdomain"), ("rabbitmq.queue", "temporary")]
    assert not parse_failures(paste).partial
    elapsed = best_of(3, lambda: parse_failures(paste))
    with capsys.disabled():
        print(f"\n[figure] parser: 1 MB of one failure under new time stamps parsed in {elapsed * 1000:.1f} ms")
    assert elapsed < GUARD


def test_a_megabyte_of_host_less_resolver_errors_parses_quickly() -> None:
    """Every line a resolver's reason with no name and a request id of its own: no line repeats, each is read for a
    name on its neighbours; the rules' budgets (FRUITLESS_SEGMENTS, GENERIC_SEGMENTS) and the neighbours' cached reading
    keep it under the issue's 0.2 s (it took 0.53 s)."""
    paste = _megabyte(lambda n: f"Temporary failure in name resolution (req {n})")
    assert parse_failures(paste) == []
    assert best_of(3, lambda: parse_failures(paste)) < GUARD


def test_a_failure_after_hundreds_of_lines_that_name_none_is_still_read() -> None:
    """Review 5: a CoreDNS query log's search-path NXDOMAINs, a build's `=> ` steps and a retry loop put hundreds of
    lines with a trigger word and no new name before the failure; FRUITLESS_SEGMENTS is well above them."""
    queries = "".join(
        f'[INFO] 10.244.1.{i % 250}:4{i:04d} - 1{i:03d} "AAAA IN api.github.com.default.svc.cluster.local. udp 74 '
        f'false 512" NXDOMAIN qr,aa,rd 167 0.000{i:03d}s\n'
        for i in range(FRUITLESS_SEGMENTS // 2)
    )
    error = "[ERROR] plugin/errors: 2 redis.prod.internal. A: read udp 10.244.1.5:43210->10.96.0.10:53: i/o timeout"
    found = [(f.host, f.kind) for f in parse_failures(queries + error)]
    assert ("redis.prod.internal", "timeout") in found
    build = "".join(f"#{i} [internal] load => step {i}\n" for i in range(FRUITLESS_SEGMENTS // 2))
    go = "dial tcp: lookup registry.internal on 127.0.0.11:53: no such host"
    assert [(f.host, f.kind) for f in parse_failures(build + go)] == [("registry.internal", "nxdomain")]


def test_past_the_fruitless_bound_the_answer_says_it_was_read_in_part() -> None:
    retries = "".join(f"attempt {i}: getaddrinfo ENOTFOUND mongo.db\n" for i in range(FRUITLESS_SEGMENTS + 10))
    read = parse_failures(retries + "getaddrinfo EAI_AGAIN rabbit.mq")
    assert [(f.host, f.kind) for f in read] == [("mongo.db", "nxdomain")] and read.partial
    within = parse_failures(
        retries[: retries.index(f"attempt {FRUITLESS_SEGMENTS // 2}:")] + "getaddrinfo EAI_AGAIN q.mq"
    )
    assert ("q.mq", "temporary") in [(f.host, f.kind) for f in within] and not within.partial


def test_a_repeated_error_whose_name_is_on_the_line_above_is_new_when_that_line_names_another() -> None:
    """Review 5: lines the same but for their time stamp are one repeated line only with the lines around them."""
    pair = (
        "2024-05-01T10:00:{s:02d}Z INFO Requesting https://{h}:8443/v1/items\n"
        "2024-05-01T10:00:{s:02d}Z ERROR error: Temporary failure in name resolution\n"
    )
    paste = "".join(pair.format(s=i % 60, h="api.internal") for i in range(55)) + pair.format(s=1, h="billing.internal")
    found = [(f.host, f.kind) for f in parse_failures(paste)]
    assert found == [("api.internal", "temporary"), ("billing.internal", "temporary")]


def test_an_ipv6_address_opening_a_line_is_no_time_stamp() -> None:
    from checks.parsing.document import _LINE_STAMP

    assert _LINE_STAMP.match("10:20:30::5 dial tcp: lookup a.b: no such host") is None
    assert _LINE_STAMP.match("2024-05-01T10:00:01Z ERROR x") is not None
