"""Formats from held-out MD-MK's misses (issue #17, session 71; spent data: the sets were measured before these rules
were written): each case names the program and the format, with look-alikes that must stay no failure, the stand-ins
LABELS.md names, and hostile megabytes of each new format."""

from __future__ import annotations

from tests.unit.parsing.rounds import flags, flags_stand_in, named_rules, reads, reads_nothing, stays_real, unfired
from tests.unit.parsing.speed import parses_quickly

ROUND: list[tuple[str, set[tuple[str, str]]]] = [
    (  # a chaos experiment's mitigation check: one `Failed DNS Resolution: h` line per Service, no reason
        "== DNS Resolution Mitigation Check ==\n[\u274c] Failed DNS Resolution: orders-api\n"
        "[\u274c] Failed DNS Resolution: orders-redis\n[\u2705] DNS Resolution OK: frontend",
        {("orders-api", "other"), ("orders-redis", "other")},
    ),
    (  # a sandbox's DNS self-check: getent printed nothing for the name
        "  [PASS] resolv.conf -> nameserver 10.200.0.1\n"
        "  [FAIL] getent hosts pypi.org returned empty (DNS not resolving)\n  DNS verification: 2 passed, 1 failed",
        {("pypi.org", "other")},
    ),
    (  # an agent's diagnostic: the DNS tool's command in backticks, an arrow, its outcome
        "- Ran `nslookup api.github.com` \u2192 connection refused to 10.43.0.10:53\n"
        "- Ran `curl -v https://api.github.com` \u2192 fails (can't resolve host)",
        {("api.github.com", "refused")},
    ),
    (  # ... dig's, with an option and a server, an ASCII arrow, and its status
        "* `dig +short registry.corp.example @10.96.0.10` -> SERVFAIL after 5s",
        {("registry.corp.example", "servfail")},
    ),
    (  # OSSEC's agent: the server it tries, then getaddrinfo's gai_strerror on a line below
        "2022/04/11 13:03:16 ossec-agentd: INFO: Trying to connect to server ossec.corp.example, port 1514.\n"
        "2022/04/11 13:03:16 getaddrinfo: Name or service not known\n"
        "2022/04/11 13:03:20 ossec-agentd(4101): WARN: Waiting for server reply (not started).",
        {("ossec.corp.example", "nxdomain")},
    ),
    (  # ... `System error` (EAI_SYSTEM): no resolver's reason
        "ossec-agentd: INFO: Trying to connect to server siem-manager.lan, port 1514.\ngetaddrinfo: System error",
        {("siem-manager.lan", "other")},
    ),
    (  # Wazuh's enrolment client handed a command line's pieces as the manager: the string as printed
        "agent-auth: ERROR: Could not resolve hostname: 10.0.0.5=WAZUH_AGENT_NAME=web01",
        {("10.0.0.5=wazuh_agent_name=web01", "nxdomain")},
    ),
    (  # ProxySQL's monitor: the server list's entry as printed (a socket's path), the kind from getaddrinfo's code
        "2023-05-09 10:02:11 MySQL_Monitor.cpp:4344:monitor_dns_resolver_thread(): [ERROR] An error occurred while "
        "resolving hostname: /var/run/mysqld/mysqld.sock [-2]\n"
        "2023-05-09 10:02:12 MySQL_Monitor.cpp:4344:monitor_dns_resolver_thread(): [ERROR] An error occurred while "
        "resolving hostname: mysql-primary.db.svc [-3]",
        {("/var/run/mysqld/mysqld.sock", "nxdomain"), ("mysql-primary.db.svc", "temporary")},
    ),
    (  # Go looked up a name ending in a colon (a URL's `h::5000`): read as printed
        'Head "https://registry.lab.example::5000/v2/pause/manifests/3.9": dial tcp: lookup registry.lab.example:: '
        "no such host",
        {("registry.lab.example:", "nxdomain")},
    ),
    (  # glibc's text after a string ending in a colon (`getaddrinfo %s: %s`)
        "[INFO] generate ssh key pair\ngetaddrinfo lo:: Name or service not known",
        {("lo:", "nxdomain")},
    ),
]
LOOKALIKES = [
    # vcluster: `host` modifying the noun after it, a Service's name in the error that follows
    'couldn\'t find host cluster Service CIDR ("Service \\"test-service-x7k2\\" is invalid: spec.clusterIPs[0]: '
    'Invalid value: []string{\\"2001:DB8::1\\"}: IPv6 is not configured on this cluster")',
    # Go handed an unbracketed IPv6 address in a URL: the address's pieces, no name (LABELS.md)
    'Get "https://fd00:10:96::1/api/v1/namespaces/kube-system": dial tcp: lookup fd00:10:96:: no such host',
    # Karpenter: the cluster's endpoint asked of the cloud's API, whose URL's dial timed out
    '"message":"unable to detect the cluster endpoint, failed to resolve cluster endpoint, RequestError: send request '
    'failed\\ncaused by: Get \\"https://eks.us-west-2.amazonaws.com/clusters/prod\\": dial tcp 54.188.62.0:443: i/o '
    'timeout"',
    # a DNS proxy's failed query: the upstream's URL in the error is no failing name
    'ERR [e28859] failed to resolve query error="could not perform request: Get \\"https://dns.upstream.example/q?dns=AAAB'
    '\\": context deadline exceeded"',
    # the checks' passing lines, an answered DNS tool
    "[\u2705] DNS Resolution OK: orders-api",
    "  [PASS] getent hosts pypi.org returned 151.101.0.223",
    "- Ran `nslookup api.github.com` \u2192 resolved to 140.82.112.6",
    # OSSEC: a server that resolved and refused
    "ossec-agentd: INFO: Trying to connect to server 10.1.2.3, port 1514.\n"
    "ossec-agentd(1218): ERROR: Unable to send message to server.",
    # ProxySQL: its monitor's other errors
    "MySQL_Monitor.cpp:1502:monitor_ping_thread(): [ERROR] Error after 1ms on server 10.0.0.4:3306 : Can't connect",
    # Ansible's and others' `could not find host h in inventory` stays a list's look-up
    "[WARNING]: Could not match supplied host pattern, ignoring: web01; could not find host web01 in inventory",
]
STAND_INS = [
    # libpq's name elided inside its quotes (LABELS.md clause 1: `...` for what was left out), no reason
    ('API pod stuck retrying `could not translate host name "orders-pgbouncer..."`.', "orders-pgbouncer..."),
    # `my`, a word and the resource the name is of (LABELS.md clause 2, as `my.redshift.cluster`)
    ("dial tcp: lookup my.local.registry on 10.96.0.10:53: no such host", "my.local.registry"),
    # `abc` before a public top-level label (LABELS.md clause 2), `.xyz` too
    ('java.net.UnknownHostException: Unable to resolve host "abc.xyz": No address associated with hostname', "abc.xyz"),
]
REAL_NAMES = [
    "dial tcp: lookup registry.local on 10.96.0.10:53: no such host",
    "dial tcp: lookup my-registry.svc on 10.96.0.10:53: no such host",
    "dial tcp: lookup grafana.xyz on 10.96.0.10:53: no such host",
]
PRINTED = [
    # libpq's elided name: the kind `other` (no reason), flagged
    (
        'could not translate host name "fs-pgbouncer..."',
        {("fs-pgbouncer...", "other", True)},
    ),
]

test_the_rounds_formats_are_read = reads(ROUND, "mdmk")
test_the_rounds_lookalikes_name_no_failure = reads_nothing(LOOKALIKES, "mdmk-lookalike")
test_a_stand_in_labels_md_names_is_flagged = flags_stand_in(STAND_INS)
test_a_name_that_only_looks_made_up_stays_real = stays_real(REAL_NAMES)
test_an_elided_name_is_read_as_printed_and_flagged = flags(PRINTED, "mdmk-elided")

NEW_RULES = named_rules(
    "check-failed-dns-resolution",
    "check-getent-returned-empty",
    "dns-tool-arrow-outcome",
    "ossec-agentd-getaddrinfo",
    "wazuh-agent-auth-could-not-resolve",
    "proxysql-resolving-hostname",
    "libpq-translate-host-name-elided",
    "go-lookup-as-printed",
    "host-colon-glibc-reason",
)


def test_every_new_rule_of_the_round_fires() -> None:
    assert unfired(NEW_RULES, [text for text, _ in ROUND] + [text for text, _ in STAND_INS]) == set()


test_a_megabyte_of_the_rounds_near_matches_parses_quickly = parses_quickly(
    [
        "Failed DNS Resolution: a b ",
        "getent hosts a returned ",
        "`nslookup a` \u2192 `dig a` -> ",
        "Trying to connect to server a, port 1 ",
        "agent-auth: ERROR: Could not resolve hostname: ",
        "An error occurred while resolving hostname: a [",
        'could not translate host name "a...',
        "lookup a:: lookup a:b:c:: ",
    ]
)
