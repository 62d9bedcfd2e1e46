"""The generic rule (`checks/parsing/generic.py`) and the formats the third held-out set missed (rules/more_tools.py
and the fixes to the existing rules): each example yields its failure and fields, the look-alikes yield nothing,
every new rule fires on some example, the generic rule reads only lines the specific rules left, and, alone (every
specific rule off), it still finds most failures of the spent sets with few false names: it generalises."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest

from checks.parsing import parse_failures
from checks.parsing.document import Document
from checks.parsing.parser import parse_with
from checks.parsing.rules import RULES
from tests.unit.parsing.examples_heldout_c import EXAMPLES_HELDOUT_C, LOOKALIKES_HELDOUT_C, NEW_RULES
from tests.unit.parsing.rounds import unfired
from tests.unit.parsing.scoring import generic_only, read_rows, score

PASTES = Path(__file__).resolve().parents[2] / "fixtures" / "pastes"


@pytest.mark.parametrize(
    ("source", "text", "want"),
    [(s, t, w) for _, s, t, w in EXAMPLES_HELDOUT_C],
    ids=[i for i, *_ in EXAMPLES_HELDOUT_C],
)
def test_each_format_yields_the_failure_and_its_fields(source: str, text: str, want: dict[str, Any]) -> None:
    assert source.startswith("https://github.com/")
    failures = parse_failures(text)
    assert failures, f"no failure found in {text!r}"
    got = asdict(failures[0])
    assert {k: got[k] for k in want} == want


@pytest.mark.parametrize("text", [t for _, t in LOOKALIKES_HELDOUT_C], ids=[s for s, _ in LOOKALIKES_HELDOUT_C])
def test_real_lookalikes_are_not_dns_failures(text: str) -> None:
    assert parse_failures(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a reason with no name at all; an IP; a path; a JSON key; a reverse lookup; Go dialing an IP (not port 53)
        "socket.gaierror: [Errno -2] Name or service not known",
        "connect to 10.0.0.12 failed: Name or service not known",
        "open /etc/app/config.yaml: no such host",
        '{"errno": "ENOTFOUND", "syscall": "getaddrinfo"}',
        "web01.corp.example: inverse host lookup failed: Unknown host",
        "dial tcp 10.96.0.1:443: i/o timeout",
        "Get https://api.example.org/v1: context deadline exceeded",
        "curl: (7) Failed to connect to db.shop.svc port 5432: Connection refused",
        # an upper-case rcode on a CoreDNS query line belongs to the CoreDNS rule (search-path expansions)
        '[INFO] 10.1.0.5:4242 - 1 "A IN api.svc.cluster.local.cluster.local. udp 52 false 512" NXDOMAIN qr,rd 52 0.1s',
        # build tools, IDEs and template engines "resolve" things that are not names
        "Could not resolve placeholder 'db.url' in value \"${db.url}\"",
        "npm ERR! ERESOLVE unable to resolve dependency tree",
        'Failed to resolve import "./app.config.js" from "src/main.ts"',
        "error: cannot resolve module 'lodash.merge'",
    ],
)
def test_lookalikes_that_tempt_the_generic_rule(text: str) -> None:
    assert parse_failures(text) == []


def test_every_new_rule_fires_on_one_of_the_examples() -> None:
    assert {r.name for r in RULES} >= set(NEW_RULES)
    assert unfired([r for r in RULES if r.name in NEW_RULES], (e[2] for e in EXAMPLES_HELDOUT_C)) == set()


def test_the_generic_rule_reads_only_lines_the_specific_rules_left() -> None:
    # Go's rule reads this line and reports `api`; the generic rule alone would take the quoted `docs.io` (nearest the
    # reason), and must not: a line a specific rule read is not read again.
    line = "dial tcp: lookup api on 10.96.0.10:53 (via 'docs.io') no such host"
    assert [(f.host, f.kind) for f in parse_failures(line)] == [("api", "nxdomain")]
    assert "docs.io" in {f.host for f in parse_with(line, specific=False)}


def test_the_generic_rule_takes_the_name_the_message_points_at() -> None:
    # the quoted token after "host", not the URL of the documentation link nor the program's name
    text = (
        "app: failed to resolve host 'orders.shop.svc' (see https://docs.example.org/dns): "
        "Temporary failure in name resolution"
    )
    assert [(f.host, f.kind) for f in parse_with(text, specific=False)] == [("orders.shop.svc", "temporary")]


# The generic rule alone (no specific rule) on the spent held-out sets, measured 2026-12-01 (branch h-rules3):
# A 0.955 / 0.612 / 0.984, B 0.978 / 0.736 / 1.000, C 0.971 / 0.787 / 0.980 (precision / recall / kind), and on the
# corpus 0.913 / 0.542 / 0.950. After held-out D's false names were traced to their causes and more resolver texts
# were read in any wrapper (branch h-rules4: a keyword inside the reason, a verb's non-host object, a dial to an IP, a
# JSON value under a key that names no host, class, status and program names, `:53` that is a time of day; Java's and
# Node's `UnknownHostException: h`/`ENOTFOUND h`, .NET's and WinHTTP's texts, apt's, Erlang's, busybox's, gRPC's, and
# a DNS server refusing on :53; every `h:port: <reason>` a line lists): A 0.988 / 0.786 / 1.000, B 0.990 / 0.843 /
# 0.990, C 0.973 / 0.850 / 0.982, D 1.000 / 0.853 / 1.000 (it was 0.894 / 0.589 / 0.987), corpus 0.940 / 0.636 / 0.959.
# After the general causes of its misses on all five spent sets (branch h-rules5: the name on the command above a
# host-less reason, dig's `status:` line and question section, Go's `lookup h: i/o timeout` with no server, a query
# log's SERVFAIL, nslookup's `server can't find h: <rcode>`, the name right after a reason ending on a quote, Erlang's
# `:nxdomain`, Dart's `Failed host lookup`, `unknown error` as other): A 0.989 / 0.835 / 1.000, B 1.000 / 0.893 / 1.000,
# C 0.982 / 0.882 / 0.991, D 1.000 / 0.915 / 1.000, E 0.939 / 0.907 / 1.000 (it was 0.914 / 0.814 / 0.990).
# After held-out F's generic misses by cause (a name right after `ENOTFOUND`/`DNS resolution failed
# for` even when a word or a placeholder, a word between `lookup`/`hostname` and its reason, a quoted name a reason
# ends on, a `(see URL)` documentation link, .NET's `Resource temporarily unavailable (h:port)`, MySQL's `Unknown ...
# server host 'h' (errno)`, musl's `: Try again` after a lookup; field labels, `:0x...`, abbreviated loggers and times
# are no names; generic_shapes.py): A 0.989 / 0.845 / 1.000, B 1.000 / 0.901 / 1.000, C 0.983 / 0.906 / 0.991, D 1.000
# / 0.930 / 1.000, E 0.973 / 0.932 / 1.000, F 0.990 / 0.802 / 0.990 (it was 0.915 / 0.711 / 0.989), corpus.jsonl
# 0.993 / 0.826 / 0.986 (it was 0.985 / 0.762 / 0.978). Then a name pointed at that ends like a file or a syslog
# priority (`cipi.sh`, `x.info`), two words a reason ends on, and glibc's and WinSock's localized texts as reasons:
# A 0.989 / 0.864 / 1.000, B 1.000 / 0.901 / 1.000, C 0.983 / 0.913 / 0.991, D 1.000 / 0.946 / 1.000, E 0.974 / 0.941
# / 1.000, F 0.990 / 0.818 / 0.990, corpus.jsonl 0.993 / 0.831 / 0.986. Then a route or a host down on the way to a
# DNS server's port (Go's `lookup h on s:53: read: no route to host`) and c-ares' codes after Node's `query*`: B 1.000 /
# 0.909 / 1.000, C 0.983 / 0.921 / 0.992, D 1.000 / 0.953 / 1.000.
# After held-out H's general causes (generic_lines.py: the name on the next line, a dialed URL further above, `(URL): h:
# Try again`, a URL wrapped at `-`, libuv's/JNDI's texts and localized reasons; a code inside a word refused): A 1.000
# / 0.913 / 1.000 (it was 0.883), F 0.991 / 0.876 / 0.991 (0.868), H 1.000 / 0.808 / 1.000 (0.926 / 0.733 / 1.000),
# corpus and collected files 0.961 / 0.773 / 0.970 (0.958 / 0.759 / 0.967).
# Kept as lower bounds: a change that makes it guess more names must show it here.
GENERIC_ALONE = {
    "heldout-2026-12.jsonl": (1.00, 0.92, 1.00),  # raised after L: a scheme as the host, curl's thread (h-rules12)
    "heldout-2026-12b.jsonl": (1.00, 0.92, 1.00),  # raised after L: curl's `getaddrinfo() thread failed` (h-rules12)
    "heldout-2026-12c.jsonl": (0.99, 0.96, 0.99),  # raised after L: `http:80`/`https:80` as the host (h-rules12)
    # 0.99 since held-out GX-HE: the name an nslookup command asked is read under any search domain, as LABELS.md
    # labels it; D's one such row, labelled before LABELS.md, names the expansion (`google.com.mshome.net`)
    "heldout-2026-12d.jsonl": (0.99, 0.95, 1.00),
    "heldout-2026-12e.jsonl": (0.98, 0.95, 1.00),  # raised after held-out G's general causes (h-rules7)
    "heldout-2026-12f.jsonl": (0.99, 0.87, 0.99),  # raised after held-out H's general causes (h-rules8)
    # after held-out G's general causes (h-rules7); 0.99 since LABELS.md read `Lookup timed out` after errno -3 as
    # `timeout` (after BM): G labels its one such row `temporary`
    "heldout-2026-12g.jsonl": (0.99, 0.90, 0.99),
    "heldout-2026-12h.jsonl": (1.00, 0.80, 1.00),  # after held-out H's general causes (h-rules8; 0.926 / 0.733 before)
    "heldout-2026-12i.jsonl": (0.96, 0.84, 0.99),  # after held-out I's general causes (h-rules9; 0.961 / 0.832 before)
    # issue #17 (h-rules12): measured after L's general causes and the generic widening (generic_scheme.py,
    # generic_reasons_l.py): J 0.974 / 0.941 / 0.991 (0.922 / 0.891 / 0.938 before HAProxy's `could not resolve
    # address` as other), K 0.968 / 0.814 / 0.989, L 0.978 / 0.840 / 1.000
    "heldout-2026-12j.jsonl": (0.97, 0.94, 0.99),
    # issue #17 (h-rules13, after M): K 0.979 / 0.823 / 0.989 (a quoted `'h:port'` wins over a quoted option), L 0.978 /
    # 0.849 / 1.000 (Ruby's `(getaddrinfo: Try again)`), M 0.989 / 0.905 / 1.000 (M's general causes, nginx's missing
    # resolver); G 1.000 / 0.908 / 1.000
    "heldout-2026-12k.jsonl": (0.97, 0.82, 0.98),
    "heldout-2026-12l.jsonl": (0.97, 0.84, 1.00),
    "heldout-2026-12m.jsonl": (0.98, 0.90, 1.00),
}


# issue #17 (held-out F): each general cause the generic rule now reads, and a look-alike it must not
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("WARN: getaddrinfo ENOTFOUND <redacted_url_1> | Max retries: 3", [("<redacted_url_1>", "nxdomain", True)]),
        ("Removing server x:9092 as DNS resolution failed for broker (o.a.k.c.ClientUtils)", [("broker", "other")]),
        (
            "Could not resolve host: login (see https://curl.haxx.se/libcurl/c/libcurl-errors.html)",
            [("login", "nxdomain")],
        ),
        (
            "HttpRequestException: Resource temporarily unavailable (image.tmdb.org:80)",
            [("image.tmdb.org", "temporary")],
        ),
        ("ERROR 2005 (HY000): Unknown MySQL server host 'db' (-2)", [("db", "nxdomain")]),
        ("ERROR 2005 (HY000): Unknown MySQL server host 'some-mysql' (0)", [("some-mysql", "other")]),
        ('could not translate host name "postgres" to address: Try again', [("postgres", "temporary")]),
        ("dial tcp: lookup ghcr.io: Try again", [("ghcr.io", "temporary")]),
        ("proxyconnect tcp: dial tcp: lookup http: Temporary failure in name resolution", [("http", "temporary")]),
        ("ssh: Could not resolve hostname sftp: Name or service not known", [("sftp", "nxdomain")]),
        (
            'Exception calling "Downloadfile" with "2" argument(s): "The remote name could not be resolved: '
            "'download.levono.com'\"",
            [("download.levono.com", "nxdomain")],
        ),
        ("Result: 'nodename nor servname provided, or not known (app-http:8000)'", [("app-http", "nxdomain")]),
        (
            "error sending request for url (https://static.crates.io/x): dns error: failed to lookup address "
            "information: Try again",
            [("static.crates.io", "temporary")],
        ),
        ("wget: unable to resolve host address \u2018cipi.sh\u2019", [("cipi.sh", "nxdomain")]),
        (
            "fatal: Could not resolve host: gitlab.demo-live.ace-innovation.info",
            [("gitlab.demo-live.ace-innovation.info",)],
        ),
        (
            "SocketException: Failed host lookup: 'local.app' (OS Error: No address associated with hostname, "
            "errno = 7)",
            [("local.app",)],
        ),
        (
            "Resolviendo github.com (github.com)... fall\u00f3: Nombre o servicio desconocido.",
            [("github.com", "nxdomain")],
        ),
        ("> Der angegebene Host ist unbekannt (plugins.gradle.org)", [("plugins.gradle.org", "nxdomain")]),
        (
            "dial tcp: lookup proxy.golang.org on 192.168.0.1:53: read udp 172.17.0.2:36832->192.168.0.1:53: read: no "
            "route to host",
            [("proxy.golang.org", "other")],
        ),
        (
            "lookup releases.hashicorp.com on 192.168.1.1:53: write udp 192.168.1.15:59064 >192.168.1.1:53: write: "
            "host is down.",
            [("releases.hashicorp.com", "other")],
        ),
        (
            "Error: querySrv ETIMEOUT _mongodb._tcp.cluster0.abcde.mongodb.net",
            [("_mongodb._tcp.cluster0.abcde.mongodb.net",)],
        ),
        # look-alikes: a route or a host down on the way to anything but a DNS server, a file system's ENODATA
        ("dial tcp 10.0.0.7:443: connect: no route to host (api.example.org)", []),
        ("ssh: connect to host git.corp.net port 22: Host is down", []),
        ("getxattr /data/a.b ENODATA", []),
        # look-alikes: a script and a syslog facility in prose, two words before a reason that does not point at them
        ("run deploy.sh: Name or service not known", []),
        ("kernel: user.info could not resolve", []),
        # look-alikes: prose after ENOTFOUND, a time as `h:port`, a non-lookup `Try again`, a socket's EAGAIN, a noun
        # after `lookup`, an object's address as `name:port`
        ("Unable to lookup address: Temporary failure in name resolution", []),
        ("#<Rsync::Result:0x00000000f02c10 @raw=: Name or service not known", []),
        ("I'm getting ENOTFOUND in one of the pods", []),
        ("2025-06-03T08:05:28-04:00 WARN: failed: getaddrinfo ENOTFOUND", []),
        ("login failed for user admin: Try again", []),
        ("read unix @->/var/run/docker.sock: read: resource temporarily unavailable", []),
    ],
)
def test_the_generic_rule_reads_held_out_fs_general_causes(text: str, want: list[tuple[str, ...]]) -> None:
    found = parse_with(text, specific=False)
    assert [(f.host, f.kind, f.redacted)[: len(w)] for f, w in zip(found, want, strict=False)] == want
    assert len(found) == len(want)


@pytest.mark.parametrize("name", sorted(GENERIC_ALONE))
def test_the_generic_rule_alone_generalises(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    result = score(read_rows(PASTES / name), generic_only)
    with capsys.disabled():
        print(f"\n[figure] generic rule alone on {name}: {result.line()}")
    precision, recall, kind = GENERIC_ALONE[name]
    assert result.precision >= precision
    assert result.recall >= recall
    assert result.kind_accuracy >= kind


def test_a_paste_is_searched_once_for_a_trigger_it_lacks_and_never_for_a_foreign_script_in_ascii() -> None:
    ascii_doc = Document("lookup a.b: no such host")
    assert ascii_doc.trigger_positions(["no such host", "\u672a\u77e5\u7684\u4e3b\u673a", "enotfound"]) == [
        (12, "no such host")
    ]
    assert ascii_doc.trigger_positions(["enotfound", "no such host"]) == [(12, "no such host")]  # absent: remembered
    cjk = Document("wget: \u672a\u77e5\u7684\u4e3b\u673a a.b")
    assert cjk.trigger_positions(["\u672a\u77e5\u7684\u4e3b\u673a"]) == [(6, "\u672a\u77e5\u7684\u4e3b\u673a")]


class _CountingStr(str):
    """A paste whose lower-cased text counts the searches made in it."""

    finds = 0

    def find(self, sub: str, *args: int) -> int:  # type: ignore[override]
        _CountingStr.finds += 1
        return str.find(self, sub, *args)


def test_a_trigger_holding_an_absent_shorter_one_is_not_searched() -> None:
    doc = Document("lookup a.b: no such host")
    doc.lower = _CountingStr(doc.lower)
    _CountingStr.finds = 0
    got = doc.trigger_positions(["could not resolve host", "could not resolve", "no such host", "resolve host x"])
    assert got == [(12, "no such host")]
    # searched: `could not resolve`, `no such host` (and for its next occurrence), `resolve host x` (it holds no
    # other trigger); not searched: `could not resolve host`, which holds the absent `could not resolve`
    assert _CountingStr.finds == 4
    assert {"could not resolve", "could not resolve host", "resolve host x"} <= doc._absent


def test_a_long_paste_lacking_a_triggers_whole_word_is_not_searched_for_it() -> None:
    filler = "lorem ipsum dolor sit amet " * 3000  # over the size where the paste's sets of characters and words pay
    doc = Document(filler + "xcould not resolvez host")
    doc.lower = _CountingStr(doc.lower)
    _CountingStr.finds = 0
    got = doc.trigger_positions(["no such host", "could not resolve"])
    # `could not resolve` is found even inside longer words at its ends (only its inner `not` must be whole);
    # `no such host` is never searched: the paste has no word `such`
    assert got == [(len(filler) + 1, "could not resolve")]
    # the paste's one look for a repeat of its start (document.py's `_searched`), then the trigger's first
    # occurrence and the search for a next one
    assert _CountingStr.finds == 3
    assert "no such host" in doc._absent
