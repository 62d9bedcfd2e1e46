"""Formats from held-out JB-JI's misses (issue #17, session 61; spent data: the sets were measured before these rules
were written): each case names the program and the format, with look-alikes that must stay no failure, the stand-ins
LABELS.md names that were read as real names, and hostile megabytes of each new format."""

from __future__ import annotations

from tests.unit.parsing.rounds import flags, named_rules, reads, reads_nothing, triples, unfired
from tests.unit.parsing.speed import parses_quickly

ROUND: list[tuple[str, set[tuple[str, str]]]] = [
    (  # Ceph (mount.ceph under the kubelet): the summary line alone, the service name as printed (LABELS.md)
        'MountVolume.MountDevice failed for volume "pvc-1" : rpc error: code = Internal desc = an error (exit status '
        "32) occurred while running mount args: [-t ceph ...] stderr: unable to get monitor info from DNS SRV with "
        "service name: ceph-mon",
        {("ceph-mon", "other")},
    ),
    (  # ... and where Ceph printed the SRV name with no service in it (`_._tcp`)
        "unable to get monitor info from DNS SRV with service name: ceph-mon\n"
        "2025-01-02T03:04:05.000+0000 7f00 -1 failed for service _._tcp",
        {("ceph-mon", "other")},
    ),
    (  # iputils' ping6: EAI_ADDRFAMILY's text (the name has no address of that family)
        "$ ping6 registry.example.org\nping6: registry.example.org: Address family for hostname not supported",
        {("registry.example.org", "nxdomain")},
    ),
    (  # dig: the server does not implement the query
        "; <<>> DiG 9.11.3 <<>> mirror.example.net AAAA\n;; Got answer:\n"
        ";; ->>HEADER<<- opcode: QUERY, status: NOTIMP, id: 9919\n"
        ";; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1",
        {("mirror.example.net", "other")},
    ),
    (  # GNU time under a container's prompt: getent's status 2 is `key not found`
        "/ # /usr/bin/time -f %e getent hosts pkgs.example.org\nCommand exited with non-zero status 2\n10.00",
        {("pkgs.example.org", "other")},
    ),
    (  # Firefox's error page as Selenium / geckodriver report it
        "selenium.common.exceptions.WebDriverException: Message: Reached error page: "
        "about:neterror?e=dnsNotFound&u=https%3A//shop.example.com/cart&c=UTF-8&d=We%20can%E2%80%99t%20connect",
        {("shop.example.com", "nxdomain")},
    ),
    (  # Akka remoting (Spark 1.x workers): the UnknownHostException's message in Akka's brackets, class dropped
        "WARN ReliableDeliverySupervisor: Association with remote system [akka.tcp://sparkMaster@spark-master:7077] "
        "has failed, address is now gated for [5000] ms. Reason: [Association failed with "
        "[akka.tcp://sparkMaster@spark-master:7077]] Caused by: [spark-master: unknown error]",
        {("spark-master", "other")},
    ),
    (  # ... and with the resolver's text there
        "Reason: [Association failed with [akka.tcp://sys@seed-0.seed:2552]] Caused by: [seed-0.seed: Name or service "
        "not known]",
        {("seed-0.seed", "nxdomain")},
    ),
    (  # the Minecraft Forge installer's host table
        "Host: files.minecraftforge.net [172.64.80.1]\nHost: sessionserver.mojang.com [Unknown]\n",
        {("sessionserver.mojang.com", "other")},
    ),
    (  # nGrinder's agent falling back to the loopback address
        "ERROR net.grinder.util.NetworkUtils: Error while resolving ngrinder-controller to IP. Use 127.0.0.1 instead.",
        {("ngrinder-controller", "other")},
    ),
    (  # Medusa (Python): its own `Could not resolve host 'h'` states no reason; its retry tuple states one
        "ERROR: Could not resolve host 'cassandra-1' - retry 1/3\n"
        "ERROR: Failed to run on host cassandra-1 - ('Unknown host %s - %s - retry %s/%s', 'cassandra-1', "
        "'Temporary failure in name resolution', 3, 3)",
        {("cassandra-1", "temporary")},
    ),
    (  # urllib3: the pool's host masked by the reporter, the name in `Failed to resolve` left readable: one failure
        "HTTPConnectionPool(host='worker-2.worker.xxxx.svc.cluster.local', port=8793): Max retries exceeded with url: "
        "/log (Caused by NameResolutionError(\"HTTPConnection(host='worker-2.worker.xxxx.svc.cluster.local', "
        "port=8793): Failed to resolve 'worker-2.worker.jobs.svc.cluster.local' ([Errno -2] Name or service not "
        'known)"))',
        {("worker-2.worker.jobs.svc.cluster.local", "nxdomain")},
    ),
    (  # SABnzbd: a logger's `[module:line]` after the level; the server it was resolving on the line above
        "2025-07-03 13:56:47,750::DEBUG::[downloader:218] Retrieving server address information for <Server: id=-1, "
        "host=news.example.net:563>\n"
        "2025-07-03 13:56:52,756::DEBUG::[happyeyeballs:215] Failed Happy Eyeballs lookup: [Errno -3] Try again",
        {("news.example.net", "temporary")},
    ),
    (  # Dart's ClientException: the OSError on the next line states the reason
        "Failed host lookup: 'api.example.dev'\nOSError (OS Error: No address associated with hostname, errno = 7)",
        {("api.example.dev", "nxdomain")},
    ),
    (  # a Qt launcher's download log (QNetworkReply::HostNotFoundError)
        'HTTP Status 0 ;error "Host launcher.example.com not found"',
        {("launcher.example.com", "nxdomain")},
    ),
]

UNCHANGED: list[tuple[str, set[tuple[str, str]]]] = [
    (  # Ceph's SRV name printed a few lines above its summary: that name, once (held-out AN's reading)
        "2021-07-14T19:29:39.297+0000 7fef -1 failed for service _ceph-mon._tcp\n"
        "2021-07-14T19:29:39.298+0000 7fef -1 monclient: get_monmap_and_config cannot identify monitors to contact\n"
        "[errno 2] RADOS object not found (error connecting to the cluster)\n"
        ". : unable to get monitor info from DNS SRV with service name: ceph-mon",
        {("_ceph-mon._tcp", "other")},
    ),
    ("ping: db.example.org: Name or service not known", {("db.example.org", "nxdomain")}),
    ("curl: (6) Could not resolve host: api.example.com", {("api.example.com", "nxdomain")}),
    (  # curl's own words and a reason another line states for a different name: each its own
        "curl: (6) Could not resolve host: a.example.com\n"
        "dial tcp: lookup b.example.com on 10.0.0.2:53: read udp 10.0.0.5:41000->10.0.0.2:53: i/o timeout",
        {("a.example.com", "nxdomain"), ("b.example.com", "timeout")},
    ),
    (  # two names of one masked domain: two failures (a masked label is the host's own)
        "dial tcp: lookup xxxx.corp.example.com on 10.0.0.2:53: no such host\n"
        "dial tcp: lookup api.corp.example.com on 10.0.0.2:53: no such host",
        {("xxxx.corp.example.com", "nxdomain"), ("api.corp.example.com", "nxdomain")},
    ),
]

LOOKALIKES = [
    # Ceph's msgr2 address list cut at a comma: an address, its protocol and port (LABELS.md: no name)
    "exec: server name not found: [v2:172.22.253.93:3300 (Name or service not known)",
    # Go's SplitHostPort on an IPv6 address, in Docker's memberlist
    'level=error msg="Failed to join memberlist [2a01:7e01::f03c:91ff:fe60:5b29] on retry: 1 error(s) occurred:\\n\\n'
    '* Failed to resolve 2a01:7e01::f03c:91ff:fe60:5b29: too many colons in address"',
    # a URL's percent-encoded host, the port's colon typed full-width
    'Error: Head "http://0.0.0.0%EF%BC%9A8157:11434/": dial tcp: lookup 0.0.0.0\uff1a8157: no such host',
    # dig's NOERROR status, an answer
    ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 1\n;; ANSWER SECTION:\nexample.com. 300 IN A 93.184.216.34",
    # getent's status 2 under a command that only mentions getent
    "$ grep getent hosts.sh\nCommand exited with non-zero status 2",
    # Akka's cause that is no look-up, and a bracket that is not Akka's
    "Association failed with [akka.tcp://sys@seed-0.seed:2552]] Caused by: [Connection refused: "
    "seed-0.seed/10.0.0.5:2552]",
    "Caused by: [spark-master: unknown error]",
    # Forge's table with the host's addresses
    "Host: maven.minecraftforge.net [172.64.80.1]",
    # Firefox's other error pages
    "Reached error page: about:neterror?e=connectionFailure&u=https%3A//shop.example.com/",
]

STAND_INS: list[tuple[str, set[tuple[str, str, bool]]]] = [
    (  # a placeholder glued to Go's `on` (LABELS.md clause 1: `<...>`)
        'Get "https://<bucket><domain>/?list-type=2": dial tcp: lookup <bucket><domain>on <ip>:53: no such host',
        {("<bucket><domain>", "nxdomain", True)},
    ),
    (  # a description typed with dots for its spaces (LABELS.md clause 2)
        "Error: getaddrinfo ENOTFOUND local.ip.of.the.host.plex.token.plex.direct",
        {("local.ip.of.the.host.plex.token.plex.direct", "nxdomain", True)},
    ),
    (  # the reporter says the name was put in (LABELS.md clause 3)
        "Error: net::ERR_NAME_NOT_RESOLVED at https://example.com/login\n"
        "here in the code I replaced the website that I used with example.com",
        {("example.com", "nxdomain", True)},
    ),
]

test_each_format_is_read = reads(ROUND)
test_what_was_read_before_reads_the_same = reads(UNCHANGED, "unchanged")
test_lookalikes_name_no_failure = reads_nothing(LOOKALIKES)
test_stand_ins_are_flagged = flags(STAND_INS)


def test_a_masked_twin_on_the_same_line_gives_one_failure() -> None:
    """The readable name survives its masked twin, whichever comes first on the line."""
    text = (
        "Failed to resolve 'db-0.db.shop.svc.cluster.local' (HTTPConnection(host='db-0.db.xxxx.svc.cluster.local', "
        "port=80): [Errno -2] Name or service not known)"
    )
    assert triples(text) == [("db-0.db.shop.svc.cluster.local", "nxdomain", False)]


REVIEW: list[tuple[str, set[tuple[str, str, bool]]]] = [
    (  # two sites of one shape on two lines: two failures, the masked one flagged
        "curl: (6) Could not resolve host: www.xxxx.co.uk\ncurl: (6) Could not resolve host: www.google.co.uk",
        {("www.xxxx.co.uk", "nxdomain", True), ("www.google.co.uk", "nxdomain", False)},
    ),
    (  # ... and on one line, sharing only a cluster's suffix
        "lookup api.xxx.svc.cluster.local: no such host; lookup api.default.svc.cluster.local: no such host",
        {("api.xxx.svc.cluster.local", "nxdomain", True), ("api.default.svc.cluster.local", "nxdomain", False)},
    ),
    (  # a name really looked up after "changed the URL to" (LABELS.md clause 3 needs a stand-in said)
        "I changed the URL to example.com to rule out my server and it still fails:\n"
        "curl: (6) Could not resolve host: example.com",
        {("example.com", "nxdomain", False)},
    ),
    (  # Ceph's SRV name printed far above its summary: that one name
        "2021-07-14T19:29:39.297+0000 7fef -1 failed for service _ceph-mon._tcp\n"
        + "2021-07-14T19:29:39.298+0000 7fef -1 monclient: get_monmap_and_config cannot identify monitors\n" * 8
        + "unable to get monitor info from DNS SRV with service name: ceph-mon",
        {("_ceph-mon._tcp", "other", False)},
    ),
    (  # a bracket after a level holding a real host and port, the resolver's words right after it
        "2024-01-01 10:00:00 ERROR [redis:6379] Name or service not known",
        {("redis", "nxdomain", False)},
    ),
    (  # a real name with `of` and `the` as labels
        "dial tcp: lookup house.of.the.dragon.fandom.com: no such host",
        {("house.of.the.dragon.fandom.com", "nxdomain", False)},
    ),
]

REVIEW_LOOKALIKES = [
    '$ grep -rn "unable to get monitor info from DNS SRV with service name: ceph-mon" /var/log/ceph',
    # NOTIMP for a type the server does not implement, not the name's addresses
    "$ dig @10.0.0.1 example.com ANY\n;; ->>HEADER<<- opcode: QUERY, status: NOTIMP, id: 1\n"
    ";; QUESTION SECTION:\n;example.com.\t\t\tIN\tANY",
    "$ dig @10.0.0.1 zone.example\n;; ->>HEADER<<- opcode: NOTIFY, status: NOTIMP, id: 1",
    # Firefox's page for an extension, and a test comparing against the page's address
    "Reached error page: about:neterror?e=dnsNotFound&u=moz-extension%3A//abcd/popup.html",
    'assert driver.current_url.startswith("about:neterror?e=dnsNotFound&u=https%3A//nonexistent.invalid/")',
]

test_what_the_review_found_is_flagged_right = flags(REVIEW, "review")
test_the_reviews_lookalikes_name_no_failure = reads_nothing(REVIEW_LOOKALIKES, "review-lookalike")


NEW_RULES = named_rules(
    "ceph-srv-service-name",
    "firefox-neterror-dns-not-found",
    "akka-association-cause",
    "forge-installer-host-unknown",
    "ngrinder-resolving-to-ip",
    "timed-getent-status",
)


def test_every_new_rule_of_the_round_fires() -> None:
    assert unfired(NEW_RULES, [text for text, _ in ROUND]) == set()


test_a_hostile_megabyte_of_these_formats_parses_quickly = parses_quickly(
    [
        "unable to get monitor info from DNS SRV with service name: a ",
        "unable to get monitor info from DNS SRV with service name: a\nfailed for service _a._tcp\n",
        "about:neterror?e=dnsNotFound&u=" + "a" * 60 + " ",
        "about:neterror?e=dnsNotFound&u=https%3A//a.b/ ",
        "akka.tcp://s@a:1] Caused by: [a: unknown error] ",
        "Caused by: [a: unknown error] ",
        "Host: a.b [Unknown]\n",
        "Error while resolving a to IP. ",
        "getent hosts a\nCommand exited with non-zero status 2\n",
        "ping6: a.b: Address family for hostname not supported\n",
        "status: NOTIMP ",
        "Failed host lookup: 'a'\n",
        "::DEBUG::[a:1] Failed lookup: [Errno -3] Try again\n",
        "lookup <a>on <b>:53: no such host ",
        "http://a%EF%BC%9A1:2/ no such host ",
        "a.b.c.d lookup a.b.xxx.d: no such host ",
    ]
)
