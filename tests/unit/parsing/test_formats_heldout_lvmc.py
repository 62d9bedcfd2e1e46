"""Formats from held-out LV-MC's misses (issue #17, session 70; spent data: the sets were measured before these rules
were written): each case names the program and the format, with look-alikes that must stay no failure, the stand-ins
LABELS.md now names, and hostile megabytes of each new format."""

from __future__ import annotations

from checks.parsing import parse_failures
from tests.unit.parsing.rounds import flags_stand_in, named_rules, reads, reads_nothing, stays_real, unfired
from tests.unit.parsing.speed import parses_quickly

ROUND: list[tuple[str, set[tuple[str, str]]]] = [
    (  # Cloudflare's error 1001 page: the domain in parentheses, the page's own links no failure
        "<p>You've requested a page on a website (status.shop.example) that is on the <a href=\"https://www.cloudflare"
        '.com/5xx-error-landing/" target="_blank">Cloudflare</a> network. Cloudflare is currently unable to resolve '
        "your requested domain (status.shop.example).</p>",
        {("status.shop.example", "nxdomain")},
    ),
    (  # Slurm's message forwarding: a node name whose address it could not find
        "[2015-10-14T09:45:26.801] error: fwd_tree_thread: can't find address for host node-micro-1, check slurm.conf",
        {("node-micro-1", "other")},
    ),
    (  # dnf / librepo: curl's reason in brackets cut by the journal's pager
        "Dec 13 18:33:03 lima-vm cloud-init[888]:   - Curl error (6): Couldn't resolve host name for "
        "https://mirrors.fedoraproject.org/metalink?repo=fedora-37&arch=aarch64 [Could not res>",
        {("mirrors.fedoraproject.org", "nxdomain")},
    ),
    (  # urllib3's NameResolutionError broken after the quoted name, its gaierror on the next line
        "ConnectionError: HTTPSConnectionPool(host='schema.shop.example', port=443): Max retries exceeded\n"
        "with url: /integrations/schema.v2.json\n"
        "(Caused by NameResolutionError(\"Failed to resolve 'schema.shop.example'\n"
        '([Errno -3] Temporary failure in name resolution)"))',
        {("schema.shop.example", "temporary")},
    ),
    (  # a bare quoted `Failed to resolve 'h'` quoted in prose: LABELS.md's bare `could not resolve 'h'`
        "the logs show an error --Failed to resolve 'influxdb'-- but the three containers are on the same network",
        {("influxdb", "nxdomain")},
    ),
    (  # ... not with words after it (no reason stated: `other`), nor with a noun before the name (Redis Sentinel's)
        "Failed to resolve 'registry.shop.example' from inside the build node: see below\n"
        "Failed to resolve hostname 'redis-node-2.redis-headless'",
        {("registry.shop.example", "other"), ("redis-node-2.redis-headless", "other")},
    ),
    (  # httplib2's ServerNotFoundError quoted below a traceback cut after the gaierror its own frames raised
        '  File "/usr/lib/python3/dist-packages/httplib2/__init__.py", line 1119, in connect\n'
        "    address_info = socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM)\n"
        '  File "/usr/lib/python3.12/socket.py", line 963, in getaddrinfo\n'
        "socket.gaierror: [Errno -3] Temporary failure in name resolution\n"
        "```\n\nAnd at the end: `Unable to find the server at api.launchpad.net`.",
        {("api.launchpad.net", "temporary")},
    ),
    (  # ssh handed a launcher's whole command as the host (MXNet's tools/launch.py), printed as ssh got it
        "ssh: Could not resolve hostname export dmlc_role=worker; export dmlc_ps_root_port=9729; export "
        "dmlc_ps_root_uri=10.108.165.17; expor: Name or service not known",
        {
            (
                "export dmlc_role=worker; export dmlc_ps_root_port=9729; export dmlc_ps_root_uri=10.108.165.17; expor",
                "nxdomain",
            )
        },
    ),
    (  # prose's verb before Go's quoted error: the inner `lookup h` names the host
        "5. DNS lookup fails: `lookup cockroachdb-join.prod.svc.cluster.local: no such host`",
        {("cockroachdb-join.prod.svc.cluster.local", "nxdomain")},
    ),
    (  # prose's `could not resolve host:` before curl's own line in backticks
        '"blah.dev" could not resolve host: `curl: (6) Could not resolve host: blah.dev`',
        {("blah.dev", "nxdomain")},
    ),
    (  # Multipass' URL downloader after Qt's `Host h not found`
        "[url downloader] Error getting https://cloud-images.ubuntu.com/releases/streams/v1/index.json: Host "
        "cloud-images.ubuntu.com not found - trying cache.",
        {("cloud-images.ubuntu.com", "nxdomain")},
    ),
]
LOOKALIKES = [
    # Cloudflare's other pages: an origin that refused or timed out (errors 521, 522)
    "Web server is down Error code 521. The web server is not returning a connection. (status.shop.example)",
    "Connection timed out Error code 522 Visit cloudflare.com for more information.",
    # Slurm: a node that resolved and did not answer
    "[2015-10-13T20:12:59.677] debug2: Error connecting slurm stream socket at 10.240.0.3:6818: Connection refused",
    "[2015-10-13T20:13:00.675] error: Nodes node-cpu4-1 not responding",
    # dnf: a bracket that is no resolver's (a time-out to a resolved mirror)
    "  - Curl error (28): Timeout was reached for https://mirrors.fedoraproject.org/metalink?repo=fedora-37 "
    "[Operation too slow. Less than 1000 bytes/sec transferred the last 30 seconds]",
    # httplib2's other errors, ssh's refusals
    "httplib2.error.RedirectLimit: Redirected more times than redirection_limit allows.",
    "ssh: connect to host bastion.shop.example port 22: Connection refused",
    # a name said to be the resolver is not the one that failed to resolve
    "When using `xip.io` as DNS for Knative-serving, I can't resolve to ksvc's url after the function was created.",
]
STAND_INS: list[tuple[str, str]] = [
    # x's typed over part of an EKS endpoint's hex id, lower-case in an upper-case id and at its start
    (
        "dial tcp: lookup 5xxxxxxxxxxx8D692AC3F125.gr7.eu-west-1.eks.amazonaws.com: no such host",
        "5xxxxxxxxxxx8d692ac3f125.gr7.eu-west-1.eks.amazonaws.com",
    ),
    (
        "dial tcp: lookup xxxxxxxxxxx45ba8d692ac3f125.gr7.eu-west-1.eks.amazonaws.com: no such host",
        "xxxxxxxxxxx45ba8d692ac3f125.gr7.eu-west-1.eks.amazonaws.com",
    ),
    # `host` right before a public top-level label, alone too (LABELS.md clause 2)
    ("Post http://host.com/resources: lookup host.com: no such host", "host.com"),
]
REAL_NAMES = [
    "dial tcp: lookup host.de on 127.0.0.53:53: no such host",  # a country's label: a registered domain
    "dial tcp: lookup boxxxxbeef1234.shop.example on 127.0.0.53:53: no such host",  # not a hex id (`o`)
    "dial tcp: lookup deadbeef12345678.shop.example on 127.0.0.53:53: no such host",
    "dial tcp: lookup localhost.com on 127.0.0.53:53: no such host",
]

test_the_rounds_formats_are_read = reads(ROUND, "lvmc")
test_the_rounds_lookalikes_name_no_failure = reads_nothing(LOOKALIKES, "lvmc-lookalike")
test_a_stand_in_labels_md_names_is_flagged = flags_stand_in(STAND_INS)
test_a_name_that_only_looks_made_up_stays_real = stays_real(REAL_NAMES)

NEW_RULES = named_rules(
    "cloudflare-1001-unable-to-resolve-domain",
    "slurm-cant-find-address-for-host",
    "dnf-couldnt-resolve-host-name",
    "failed-to-resolve",
    "httplib2-server-not-found",
    "ssh-spaced-name",
    "go",
    "curl",
    "qt-host-not-found",
)


def test_every_new_rule_of_the_round_fires() -> None:
    assert unfired(NEW_RULES, [text for text, _ in ROUND]) == set()


test_a_megabyte_of_the_rounds_near_matches_parses_quickly = parses_quickly(
    [
        "Cloudflare is currently unable to resolve your requested domain (a ",
        "can't find address for host a, check slurm ",
        "Couldn't resolve host name for https://a.b [Could not res ",
        "Failed to resolve 'a'-- Failed to resolve 'a ",
        "ssh: Could not resolve hostname a b; c= d= e; f g h: ",
    ]
)


# the twentieth round of probes from programs' own source (session 70), each rule's format
ROUND_20: list[tuple[str, set[tuple[str, str]]]] = [
    (  # Skupper's router (Qpid Proton's I/O layer): gai_strerror before `connect to h:port`
        "2026-07-28 09:14:21.602114 +0000 SERVER (error) [C3] Connection to skupper-west.apps.example.com:443 failed: "
        "proton:io Name or service not known - connect to skupper-west.apps.example.com:443",
        {("skupper-west.apps.example.com", "nxdomain")},
    ),
    (  # Liqo's gateway: its own words for a timed-out look-up
        'W0728 09:12:40.118203       1 dns.go:71] DNS "liqo-gw.provider.example.net" timeout',
        {("liqo-gw.provider.example.net", "timeout")},
    ),
    (  # Submariner's Lighthouse plugin: no record for the exported name
        '[DEBUG] plugin/lighthouse: Request received for "mysql.backend.svc.clusterset.local."\n'
        "[DEBUG] plugin/lighthouse: Couldn't find a connected cluster or valid IPs for \"mysql.backend.svc.clusterset"
        '.local."',
        {("mysql.backend.svc.clusterset.local", "nxdomain")},
    ),
    (  # Tart: Apple's cannot-find-host under the pull that named the registry
        "$ tart pull registry.lab.example/macos/sequoia-xcode:16.2\npulling manifest...\n"
        "Error: A server with the specified hostname could not be found.",
        {("registry.lab.example", "nxdomain")},
    ),
    (  # AsyncSSH's CanonicalizeHostname search found no domain
        'OSError: Unable to canonicalize hostname "build07"',
        {("build07", "other")},
    ),
    (  # mosh's wrapper: the canonical name failed, not the typed one
        "/usr/local/bin/mosh: could not resolve canonical name vm-17.cloudapp.example.net for shell.example.com: Name "
        "or service not known",
        {("vm-17.cloudapp.example.net", "nxdomain")},
    ),
    (  # Continue (Node's FetchError printed field by field): `Error number:` is a field's name
        "FetchError: request to https://llm-gateway.ai.svc.cluster.local/v1/chat failed, reason: getaddrinfo EAI_AGAIN "
        "llm-gateway.ai.svc.cluster.local\n\nCode: EAI_AGAIN\nError number: EAI_AGAIN\nSyscall: getaddrinfo",
        {("llm-gateway.ai.svc.cluster.local", "temporary")},
    ),
]
LOOKALIKES_20 = [
    # Proton: a refused connection to a resolved router
    "proton:io Connection refused - connect to 10.0.4.7:55671",
    # Liqo: a reachable gateway's status
    'I0728 09:12:40.118203       1 dns.go:80] DNS "liqo-gw.provider.example.net" resolved to 203.0.113.7',
    # Lighthouse: a request that was answered
    '[DEBUG] plugin/lighthouse: Request received for "nginx.nginx-test.svc.clusterset.local."',
    # Tart: Apple's message with no tart command above it (no registry to name), a TLS failure under one
    "Error: A server with the specified hostname could not be found.",
    "$ tart pull ghcr.io/cirruslabs/macos-sequoia-base:latest\n"
    "Error: An SSL error has occurred and a secure connection to the server cannot be made.",
    # AsyncSSH: a refused key
    "asyncssh.misc.PermissionDenied: Permission denied for user deploy on host build07.ci.example.com",
]

test_the_twentieth_rounds_formats_are_read = reads(ROUND_20, "lvmc-round20")
test_the_twentieth_rounds_lookalikes_name_no_failure = reads_nothing(LOOKALIKES_20, "lvmc-round20-lookalike")

NEW_RULES_20 = named_rules(
    "proton-io-connect",
    "liqo-dns-timeout-not-found",
    "lighthouse-no-record",
    "tart-apple-cannot-find-host",
    "asyncssh-canonicalize-hostname",
    "mosh-canonical-name",
)


def test_every_new_rule_of_the_twentieth_round_fires() -> None:
    assert unfired(NEW_RULES_20, [text for text, _ in ROUND_20]) == set()


test_a_megabyte_of_the_twentieth_rounds_near_matches_parses_quickly = parses_quickly(
    [
        "proton:io Name or service not known - connect to ",
        'DNS "a" timeout DNS "a ',
        'plugin/lighthouse: No record found for "a ',
        "tart pull a.b/c\nError: A server with the specified hostname could not be found. ",
        'Unable to canonicalize hostname "a ',
        "could not resolve canonical name a for b: ",
    ]
)


# what three reviews of the round's rules found (session 70)
REVIEW: list[tuple[str, set[tuple[str, str]]]] = [
    (  # a dotted name before `: (N)` is a name, only curl's own word is its prefix
        "Could not resolve host: proxy.corp: (7) Failed to connect",
        {("proxy.corp", "nxdomain")},
    ),
    (  # Markdown's double backticks around Go's quoted error
        "DNS lookup fails: ``lookup db.shop.lan: no such host``",
        {("db.shop.lan", "nxdomain")},
    ),
    (  # httplib2 under a Windows traceback's frames
        "Traceback (most recent call last):\n"
        '  File "C:\\Python311\\Lib\\site-packages\\httplib2\\__init__.py", line 1343, in connect\n'
        "socket.gaierror: [Errno 11001] getaddrinfo failed\n"
        "httplib2.error.ServerNotFoundError: Unable to find the server at oauth2.googleapis.com",
        {("oauth2.googleapis.com", "nxdomain")},
    ),
    (  # ... not another program's gaierror above its traceback
        "socket.gaierror: [Errno -2] Name or service not known\n"
        "Traceback (most recent call last):\n"
        '  File "/usr/lib/python3/dist-packages/httplib2/__init__.py", line 1343, in _conn_request\n'
        "httplib2.error.ServerNotFoundError: Unable to find the server at sheets.googleapis.com",
        {("sheets.googleapis.com", "other")},
    ),
    (  # urllib3's gaierror after a blank line, or with its parenthesis lost
        "Caused by NameResolutionError(\"Failed to resolve 'pypi.org'\n\n([Errno -3] Temporary failure in name "
        "resolution)\"))\nFailed to resolve 'files.pythonhosted.org'\n[Errno -2] Name or service not known",
        {("pypi.org", "temporary"), ("files.pythonhosted.org", "nxdomain")},
    ),
    (  # dnf's bracket cut inside curl's name
        "  - Curl error (6): Couldn't resolve host name for https://mirrors.fedoraproject.org/metalink?repo=f37 "
        "[Could not resolve host: mirrors.fedoraproject.org>",
        {("mirrors.fedoraproject.org", "nxdomain")},
    ),
    (  # a bare quoted failure closed by a JSON string's quote or parentheses
        "{\"msg\":\"Failed to resolve 'kafka-0.kafka'\"}\nERROR (Failed to resolve 'api.shop.example')",
        {("kafka-0.kafka", "nxdomain"), ("api.shop.example", "nxdomain")},
    ),
    (  # Tart: the registry on its own `pulling <ref>...` line, its CI progress lines between
        "pulling harbor.build-farm.net/mac/sonoma:14...\npulling disk (40.0 GB compressed)...\n"
        + "".join(f"{n}%\n" for n in range(40))
        + 'Error pulling disk layer 12: "A server with the specified hostname could not be found."',
        {("harbor.build-farm.net", "nxdomain")},
    ),
    (  # ... a one-label registry with its port
        "$ tart pull registry:5000/macos:14 --insecure\n"
        "Error: A server with the specified hostname could not be found.",
        {("registry", "nxdomain")},
    ),
    (  # ... another command between them: Apple's message is that command's
        "$ tart clone ghcr.io/cirruslabs/macos-sonoma-base:latest sonoma-base\n$ tart run sonoma-base &\n"
        "$ swift package resolve\n"
        "error: A server with the specified hostname could not be found. (https://git.shop.example/org/pkg.git)",
        {("git.shop.example", "nxdomain")},
    ),
    (  # Qpid Proton's libuv proactor: uv_strerror's words
        "proton:io: temporary failure - on connect resolving amqp.shop.example:5672",
        {("amqp.shop.example", "temporary")},
    ),
]
REVIEW_LOOKALIKES = [
    # Liqo's words only as klog prints them: another program's resource, a certificate test
    'Error: External DNS "app.dev.shop.example" not found',
    'cert_test.go:88: DNS "localhost" not found',
]
REVIEW_STAND_INS: list[tuple[str, str]] = [
    # ssh's name with spaces holding a mark
    ("ssh: Could not resolve hostname host1 <your-ip>: Name or service not known", "host1 <your-ip>"),
    ("ssh: Could not resolve hostname web1 {{ ansible_host }}: Name or service not known", "web1 {{ ansible_host }}"),
    # x's over an AWS resource id's hex after its prefix, and over all but its ends
    (
        "dial tcp: lookup fs-0123xxxx.efs.us-east-1.amazonaws.com: no such host",
        "fs-0123xxxx.efs.us-east-1.amazonaws.com",
    ),
    (
        "dial tcp: lookup 0xxxxxxxxxxxxxxxxxxxxxxxxxxxxx0.gr7.us-east-1.eks.amazonaws.com: no such host",
        "0xxxxxxxxxxxxxxxxxxxxxxxxxxxxx0.gr7.us-east-1.eks.amazonaws.com",
    ),
]
REVIEW_REAL_NAMES = [
    "dial tcp: lookup host.io on 127.0.0.53:53: no such host",  # a service's name
    "ssh: Could not resolve hostname jenkins agent 2: Name or service not known",
    "dial tcp: lookup boxxxxed.com on 127.0.0.53:53: no such host",  # no hex id (`o`, `e`, `d` and no digit)
]

test_what_the_reviews_found_is_read_right = reads(REVIEW, "lvmc-review")
test_the_reviews_lookalikes_name_no_failure = reads_nothing(REVIEW_LOOKALIKES, "lvmc-review-lookalike")
test_a_stand_in_the_reviews_found_is_flagged = flags_stand_in(REVIEW_STAND_INS)
test_a_name_the_reviews_found_stays_real = stays_real(REVIEW_REAL_NAMES)


def test_ssh_prints_at_most_a_hundred_characters_of_the_name() -> None:
    command = "export A=1; " * 12  # 144 characters: no line ssh prints
    found = [f.host for f in parse_failures(f"ssh: Could not resolve hostname {command}x: Name or service not known")]
    assert all(len(host) <= 100 for host in found), found
