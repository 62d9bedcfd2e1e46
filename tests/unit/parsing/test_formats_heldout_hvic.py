"""Formats from held-out HV-IC's misses (issue #17, session 57; spent data: the sets were measured before these rules
were written): each case names the program and the format, with look-alikes that must stay no failure."""

from __future__ import annotations

from checks.parsing.rules import bare_name_and_split_texts
from tests.unit.parsing.rounds import flags, reads, reads_nothing, unfired
from tests.unit.parsing.speed import parses_quickly

ROUND: list[tuple[str, set[tuple[str, str]]]] = [
    (  # Ruby's Resolv under RubyGems' SRV look-up
        "Getting SRV record failed: DNS result has no information for _rubygems._tcp.gems.example.org",
        {("_rubygems._tcp.gems.example.org", "nxdomain")},
    ),
    (  # RubyGems' UnknownHostError, its URL with no parenthesis (older RubyGems)
        "Gem::RemoteFetcher::UnknownHostError: no such name https://gems.example.org/gems/rake-13.0.6.gem)",
        {("gems.example.org", "nxdomain")},
    ),
    (  # the MongoDB Java driver: the bare UnknownHostException message
        "org.mongodb.driver.cluster - Exception in monitor thread while connecting to server mongo-db:27017\n"
        "com.mongodb.MongoSocketException: mongo-db",
        {("mongo-db", "other")},
    ),
    (  # the JDK's own-name look-up, wrapped with only `h: h`, its frame below
        "java.lang.RuntimeException: 9f2c1d0e7a3b: 9f2c1d0e7a3b\n"
        "    at com.example.util.Errors.bomb(Errors.java:36)\n"
        "    at com.example.server.SslConnector.getHostname(SslConnector.java:102)",
        {("9f2c1d0e7a3b", "other")},
    ),
    (  # glibc's getent, exit status 2's text
        "`getent hosts auth.login.example.org` is failing (return code 2: `One or more supplied key could not be found "
        "in the database`)",
        {("auth.login.example.org", "nxdomain")},
    ),
    (  # .NET's HttpClient on Linux: EAI_AGAIN's text with no `(h:port)`, the URL ending the line above
        "[16:00:20] [ERR] [15] App.Updates.InstallationManager: An error occurred while accessing the plugin manifest: "
        "https://repo.example.org/releases/plugin/manifest-stable.json\n"
        ",System.Net.Http.HttpRequestException: Resource temporarily unavailable",
        {("repo.example.org", "temporary")},
    ),
    (  # mesos-dns: the query name on one line, the upstream's error on the next
        "ERROR: 2015/03/04 21:03:58 resolver.go:185: redis1.example.com.\n"
        "ERROR: 2015/03/04 21:03:58 resolver.go:186: read udp 10.129.196.28:53: connection refused\n"
        "ERROR: 2015/03/04 21:03:58 resolver.go:201: nil msg",
        {("redis1.example.com", "refused")},
    ),
    (  # and a time-out
        "resolver.go:185: api.example.com.\nresolver.go:186: read udp 10.0.0.2:53: i/o timeout",
        {("api.example.com", "timeout")},
    ),
    (  # reqwest's (and its forks') Debug of an error: the URL field, hickory's error inside
        'Error: reqwest::Error { kind: Request, url: "https://tracker.example.org/", source: hyper_util::client::'
        'legacy::Error(Connect, ConnectError("dns error", ResolveError { kind: Proto(ProtoError { kind: Io(Os { '
        'code: 101, kind: NetworkUnreachable, message: "Network is unreachable" }) }) })) }',
        {("tracker.example.org", "other")},
    ),
    (  # and with the resolver's text inside it
        'Error { kind: Request, url: "http://api.internal:8080/v1", source: hyper_util::client::legacy::Error(Connect, '
        'ConnectError("dns error", Custom { kind: Uncategorized, error: "failed to lookup address information: Name '
        'or service not known" })) }',
        {("api.internal", "nxdomain")},
    ),
    (  # Go: a name with a space in it, as Go printed what it was handed
        "error connecting to nsqd - dial tcp: lookup nsqd node1: i/o timeout",
        {("nsqd node1", "timeout")},
    ),
    (  # the MySQL client: a command line's option glued onto the host, quoted as printed
        "ERROR 2005 (HY000): Unknown MySQL server host 'db -A' (0)",
        {("db -a", "other")},  # (names are reported in lower case)
    ),
    (  # git over git://: a remote's `user@host:path` handed over whole, without the user
        "Cloning Repository git://git@gitlab.example.com:group-name/repo-name.git\n"
        "fatal: unable to look up git@gitlab.example.com:repo-name (port 9418) (Name does not resolve)",
        {("gitlab.example.com:repo-name", "nxdomain")},
    ),
    (  # a program's own announcement of the host it connects to, quoted with its port, above a host-less gaierror
        '2024-05-14 07:39:04,396:INFO:app:db:Connecting to Postgres using role "app" on host  "pg.internal:5432"  in '
        'database "app"\n'
        "2024-05-14 07:39:07,405:ERROR:app:db:Database connection error. Error: [Errno -2] Name or service not known",
        {("pg.internal", "nxdomain")},
    ),
    (  # a container image's registry in the command above a host-less errno
        "# atomic --debug install registry.example.com/rhel7/openscap\n[Errno -5] No address associated with hostname",
        {("registry.example.com", "nxdomain")},
    ),
    (  # a reporter's sentence, present tense
        "Looking at the log, it fail to resolve skyhook.example.tv. I opened a shell on this container",
        {("skyhook.example.tv", "other")},
    ),
    (  # Chromium's net error named in a sentence, the URL after it
        "I get ERR_NAME_NOT_RESOLVED error, e.g. with this site https://www.example-router.net/.",
        {("www.example-router.net", "nxdomain")},
    ),
]

LOOKALIKES = [
    # `h: h` with no own-name frame below: any message's repetition
    "java.lang.IllegalStateException: worker-1: worker-1\n    at com.example.Pool.start(Pool.java:12)",
    # MongoSocketException with a message that is no name
    "com.mongodb.MongoSocketException: Exception receiving message",
    # getent that worked
    "$ getent hosts db.internal\n10.0.0.5       db.internal",
    # .NET's EAGAIN with no URL above it
    "Starting the update task\nSystem.Net.Http.HttpRequestException: Resource temporarily unavailable",
    # mesos-dns' name line with no error after it
    "resolver.go:185: redis1.example.com.\nresolver.go:190: answered",
    # a reporter's `fails to resolve a grpc endpoint with the following error:` names no host
    "When deploying the `loki-distributed` chart, the querier fails to resolve a grpc endpoint with the following "
    "error:",
    # ssh names the host it could not resolve: another token on the line is not it
    "Error during backup of workspace 'ws-one' on node 'node17.example.io' : ssh: Could not resolve hostname error:: ",
    # Chrome's own error page's link
    "This site can't be reached\n[Checking the proxy](chrome-error://chromewebdata/#buttons)\nERR_NAME_NOT_RESOLVED",
    # a container command whose image has no registry host
    "$ docker run --rm busybox/nslookup\n[Errno -5] No address associated with hostname",
]

REVIEW: list[tuple[str, set[tuple[str, str]]]] = [
    # ssh's shape only: other words after `hostname` leave the name where it is
    ("Could not resolve hostname specified in config: smtp.example.com", {("smtp.example.com", "nxdomain")}),
    ("could not resolve hostname and port for broker kafka-0.kafka.svc", {("kafka-0.kafka.svc", "nxdomain")}),
    ("WARN Unable to resolve host name within timeout: db.prod.internal", {("db.prod.internal", "nxdomain")}),
    # `run`: the image was there or was pulled; the host-less error is the program's inside it
    (
        "$ podman run -it --rm registry.fedoraproject.org/fedora:39 dnf install -y git\n"
        "Curl error (6): Couldn't resolve host name",
        set(),
    ),
    (
        "$ docker run --rm ghcr.io/acme/api:latest\nsocket.gaierror: [Errno -3] Temporary failure in name resolution",
        set(),
    ),
    # getent: the name of the command the text belongs to, not an earlier one's
    (
        "`getent hosts google.com` works, but `getent hosts db.internal` exits 2: One or more supplied key could not "
        "be found in the database",
        {("db.internal", "nxdomain")},
    ),
    # Chromium's code with a name before it, or a help link after a sentence's end: no name
    ("The extension calls api.openai.com fine, but the sidebar iframe gives ERR_NAME_NOT_RESOLVED", set()),
    ("After pointing my router's DNS to pi.hole every site shows ERR_NAME_NOT_RESOLVED", set()),
    ("ERR_NAME_NOT_RESOLVED. See https://support.google.com/chrome for help", set()),
    # a reporter's present-tense verb: its object right after it, or nothing
    (
        "Bundler fails to resolve the Gemfile: could not find gem 'rails (~> 7.0)' in rubygems repository "
        "https://rubygems.org/",
        set(),
    ),
    ("Some nodes fail to resolve while others (node-1.example.com) work", set()),
    (
        "failed to resolve grpc endpoint with target backend.default.svc.cluster.local:50051",
        {("backend.default.svc.cluster.local", "other")},
    ),
    # Go: words a person put between the name and the reason are no part of the name
    ("dial tcp: lookup db.internal failed: no such host", {("db.internal", "nxdomain")}),
    ("dial tcp: lookup db.internal after 3 retries: i/o timeout", {("db.internal", "timeout")}),
    ("dial tcp: lookup db.internal via proxy: no such host", {("db.internal", "nxdomain")}),
    # .NET: the URL above must be what failed, not the host's own listening address
    (
        "Now listening on: http://localhost:5000\n"
        "System.Net.Http.HttpRequestException: Resource temporarily unavailable",
        set(),
    ),
]

STAND_INS: list[tuple[str, set[tuple[str, str, bool]]]] = [
    # a bare `mydomain` (LABELS.md, added after HV-IC)
    ("Error: getaddrinfo ENOTFOUND mydomain", {("mydomain", "nxdomain", True)}),
    # Azure's documentation word for a storage account (LABELS.md, added after HV-IC)
    (
        "\"The remote name could not be resolved: 'myaccount.blob.core.windows.net'\"",
        {("myaccount.blob.core.windows.net", "nxdomain", True)},
    ),
    # not Google's real `myaccount.google.com`
    ("Error: getaddrinfo EAI_AGAIN myaccount.google.com", {("myaccount.google.com", "temporary", False)}),
]


test_each_format_is_read = reads(ROUND)
test_lookalikes_name_no_failure = reads_nothing(LOOKALIKES)
test_stand_ins_are_flagged = flags(STAND_INS)
test_what_the_review_found_reads_right = reads(REVIEW, "review")


def test_every_rule_of_the_round_fires() -> None:
    assert unfired(bare_name_and_split_texts.RULES, [text for text, _ in ROUND]) == set()


test_a_hostile_megabyte_of_these_formats_parses_quickly = parses_quickly(
    [
        "DNS result has no information for a.b ",
        "MongoSocketException: a\n",
        "MongoSocketException: " + ".".join(["a"] * 126) + "x ",
        "Exception: a: a\n at getHostname\n",
        "Exception: " + ".".join(["a"] * 126) + "x: ",
        "getent hosts "
        + ".".join(["a"] * 126)
        + " "
        + "x" * 205
        + "One or more supplied key could not be found in the database ",
        'url: "https://' + "a" * 253 + "b" * 2040 + ' source: ConnectError("dns error", x ',
        "getent hosts a.b One or more supplied key could not be found in the database ",
        "https://a.b/\nHttpRequestException: Resource temporarily unavailable\n",
        "resolver.go:1: a.b.\nresolver.go:2: read udp 1.2.3.4:53: i/o timeout\n",
        'url: "https://a.b/", source: ConnectError("dns error", x ',
        "dial tcp: lookup a b: i/o timeout ",
        "unable to look up a@b.c:d (port 9418) (x) ",
        "fails to resolve a.b ",
        "ERR_NAME_NOT_RESOLVED https://a.b/ ",
        "# atomic install a.b/c\n[Errno -5] No address associated with hostname\n",
    ]
)
