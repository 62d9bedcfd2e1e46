"""The paste parser on its held-out sets (tests/fixtures/pastes/heldout-2026-12*.jsonl; HELDOUT*.md): each
collected on 2026-12-01 by a separate helper while a round of rules was written, kept out of the rule writer's
sight, labelled by hand before the parser ran on it, and measured ONCE after those rules (the "as held out"
figures below, the issue's measure). Each was then read to write the next round of rules, so it is SPENT: its
figure now is on data the rules were written from, not a held-out measure. This test keeps every set's figures
as lower bounds, to catch regressions; the newest set's held-out figure is what the README reports. Do not edit
these labels to make a set pass.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.unit.parsing.scoring import read_rows, score

PASTES = Path(__file__).resolve().parents[2] / "fixtures" / "pastes"

# The issue's thresholds for a held-out set.
ISSUE_PRECISION, ISSUE_RECALL, ISSUE_KIND = 0.97, 0.95, 0.95
CORPUS_FILES = ("corpus.jsonl", "collected-2026-12.jsonl", "collected-2026-12b.jsonl", "heldout-2026-12.jsonl")


@dataclass(frozen=True)
class HeldOut:
    file: str
    as_held_out: tuple[float, float, float]  # precision, recall, kind: measured once, before it was read
    now: tuple[float, float, float]  # lower bounds since (rounded down)
    rows: int  # at least
    negatives: int  # at least
    read_by_rules: tuple[str, ...] = ()  # files collected alongside it: rows sharing their threads are left out
    independent: int | None = None  # rows left

    def rows_measured(self) -> list[dict[str, object]]:
        rows = read_rows(PASTES / self.file)
        if not self.read_by_rules:
            return rows
        read = {
            json.loads(line)["source"] for f in self.read_by_rules for line in (PASTES / f).read_text().splitlines()
        }
        return [r for r in rows if r["source"] not in read]


# Reverse look-ups (PTR): LABELS.md, written before set AL from the sets' majority, counts none as a failure, and every
# set since has labelled them so; the parser has read them so in every rule since 2026-12-03 (after BF-BI). Sets G, I,
# J, N, Y and AA, labelled before LABELS.md, each have one row (I and Y: one entry beside others) naming a reverse
# name as failing; their recall bounds were lowered by that row (as B's was after AZ).
# Two kinds LABELS.md settled after BM, which the parser follows since: a bare `h cannot be resolved` is `nxdomain`
# (sets A and AK each label one such row `other`), and `[Errno -3] Lookup timed out` is `timeout` (sets G and N each
# label one such row `temporary`); those four sets' bounds were lowered by that row.
# LABELS.md labels the name an nslookup command asked where its output prints a search expansion; since held-out GX-HE
# the parser reads it so under any search domain (`google.com.mshome.net` under `nslookup google.com`): sets D and AD,
# labelled before LABELS.md, each have one such row naming the expansion, and their bounds were lowered by that row.
# The comments name the modules each round's rules went into then; `rules/heldout_d.py` … `heldout_x.py` were
# regrouped on 2026-12-02 into modules named by what they read (`rules/go_lookups.py`, `jvm_clients.py` …).
SETS = (
    # after the first rules (parser commit 6c72e1d); read for the issue #17 rules (branch h-rules)
    HeldOut("heldout-2026-12.jsonl", (0.881, 0.718, 0.881), (0.99, 0.99, 0.99), rows=130, negatives=30),
    # after the issue #17 rules; 17 rows share a thread with collected-2026-12b.jsonl; read for more_formats.py
    # (recall 0.99 since held-out AZ: hb-goaccess-1456's `nslookup <address>` SERVFAIL on the reverse name is labelled
    # a failure here; LABELS.md, written later from the sets' majority, says a reverse look-up is none, as AZ labels it)
    HeldOut(
        "heldout-2026-12b.jsonl",
        (0.948, 0.867, 0.968),
        (1.00, 0.99, 1.00),
        rows=150,
        negatives=40,
        read_by_rules=CORPUS_FILES,
        independent=141,
    ),
    # after the rules for B's misses; 2 rows share a thread with collected-2026-12c.jsonl; read for the generic rule
    # (`UnknownHostException: h: unknown error` is `other` here and in E, `nxdomain` in corpus.jsonl's gofabric8-100:
    # two held-out sets against one corpus row, read as `other` since h-rules5); Netty's `failed to resolve 'h'.
    # Exceeded max queries per resolve 16` is `other` here, `nxdomain` in AJ and CD (LABELS.md's UnknownHostException
    # clause), read so since CB-CE's rules: the bound lowered by that row
    HeldOut(
        "heldout-2026-12c.jsonl",
        (0.962, 0.816, 0.981),
        (0.99, 0.99, 0.99),
        rows=160,
        negatives=40,
        read_by_rules=(*CORPUS_FILES, "collected-2026-12c.jsonl", "heldout-2026-12b.jsonl"),
        independent=167,
    ),
    # after the generic rule; read for the precision work (one miss left: Sidekiq's `host`, its URL four lines below)
    HeldOut("heldout-2026-12d.jsonl", (0.951, 0.899, 1.000), (0.98, 0.98, 1.00), rows=150, negatives=35),
    # after the precision work; read for the recall work on the generic rule (h-rules5)
    HeldOut("heldout-2026-12e.jsonl", (0.973, 0.932, 0.991), (1.00, 1.00, 1.00), rows=150, negatives=35),
    # after the recall work; read for rules/heldout_f.py and the generic rule's widening
    HeldOut("heldout-2026-12f.jsonl", (0.973, 0.893, 0.991), (1.00, 1.00, 1.00), rows=150, negatives=35),
    # after F's rules, the generic rule's widening and the runtimes' source survey; one row shares its thread with
    # collected-2026-12g.jsonl (the survey's rows, collected at the same time); read for rules/heldout_g.py and the
    # generic rule's widening by G's general causes (generic_named.py, h-rules7)
    HeldOut(
        "heldout-2026-12g.jsonl",
        (0.965, 0.908, 0.991),
        (0.99, 0.98, 0.99),
        rows=150,
        negatives=34,
        read_by_rules=("collected-2026-12g.jsonl",),
        independent=150,
    ),
    # after G's rules and the generic rule's widening by G's causes; leans to rare runtimes (HELDOUT-h.md); read for
    # rules/heldout_h.py, the redacted flag's general signals and generic_lines.py (h-rules8)
    HeldOut("heldout-2026-12h.jsonl", (0.923, 0.800, 0.990), (1.00, 1.00, 1.00), rows=155, negatives=40),
    # after H's rules, generic_lines.py and the second survey; framed to what runs in and around clusters (HELDOUT-i.md)
    # now: after rules/heldout_i.py, no_reason.py and the typed masks (h-rules9): 0.992 / 0.992 / 1.000
    HeldOut("heldout-2026-12i.jsonl", (0.887, 0.857, 0.920), (0.99, 0.97, 1.00), rows=150, negatives=38),
    # after I's rules (no_reason.py, host_settings.py), the third survey (cluster products) and four false names'
    # fixes; the same frame as I (HELDOUT-j.md)
    # now: after rules/heldout_j.py, the settings' shapes, phrase words and masks (h-rules10): 1.000 / 1.000 / 1.000
    HeldOut("heldout-2026-12j.jsonl", (0.965, 0.933, 0.991), (1.00, 0.99, 1.00), rows=149, negatives=42),
    # after J's rules (host settings by shape, phrase words, typed masks); reaches further into self-hosted
    # applications, many hosts only in the reporter's words (HELDOUT-k.md)
    # now: after rules/heldout_k.py, settings in prose / print_r dumps, stand-ins, logger fields (h-rules11):
    # 1.000 / 0.991 / 1.000
    HeldOut("heldout-2026-12k.jsonl", (0.949, 0.832, 0.979), (1.00, 0.99, 1.00), rows=151, negatives=42),
    # after K's rules (client commands, logged requests, settings in prose); the same frame (HELDOUT-l.md)
    # now: after rules/heldout_l.py, x/y filler labels, `hostname` URLs, JSON values under other keys (h-rules12):
    # 0.990 / 0.981 / 1.000
    HeldOut("heldout-2026-12l.jsonl", (0.961, 0.925, 1.000), (0.99, 0.98, 1.00), rows=145, negatives=40),
    # after L's rules (filler masks, JSON values, the generic rule's http:80 / HAProxy / counted CoreDNS names); the
    # same frame (HELDOUT-m.md)
    # now: after rules/heldout_m.py, EC2 ip-xx masks, `.mydomain` stand-ins, dig given a URL, nslookup's retry notice
    # (h-rules13): 1.000 / 0.989 / 1.000 (Java getLocalHost's name masked two ways by hand: no rule fitted to it)
    HeldOut("heldout-2026-12m.jsonl", (0.923, 0.884, 1.000), (1.00, 0.98, 1.00), rows=131, negatives=39),
    # after M's rules (ACME, ReactPHP, Envoy, AWS SDK, EC2 masks), the fourth survey (client libraries and tools) and
    # the fifth (the DNS tools' outputs); the same frame (HELDOUT-n.md)
    # now: after rules/heldout_n.py, IP names in their formats' slots, announced lookups, CJK-bound names (h-rules14):
    # 1.000 / 0.980 / 1.000 (the misses left: .NET's `Dns.GetHostEntry` on an address told in prose; Rust's
    # `lookup_addr(...)` printed with dbg!, a user's own call rather than a library's message: no rule fitted to it)
    # (held-out AP round: Lettuce's `<unresolved>` is `other` by LABELS.md; N's one such row, labelled before LABELS.md,
    # says nxdomain: 0.989 / 0.970 / 0.989 since)
    # (after CM-CP: nslookup's `server can't find h: NXDOMAIN` under its own `Name: h` answer is the AAAA query, no
    # failure, as CM's two such rows say; N's one such row, labelled before LABELS.md, says a failure: recall 0.940)
    # (after HN-HU: mysqld's `IP address 'a.b.c.d' could not be resolved` is a reverse look-up, no failure, as LABELS.md
    # says of PTR look-ups and HN-HU's row; N's one such row, labelled before the clause, says a failure: 0.979 / 0.930
    # / 0.979)
    HeldOut("heldout-2026-12n.jsonl", (0.966, 0.850, 0.988), (0.97, 0.93, 0.97), rows=130, negatives=33),
    # after N's rules (IP literals in a format's slot, announced names, CJK bounds), the look-alike guards and one
    # curl command reader; the same frame (HELDOUT-o.md)
    # now: after rules/heldout_o.py, the URL before a host-less error, httpcore's trace, Netty's and `unknown error`
    # kinds, a lone REDACTED (h-rules15): 0.991 / 0.991 / 1.000 (the miss left: wget's `service-name-svc`, judged
    # masked by the collector; no general rule tells it from a real Service name)
    HeldOut("heldout-2026-12o.jsonl", (0.942, 0.874, 0.961), (0.99, 0.99, 1.00), rows=147, negatives=38),
    # after O's rules (Twisted's query objects, Node's c-ares codes, a URL before the error, Netty's kinds); the same
    # frame (HELDOUT-p.md)
    # now: after rules/heldout_p.py (names as printed in their slots, WinSock codes, Kafka's <unresolved>, the command
    # below, a reason wrapped mid-word) and the narrower name-of-a-name mask (h-rules16): 1.000 / 1.000 / 1.000
    # (after KH-KO: apk 2.x's `<url>: temporary error (try again later)` is `temporary`, LABELS.md; P's one row with it
    # labels only the wget line above: 0.989 / 1.000 / 1.000, its bound lowered by that row)
    HeldOut("heldout-2026-12p.jsonl", (0.945, 0.896, 0.978), (0.98, 1.00, 1.00), rows=135, negatives=41),
    # after P's rules (names as printed, a command below its output, reasons cut mid-word) and a review's fixes; the
    # same frame (HELDOUT-q.md); now: after h-rules20's urllib3 words wrapped mid-message (rules/heldout_w.py): 0.991 /
    # 0.982 / 0.991
    HeldOut("heldout-2026-12q.jsonl", (0.991, 0.973, 0.991), (0.99, 0.98, 0.99), rows=143, negatives=39),
    # measured on the same code as Q, to see whether Q's figures replicate (they do not); the same frame (HELDOUT-r.md)
    # now: after rules/heldout_r.py (proxy error pages, reasons below, wrapped messages, names as printed, curl's
    # proxy, `foo.bar` a stand-in): 1.000 / 1.000 / 1.000
    # (Node's `getaddrinfo ENOTFOUND redis://redis:6379` is the URL as printed here, the URL's host by LABELS.md, as CE
    # labels it and the parser reads it since CB-CE's rules: the bound lowered by that row)
    HeldOut("heldout-2026-12r.jsonl", (0.935, 0.887, 1.000), (0.98, 0.98, 1.00), rows=131, negatives=38),
    # S and T: collected at the same time after R's rules, split between two helpers by a hash of the thread's URL,
    # measured once on the same code (together 229 rows: 0.949 / 0.898 / 0.987); the same frame (HELDOUT-s.md, -t.md)
    # now: after rules/heldout_st.py (Poco, HAProxy's check, Netty cut, libpq wrapped, Go's printed names), x-run pieces
    # and bucket/namespace doc words as stand-ins, gRPC's `for service: :` (held-out F, Q): S 0.991 / 0.975 / 0.991,
    # T 1.000 / 0.979 / 1.000; S lowered to 0.983 / 0.966 / 0.991 by review 2's finding 17 (a documentation word only
    # as a whole first label: `namespace-sb.accesscontrol.windows.net`, labelled a stand-in, now reads as real)
    # issue #17 (rules22): PgBouncer's `result=N` read as `other` (its labels): 0.991 / 0.975 / 1.000
    # (after HN-HU: mysqld's reverse look-up is no failure, LABELS.md; S's one such row says temporary: 0.991 / 0.966)
    HeldOut("heldout-2026-12s.jsonl", (0.946, 0.890, 0.982), (0.99, 0.96, 1.00), rows=151, negatives=36),
    HeldOut("heldout-2026-12t.jsonl", (0.957, 0.918, 1.000), (1.00, 0.97, 1.00), rows=78, negatives=30),
    # U and V: collected at the same time while S's and T's rules were written, split by a hash of the thread's URL,
    # measured once after those rules (together 193 rows: 0.908 / 0.810 / 0.960); the same frame (HELDOUT-u.md, -v.md)
    # stop 51: ZooKeeper's `Unable to canonicalize address h:port because it's not resolvable` now reads nxdomain
    # (LABELS.md's bare `not resolvable`, AX-EC's five rows); this set's one such row says other: floor one row lower
    # held-out GN (spent): R2DBC's `Cannot connect to h/<unresolved>` is read `other` as LABELS.md reads Lettuce's (DR's
    # and GN's rows); U's one row labelled `nxdomain` lowers its bounds by that row
    HeldOut("heldout-2026-12u.jsonl", (0.920, 0.742, 0.958), (0.93, 0.87, 0.93), rows=46, negatives=17),
    # issue #17 (rules22): V now 0.974 / 0.957 / 0.982 (Kong's `play.yyy.svc`: a whole label of y's is a mask)
    # (held-out AC/AD round: APISIX's unsubstituted `${{VAR}}` read as printed, recall 0.957 -> 0.966)
    # (held-out AP round: its Lettuce row read `other` as labelled, 0.983 / 0.974 / 0.991)
    # (after CI-CL: APISIX's `${{VAR}}` as printed is flagged a stand-in, as LABELS.md's clause 1 and CK say; V,
    # labelled before LABELS.md, says not: 0.974 / 0.966 / 0.991, its bounds lowered by that row)
    # (after HN-HU: mysqld's reverse look-up of a masked address is no failure, LABELS.md; V's one such row says a
    # failure: 0.974 / 0.957 / 0.991)
    # (after KH-KO: apk 2.x's `<url>: temporary error (try again later)` is `temporary`, LABELS.md; V's one such row
    # says no failure: 0.965 / 0.957 / 0.991)
    HeldOut("heldout-2026-12v.jsonl", (0.906, 0.828, 0.960), (0.96, 0.95, 0.99), rows=147, negatives=38),
    # after U's and V's rules and the sixth survey (gateways', proxies' and DNS servers' messages); the same frame by
    # runtime, half its rows from application clients (HELDOUT-w.md); now: after rules/heldout_w.py (libcurl's `[h]
    # Resolving timed out`, PHP's gethostbyname errno) and function_slots.py: 0.978 / 0.978 / 0.978 (the two AWS SDK
    # rows keep COLLECTED-12b.md's nxdomain against this set's `other`)
    HeldOut("heldout-2026-12w.jsonl", (0.967, 0.946, 0.978), (0.97, 0.97, 0.97), rows=125, negatives=38),
    # after W's rules; 106 rows (short of 120: the session's search budget ran out), 97 % cluster pastes (HELDOUT-x.md);
    # now: after rules/heldout_x.py, answered_block.py's far search NXDOMAINs, doubled_search.py, `your-`/`domain.tld`
    # stand-ins, Go's `tcp: lookup` without colon, CoreDNS's errors line without head, Python's [Errno -4]:
    # 1.000 / 1.000 / 1.000
    HeldOut("heldout-2026-12x.jsonl", (0.900, 0.840, 0.985), (1.00, 1.00, 1.00), rows=106, negatives=36),
    # Y and Z: collected at the same time after X's rules, split by a hash of the thread's URL, measured once after the
    # seventh survey (log wrappings) and the rules' regrouping by content (together 233 rows: 0.929 / 0.899 / 0.977);
    # the same frame (HELDOUT-y.md, -z.md); now: after rules/library_messages.py (folly, amphp/dns, Hazelcast,
    # httplib2, Zabbix, ceph SRV, nslookup read refused), ZooKeeper without `/<unresolved>`, `fqdn`/`xyz` stand-ins,
    # busybox's "No answer" answered below, srv_base.py, Kong's Tried list on its own lines, nc under a `host:` field,
    # names as printed (Go's comma, grpc-js's path, libpq unquoted): Y 0.983 / 0.983 / 1.000, Z 0.986 / 0.986 / 0.986
    HeldOut("heldout-2026-12y.jsonl", (0.902, 0.871, 0.972), (0.98, 0.96, 1.00), rows=131, negatives=32),
    HeldOut("heldout-2026-12z.jsonl", (0.971, 0.944, 0.986), (0.98, 0.98, 0.98), rows=102, negatives=32),
    # AA and AB: collected at the same time while Y's and Z's rules were written, split by a hash of the thread's URL,
    # measured once after those rules (together 83 rows: 0.893 / 0.847 / 0.962; short of 120: the public threads left
    # unused gave about 0.25 rows a look-up); the same frame (HELDOUT-aa.md, -ab.md); now: after
    # rules/cluster_products.py (Akka bootstrap, resolveip, pgpool, StarRocks, YugabyteDB, ClickHouse's DNSResolver),
    # cut_names.py, Netty's search-domain message, Spring's bare message nxdomain, a TLS failure after `lookup failed`:
    # AA 1.000 / 1.000 / 1.000, AB 1.000 / 0.939 / 1.000 (left: two prose rows)
    HeldOut("heldout-2026-12aa.jsonl", (0.917, 0.846, 0.957), (1.00, 0.96, 1.00), rows=37, negatives=13),
    HeldOut("heldout-2026-12ab.jsonl", (0.875, 0.848, 0.966), (1.00, 0.93, 1.00), rows=46, negatives=13),
    # AC and AD: collected at the same time after AA's and AB's rules, split by a hash of the thread's URL, measured
    # once after the parser's reading bounds and the per-line marks of log collectors, terminals and chat clients
    # (together 264 rows: 0.954 / 0.870 / 0.984); the same frame (HELDOUT-ac.md, -ad.md); now: after
    # rules/cluster_daemons.py (Erlang epmd, mod_proxy as printed, Salt, mesos-dns, Mesos getIP, APISIX's etcd), Kong's
    # semicolon and tagged pool message, a pronoun before glibc's text; the hosts urllib3's pool and net-ssh announce,
    # a nested Java class, a DNS tool's own argument under kubectl exec, sudo's and curl's forms, glibc's `Host name
    # lookup failure`, stand-ins (`my-hostname`, `keycloak-DNS-name`, `:xxxx`), a curl command quoted in cilium's
    # report: AC 1.000 / 0.974 / 1.000, AD 1.000 / 0.980 / 1.000 (left: a Go-formatted nil, a reason wrapped over
    # three lines, prose, MySQL's `-P`, a curl URL inside a Markdown link)
    # (AC since BJ: `host nginx`'s `nginx has address A` right above `Host nginx not found: 3(NXDOMAIN)` is labelled a
    # failure here and a negative in BJ (the A record answered; the AAAA query's NXDOMAIN is no failure of the name))
    HeldOut("heldout-2026-12ac.jsonl", (0.950, 0.842, 0.970), (1.00, 0.96, 1.00), rows=130, negatives=33),
    HeldOut("heldout-2026-12ad.jsonl", (0.958, 0.901, 1.000), (0.99, 0.98, 1.00), rows=134, negatives=35),
    # AE and AF: collected at the same time after AC's and AD's rules, split by a hash of the thread's URL, measured
    # once after those rules, review 6's fixes and a JSON log object read by field (together 108 rows, short of 120:
    # the session's look-ups ran out; 0.971 / 0.958 / 1.000, all three goals); the same frame (HELDOUT-ae.md, -af.md);
    # now: after wget's `Resolving false (false)... failed`, an SRV name's empty service `_`, Poco's `Host not found:
    # h`: AE 1.000 / 1.000 / 1.000, AF 1.000 / 1.000 / 1.000
    HeldOut("heldout-2026-12ae.jsonl", (0.929, 0.929, 1.000), (1.00, 1.00, 1.00), rows=36, negatives=10),
    HeldOut("heldout-2026-12af.jsonl", (1.000, 0.977, 1.000), (1.00, 1.00, 1.00), rows=72, negatives=30),
    # AG: the session's last look-ups, collected after AE and AF were measured and measured on their code (88e87ce), as
    # decided before it was collected; the union AE+AF+AG (138 rows) is the measure: 0.954 / 0.943 / 1.000
    # (HELDOUT-ag.md)
    HeldOut("heldout-2026-12ag.jsonl", (0.882, 0.882, 1.000), (0.88, 0.88, 1.00), rows=30, negatives=14),
    # AH and AI: collected at the same time by two helpers (split by a hash of the thread's URL), measured once
    # together on e63c7f8 (the code that had landed; decided before they were collected), 187 rows: 0.912 / 0.838 /
    # 0.975 (HELDOUT-ah.md, -ai.md); now, after rules/service_messages.py, Go's lookup slot as printed, Kong's Tried
    # list, interactive nslookup, curl's progress meter and a bracketed stand-in with a colon: AH 0.961 / 0.949 / 0.987,
    # AI 0.931 / 0.931 / 0.983 (left: label judgements — stand-ins, Kong's 101, a log's escaped quotes, a bare name)
    HeldOut("heldout-2026-12ah.jsonl", (0.903, 0.833, 0.971), (0.97, 0.96, 0.98), rows=102, negatives=28),
    HeldOut("heldout-2026-12ai.jsonl", (0.925, 0.845, 0.981), (0.93, 0.93, 0.98), rows=85, negatives=28),
    # AJ: collected by one helper after AH and AI were measured, while their misses' rules were written, measured once
    # on the code as it stood when it was complete (6256ca6), as decided before AH and AI were collected: 122 rows,
    # 0.946 / 0.917 / 0.978 (HELDOUT-aj.md); now, after Netty's DatagramDnsResponse and its cause under a search-domain
    # failure, the mongo shell's DNSHostNotFound: 0.958 / 0.948 / 0.989 (left: two conventions that disagree with
    # earlier sets' labels, three stand-in judgements)
    HeldOut("heldout-2026-12aj.jsonl", (0.946, 0.917, 0.978), (0.95, 0.94, 0.98), rows=122, negatives=32),
    # AK: the session's last look-ups, one helper, collected after AJ was measured, measured once on the code when it
    # was complete (84b3d3d), as decided before it was collected: 147 rows, 0.882 / 0.796 / 0.978 (HELDOUT-ak.md); now,
    # after mount.nfs, Tailscale, Ceph's monitor address, getdns, tcpdump, Go's slot holding a URL and a misspelt
    # `adress`: 0.919 / 0.883 / 0.980 (left: stand-in judgements, kinds, three pastes judged unsafe)
    HeldOut("heldout-2026-12ak.jsonl", (0.882, 0.796, 0.978), (0.91, 0.88, 0.96), rows=147, negatives=45),
    # AL and AM: the first sets labelled by LABELS.md (written before they were collected), two helpers at the same
    # time (split by a hash of the thread's URL), measured once together on c023067 (the head when both had reported,
    # as decided before they were collected), 173 rows: 0.982 / 0.902 / 0.991 (HELDOUT-al.md, -am.md); now, after
    # cut_phrases (a resolver's words cut at any width), failure_statements, redis-py's bare code, busybox's unquoted
    # `bad address`, Java's `Unresolved address`, boulder's `networking error`, urllib3 across a traceback and the
    # `hostname` slot word: AL 1.000 / 0.985 / 1.000, AM 1.000 / 0.981 / 1.000 (left: netdata's `'hostname'`,
    # gRPC's name far above)
    HeldOut("heldout-2026-12al.jsonl", (0.984, 0.882, 0.984), (1.00, 0.98, 1.00), rows=85, negatives=22),
    HeldOut("heldout-2026-12am.jsonl", (0.980, 0.926, 1.000), (1.00, 0.98, 1.00), rows=88, negatives=37),
    # AN and AO: two helpers at the same time (hash split), labelled by LABELS.md, measured once together on a828e1a
    # (the head when both had reported, as decided before they were collected), 128 rows: 0.952 / 0.908 / 0.980
    # (HELDOUT-an.md, -ao.md; AO's off-frame rows are kept apart in offframe/, not a held-out set); now, after
    # c-ares' status after a name, the AWS SDK for JS, `ENOTFOUND for host:h`, redis-cli's flag, ceph's SRV name by
    # its service, nginx's URL and npm's fields: AN 0.976 / 0.964 / 0.976, AO 1.000 / 1.000 / 1.000 (left: Java's
    # `unknown error`, labelled by LABELS.md's first wording; a name typed in Chinese)
    HeldOut("heldout-2026-12an.jsonl", (0.938, 0.905, 0.974), (0.97, 0.96, 0.97), rows=94, negatives=23),
    HeldOut("heldout-2026-12ao.jsonl", (1.000, 0.920, 1.000), (1.00, 1.00, 1.00), rows=34, negatives=9),
    # AP, AQ, AR, AS: four helpers at the same time (hash split), labelled by LABELS.md, measured once together on
    # d686e4c (the head at 01:05 UTC 2026-12-03, as decided before they were collected), 143 rows: 0.848 / 0.757 /
    # 0.966 (HELDOUT-ap.md's Result; AS's off-frame rows are kept apart in offframe/, not a held-out set); now, after
    # rules/mail_servers.py, rules/more_clients.py, tcpdump's bare answer, reqwest's Debug print, the search suffix on
    # a URL's host, and guards (Tekton refs, a proxy's refusal, `host not found: <address>`), together 0.944 / 0.919 /
    # 0.972 (left: MySQL's `(0)` and Manticore's kind, where earlier sets' labels differ; names only in prose far from
    # the error; pgx's `(db)`; two stand-ins LABELS.md does not settle)
    HeldOut("heldout-2026-12ap.jsonl", (0.765, 0.591, 0.812), (0.90, 0.81, 0.90), rows=28, negatives=7),
    HeldOut("heldout-2026-12aq.jsonl", (0.897, 0.867, 1.000), (0.93, 0.93, 0.96), rows=39, negatives=13),
    HeldOut("heldout-2026-12ar.jsonl", (0.871, 0.900, 1.000), (1.00, 1.00, 1.00), rows=39, negatives=10),
    # (AS since BA: its Exim `host lookup did not complete` row says `other`; LABELS.md now says `temporary`, Exim's
    # HOST_FIND_AGAIN, as BA's row does; since BL: Postfix's `dnsblog reply timeout 10s for h` beside a labelled failure
    # is no entry in AS's row, a failure in BL's)
    HeldOut("heldout-2026-12as.jsonl", (0.818, 0.621, 1.000), (0.86, 0.86, 0.96), rows=37, negatives=11),
    # AT to AY: four helpers (hash split) and two more when two came back short, as amended before any figure was
    # seen, labelled by LABELS.md, measured once together on c7be106 (the head at 07:00 UTC 2026-12-03), 201 rows:
    # 0.929 / 0.879 / 0.971 (HELDOUT-at.md's Result; their off-frame rows are kept apart in offframe/); now, after
    # rules/daemon_resolvers.py (dockerd's resolver, Kong's table, dnf's libcurl, HAProxy's log), a localized
    # message's first word, a JSON log's own hostname, `Unknown host HOST`, `servicename`: 0.952 / 0.926 / 0.972 (left:
    # yum's `Could not resolve host: h; Unknown error`, labelled `other` against LABELS.md; nslookup's `trying next
    # origin`; names only in prose; a compose prefix with dots; the ZooKeeper C client); the last three read since
    # test_formats_dec03.py
    HeldOut("heldout-2026-12at.jsonl", (0.906, 0.879, 0.906), (0.90, 0.87, 0.90), rows=43, negatives=12),
    HeldOut("heldout-2026-12au.jsonl", (1.000, 0.933, 1.000), (1.00, 0.93, 1.00), rows=24, negatives=9),
    # stop 51: ZooKeeper's `Unable to canonicalize address h:port because it's not resolvable` now reads nxdomain
    # (LABELS.md's bare `not resolvable`, AX-EC's five rows); this set's one such row says other: floor one row lower
    HeldOut("heldout-2026-12av.jsonl", (1.000, 0.889, 1.000), (0.94, 0.94, 0.94), rows=22, negatives=7),
    HeldOut("heldout-2026-12aw.jsonl", (1.000, 0.905, 1.000), (1.00, 1.00, 1.00), rows=34, negatives=13),
    HeldOut("heldout-2026-12ax.jsonl", (0.861, 0.861, 0.970), (0.88, 0.88, 0.97), rows=43, negatives=11),
    HeldOut("heldout-2026-12ay.jsonl", (0.917, 0.846, 1.000), (1.00, 0.96, 1.00), rows=35, negatives=10),
    # AZ, BA, BB, BC: four helpers at the same time (hash split), labelled by LABELS.md as it stood at 41a22aa,
    # measured once together on 6859042 (the head at 08:50 UTC 2026-12-03, as the addendum written before any figure
    # moved it), 171 rows: 0.877 / 0.797 / 0.950 (HELDOUT-az.md's Result; off-frame rows in offframe/); now, after
    # test_formats_heldout_azbc.py's rules (glusterd, Bazel, GnuPG, RethinkDB, Postfix's FCrDNS and domain rejects,
    # OpenDKIM, Rspamd, Zabbix's proxy, a logfmt resolver, pacman, OCaml's dns-client, a URL's userinfo, a traceback's
    # gethostbyname, rsync's quoted name, dig's unreachable server, nslookup's reverse look-up) and a review's fixes,
    # together 0.958 / 0.965 / 0.972 (left: kinds where sets disagree, settled in LABELS.md since by the majority
    # (MySQL's `(2)`, Go's `no answer from server`, `Could not resolve 'h'` with no reason) or by what the text means
    # (Exim's `host lookup did not complete`: temporary); an excerpt's mangled names; a name in prose)
    HeldOut("heldout-2026-12az.jsonl", (0.833, 0.806, 0.962), (0.90, 0.93, 0.96), rows=31, negatives=8),
    HeldOut("heldout-2026-12ba.jsonl", (0.792, 0.655, 0.905), (0.96, 0.96, 0.96), rows=42, negatives=13),
    HeldOut("heldout-2026-12bb.jsonl", (0.875, 0.848, 0.933), (0.96, 0.96, 0.96), rows=44, negatives=11),
    HeldOut("heldout-2026-12bc.jsonl", (0.955, 0.840, 0.977), (0.98, 0.98, 0.98), rows=54, negatives=17),
    # BD and BE: collected 2026-12-03 after AZ-BC's rules, BD first meant to be kept unread for a later measure, then
    # (by an amendment before any row was read) measured once with BE on 48ca1b7: 107 rows, short of 120, 0.918 / 0.929
    # / 1.000 (HELDOUT-bd.md's Result); now, after test_formats_heldout_bdbe.py's rules (busybox's search-path
    # expansions as the name asked, the AWS SDK's and Prometheus' weaker second kind, Go's glued `lookupname`, a
    # template's `__VAR__`, an empty inventory key, the MongoDB .NET driver's cluster state), BD 1.000 / 0.984 / 1.000
    # (left: cqlsh's name only in an instruction above a separate traceback) and BE 1.000 / 1.000 / 1.000
    HeldOut("heldout-2026-12bd.jsonl", (0.906, 0.921, 1.000), (1.00, 0.98, 1.00), rows=79, negatives=20),
    HeldOut("heldout-2026-12be.jsonl", (0.952, 0.952, 1.000), (1.00, 1.00, 1.00), rows=28, negatives=9),
    # BF, BG, BH, BI: four helpers at the same time (hash split), labelled by LABELS.md as it stood at 0b62196, measured
    # once together on 1c8a6f7 (the head at 12:40 UTC 2026-12-03, as the addendum written before any row was read set),
    # 167 rows: 0.921 / 0.899 / 0.967 (HELDOUT-bf.md's Result; off-frame rows in offframe/); now, after
    # test_formats_heldout_bfbi.py's rules (HBase's ServerName, an option handed over as the host, lua-resty's balancer,
    # `URL = ERR_NAME_NOT_RESOLVED`, testssl.sh, Kong's newer Tried pairs), together 0.953 / 0.953 / 0.976 (left: kinds
    # these labels read otherwise (Go's `read: connection refused`, Technitium's root DNSKEY, ClickHouse's `error 0`,
    # Postfix's sender reject beside a try-again), a PTR time-out, Poco's `resolveOne ("IP")`, a name in prose, Java's
    # `user:pass@host` as printed)
    # stop 51: ZooKeeper's `Unable to canonicalize address h:port because it's not resolvable` now reads nxdomain
    # (LABELS.md's bare `not resolvable`, AX-EC's five rows); this set's one such row says other: floor one row lower
    HeldOut("heldout-2026-12bf.jsonl", (0.909, 0.938, 0.968), (0.90, 0.93, 0.93), rows=40, negatives=10),
    HeldOut("heldout-2026-12bg.jsonl", (0.933, 0.824, 1.000), (1.00, 0.94, 1.00), rows=43, negatives=11),
    HeldOut("heldout-2026-12bh.jsonl", (0.906, 0.906, 0.935), (0.93, 0.93, 0.93), rows=41, negatives=11),
    HeldOut("heldout-2026-12bi.jsonl", (0.935, 0.935, 0.967), (0.96, 0.96, 1.00), rows=43, negatives=14),
    # BJ, BK, BL, BM: four helpers at the same time (hash split), labelled by LABELS.md as it stood at d2916ef (BF-BI's
    # conflicts settled), measured once together on 3f3008c (the head at 14:50 UTC 2026-12-03, as the addendum written
    # before any row was read set), 177 rows: 0.894 / 0.791 / 0.983 (HELDOUT-bj.md's Result; off-frame rows in
    # offframe/); now, after test_formats_heldout_bjbm.py's rules (rspamd's monitored and DMARC errors, Postfix's
    # dnsblog, mailcow's health check, OpenDKIM's reply class, syslog-ng, ddev, Cherokee, Nacos' errorMsg, Puppeteer's
    # `ERR_NAME_NOT_RESOLVED at URL`, a socket's connect call in a traceback, nginx's wrapped reason, nslookup's
    # one-label search domain; `host`'s answer above its NXDOMAIN and Envoy's failure then success are none), together
    # 0.934 / 0.914 / 0.985 (left: two redacted flags, curl's punctuation as printed, a stray quote, a bracket after a
    # placeholder, a described name, a shell-quoted call); since LABELS.md settled them, kafka-python's `[Errno -3]
    # Lookup timed out` reads `timeout` (BK), Cherokee's bare `cannot be resolved` `nxdomain` (BM) and `some-domain`
    # a stand-in (BK), as labelled
    HeldOut("heldout-2026-12bj.jsonl", (0.946, 0.897, 0.972), (1.00, 0.97, 1.00), rows=54, negatives=17),
    # DDEV's `The hostname h is not currently resolvable, ...` is read by LABELS.md's bare "not resolvable" (`nxdomain`,
    # as held-out GL and the source-mined probes label it) since session 52; BK's one row says `other`
    # (after KH-KO: ReactPHP's `failed: too many retries` is `timeout`, LABELS.md, as KH's two rows say; BK's one row
    # says `other`: 0.900 / 0.900 / 0.900)
    HeldOut("heldout-2026-12bk.jsonl", (0.862, 0.833, 0.963), (0.90, 0.90, 0.90), rows=40, negatives=12),
    HeldOut("heldout-2026-12bl.jsonl", (0.848, 0.636, 1.000), (0.90, 0.88, 1.00), rows=47, negatives=18),
    HeldOut("heldout-2026-12bm.jsonl", (0.917, 0.846, 1.000), (0.92, 0.88, 1.00), rows=36, negatives=13),
    # BN, BO, BP, BQ: four helpers at the same time (hash split), labelled by LABELS.md as it stood at 73e345d (BJ-BM's
    # conflicts settled), measured once together on c31efa8 (the head at 18:30 UTC 2026-12-03, as the addendum written
    # before any row was read set), 120 rows: 0.945 / 0.905 / 0.966 (HELDOUT-bn.md's Result; off-frame rows in
    # offframe/); now, after test_formats_heldout_bnbq.py's rules (Clojure's exception data, libpq's odd quoted host,
    # `h no such host` in prose, a list's `- ping h` step, Go's reason across a terminal's wrap, Resolve-DnsName's
    # wrapped message, a name broken by spaces after ENOTFOUND), together 0.989 / 0.989 / 0.989 (left: GNU wget's bare
    # `unable to resolve host address`, labelled `other` by BN, `nxdomain` by LABELS.md since and 8 rows before)
    HeldOut("heldout-2026-12bn.jsonl", (0.958, 0.958, 0.958), (0.95, 0.95, 0.95), rows=27, negatives=7),
    HeldOut("heldout-2026-12bo.jsonl", (0.938, 0.882, 1.000), (1.00, 1.00, 1.00), rows=21, negatives=5),
    HeldOut("heldout-2026-12bp.jsonl", (0.941, 0.865, 0.941), (1.00, 1.00, 1.00), rows=49, negatives=15),
    HeldOut("heldout-2026-12bq.jsonl", (0.941, 0.941, 1.000), (1.00, 1.00, 1.00), rows=23, negatives=6),
    # BR, BS, BT, BU: four helpers at the same time (hash split), labelled by LABELS.md as it stood at dd325c0,
    # measured once together on f587ef0 (the head at 23:15 UTC 2026-12-03, as the addendum written before any row was
    # read set), 135 rows: 0.931 / 0.827 / 0.965 (HELDOUT-br.md's Result; off-frame rows in offframe/); now, after
    # test_formats_heldout_brbu.py's rules (Swift Mailer, PHPMailer's one-line log, TDengine's FQDN, BIND's unexpected
    # RCODE, gRPC's zero addresses, `Host did not resolve:`, Go's `listen tcp: lookup 0.0.0`, a phrase parted by
    # blanks, openssl s_client's `-connect`, Java NIO's UnresolvedAddressException), together 0.948 / 0.929 / 0.958
    # (left: HAProxy's and Sentinel's kinds these collectors read `nxdomain`, LABELS.md `other` since (10 and 8 rows
    # before), TDengine's bare FQDN's kind, an nginx template's variable flagged a stand-in, `Unknown HostException
    # (zipkin)` retyped in prose, a ZooKeeper connect named in Chinese prose as a DNS outage)
    HeldOut("heldout-2026-12br.jsonl", (0.857, 0.800, 0.857), (0.86, 0.86, 0.86), rows=20, negatives=6),
    HeldOut("heldout-2026-12bs.jsonl", (0.944, 0.850, 0.944), (0.95, 0.95, 0.95), rows=28, negatives=8),
    HeldOut("heldout-2026-12bt.jsonl", (0.923, 0.889, 1.000), (0.92, 0.92, 0.96), rows=41, negatives=15),
    HeldOut("heldout-2026-12bu.jsonl", (0.966, 0.778, 1.000), (1.00, 0.94, 1.00), rows=46, negatives=13),
    # BV, BW, BX, BY: four helpers at the same time, split by theme (BV databases, caches and brokers; BW runtimes and
    # their clients; BX the cluster and network layer; BY build, CI, platform tools, observability), labelled by
    # LABELS.md as it stood at 54f24ed; a thread two sets hold was kept in the earlier letter's (two of BY's rows, left
    # out here by `read_by_rules`); measured once together on 551bdbf (at 03:19 UTC 2026-12-04, as the addendum written
    # before any row was read set), 275 rows: 0.942 / 0.938 / 0.990 (HELDOUT-bv.md's Result; off-frame rows in
    # offframe/); now, after test_formats_heldout_bvby.py's rules, together 0.995 / 0.995 / 1.000 (left: Go's lookup of
    # an endpoint string `tcp/80/hw`, which BW labels no failure and D's `tcp/14268/api/traces` one; penpot's OIDC URL,
    # named only in settings twelve lines above an `UnresolvedAddressException`)
    HeldOut("heldout-2026-12bv.jsonl", (0.966, 0.905, 0.983), (1.00, 1.00, 1.00), rows=84, negatives=24),
    HeldOut("heldout-2026-12bw.jsonl", (0.857, 0.909, 1.000), (0.96, 0.96, 1.00), rows=45, negatives=13),
    HeldOut("heldout-2026-12bx.jsonl", (0.939, 0.969, 1.000), (1.00, 1.00, 1.00), rows=42, negatives=11),
    HeldOut(
        "heldout-2026-12by.jsonl",
        (0.963, 0.963, 0.987),
        (1.00, 1.00, 1.00),
        rows=106,
        negatives=28,
        read_by_rules=("heldout-2026-12bv.jsonl", "heldout-2026-12bw.jsonl", "heldout-2026-12bx.jsonl"),
        independent=104,
    ),
    # BZ, CA: two helpers at the same time, split by theme (BZ self-hosted and home-lab apps; CA data and ML platforms
    # and cloud SDKs), labelled by LABELS.md as it stood at ae8b739; measured once together on 6cc8bf1 (at 05:25 UTC
    # 2026-12-04, as the addendum written before any row was read set), 106 rows: 0.947 / 0.878 / 0.986, NOT counting
    # toward the issue (fewer than 120, as registered before they existed; HELDOUT-bz.md's Result); now, after
    # test_formats_heldout_bzca.py's rules, both 1.000 / 1.000 / 1.000
    HeldOut("heldout-2026-12bz.jsonl", (0.972, 0.946, 1.000), (1.00, 1.00, 1.00), rows=49, negatives=13),
    HeldOut("heldout-2026-12ca.jsonl", (0.925, 0.822, 0.974), (1.00, 1.00, 1.00), rows=57, negatives=14),
    # CB, CC, CD, CE: four helpers at the same time, split by theme (CB GitOps, operators and controllers; CC gateways,
    # meshes and edge proxies; CD JVM and .NET stacks; CE app platforms, workflow engines and message middleware),
    # labelled by LABELS.md as it stood at 341be90; a thread two sets hold kept in the earlier letter's (one of CD's,
    # one of CE's left out by `read_by_rules`); measured once together on ba020e9 (at 08:20 UTC 2026-12-04, as the
    # addendum written before any row was read set), 199 rows: 0.914 / 0.927 / 0.979 (HELDOUT-cb.md's Result); now,
    # after test_formats_heldout_cbce.py's rules, together 0.987 / 0.987 / 0.993 (left: librdkafka's bare `Failed to
    # resolve 'h:port'` quoted in prose, `nxdomain` here by LABELS.md's bare clause, and `my-company.eu`, a stand-in
    # here, where AN labels `gogs.mycompany.ch` real)
    HeldOut("heldout-2026-12cb.jsonl", (0.923, 0.923, 0.974), (1.00, 1.00, 1.00), rows=51, negatives=13),
    HeldOut("heldout-2026-12cc.jsonl", (0.897, 0.946, 1.000), (1.00, 1.00, 1.00), rows=48, negatives=13),
    HeldOut(
        "heldout-2026-12cd.jsonl",
        (0.892, 0.892, 0.943),
        (0.97, 0.97, 0.97),
        rows=51,
        negatives=13,
        read_by_rules=("heldout-2026-12cb.jsonl", "heldout-2026-12cc.jsonl"),
        independent=50,
    ),
    HeldOut(
        "heldout-2026-12ce.jsonl",
        (0.946, 0.946, 1.000),
        (0.97, 0.97, 1.00),
        rows=51,
        negatives=14,
        read_by_rules=("heldout-2026-12cb.jsonl", "heldout-2026-12cc.jsonl", "heldout-2026-12cd.jsonl"),
        independent=50,
    ),
    # CF, CG, CH: three helpers at the same time, split by theme (CF storage, databases and data planes in clusters;
    # CG observability and logging pipelines; CH developer tooling in containers and CI), labelled by LABELS.md as it
    # stood after CE; no thread shared; measured once together on d2f8e94 (at 08:46 UTC 2026-12-04, as the addendum
    # written before any row was read set), 120 rows, so counting: 0.884 / 0.913 / 0.977 (HELDOUT-cf.md's Result);
    # now, after test_formats_heldout_cfch.py's rules, together 1.000 / 1.000 / 1.000
    HeldOut("heldout-2026-12cf.jsonl", (0.788, 0.788, 0.933), (1.00, 1.00, 1.00), rows=41, negatives=11),
    HeldOut("heldout-2026-12cg.jsonl", (0.920, 0.958, 1.000), (1.00, 1.00, 1.00), rows=35, negatives=11),
    HeldOut("heldout-2026-12ch.jsonl", (0.946, 1.000, 1.000), (1.00, 1.00, 1.00), rows=44, negatives=12),
    # CI, CJ, CK, CL: four helpers at the same time, split by theme (CI identity, auth, secrets and remote access; CJ
    # cloud and infrastructure-as-code tooling; CK the languages and scripts less often seen; CL distributions,
    # container hosts and networks outside the usual cloud), labelled by LABELS.md as it stood at 4eaabf8; a thread two
    # sets hold kept in the earlier letter's (one of CL's left out by `read_by_rules`); measured once together on
    # 7dcbf7c (at 12:38 UTC 2026-12-04, as the addendum written before any row was read set), 190 rows, so counting:
    # 0.966 / 0.966 / 1.000 (HELDOUT-ci.md's Result); now, after test_formats_heldout_cicl.py's rules, 1.000 / 1.000 /
    # 1.000
    HeldOut("heldout-2026-12ci.jsonl", (0.976, 1.000, 1.000), (1.00, 1.00, 1.00), rows=45, negatives=14),
    HeldOut("heldout-2026-12cj.jsonl", (0.976, 0.952, 1.000), (1.00, 1.00, 1.00), rows=55, negatives=14),
    HeldOut("heldout-2026-12ck.jsonl", (0.895, 0.895, 1.000), (1.00, 1.00, 1.00), rows=27, negatives=8),
    HeldOut(
        "heldout-2026-12cl.jsonl",
        (0.979, 0.979, 1.000),
        (1.00, 1.00, 1.00),
        rows=64,
        negatives=18,
        read_by_rules=("heldout-2026-12ci.jsonl", "heldout-2026-12cj.jsonl", "heldout-2026-12ck.jsonl"),
        independent=63,
    ),
    # CM, CN, CO, CP: four helpers at the same time, split by theme (CM DNS servers, resolvers and blockers in
    # containers; CN mail, notification and webhook senders; CO supply-chain and security scanners; CP Windows- and
    # desktop-hosted clusters), labelled by LABELS.md as it stood at 4eaabf8; no thread shared; measured once together
    # on 6a5bc36 (at 13:24 UTC 2026-12-04, as the addendum written before any row was read set), 207 rows, so
    # counting: 0.935 / 0.924 / 0.993 (HELDOUT-cm.md's Result); now, after test_formats_heldout_cmcp.py's rules,
    # 0.969 / 0.987 / 1.000 (left: CoreDNS's newer loop FATAL, labelled no failure here where the corpus's eight loop
    # rows say its probe's `other`; a dnsmasq log's search-path tries; rbldnsd's query log; getaddrinfo.exe's 11004)
    HeldOut("heldout-2026-12cm.jsonl", (0.857, 0.933, 1.000), (0.89, 0.97, 1.00), rows=58, negatives=17),
    HeldOut("heldout-2026-12cn.jsonl", (0.964, 0.900, 1.000), (1.00, 1.00, 1.00), rows=42, negatives=13),
    HeldOut("heldout-2026-12co.jsonl", (0.964, 0.931, 0.964), (1.00, 1.00, 1.00), rows=39, negatives=10),
    HeldOut("heldout-2026-12cp.jsonl", (0.980, 0.925, 1.000), (1.00, 0.98, 1.00), rows=68, negatives=17),
    # CQ, CR, CS, CT: four helpers at the same time, split by theme (CQ Kubernetes operators, controllers and admission
    # webhooks; CR service-to-service calls in application stacks; CS small and edge clusters and their installers; CT
    # registries, image pulls and package fetches in builds), labelled by LABELS.md as it stood at 781060e; no thread
    # shared; measured once together on 20bb396 (at 15:06 UTC 2026-12-04, as the addendum written before any row was
    # read set), 134 rows, so counting: 0.939 / 0.929 / 1.000 (HELDOUT-cq.md's Result); now, after
    # test_formats_heldout_cqct.py's rules, 0.980 / 0.990 / 1.000 (left: CoreDNS's loop FATAL again, labelled no
    # failure; Node's ENOTFOUND for a name typed with a trailing comma, which the label keeps)
    HeldOut("heldout-2026-12cq.jsonl", (1.000, 0.929, 1.000), (1.00, 1.00, 1.00), rows=20, negatives=6),
    HeldOut("heldout-2026-12cr.jsonl", (0.955, 0.955, 1.000), (1.00, 1.00, 1.00), rows=30, negatives=9),
    HeldOut("heldout-2026-12cs.jsonl", (0.944, 0.971, 1.000), (0.94, 0.97, 1.00), rows=47, negatives=13),
    HeldOut("heldout-2026-12ct.jsonl", (0.889, 0.857, 1.000), (1.00, 1.00, 1.00), rows=37, negatives=10),
    # CU, CV, CW, CX: four helpers at the same time, split by the runtime that prints the error (CU Python; CV Node.js
    # and TypeScript; CW Go and Rust; CX JVM and .NET), labelled by LABELS.md as it stood at 781060e; a thread two sets
    # hold kept in the earlier letter's (one of CV's left out by `read_by_rules`); measured once together on 958bace
    # (at 15:20 UTC 2026-12-04, as the addendum written before any row was read set), 160 rows, so counting: 0.974 /
    # 0.941 / 0.991 (HELDOUT-cu.md's Result); now, after test_formats_heldout_cucx.py's rules, 0.992 / 0.992 / 0.992
    # (left: the AWS SDK for JavaScript's `Inaccessible host`, labelled `other` here where the SDK's source and the
    # corpus read its ENOTFOUND as `nxdomain`)
    HeldOut("heldout-2026-12cu.jsonl", (1.000, 0.895, 1.000), (1.00, 1.00, 1.00), rows=28, negatives=9),
    HeldOut(
        "heldout-2026-12cv.jsonl",
        (0.960, 0.960, 0.960),
        (0.96, 0.96, 0.96),
        rows=35,
        negatives=10,
        read_by_rules=("heldout-2026-12cu.jsonl",),
        independent=34,
    ),
    HeldOut("heldout-2026-12cw.jsonl", (0.946, 0.897, 1.000), (1.00, 1.00, 1.00), rows=50, negatives=13),
    HeldOut("heldout-2026-12cx.jsonl", (1.000, 1.000, 1.000), (1.00, 1.00, 1.00), rows=48, negatives=13),
    # CY, CZ, DA, not counting (60 rows, fewer than the 120 registered before they were collected, with the session's
    # last 135 look-ups): three helpers at the same time (CY threads in Chinese, Japanese or Korean; CZ threads in other
    # languages than English; DA Helm charts' and operators' trackers), labelled by LABELS.md as it stood at 781060e;
    # two threads CZ shares with CY kept in CY's; measured once together on b4ed0eb (at 15:38 UTC 2026-12-04):
    # 0.978 / 0.918 / 1.000 (HELDOUT-cy.md's Result); now, after test_formats_heldout_cyda.py's rules, 0.979 / 0.959 /
    # 1.000 (left: a name the reporter says they changed, told only in the thread; busybox's `bad address` in a
    # sentence five lines under the wget command)
    HeldOut("heldout-2026-12cy.jsonl", (0.929, 0.867, 1.000), (0.93, 0.93, 1.00), rows=21, negatives=6),
    HeldOut(
        "heldout-2026-12cz.jsonl",
        (1.000, 0.909, 1.000),
        (1.00, 0.95, 1.00),
        rows=24,
        negatives=8,
        read_by_rules=("heldout-2026-12cy.jsonl",),
        independent=22,
    ),
    HeldOut("heldout-2026-12da.jsonl", (1.000, 1.000, 1.000), (1.00, 1.00, 1.00), rows=17, negatives=5),
    # DB, DC, DD, DE: four helpers at the same time, split by what prints the error (DB command-line tools and shell
    # steps; DC proxies, gateways and ingress; DD Kubernetes' own components and add-ons; DE clustered servers finding
    # their peers), labelled by LABELS.md as it stood at 74d1305; no thread shared; measured once together on 6481f2c
    # (at 17:23 UTC 2026-12-04, as the addendum written before any row was read set), 133 rows, so counting: 0.977 /
    # 0.851 / 1.000 (HELDOUT-db.md's Result); now, after test_formats_heldout_dbde.py's rules, 1.000 / 0.960 / 1.000
    # (left: an address with a stray brace the label keeps; socat's whole command-line options looked up as names)
    HeldOut("heldout-2026-12db.jsonl", (0.964, 0.964, 1.000), (1.00, 1.00, 1.00), rows=38, negatives=10),
    HeldOut("heldout-2026-12dc.jsonl", (1.000, 0.968, 1.000), (1.00, 1.00, 1.00), rows=42, negatives=11),
    HeldOut("heldout-2026-12dd.jsonl", (1.000, 1.000, 1.000), (1.00, 1.00, 1.00), rows=23, negatives=6),
    HeldOut("heldout-2026-12de.jsonl", (0.923, 0.480, 1.000), (1.00, 0.84, 1.00), rows=30, negatives=9),
    # DF, DG, DH, DI: four helpers at the same time, split by theme (DF CI/CD runners and pipelines; DG data and ML
    # platforms; DH Ruby, PHP and Elixir stacks; DI networking add-ons and meshes), labelled by LABELS.md as it stood at
    # 74d1305; no thread shared with each other or an earlier set; measured once together on 6db3675 (at 17:37 UTC
    # 2026-12-04, as the addendum written before any row was read set), 151 rows, so counting: 0.964 / 0.931 / 0.982
    # (HELDOUT-df.md's Result); now, after test_formats_heldout_dfdi.py's rules, 0.991 / 0.991 / 0.991 (left: Kafka's
    # `Couldn't resolve server`, labelled `nxdomain` here where the format's fifteen earlier rows say `other`)
    HeldOut("heldout-2026-12df.jsonl", (1.000, 1.000, 1.000), (1.00, 1.00, 1.00), rows=35, negatives=10),
    HeldOut("heldout-2026-12dg.jsonl", (0.955, 0.840, 0.955), (0.96, 0.96, 0.96), rows=35, negatives=10),
    HeldOut("heldout-2026-12dh.jsonl", (0.958, 0.920, 1.000), (1.00, 1.00, 1.00), rows=35, negatives=10),
    HeldOut("heldout-2026-12di.jsonl", (0.949, 0.949, 0.974), (1.00, 1.00, 1.00), rows=46, negatives=13),
    # DJ, DK, not counting (45 rows, fewer than the 120 registered before they were collected, with the session's last
    # 140 look-ups): two helpers at the same time (DJ service discovery and RPC frameworks; DK metrics, log and trace
    # shippers), labelled by LABELS.md as it stood at 74d1305; measured once together on 3a8f594 (at 18:01 UTC
    # 2026-12-04): 0.941 / 0.914 / 0.970 (HELDOUT-dj.md's Result); now, after test_formats_heldout_djdk.py's rules,
    # 0.941 / 0.914 / 0.941 (tornado's gaierror(11001) read `nxdomain` as the corpus's 22 rows say, labelled `other`
    # here; Dubbo's unresolved address's kind; the Datadog REPL three prose lines under its call)
    HeldOut("heldout-2026-12dj.jsonl", (0.905, 0.950, 0.950), (0.95, 0.95, 0.95), rows=26, negatives=7),
    HeldOut("heldout-2026-12dk.jsonl", (1.000, 0.867, 1.000), (0.92, 0.86, 0.92), rows=19, negatives=5),
    # DL, DM, DN, DO: four helpers at the same time, split by theme (DL Python web, worker and scheduler stacks; DM
    # Node.js and TypeScript stacks; DN .NET and Go application services; DO managed cloud Kubernetes and its add-ons),
    # labelled by LABELS.md as it stood at 50d64c1; no thread shared with each other or an earlier set; measured once
    # together on 370f5b9 (at 20:16 UTC 2026-12-04, as the addendum written before any row was read set), 129 rows, so
    # counting: 0.966 / 0.944 / 0.988 (HELDOUT-dl.md's Result); now, after test_formats_heldout_dldo.py's rules, 1.000 /
    # 1.000 / 1.000
    HeldOut("heldout-2026-12dl.jsonl", (1.000, 1.000, 1.000), (1.00, 1.00, 1.00), rows=42, negatives=11),
    HeldOut("heldout-2026-12dm.jsonl", (0.952, 0.952, 1.000), (1.00, 1.00, 1.00), rows=31, negatives=11),
    HeldOut("heldout-2026-12dn.jsonl", (0.929, 0.867, 0.929), (1.00, 1.00, 1.00), rows=23, negatives=9),
    HeldOut("heldout-2026-12do.jsonl", (0.955, 0.913, 1.000), (1.00, 1.00, 1.00), rows=33, negatives=10),
    # DP, DQ, DR, DS: four helpers at the same time, split by theme (DP serverless, event-driven and workflow platforms;
    # DQ self-hosted collaboration and developer platforms; DR Java, Kotlin and Scala services; DS edge, IoT and telco
    # workloads), labelled by LABELS.md as it stood at 50d64c1; no thread shared with each other or an earlier set;
    # measured once together on 640c9e1 (at 20:29 UTC 2026-12-04, as the addendum written before any row was read
    # set), 187 rows, so counting: 0.918 / 0.866 / 0.962 (HELDOUT-dp.md's Result); now, after
    # test_formats_heldout_dpds.py's rules, 0.993 / 0.979 / 0.993 (left: R2DBC's `h/<unresolved>:port` kind, where
    # the earlier sets split; a backslash in the name Netty was handed, which the paste's JSON escapes change; MQTTnet's
    # server named only in its sentence, which a review showed no rule can tell from that sentence's other words)
    HeldOut("heldout-2026-12dp.jsonl", (1.000, 1.000, 1.000), (1.00, 1.00, 1.00), rows=35, negatives=13),
    HeldOut("heldout-2026-12dq.jsonl", (0.932, 0.911, 0.977), (1.00, 1.00, 1.00), rows=56, negatives=15),
    HeldOut("heldout-2026-12dr.jsonl", (0.811, 0.750, 0.886), (0.97, 0.95, 0.97), rows=52, negatives=13),
    HeldOut("heldout-2026-12ds.jsonl", (0.968, 0.857, 1.000), (1.00, 0.97, 1.00), rows=44, negatives=12),
    # DT, DU, DV, DW: four helpers at the same time, split by theme (DT web CMS, e-commerce and business applications;
    # DU LLM and AI application stacks; DV blockchain and web3 nodes; DW media, game and streaming servers), labelled
    # by LABELS.md as it stood at e56a36a; one DW row dropped as a thread DT holds; measured once together on 60b165c
    # (at 23:41 UTC 2026-12-04, as the addendum written before any row was read set), 180 rows, so counting: 0.963 /
    # 0.942 / 0.977 (HELDOUT-dt.md's Result); now, after test_formats_heldout_dtdw.py's rules, 1.000 / 1.000 / 1.000
    HeldOut("heldout-2026-12dt.jsonl", (0.947, 0.900, 0.947), (1.00, 1.00, 1.00), rows=53, negatives=15),
    HeldOut("heldout-2026-12du.jsonl", (1.000, 1.000, 1.000), (1.00, 1.00, 1.00), rows=38, negatives=12),
    HeldOut("heldout-2026-12dv.jsonl", (0.939, 0.912, 1.000), (1.00, 1.00, 1.00), rows=46, negatives=13),
    HeldOut(
        "heldout-2026-12dw.jsonl",
        (0.968, 0.968, 0.968),
        (1.00, 1.00, 1.00),
        rows=44,
        negatives=12,
        read_by_rules=("heldout-2026-12dt.jsonl",),
        independent=43,
    ),
    # DX, DY, DZ, EA: four helpers at the same time, split by theme (DX testing and QA tooling; DY scientific, research
    # and HPC workloads; DZ VPNs, tunnels and overlay networks; EA frontend and mobile builds), labelled by LABELS.md as
    # it stood at e56a36a; one DZ row dropped as a thread DY holds, one EA row as a thread DX holds; measured once
    # together on deaf251 (at 00:10 UTC 2026-12-05, as the addendum written before any row was read set), 212 rows, so
    # counting: 0.976 / 0.964 / 0.994, the goals met (HELDOUT-dx.md's Result); now, after
    # test_formats_heldout_dxea.py's rules, 0.994 / 0.994 / 1.000 (left then: `bucketname.localhost`'s stand-in flag,
    # which LABELS.md counts since held-out FM: DX now reads 1.000 / 1.000 / 1.000)
    HeldOut("heldout-2026-12dx.jsonl", (0.976, 0.976, 1.000), (0.97, 0.97, 1.00), rows=55, negatives=14),
    HeldOut("heldout-2026-12dy.jsonl", (0.979, 0.920, 1.000), (1.00, 1.00, 1.00), rows=61, negatives=18),
    HeldOut(
        "heldout-2026-12dz.jsonl",
        (0.977, 0.977, 0.977),
        (1.00, 1.00, 1.00),
        rows=54,
        negatives=15,
        read_by_rules=("heldout-2026-12dy.jsonl",),
        independent=53,
    ),
    HeldOut(
        "heldout-2026-12ea.jsonl",
        (0.971, 1.000, 1.000),
        (1.00, 1.00, 1.00),
        rows=44,
        negatives=12,
        read_by_rules=("heldout-2026-12dx.jsonl",),
        independent=43,
    ),
    # EB, EC: a replication of DX-EA's measure, registered before they were collected: two helpers at the same time
    # (EB Kubernetes workloads and cluster components; EC Docker and Compose stacks; any stack), labelled by LABELS.md
    # as it stood at e56a36a, measured once together on deaf251, DX-EA's commit (at 00:25 UTC 2026-12-05), 63 rows (the
    # session's last look-ups): 0.977 / 0.933 / 0.977, DX-EA's pass not replicated (HELDOUT-eb.md's Result); now,
    # after test_formats_heldout_ebec.py's rules, 0.978 / 0.978 / 0.978 (left: ZooKeeper's canonicalize without
    # `/<unresolved>`, `other` in sets U, AV and BF, `nxdomain` here)
    HeldOut("heldout-2026-12eb.jsonl", (1.000, 0.969, 1.000), (1.00, 1.00, 1.00), rows=43, negatives=13),
    HeldOut("heldout-2026-12ec.jsonl", (0.917, 0.846, 0.917), (0.92, 0.92, 0.92), rows=20, negatives=7),
    # ED to EK: the fresh counting set the last session's note fixed (120 or more, on the head), registered before it
    # was collected: eight helpers at the same time, split by theme (ED observability agents and pipelines; EE identity,
    # secrets, certificates and policy; EF messaging and event brokers; EG data and analytics engines; EH local and
    # developer clusters; EI managed cloud Kubernetes and cloud endpoints; EJ cluster networking components; EK
    # databases' HA tooling and operators), labelled by LABELS.md as it stood at 81676e8; three rows dropped as threads
    # an earlier-lettered one holds; measured once together on 81676e8 (at 02:24 UTC 2026-12-05), 356 rows: 0.920 /
    # 0.824 / 0.981, the goals not met (HELDOUT-ed.md's Result); now, after test_formats_heldout_edek.py's rules,
    # 0.963 / 0.932 / 0.996 (left: names from configuration or prose several lines off, and label questions: `mydom`,
    # `foo.bar.com` and a reporter's `example.com` as stand-ins, a bootstrap list's `brokers logs-kafka-0`, a
    # trailing comma kept in a name, Cassandra's seed look-up `nxdomain` where sets I label it `other`, cert-manager's
    # timed-out query to the zone's server)
    HeldOut("heldout-2026-12ed.jsonl", (0.885, 0.767, 1.000), (0.96, 0.86, 1.00), rows=39, negatives=11),
    HeldOut("heldout-2026-12ee.jsonl", (0.842, 0.762, 0.972), (0.86, 0.88, 1.00), rows=50, negatives=16),
    HeldOut("heldout-2026-12ef.jsonl", (0.944, 0.850, 1.000), (0.94, 0.85, 1.00), rows=35, negatives=16),
    HeldOut("heldout-2026-12eg.jsonl", (0.938, 0.882, 0.968), (0.96, 0.94, 0.96), rows=48, negatives=15),
    HeldOut("heldout-2026-12eh.jsonl", (0.941, 0.914, 0.970), (1.00, 1.00, 1.00), rows=50, negatives=17),
    HeldOut(
        "heldout-2026-12ei.jsonl",
        (0.972, 0.875, 1.000),
        (1.00, 0.97, 1.00),
        rows=59,
        negatives=20,
        read_by_rules=("heldout-2026-12eg.jsonl",),
        independent=58,
    ),
    HeldOut(
        "heldout-2026-12ej.jsonl",
        (0.889, 0.750, 0.960),
        (1.00, 0.93, 1.00),
        rows=46,
        negatives=15,
        read_by_rules=("heldout-2026-12ed.jsonl",),
        independent=45,
    ),
    HeldOut(
        "heldout-2026-12ek.jsonl",
        (1.000, 0.765, 1.000),
        (1.00, 1.00, 1.00),
        rows=32,
        negatives=14,
        read_by_rules=("heldout-2026-12eg.jsonl",),
        independent=31,
    ),
    # EL to ES: the measure on the head after corpus sets H-O (the same eight themes, collected and read for rules
    # first) and the products' own source on those themes, registered before it was collected: eight helpers at the
    # same time (EL CI runners and image builds; EM GitOps and delivery tools; EN image pulls and registries; EO
    # application services in pods; EP machine-learning platforms; EQ service meshes, sidecars and proxies; ER platform
    # components and distributions; ES self-hosted applications), labelled by LABELS.md as it stood at 948955d; none
    # dropped by thread; measured once together on 948955d (at 06:07 UTC 2026-12-05), 164 rows: 0.951 / 0.963 / 1.000,
    # the precision goal not met (HELDOUT-el.md's Result); now, after test_formats_heldout_eles.py's guards, 0.975 /
    # 0.963 / 1.000 (left: ssh's `github.com:owner` read as printed, as sets AH and AC label it, EM labels the host;
    # a stand-in the reporter names further down the thread; nodemailer's `EDNS` error object)
    HeldOut("heldout-2026-12el.jsonl", (0.909, 1.000, 1.000), (1.00, 1.00, 1.00), rows=19, negatives=9),
    HeldOut("heldout-2026-12em.jsonl", (0.900, 0.900, 1.000), (0.90, 0.90, 1.00), rows=23, negatives=13),
    HeldOut("heldout-2026-12en.jsonl", (0.846, 0.917, 1.000), (0.91, 0.91, 1.00), rows=20, negatives=9),
    HeldOut("heldout-2026-12eo.jsonl", (1.000, 1.000, 1.000), (1.00, 1.00, 1.00), rows=15, negatives=9),
    HeldOut("heldout-2026-12ep.jsonl", (1.000, 1.000, 1.000), (1.00, 1.00, 1.00), rows=18, negatives=11),
    HeldOut("heldout-2026-12eq.jsonl", (1.000, 1.000, 1.000), (1.00, 1.00, 1.00), rows=27, negatives=20),
    HeldOut("heldout-2026-12er.jsonl", (1.000, 1.000, 1.000), (1.00, 1.00, 1.00), rows=26, negatives=9),
    HeldOut("heldout-2026-12es.jsonl", (1.000, 0.875, 1.000), (1.00, 0.87, 1.00), rows=16, negatives=8),
    # ET to FA: the measure on the head after corpus sets P-W (held-out ED-EK's themes again) and products' own source
    # read for look-alikes, registered before it was collected: eight helpers at the same time split by runtime (ET Go;
    # EU JVM; EV Python; EW JavaScript runtimes; EX command-line tools and system programs; EY other runtimes and
    # native programs; EZ threads in other languages; FA DNS servers' and resolvers' own logs), labelled by LABELS.md
    # as it stood at 556a1c6, negatives up to half of a set; three rows dropped as threads an earlier-lettered one of
    # the eight holds; measured once together on 556a1c6 (at 09:06 UTC 2026-12-05), 303 rows: 0.953 / 0.896 / 0.982,
    # the precision and recall goals not met (HELDOUT-et.md's Result); now, after test_formats_heldout_etfa.py's rules
    # (rules/dns_server_logs.py), 0.994 / 0.989 / 1.000 (left: a stand-in the reporter names in words the parser does
    # not read as withholding this name; dig's timeout written in prose beside its command)
    HeldOut("heldout-2026-12et.jsonl", (1.000, 1.000, 1.000), (1.00, 1.00, 1.00), rows=42, negatives=21),
    HeldOut("heldout-2026-12eu.jsonl", (1.000, 1.000, 1.000), (1.00, 1.00, 1.00), rows=24, negatives=12),
    HeldOut("heldout-2026-12ev.jsonl", (1.000, 1.000, 1.000), (1.00, 1.00, 1.00), rows=25, negatives=11),
    HeldOut("heldout-2026-12ew.jsonl", (0.880, 0.957, 0.957), (1.00, 1.00, 1.00), rows=44, negatives=22),
    HeldOut("heldout-2026-12ex.jsonl", (0.931, 0.931, 0.964), (1.00, 1.00, 1.00), rows=54, negatives=27),
    HeldOut("heldout-2026-12ey.jsonl", (1.000, 0.889, 1.000), (1.00, 1.00, 1.00), rows=18, negatives=9),
    HeldOut("heldout-2026-12ez.jsonl", (0.962, 0.962, 1.000), (0.96, 0.96, 1.00), rows=40, negatives=17),
    HeldOut("heldout-2026-12fa.jsonl", (0.944, 0.708, 0.971), (1.00, 0.97, 1.00), rows=56, negatives=16),
    # FB to FI: the measure on the head after corpus sets X-ZE (the same eight runtimes, collected and read for rules
    # first), the DNS servers' source and the noise test's guards, registered before it was collected: eight helpers
    # at the same time split by runtime as ET-FA (FB Go; FC JVM; FD Python; FE JavaScript runtimes; FF command-line
    # tools and system programs; FG other runtimes and native programs; FH threads in other languages; FI DNS servers'
    # and resolvers' own logs), labelled by LABELS.md as it stood at b45139c, negatives up to half of a set; two rows
    # of FH dropped as threads an earlier set holds; measured once together on b45139c (at 12:37 UTC 2026-12-05), 302
    # rows: 0.917 / 0.876 / 0.969, the precision and recall goals not met (HELDOUT-fb.md's Result); now, after
    # test_formats_heldout_fbfi.py's rules (rules/monitoring_daemons.py), 0.959 / 0.932 / 0.988 (after FJ-FQ's:
    # 0.960 / 0.938 / 0.988)
    HeldOut("heldout-2026-12fb.jsonl", (0.812, 0.867, 1.000), (0.81, 0.86, 1.00), rows=29, negatives=14),
    HeldOut("heldout-2026-12fc.jsonl", (0.935, 0.967, 1.000), (0.96, 0.96, 1.00), rows=50, negatives=21),
    HeldOut("heldout-2026-12fd.jsonl", (1.000, 1.000, 1.000), (1.00, 1.00, 1.00), rows=22, negatives=11),
    HeldOut("heldout-2026-12fe.jsonl", (0.923, 0.857, 1.000), (0.92, 0.85, 1.00), rows=28, negatives=14),
    HeldOut("heldout-2026-12ff.jsonl", (0.952, 0.909, 0.952), (1.00, 1.00, 1.00), rows=40, negatives=20),
    HeldOut("heldout-2026-12fg.jsonl", (0.938, 0.625, 1.000), (1.00, 0.79, 1.00), rows=39, negatives=16),
    HeldOut("heldout-2026-12fh.jsonl", (0.950, 0.950, 0.950), (0.95, 0.95, 0.95), rows=39, negatives=19),
    HeldOut("heldout-2026-12fi.jsonl", (0.878, 0.878, 0.925), (0.97, 0.97, 0.97), rows=55, negatives=17),
    # FJ to FQ: the measure on the head after probing the generic rule with one-word names (no corpus set this
    # session: all but 40 of its look-ups went to this measure), registered before it was collected: eight helpers at
    # the same time split by runtime as FB-FI, with FB-FI's themes word for word (FJ Go; FK JVM; FL Python; FM
    # JavaScript runtimes; FN command-line tools and system programs; FO other runtimes and native programs; FP
    # threads in other languages; FQ DNS servers' and resolvers' own logs), labelled by LABELS.md as it stood at
    # 615c5f4, negatives up to half of a set; four rows dropped as threads earlier sets hold; measured once together
    # on 615c5f4 (at 15:17 UTC 2026-12-05), 337 rows: 0.944 / 0.894 / 0.983, the precision and recall goals not met
    # (HELDOUT-fj.md's Result); now, after test_formats_heldout_fjfq.py's rules, 0.984 / 0.979 / 0.989
    HeldOut("heldout-2026-12fj.jsonl", (1.000, 1.000, 1.000), (1.00, 1.00, 1.00), rows=30, negatives=15),
    HeldOut("heldout-2026-12fk.jsonl", (0.895, 0.810, 1.000), (1.00, 1.00, 1.00), rows=42, negatives=21),
    HeldOut("heldout-2026-12fl.jsonl", (0.857, 0.857, 0.900), (0.95, 0.95, 0.95), rows=40, negatives=20),
    HeldOut("heldout-2026-12fm.jsonl", (0.880, 0.846, 1.000), (0.96, 0.96, 1.00), rows=51, negatives=26),
    HeldOut("heldout-2026-12fn.jsonl", (0.963, 0.929, 0.963), (0.96, 0.92, 0.96), rows=52, negatives=25),
    HeldOut("heldout-2026-12fo.jsonl", (1.000, 0.941, 1.000), (1.00, 1.00, 1.00), rows=22, negatives=8),
    HeldOut("heldout-2026-12fp.jsonl", (0.963, 1.000, 1.000), (1.00, 1.00, 1.00), rows=48, negatives=23),
    HeldOut("heldout-2026-12fq.jsonl", (1.000, 0.806, 1.000), (1.00, 1.00, 1.00), rows=52, negatives=23),
    # FR to FY: the measure on the head after FJ-FQ's rules (no parser change this session before it, no corpus set:
    # all but 47 of the session's look-ups went to it), registered before it was collected: eight helpers at the same
    # time split by runtime with FJ-FQ's themes word for word (FR Go; FS JVM; FT Python; FU JavaScript runtimes; FV
    # command-line tools and system programs; FW other runtimes and native programs; FX threads in other languages; FY
    # DNS servers' and resolvers' own logs), labelled by LABELS.md as it stood at a75c1a0, negatives up to half of a
    # set; one row dropped as a thread an earlier set holds; measured once together on a75c1a0 (at 18:38 UTC
    # 2026-12-05), 298 rows: 0.901 / 0.881 / 0.970, the precision and recall goals not met (HELDOUT-fr.md's Result);
    # now, after test_formats_heldout_frfy.py's rules and the source-mined ones, 0.983 / 0.972 / 0.994
    HeldOut("heldout-2026-12fr.jsonl", (0.923, 0.923, 1.000), (0.92, 0.92, 1.00), rows=24, negatives=12),
    HeldOut("heldout-2026-12fs.jsonl", (0.944, 0.895, 1.000), (1.00, 0.94, 1.00), rows=38, negatives=19),
    HeldOut("heldout-2026-12ft.jsonl", (0.917, 0.917, 1.000), (1.00, 1.00, 1.00), rows=24, negatives=12),
    HeldOut("heldout-2026-12fu.jsonl", (0.812, 0.929, 1.000), (1.00, 1.00, 1.00), rows=28, negatives=14),
    HeldOut("heldout-2026-12fv.jsonl", (1.000, 1.000, 1.000), (1.00, 1.00, 1.00), rows=51, negatives=24),
    HeldOut("heldout-2026-12fw.jsonl", (0.800, 0.750, 1.000), (0.93, 0.93, 1.00), rows=32, negatives=16),
    HeldOut("heldout-2026-12fx.jsonl", (1.000, 0.929, 1.000), (1.00, 1.00, 1.00), rows=45, negatives=23),
    HeldOut("heldout-2026-12fy.jsonl", (0.818, 0.783, 0.878), (0.97, 0.95, 0.97), rows=56, negatives=17),
    # issue #17 (session 51): FZ-GG, the one hundred and eighty-second to eighty-ninth, registered before it was
    # collected (all but 40 of the session's look-ups), eight helpers at the same time with FR-FY's themes word for
    # word (FZ Go; GA JVM; GB Python; GC JavaScript runtimes; GD command-line tools and system programs; GE other
    # runtimes and native programs; GF threads in other languages; GG DNS servers' and resolvers' own logs), labelled by
    # LABELS.md as it stood at 4118210, negatives up to half of a set; four rows dropped as threads earlier sets hold;
    # measured once together on 4118210 (21:50 UTC 2026-12-05), 254 rows: 0.906 / 0.846 / 0.962, the precision and
    # recall goals not met (HELDOUT-fz.md's Result); now, after test_formats_heldout_fzgg.py's rules, 0.986 / 0.940 / 1
    HeldOut("heldout-2026-12fz.jsonl", (0.929, 0.929, 0.929), (1.00, 1.00, 1.00), rows=24, negatives=12),
    HeldOut("heldout-2026-12ga.jsonl", (0.846, 0.786, 0.917), (1.00, 0.92, 1.00), rows=28, negatives=14),
    HeldOut("heldout-2026-12gb.jsonl", (0.947, 0.857, 0.947), (1.00, 1.00, 1.00), rows=36, negatives=15),
    HeldOut("heldout-2026-12gc.jsonl", (0.889, 0.889, 1.000), (0.94, 0.94, 1.00), rows=34, negatives=17),
    HeldOut("heldout-2026-12gd.jsonl", (0.818, 0.692, 0.900), (1.00, 0.80, 1.00), rows=33, negatives=11),
    HeldOut("heldout-2026-12ge.jsonl", (0.909, 0.833, 1.000), (1.00, 0.91, 1.00), rows=21, negatives=10),
    HeldOut("heldout-2026-12gf.jsonl", (1.000, 1.000, 1.000), (1.00, 1.00, 1.00), rows=44, negatives=20),
    HeldOut("heldout-2026-12gg.jsonl", (0.889, 0.800, 1.000), (0.95, 0.95, 1.00), rows=34, negatives=15),
    # issue #17 (session 52): GH-GO, the one hundred and ninetieth to ninety-seventh, registered before it was
    # collected (893 of the session's look-ups), eight helpers at the same time with FZ-GG's themes word for word
    # (GH Go; GI JVM; GJ Python; GK JavaScript runtimes; GL command-line tools and system programs; GM other runtimes
    # and native programs; GN threads in other languages; GO DNS servers' and resolvers' own logs), labelled by
    # LABELS.md as it stood at d498c3c, negatives up to half of a set; eight rows dropped as threads earlier sets hold;
    # measured once together on d498c3c (00:46 UTC 2026-12-06), 304 rows: 0.927 / 0.895 / 0.987, the precision and
    # recall goals not met (HELDOUT-gh.md's Result); now, after test_formats_heldout_ghgo.py's rules and the third
    # round of source-mined probes, 0.988 / 0.982 / 1.000
    HeldOut("heldout-2026-12gh.jsonl", (1.000, 1.000, 1.000), (1.00, 1.00, 1.00), rows=50, negatives=22),
    HeldOut("heldout-2026-12gi.jsonl", (0.850, 0.895, 1.000), (1.00, 1.00, 1.00), rows=33, negatives=15),
    HeldOut("heldout-2026-12gj.jsonl", (1.000, 0.923, 1.000), (1.00, 1.00, 1.00), rows=24, negatives=11),
    HeldOut("heldout-2026-12gk.jsonl", (0.875, 0.875, 1.000), (0.87, 0.87, 1.00), rows=32, negatives=16),
    HeldOut("heldout-2026-12gl.jsonl", (0.923, 0.973, 0.973), (1.00, 1.00, 1.00), rows=65, negatives=31),
    HeldOut("heldout-2026-12gm.jsonl", (0.917, 0.579, 1.000), (1.00, 0.94, 1.00), rows=32, negatives=16),
    HeldOut("heldout-2026-12gn.jsonl", (0.900, 0.750, 0.900), (1.00, 1.00, 1.00), rows=25, negatives=13),
    HeldOut("heldout-2026-12go.jsonl", (0.923, 0.960, 1.000), (1.00, 1.00, 1.00), rows=43, negatives=22),
    # issue #17 (session 53): GP-GW, the one hundred and ninety-eighth to two hundred and fifth, registered before it
    # was collected (755 of the session's look-ups), eight helpers at the same time split by runtime as GH-GO were (GP
    # Go; GQ JVM; GR Python; GS JavaScript runtimes; GT command-line tools and system programs; GU other runtimes and
    # native programs; GV threads in other languages; GW DNS servers' and resolvers' own logs), from a brief template
    # rewritten this session, labelled by LABELS.md as it stood at 72100a5, negatives up to half of a set; eleven rows
    # dropped as threads an earlier-lettered new set holds; measured once together on 72100a5 (03:42 UTC 2026-12-06),
    # 406 rows: 0.937 / 0.902 / 0.975, the precision and recall goals not met (HELDOUT-gp.md's Result); now, after
    # test_formats_heldout_gpgw.py's rules, 0.972 / 0.977 / 0.986
    HeldOut("heldout-2026-12gp.jsonl", (0.923, 0.923, 0.923), (0.92, 0.92, 0.92), rows=50, negatives=25),
    HeldOut("heldout-2026-12gq.jsonl", (1.000, 0.931, 1.000), (1.00, 1.00, 1.00), rows=55, negatives=27),
    HeldOut("heldout-2026-12gr.jsonl", (0.920, 0.885, 0.958), (1.00, 1.00, 1.00), rows=50, negatives=25),
    HeldOut("heldout-2026-12gs.jsonl", (0.905, 0.864, 1.000), (0.95, 0.90, 1.00), rows=44, negatives=22),
    HeldOut("heldout-2026-12gt.jsonl", (0.900, 0.900, 1.000), (1.00, 1.00, 1.00), rows=46, negatives=27),
    HeldOut("heldout-2026-12gu.jsonl", (0.963, 1.000, 1.000), (0.96, 1.00, 1.00), rows=51, negatives=25),
    HeldOut("heldout-2026-12gv.jsonl", (1.000, 0.962, 1.000), (1.00, 1.00, 1.00), rows=52, negatives=26),
    HeldOut("heldout-2026-12gw.jsonl", (0.886, 0.795, 0.939), (0.95, 0.97, 0.97), rows=58, negatives=25),
    # issue #17 (session 54): GX-HE, the two hundred and sixth to two hundred and thirteenth, registered before it was
    # collected (948 of the session's look-ups), eight helpers at the same time split by runtime as GP-GW were (GX Go;
    # GY JVM; GZ Python; HA JavaScript runtimes; HB command-line tools and system programs; HC other runtimes and
    # native programs; HD threads in other languages; HE DNS servers' and resolvers' own logs, a home network's
    # resolver off-frame), from the brief template now kept in tests/heldout_collection, labelled by LABELS.md as it
    # stood at eae8a2d, negatives up to half of a set; eight rows dropped as threads an earlier-lettered new set holds;
    # measured once together on eae8a2d (06:17 UTC 2026-12-06), 320 rows: 0.947 / 0.925 / 1.000, the precision and
    # recall goals not met (HELDOUT-gx.md's Result); now, after test_formats_heldout_gxhe.py's rules, 0.989 / 0.994 /
    # 1.000
    HeldOut("heldout-2026-12gx.jsonl", (0.950, 0.950, 1.000), (1.00, 1.00, 1.00), rows=38, negatives=19),
    HeldOut("heldout-2026-12gy.jsonl", (1.000, 0.933, 1.000), (1.00, 1.00, 1.00), rows=28, negatives=14),
    HeldOut("heldout-2026-12gz.jsonl", (1.000, 1.000, 1.000), (1.00, 1.00, 1.00), rows=49, negatives=25),
    HeldOut("heldout-2026-12ha.jsonl", (0.778, 0.824, 1.000), (1.00, 1.00, 1.00), rows=32, negatives=16),
    HeldOut("heldout-2026-12hb.jsonl", (1.000, 0.962, 1.000), (1.00, 1.00, 1.00), rows=50, negatives=26),
    HeldOut("heldout-2026-12hc.jsonl", (1.000, 0.714, 1.000), (1.00, 1.00, 1.00), rows=28, negatives=14),
    HeldOut("heldout-2026-12hd.jsonl", (1.000, 1.000, 1.000), (1.00, 1.00, 1.00), rows=46, negatives=23),
    # (after KH-KO: a `getent hosts h` at a prompt that comes straight back is a failure; HE's one row has two, and
    # labels neither, the short name's `web1` read as well: 0.912 / 0.969 / 1.000)
    HeldOut("heldout-2026-12he.jsonl", (0.879, 0.906, 1.000), (0.91, 0.96, 1.00), rows=49, negatives=24),
    # issue #17 (session 55): HF-HM, the two hundred and fourteenth to two hundred and twenty-first, registered before
    # it was collected (880 of the session's look-ups), eight helpers at the same time split by where the paste comes
    # from (HF cluster components and add-ons; HG CI/CD and image builds; HH databases and brokers; HI proxies, meshes
    # and gateways; HJ cloud providers and managed Kubernetes; HK observability pipelines; HL application frameworks
    # and self-hosted applications; HM local clusters, Compose and the nodes' resolvers), labelled by LABELS.md as it
    # stood at 3442cae, negatives up to half of a set; three rows dropped as threads an earlier-lettered new set holds;
    # measured once together on 3442cae (08:53 UTC 2026-12-06), 308 rows: 0.950 / 0.890 / 0.962, the precision and
    # recall goals not met (HELDOUT-hf.md's Result); now, after test_formats_heldout_hfhm.py's rules, 0.977 / 0.971 /
    # 0.982
    HeldOut("heldout-2026-12hf.jsonl", (1.000, 0.800, 1.000), (1.00, 1.00, 1.00), rows=18, negatives=9),
    HeldOut("heldout-2026-12hg.jsonl", (0.941, 0.941, 0.970), (1.00, 1.00, 1.00), rows=51, negatives=25),
    HeldOut("heldout-2026-12hh.jsonl", (1.000, 1.000, 1.000), (1.00, 1.00, 1.00), rows=18, negatives=9),
    HeldOut("heldout-2026-12hi.jsonl", (0.947, 0.857, 1.000), (1.00, 1.00, 1.00), rows=42, negatives=21),
    HeldOut("heldout-2026-12hj.jsonl", (0.870, 0.800, 0.870), (0.95, 0.92, 0.95), rows=49, negatives=25),
    HeldOut("heldout-2026-12hk.jsonl", (1.000, 0.846, 1.000), (1.00, 1.00, 1.00), rows=27, negatives=14),
    HeldOut("heldout-2026-12hl.jsonl", (1.000, 0.968, 1.000), (0.96, 0.96, 1.00), rows=53, negatives=24),
    HeldOut("heldout-2026-12hm.jsonl", (0.926, 0.862, 0.926), (0.93, 0.93, 0.93), rows=50, negatives=24),
    # issue #17 (session 56): HN-HU, the two hundred and twenty-second to twenty-ninth, registered before it was
    # collected (960 of the session's look-ups), eight helpers at the same time split by where the thread lives (HN
    # Q&A sites; HO community forums; HP vendor knowledge bases and cloud Q&A; HQ blog posts and tutorials; HR threads
    # in Chinese, Japanese or Korean; HS threads in other languages; HT small projects' GitHub issues; HU issues
    # whose template holds a long log), labelled by LABELS.md as it stood at 385a669, negatives up to half of a set;
    # nineteen rows dropped as threads an earlier-lettered new set holds; measured once together on 385a669 (11:07
    # UTC 2026-12-06), 197 rows: 0.922 / 0.887 / 0.990, the precision and recall goals not met (HELDOUT-hn.md's
    # Result); now, after test_formats_heldout_hnhu.py's rules, 0.971 / 0.943 / 0.990
    HeldOut("heldout-2026-12hn.jsonl", (0.923, 1.000, 1.000), (1.00, 1.00, 1.00), rows=43, negatives=21),
    HeldOut("heldout-2026-12ho.jsonl", (0.941, 0.941, 1.000), (1.00, 0.94, 1.00), rows=32, negatives=15),
    HeldOut("heldout-2026-12hp.jsonl", (0.864, 0.826, 1.000), (0.95, 0.95, 1.00), rows=40, negatives=18),
    HeldOut("heldout-2026-12hq.jsonl", (1.000, 1.000, 1.000), (1.00, 1.00, 1.00), rows=26, negatives=14),
    HeldOut("heldout-2026-12hr.jsonl", (1.000, 0.667, 1.000), (1.00, 1.00, 1.00), rows=11, negatives=5),
    HeldOut("heldout-2026-12hs.jsonl", (1.000, 1.000, 1.000), (1.00, 1.00, 1.00), rows=6, negatives=3),
    HeldOut("heldout-2026-12ht.jsonl", (0.875, 0.700, 0.875), (0.88, 0.80, 0.88), rows=22, negatives=12),
    HeldOut("heldout-2026-12hu.jsonl", (0.875, 0.778, 1.000), (0.87, 0.77, 1.00), rows=17, negatives=9),
    # issue #17 (session 57): HV-IC, the two hundred and thirtieth to thirty-seventh, registered before it was
    # collected (927 of the session's look-ups), eight helpers at the same time split by the runtime or kind of program
    # that printed the failure (HV Python and Ruby; HW JVM and .NET; HX Go programs, operators and CLIs; HY Node.js,
    # Deno, Bun and PHP; HZ system tools and C/C++/Rust; IA databases, caches and brokers; IB edge and home-lab
    # clusters; IC self-hosted applications), labelled by LABELS.md as it stood at ceb9de0, negatives up to half of a
    # set; six rows dropped as threads an earlier set holds; measured once together on ceb9de0 (13:59 UTC 2026-12-06),
    # 302 rows: 0.967 / 0.876 / 1.000, the precision and recall goals not met (HELDOUT-hv.md's Result); now, after
    # test_formats_heldout_hvic.py's rules, 1.000 / 0.982 / 1.000
    HeldOut("heldout-2026-12hv.jsonl", (1.000, 0.824, 1.000), (1.00, 1.00, 1.00), rows=26, negatives=13),
    HeldOut("heldout-2026-12hw.jsonl", (0.960, 0.774, 1.000), (1.00, 0.93, 1.00), rows=62, negatives=31),
    HeldOut("heldout-2026-12hx.jsonl", (0.950, 0.864, 1.000), (1.00, 1.00, 1.00), rows=38, negatives=19),
    HeldOut("heldout-2026-12hy.jsonl", (0.917, 0.917, 1.000), (1.00, 1.00, 1.00), rows=24, negatives=12),
    HeldOut("heldout-2026-12hz.jsonl", (0.941, 0.914, 1.000), (1.00, 0.97, 1.00), rows=61, negatives=31),
    HeldOut("heldout-2026-12ia.jsonl", (1.000, 0.818, 1.000), (1.00, 1.00, 1.00), rows=17, negatives=8),
    HeldOut("heldout-2026-12ib.jsonl", (1.000, 0.926, 1.000), (1.00, 1.00, 1.00), rows=47, negatives=24),
    HeldOut("heldout-2026-12ic.jsonl", (1.000, 1.000, 1.000), (1.00, 1.00, 1.00), rows=27, negatives=13),
    # issue #17 (session 58): ID-IK, the two hundred and thirty-eighth to forty-fifth, registered before it was
    # collected (932 of the session's look-ups), eight helpers at the same time split by the kind of system around the
    # failure (ID CI systems and runners; IE image builds, registries and runtimes; IF meshes, ingress and gateways; IG
    # cloud-managed clusters and tooling; IH observability agents; II data and ML platforms; IJ cluster and node
    # networking and DNS components; IK developer environments and test tooling), labelled by LABELS.md as it stood
    # at 19d03df, negatives up to half of a set; one row dropped as a thread an earlier set holds; measured once
    # together on 19d03df (16:30 UTC 2026-12-06), 303 rows: 0.966 / 0.873 / 0.993, the precision and recall goals not
    # met (HELDOUT-id.md's Result); now, after test_formats_heldout_idik.py's rules, 0.975 / 0.939 / 0.994
    HeldOut("heldout-2026-12id.jsonl", (0.950, 0.905, 1.000), (0.95, 0.95, 1.00), rows=42, negatives=21),
    HeldOut("heldout-2026-12ie.jsonl", (0.938, 0.789, 1.000), (1.00, 0.84, 1.00), rows=38, negatives=19),
    HeldOut("heldout-2026-12if.jsonl", (1.000, 1.000, 1.000), (1.00, 1.00, 1.00), rows=18, negatives=9),
    HeldOut("heldout-2026-12ig.jsonl", (1.000, 0.950, 1.000), (1.00, 1.00, 1.00), rows=37, negatives=18),
    HeldOut("heldout-2026-12ih.jsonl", (1.000, 0.846, 1.000), (1.00, 0.92, 1.00), rows=26, negatives=13),
    HeldOut("heldout-2026-12ii.jsonl", (1.000, 1.000, 1.000), (1.00, 1.00, 1.00), rows=32, negatives=16),
    HeldOut("heldout-2026-12ij.jsonl", (1.000, 0.775, 1.000), (1.00, 0.95, 1.00), rows=60, negatives=29),
    HeldOut("heldout-2026-12ik.jsonl", (0.889, 0.889, 0.963), (0.88, 0.88, 0.96), rows=50, negatives=24),
    # issue #17 (session 59): IL-IS, the two hundred and forty-sixth to fifty-third, registered before it was collected
    # (880 of the session's look-ups), eight helpers at the same time split by setting and integration (IL self-hosted
    # and home-lab clusters; IM package managers and toolchains; IN serverless, PaaS and container hosting; IO
    # databases, caches, queues and coordination services; IP infrastructure as code, GitOps and deployment tooling; IQ
    # identity, secrets, mail and messaging integrations; IR threads in other languages than English; IS threads of
    # 2025-2026), labelled by LABELS.md as it stood at b3de43f, negatives up to half of a set; two rows dropped as
    # threads an earlier set holds; measured once together on b3de43f (19:36 UTC 2026-12-06), 253 rows: 0.955 / 0.920 /
    # 0.992, the precision and recall goals not met (HELDOUT-il.md's Result)
    HeldOut("heldout-2026-12il.jsonl", (0.975, 0.929, 1.000), (1.00, 1.00, 1.00), rows=82, negatives=41),
    HeldOut("heldout-2026-12im.jsonl", (1.000, 1.000, 1.000), (1.00, 1.00, 1.00), rows=26, negatives=13),
    HeldOut("heldout-2026-12in.jsonl", (0.897, 0.867, 1.000), (1.00, 1.00, 1.00), rows=56, negatives=27),
    HeldOut("heldout-2026-12io.jsonl", (0.800, 0.800, 1.000), (0.80, 0.80, 1.00), rows=10, negatives=5),
    HeldOut("heldout-2026-12ip.jsonl", (1.000, 1.000, 1.000), (1.00, 1.00, 1.00), rows=31, negatives=16),
    HeldOut("heldout-2026-12iq.jsonl", (1.000, 0.846, 1.000), (1.00, 1.00, 1.00), rows=26, negatives=13),
    HeldOut("heldout-2026-12ir.jsonl", (0.875, 0.875, 0.875), (0.87, 0.87, 0.87), rows=16, negatives=8),
    HeldOut("heldout-2026-12is.jsonl", (1.000, 1.000, 1.000), (1.00, 1.00, 1.00), rows=6, negatives=3),
    # issue #17 (session 60): IT-JA, the two hundred and fifty-fourth to sixty-first, registered before it was
    # collected (768 of the session's look-ups), eight helpers at the same time split by setting (IT Windows hosts and
    # containers; IU container runtimes on developers' machines and VMs; IV VPNs, tunnels, overlays and proxies; IW
    # service discovery and RPC frameworks; IY security, supply-chain and policy tooling; IZ source hosting, artifact
    # and object storage; JA monitoring probes and uptime tools) and by era (IX threads of 2014-2019), labelled by
    # LABELS.md as it stood at dae313b, negatives up to half of a set; six rows dropped as threads an earlier set holds;
    # measured once together on dae313b (22:04 UTC 2026-12-06), 348 rows: 0.918 / 0.857 / 0.994, the precision and
    # recall goals not met (HELDOUT-it.md's Result)
    HeldOut("heldout-2026-12it.jsonl", (0.897, 0.839, 1.000), (0.90, 0.90, 1.00), rows=58, negatives=29),
    HeldOut("heldout-2026-12iu.jsonl", (0.920, 0.920, 1.000), (0.96, 0.96, 1.00), rows=50, negatives=26),
    HeldOut("heldout-2026-12iv.jsonl", (0.920, 0.852, 1.000), (0.96, 0.92, 1.00), rows=53, negatives=27),
    HeldOut("heldout-2026-12iw.jsonl", (0.867, 0.812, 1.000), (1.00, 1.00, 1.00), rows=32, negatives=16),
    HeldOut("heldout-2026-12ix.jsonl", (0.950, 0.760, 1.000), (0.95, 0.84, 1.00), rows=47, negatives=24),
    HeldOut("heldout-2026-12iy.jsonl", (0.950, 0.905, 0.950), (1.00, 1.00, 1.00), rows=40, negatives=20),
    HeldOut("heldout-2026-12iz.jsonl", (0.895, 0.850, 1.000), (1.00, 1.00, 1.00), rows=40, negatives=20),
    HeldOut("heldout-2026-12ja.jsonl", (0.941, 0.941, 1.000), (1.00, 1.00, 1.00), rows=28, negatives=14),
    # issue #17 (session 61): JB-JI, the two hundred and sixty-second to sixty-ninth, registered before it was collected
    # (872 of the session's look-ups), eight helpers at the same time split by setting (JB AI and LLM applications; JC
    # backup, storage and data protection; JD IPv6-only and dual-stack setups; JE workflow, automation and job engines;
    # JF media, gaming and home-automation servers; JI load-testing, browser-automation and end-to-end test tools), by
    # era (JG threads of 2020-2023) and by venue (JH trackers and forums other than GitHub, which found only GitHub
    # threads), labelled by LABELS.md as it stood at ac30c87, negatives up to half of a set; one row dropped as a thread
    # an earlier set holds; measured once together on ac30c87 (00:09 UTC 2026-12-07), 256 rows: 0.911 / 0.850 / 1.000,
    # the precision and recall goals not met (HELDOUT-jb.md's Result); now, after rules/report_texts.py and the rules
    # from its misses, 0.977 / 0.962 / 1.000 (left: label disagreements on Ceph's SRV name, apk's temporary error, an
    # address list and a quote handed to curl)
    HeldOut("heldout-2026-12jb.jsonl", (1.000, 1.000, 1.000), (1.00, 1.00, 1.00), rows=12, negatives=6),
    HeldOut("heldout-2026-12jc.jsonl", (0.783, 0.720, 1.000), (0.91, 0.88, 1.00), rows=50, negatives=25),
    HeldOut("heldout-2026-12jd.jsonl", (0.958, 0.821, 1.000), (1.00, 0.96, 1.00), rows=54, negatives=27),
    HeldOut("heldout-2026-12je.jsonl", (0.833, 1.000, 1.000), (1.00, 1.00, 1.00), rows=10, negatives=5),
    HeldOut("heldout-2026-12jf.jsonl", (0.885, 0.852, 1.000), (0.96, 0.96, 1.00), rows=54, negatives=27),
    HeldOut("heldout-2026-12jg.jsonl", (1.000, 0.900, 1.000), (1.00, 1.00, 1.00), rows=17, negatives=8),
    HeldOut("heldout-2026-12jh.jsonl", (1.000, 1.000, 1.000), (1.00, 1.00, 1.00), rows=15, negatives=8),
    HeldOut("heldout-2026-12ji.jsonl", (0.955, 0.875, 1.000), (1.00, 1.00, 1.00), rows=44, negatives=21),
    # issue #17 (session 62): JJ-JQ, the two hundred and seventieth to seventy-seventh, registered before it was
    # collected (954 of the session's look-ups), eight helpers at the same time split by setting (JJ scientific
    # computing, HPC and bioinformatics; JK telecom, 5G core, VoIP and real-time media; JL blockchain and ledger nodes;
    # JM mail, chat and federated social servers; JN mobile, embedded, edge and firmware builds; JO link checkers,
    # static-site generators and documentation builders; JP web CMS, e-commerce and business applications) and by venue
    # inside GitHub (JQ automated comments and CI output pasted into threads), labelled by LABELS.md as it stood at
    # 506905e, negatives up to half of a set; three rows dropped as threads earlier sets hold; measured once together on
    # 506905e (02:06 UTC 2026-12-07), 267 rows: 0.916 / 0.879 / 0.992, the precision and recall goals not met
    # (HELDOUT-jj.md's Result)
    HeldOut("heldout-2026-12jj.jsonl", (1.000, 0.900, 1.000), (1.00, 1.00, 1.00), rows=20, negatives=10),
    HeldOut("heldout-2026-12jk.jsonl", (1.000, 0.786, 1.000), (0.92, 0.92, 1.00), rows=28, negatives=14),
    HeldOut("heldout-2026-12jl.jsonl", (0.850, 0.850, 1.000), (0.95, 0.95, 1.00), rows=38, negatives=19),
    HeldOut("heldout-2026-12jm.jsonl", (0.889, 0.800, 0.960), (0.96, 0.96, 0.96), rows=50, negatives=25),
    HeldOut("heldout-2026-12jn.jsonl", (0.969, 0.969, 1.000), (1.00, 1.00, 1.00), rows=50, negatives=21),
    HeldOut("heldout-2026-12jo.jsonl", (0.812, 0.867, 1.000), (0.93, 0.93, 1.00), rows=28, negatives=14),
    HeldOut("heldout-2026-12jp.jsonl", (1.000, 0.917, 1.000), (1.00, 1.00, 1.00), rows=21, negatives=10),
    HeldOut("heldout-2026-12jq.jsonl", (0.882, 0.938, 1.000), (1.00, 1.00, 1.00), rows=32, negatives=16),
    # issue #17 (session 63): JR-JY, the two hundred and seventy-eighth to eighty-fifth, registered before it was
    # collected (961 of the session's look-ups), eight helpers at the same time split by setting (JR Erlang/Elixir and
    # BEAM clusters; JS programs in less common languages; JT build systems and hermetic toolchains; JU search engines
    # and analytics stores; JV network automation, virtual network labs and routing software; JW cloud development
    # environments and remote-access gateways; JX self-hosted product analytics, error tracking and feature flags; JY
    # public-sector, health, geospatial and open-data platforms), labelled by LABELS.md as it stood at eb1fb51,
    # negatives up to half of a set; six rows dropped as threads an earlier-lettered new set holds; measured once
    # together on eb1fb51 (05:05 UTC 2026-12-07), 318 rows: 0.935 / 0.887 / 0.975, the precision and recall goals not
    # met (HELDOUT-jr.md's Result)
    HeldOut("heldout-2026-12jr.jsonl", (0.893, 0.833, 1.000), (1.00, 1.00, 1.00), rows=56, negatives=28),
    HeldOut("heldout-2026-12js.jsonl", (0.957, 0.917, 1.000), (0.95, 0.95, 1.00), rows=45, negatives=22),
    HeldOut("heldout-2026-12jt.jsonl", (1.000, 0.957, 1.000), (1.00, 1.00, 1.00), rows=38, negatives=15),
    HeldOut("heldout-2026-12ju.jsonl", (0.842, 0.842, 0.842), (0.89, 0.89, 0.89), rows=38, negatives=19),
    HeldOut("heldout-2026-12jv.jsonl", (0.900, 0.783, 0.950), (0.95, 0.95, 1.00), rows=35, negatives=16),
    HeldOut("heldout-2026-12jw.jsonl", (1.000, 0.882, 1.000), (1.00, 0.88, 1.00), rows=36, negatives=19),
    HeldOut("heldout-2026-12jx.jsonl", (0.950, 1.000, 1.000), (1.00, 1.00, 1.00), rows=28, negatives=14),
    HeldOut("heldout-2026-12jy.jsonl", (0.952, 0.909, 1.000), (0.95, 0.95, 1.00), rows=42, negatives=21),
    # issue #17 (session 64): JZ-KG, the two hundred and eighty-sixth to ninety-third, registered before it was
    # collected (960 of the session's look-ups), eight helpers at the same time split by setting (JZ e-commerce and
    # content-management platforms; KA file-sync, office and collaboration suites; KB browser automation, scraping and
    # headless browsers; KC backend-as-a-service, low-code and internal-tool builders; KD stream processing and
    # change-data-capture; KE education, learning and web-conferencing platforms; KF Kubernetes operators and the
    # stateful clusters they manage; KG front-end and server-side-rendering web frameworks), labelled by LABELS.md as
    # it stood at dfa2370, negatives up to half of a set; one row dropped as a thread an earlier set holds; measured
    # once together on dfa2370 (07:40 UTC 2026-12-07), 234 rows: 0.983 / 0.936 / 0.992, the recall goal not met
    # (HELDOUT-jz.md's Result); now, after test_formats_heldout_jzkg.py's rules, every row as labelled
    HeldOut("heldout-2026-12jz.jsonl", (1.000, 0.917, 1.000), (1.00, 1.00, 1.00), rows=42, negatives=21),
    HeldOut("heldout-2026-12ka.jsonl", (1.000, 1.000, 1.000), (1.00, 1.00, 1.00), rows=38, negatives=19),
    HeldOut("heldout-2026-12kb.jsonl", (1.000, 0.929, 1.000), (1.00, 1.00, 1.00), rows=28, negatives=14),
    HeldOut("heldout-2026-12kc.jsonl", (1.000, 0.923, 1.000), (1.00, 1.00, 1.00), rows=26, negatives=13),
    HeldOut("heldout-2026-12kd.jsonl", (0.917, 0.846, 1.000), (1.00, 1.00, 1.00), rows=25, negatives=12),
    HeldOut("heldout-2026-12ke.jsonl", (1.000, 0.938, 1.000), (1.00, 1.00, 1.00), rows=28, negatives=14),
    HeldOut("heldout-2026-12kf.jsonl", (0.923, 0.923, 0.923), (1.00, 1.00, 1.00), rows=22, negatives=11),
    HeldOut("heldout-2026-12kg.jsonl", (1.000, 1.000, 1.000), (1.00, 1.00, 1.00), rows=25, negatives=13),
    # issue #17 (session 65): KH-KO, the two hundred and ninety-fourth to three hundred and first, registered before
    # it was collected (951 of the session's look-ups), eight helpers at the same time split by setting (KH chat,
    # social-media and trading bots; KI project-management, helpdesk, CRM and ERP apps; KJ configuration-management,
    # fleet and endpoint agents; KK JVM application servers and frameworks; KL media-automation stacks and download
    # clients; KM personal and household self-hosted apps; KN game servers and game-backend platforms; KO robotics,
    # automotive and industrial IoT), labelled by LABELS.md as it stood at a305704, negatives up to half of a set;
    # three rows dropped as threads an earlier set holds; measured once together on a305704 (10:30 UTC 2026-12-07),
    # 291 rows: 0.914 / 0.830 / 0.956, the precision and recall goals not met (HELDOUT-kh.md's Result); now, after
    # rules from its misses (test_formats_heldout_khko.py): 0.954 / 0.941 / 0.967 (KJ's five Salt rows and KM's
    # `my.domain` go against LABELS.md's majority, recorded there)
    HeldOut("heldout-2026-12kh.jsonl", (0.955, 0.913, 0.955), (1.00, 1.00, 1.00), rows=46, negatives=23),
    HeldOut("heldout-2026-12ki.jsonl", (1.000, 0.923, 1.000), (1.00, 1.00, 1.00), rows=26, negatives=13),
    HeldOut("heldout-2026-12kj.jsonl", (0.727, 0.552, 0.818), (0.78, 0.75, 0.82), rows=56, negatives=28),
    HeldOut("heldout-2026-12kk.jsonl", (1.000, 1.000, 1.000), (1.00, 1.00, 1.00), rows=14, negatives=7),
    HeldOut("heldout-2026-12kl.jsonl", (0.923, 0.889, 1.000), (1.00, 0.96, 1.00), rows=50, negatives=25),
    HeldOut("heldout-2026-12km.jsonl", (0.889, 0.800, 1.000), (0.95, 0.95, 1.00), rows=38, negatives=19),
    HeldOut("heldout-2026-12kn.jsonl", (1.000, 0.950, 1.000), (1.00, 1.00, 1.00), rows=34, negatives=17),
    HeldOut("heldout-2026-12ko.jsonl", (0.923, 0.857, 0.923), (1.00, 1.00, 1.00), rows=27, negatives=14),
    # issue #17 (session 66): KP-KW, the three hundred and second to three hundred and ninth, registered before it
    # was collected (863 of the session's look-ups), eight helpers at the same time split by setting (KP VPN, mesh,
    # tunnel and forward-proxy software; KQ home and small-office DNS servers and ad-blockers; KR routers, firewalls
    # and NAS appliances; KS directory, identity and time infrastructure; KT virtualization, bare-metal provisioning
    # and private clouds; KU clients of third-party SaaS APIs; KV cameras, streaming and 3D-printing servers; KW ACME
    # and certificate clients), labelled by LABELS.md as it stood at 974c50f, negatives up to half of a set; four rows
    # dropped as threads an earlier set holds; measured once together on 974c50f (13:04 UTC 2026-12-07), 330 rows:
    # 0.891 / 0.790 / 0.963, the precision and recall goals not met (HELDOUT-kp.md's Result)
    HeldOut("heldout-2026-12kp.jsonl", (0.935, 0.906, 0.967), (0.96, 0.93, 0.96), rows=50, negatives=23),
    HeldOut("heldout-2026-12kq.jsonl", (0.941, 0.889, 1.000), (1.00, 0.94, 1.00), rows=28, negatives=14),
    HeldOut("heldout-2026-12kr.jsonl", (0.821, 0.676, 0.923), (1.00, 1.00, 1.00), rows=62, negatives=31),
    HeldOut("heldout-2026-12ks.jsonl", (0.583, 0.368, 0.750), (1.00, 0.89, 1.00), rows=36, negatives=18),
    HeldOut("heldout-2026-12kt.jsonl", (0.952, 0.952, 1.000), (1.00, 1.00, 1.00), rows=39, negatives=20),
    HeldOut("heldout-2026-12ku.jsonl", (1.000, 1.000, 1.000), (1.00, 1.00, 1.00), rows=14, negatives=7),
    HeldOut("heldout-2026-12kv.jsonl", (0.963, 0.963, 1.000), (0.96, 1.00, 1.00), rows=51, negatives=26),
    HeldOut("heldout-2026-12kw.jsonl", (0.864, 0.679, 1.000), (1.00, 1.00, 1.00), rows=50, negatives=25),
    # issue #17 (session 67): KX-LE, the three hundred and tenth to three hundred and seventeenth, registered before
    # it was collected (904 of the session's look-ups), eight helpers at the same time split by setting (KX local cloud
    # emulators and test doubles; KY offensive-security and reconnaissance tools; KZ OS registration, update and
    # guest-agent services; LA notebooks and data-science workbenches; LB ELT, warehouse clients and BI tools; LC ORMs,
    # migration tools and database drivers; LD shell scripts and scripting languages; LE network file systems, file
    # transfer and remote shells), labelled by LABELS.md as it stood at 792a1b5, negatives up to half of a set; one row
    # dropped as a thread an earlier set holds; measured once together on 792a1b5 (15:55 UTC 2026-12-07), 302 rows:
    # 0.885 / 0.852 / 0.986, the precision and recall goals not met (HELDOUT-kx.md's Result)
    HeldOut("heldout-2026-12kx.jsonl", (1.000, 1.000, 1.000), (1.00, 1.00, 1.00), rows=34, negatives=17),
    HeldOut("heldout-2026-12ky.jsonl", (0.917, 0.880, 1.000), (1.00, 0.92, 1.00), rows=46, negatives=23),
    HeldOut("heldout-2026-12kz.jsonl", (0.879, 0.906, 1.000), (0.88, 0.93, 1.00), rows=58, negatives=29),
    HeldOut("heldout-2026-12la.jsonl", (1.000, 1.000, 1.000), (1.00, 1.00, 1.00), rows=27, negatives=13),
    HeldOut("heldout-2026-12lb.jsonl", (0.867, 0.812, 1.000), (0.93, 0.93, 1.00), rows=30, negatives=15),
    HeldOut("heldout-2026-12lc.jsonl", (0.818, 0.900, 1.000), (0.81, 0.90, 1.00), rows=20, negatives=10),
    HeldOut("heldout-2026-12ld.jsonl", (0.842, 0.800, 1.000), (1.00, 0.95, 1.00), rows=37, negatives=18),
    HeldOut("heldout-2026-12le.jsonl", (0.750, 0.600, 0.882), (0.92, 0.92, 0.92), rows=50, negatives=25),
    # issue #17 (session 68): LF-LM, the three hundred and eighteenth to three hundred and twenty-fifth, registered
    # before it was collected (925 of the session's look-ups), eight helpers at the same time split by setting (LF
    # Kubernetes API-server extension points and control-plane clients; LG API testing, contract-testing and HTTP
    # command-line clients; LH orchestrators other than Kubernetes; LI in-memory data grids, actor systems and clustered
    # frameworks; LJ web servers, load balancers and HTTP caches; LK APM, tracing and error-reporting SDKs; LL
    # time-series, graph and document databases; LM provisioning and bootstrap of cluster nodes), labelled by LABELS.md
    # as it stood at 07521bc, negatives up to half of a set; one LM row dropped as a thread LI also holds; measured
    # once together on 07521bc (18:14 UTC 2026-12-07), 277 rows: 0.971 / 0.917 / 1.000, the recall goal not met
    # (HELDOUT-lf.md's Result)
    HeldOut("heldout-2026-12lf.jsonl", (0.800, 0.800, 1.000), (1.00, 1.00, 1.00), rows=28, negatives=14),
    HeldOut("heldout-2026-12lg.jsonl", (1.000, 0.900, 1.000), (1.00, 1.00, 1.00), rows=20, negatives=10),
    HeldOut("heldout-2026-12lh.jsonl", (1.000, 1.000, 1.000), (1.00, 1.00, 1.00), rows=50, negatives=25),
    HeldOut("heldout-2026-12li.jsonl", (1.000, 1.000, 1.000), (1.00, 1.00, 1.00), rows=24, negatives=12),
    HeldOut("heldout-2026-12lj.jsonl", (1.000, 0.692, 1.000), (1.00, 1.00, 1.00), rows=26, negatives=13),
    HeldOut("heldout-2026-12lk.jsonl", (0.944, 0.944, 1.000), (1.00, 1.00, 1.00), rows=36, negatives=18),
    HeldOut("heldout-2026-12ll.jsonl", (1.000, 0.905, 1.000), (1.00, 0.95, 1.00), rows=36, negatives=18),
    HeldOut("heldout-2026-12lm.jsonl", (1.000, 0.964, 1.000), (1.00, 1.00, 1.00), rows=57, negatives=29),
    # issue #17 (session 69): LN-LU, the three hundred and twenty-sixth to three hundred and thirty-third, registered
    # before it was collected (865 of the session's look-ups), eight helpers at the same time split by setting (LN
    # rootless containers and user-mode networking; LO WebAssembly runtimes and edge-function tooling; LP
    # distributed-application runtimes and service-discovery frameworks; LQ container-management UIs and their agents;
    # LR start-up ordering and readiness races; LS self-hosted artifact repositories and package proxies; LT enterprise
    # and corporate networks; LU object-storage clients and bucket addressing), labelled by LABELS.md as it stood at
    # 29f220c, negatives up to half of a set; four LT rows dropped as threads LN, LO and LS also hold; measured once
    # together on 29f220c (20:17 UTC 2026-12-07), 299 rows: 0.961 / 0.925 / 0.987, the precision and recall goals not
    # met (HELDOUT-ln.md's Result)
    HeldOut("heldout-2026-12ln.jsonl", (1.000, 0.969, 1.000), (1.00, 0.96, 1.00), rows=57, negatives=26),
    HeldOut("heldout-2026-12lo.jsonl", (1.000, 0.846, 1.000), (1.00, 0.84, 1.00), rows=26, negatives=13),
    HeldOut("heldout-2026-12lp.jsonl", (0.800, 0.667, 0.800), (0.80, 0.66, 0.80), rows=12, negatives=6),
    HeldOut("heldout-2026-12lq.jsonl", (0.947, 0.900, 0.947), (0.94, 0.90, 0.94), rows=40, negatives=20),
    HeldOut("heldout-2026-12lr.jsonl", (1.000, 0.917, 1.000), (1.00, 0.91, 1.00), rows=47, negatives=23),
    HeldOut("heldout-2026-12ls.jsonl", (1.000, 0.944, 1.000), (1.00, 0.94, 1.00), rows=35, negatives=17),
    HeldOut("heldout-2026-12lt.jsonl", (0.875, 0.933, 1.000), (0.87, 0.93, 1.00), rows=50, negatives=22),
    HeldOut("heldout-2026-12lu.jsonl", (1.000, 1.000, 1.000), (1.00, 1.00, 1.00), rows=32, negatives=16),
    # issue #17 (session 70): LV-MC, the three hundred and thirty-fourth to three hundred and forty-first, registered
    # before it was collected (948 of the session's look-ups), eight helpers at the same time split by setting (LV
    # multi-cluster and cross-cluster service discovery; LW desktop hypervisors and local virtual-machine managers; LX
    # desktop code editors, IDEs and their extensions; LY Kubernetes-native function and event platforms; LZ
    # code-quality, coverage and static-analysis services; MA time-series databases and metrics ingestion; MB SSH and
    # remote-shell tooling; MC cluster autoscaling and cloud node-lifecycle controllers), labelled by LABELS.md as it
    # stood at 16ccc3a, negatives up to half of a set; none dropped; measured once together on 16ccc3a (22:23 UTC
    # 2026-12-07), 233 rows: 0.919 / 0.933 / 0.969, the precision and recall goals not met (HELDOUT-lv.md's Result)
    HeldOut("heldout-2026-12lv.jsonl", (0.842, 0.941, 1.000), (0.84, 0.94, 1.00), rows=32, negatives=16),
    HeldOut("heldout-2026-12lw.jsonl", (0.947, 0.947, 0.947), (0.94, 0.94, 0.94), rows=50, negatives=25),
    HeldOut("heldout-2026-12lx.jsonl", (1.000, 1.000, 1.000), (1.00, 1.00, 1.00), rows=8, negatives=4),
    HeldOut("heldout-2026-12ly.jsonl", (0.846, 0.917, 1.000), (0.84, 0.91, 1.00), rows=24, negatives=12),
    HeldOut("heldout-2026-12lz.jsonl", (0.833, 0.833, 0.909), (0.83, 0.83, 0.90), rows=24, negatives=12),
    HeldOut("heldout-2026-12ma.jsonl", (0.909, 0.909, 0.909), (0.90, 0.90, 0.90), rows=20, negatives=10),
    HeldOut("heldout-2026-12mb.jsonl", (0.917, 0.917, 1.000), (0.91, 0.91, 1.00), rows=24, negatives=12),
    HeldOut("heldout-2026-12mc.jsonl", (1.000, 0.964, 1.000), (1.00, 0.96, 1.00), rows=51, negatives=25),
    # issue #17 (session 71): MD-MK, the three hundred and forty-second to three hundred and forty-ninth, registered
    # before it was collected (941 of the session's look-ups), eight helpers at the same time split by setting (MD
    # virtual clusters, multi-tenancy and hosted control planes; ME GPU and accelerator stacks on nodes; MF air-gapped,
    # disconnected and mirrored installs; MG chaos engineering, fault injection and network emulation; MH runtime
    # security, intrusion detection and SIEM agents; MI GraphQL gateways and federation, developer portals; MJ pod
    # autoscaling, batch scheduling and cost tooling; MK database proxies and connection poolers), labelled by LABELS.md
    # as it stood at a1219d4, negatives up to half of a set; none dropped; measured once together on a1219d4 (23:54 UTC
    # 2026-12-07), 221 rows: 0.926 / 0.843 / 0.991, the precision and recall goals not met (HELDOUT-md.md's Result)
    HeldOut("heldout-2026-12md.jsonl", (0.941, 1.000, 1.000), (0.94, 1.00, 1.00), rows=30, negatives=15),
    HeldOut("heldout-2026-12me.jsonl", (0.963, 0.897, 0.963), (0.96, 0.89, 0.96), rows=50, negatives=25),
    HeldOut("heldout-2026-12mf.jsonl", (0.850, 0.895, 1.000), (0.85, 0.89, 1.00), rows=37, negatives=18),
    HeldOut("heldout-2026-12mg.jsonl", (0.900, 0.409, 1.000), (0.90, 0.40, 1.00), rows=20, negatives=10),
    HeldOut("heldout-2026-12mh.jsonl", (0.857, 0.923, 1.000), (0.85, 0.92, 1.00), rows=26, negatives=13),
    HeldOut("heldout-2026-12mi.jsonl", (1.000, 1.000, 1.000), (1.00, 1.00, 1.00), rows=22, negatives=11),
    HeldOut("heldout-2026-12mj.jsonl", (0.929, 1.000, 1.000), (0.92, 1.00, 1.00), rows=22, negatives=11),
    HeldOut("heldout-2026-12mk.jsonl", (1.000, 0.778, 1.000), (1.00, 0.77, 1.00), rows=14, negatives=7),
    # issue #17 (session 72): ML-MS, the three hundred and fiftieth to three hundred and fifty-seventh, registered
    # before it was collected (959 of the session's look-ups), eight helpers at the same time split by setting (ML
    # secret managers, injectors and operators; MM authentication proxies, single sign-on and OIDC discovery; MN
    # bare-metal load balancers, BGP speakers, VIP managers and DNS record controllers; MO log shippers and log
    # pipelines; MP model serving, training operators and experiment tracking; MQ durable-workflow and
    # process-automation engines; MR MQTT, IoT and lightweight message brokers; MS headless CMS, Node.js back-ends and
    # web API frameworks), labelled by LABELS.md as it stood at d01e64a, negatives up to half of a set; none dropped;
    # measured once together on d01e64a (03:11 UTC 2026-12-08), 150 rows: 0.957 / 0.857 / 1.000, the precision and
    # recall goals not met (HELDOUT-ml.md's Result); now, after rules/broker_and_shipper_texts.py: 0.974 / 0.974 / 1.000
    # (left: EMQX's `\"` read as the quote it stands for, Directus' name in prose, and a Node `ENOTFOUND ip:port` row
    # labelled no failure where LABELS.md labels the address)
    HeldOut("heldout-2026-12ml.jsonl", (1.000, 1.000, 1.000), (1.00, 1.00, 1.00), rows=16, negatives=8),
    HeldOut("heldout-2026-12mm.jsonl", (1.000, 0.833, 1.000), (1.00, 1.00, 1.00), rows=21, negatives=10),
    HeldOut("heldout-2026-12mn.jsonl", (1.000, 0.800, 1.000), (1.00, 1.00, 1.00), rows=10, negatives=5),
    HeldOut("heldout-2026-12mo.jsonl", (1.000, 0.818, 1.000), (1.00, 1.00, 1.00), rows=21, negatives=10),
    HeldOut("heldout-2026-12mp.jsonl", (1.000, 1.000, 1.000), (1.00, 1.00, 1.00), rows=10, negatives=5),
    HeldOut("heldout-2026-12mq.jsonl", (1.000, 1.000, 1.000), (1.00, 1.00, 1.00), rows=26, negatives=13),
    HeldOut("heldout-2026-12mr.jsonl", (0.800, 0.500, 1.000), (0.87, 0.87, 1.00), rows=16, negatives=8),
    HeldOut("heldout-2026-12ms.jsonl", (0.867, 0.867, 1.000), (0.93, 0.93, 1.00), rows=30, negatives=15),
)


@pytest.mark.parametrize("held_out", SETS, ids=[s.file.removesuffix(".jsonl") for s in SETS])
def test_each_held_out_set_stays_at_or_above_its_figures(held_out: HeldOut, capsys: pytest.CaptureFixture[str]) -> None:
    every = read_rows(PASTES / held_out.file)
    assert len(every) >= held_out.rows and len({r["id"] for r in every}) == len(every)
    assert all(str(r["source"]).startswith(("https://", "http://")) for r in every)  # as search returned it
    assert sum(1 for r in every if not r["expected"]) >= held_out.negatives
    rows = held_out.rows_measured()
    if held_out.independent is not None:
        assert len(rows) == held_out.independent
    result = score(rows)
    with capsys.disabled():  # the figures belong in CI's output
        p, r, k = held_out.as_held_out
        print(
            f"\n[figure] {held_out.file}: {result.rows} pastes, as held out {p:.3f} / {r:.3f} / {k:.3f}, now "
            f"precision {result.precision:.3f}, recall {result.recall:.3f}, kind {result.kind_accuracy:.3f} "
            f"(goals {ISSUE_PRECISION} / {ISSUE_RECALL} / {ISSUE_KIND})"
        )
    assert result.precision >= held_out.now[0], result.misses
    assert result.recall >= held_out.now[1], result.misses
    assert result.kind_accuracy >= held_out.now[2], result.misses


def test_the_newest_held_out_figures_are_what_the_readme_says() -> None:
    newest = SETS[-1]
    readme = (PASTES.parents[2] / "README.md").read_text()
    p, r, k = newest.as_held_out
    rows = [line for line in readme.splitlines() if f"`{newest.file}`" in line and line.startswith("|")]
    assert rows, newest.file
    # a set collected alongside another has its own row under the pair's (`— of which …`)
    assert any(f"{p:.3f}" in row and f"{r:.3f}" in row and f"{k:.3f}" in row for row in rows), rows
