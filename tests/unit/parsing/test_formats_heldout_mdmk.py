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
    "proxysql-resolving-socket-path",
    "proxysql-resolving",
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
        "nslookup a -> (empty nslookup a \u2192 ",
        "Trying to connect to server a, port 1 ",
        "agent-auth: ERROR: Could not resolve hostname: ",
        "An error occurred while resolving hostname: a [",
        'could not translate host name "a...',
        "lookup a:: lookup a:b:c:: ",
    ]
)


# the twenty-first round of probes from programs' own source (session 71), each rule's format
ROUND_21: list[tuple[str, set[tuple[str, str]]]] = [
    (  # LitmusChaos' experiments: the target's name in braces, its resolver's error dropped
        'time="2026-12-07T10:01:03Z" level=warning msg="Unknown host: {orders.shop.example}, it won\'t be included in '
        'the scope of chaos"',
        {("orders.shop.example", "nxdomain")},
    ),
    (  # OSSEC's agent: its manager's name checked before connecting
        "2026/12/07 10:14:58 ossec-agentd: WARN: 'siem.corp.example' does not resolve to an address.\n"
        "2026/12/07 10:14:58 ossec-agentd(4104): ERROR: Invalid hostname: 'siem.corp.example'.",
        {("siem.corp.example", "nxdomain")},
    ),
    (  # OSSEC's daemons: getaddrinfo's line above `Unable to connect to 'h'.` (error 1216)
        "2026/12/07 10:23:49 getaddrinfo: Temporary failure in name resolution\n"
        "2026/12/07 10:23:49 ossec-csyslogd(1216): ERROR: Unable to connect to 'graylog.logs.example'.",
        {("graylog.logs.example", "temporary")},
    ),
    (  # Zeek's dns.log as JSON: the query and its answer's rcode
        '{"ts":1765103465.48,"uid":"CHhAvV","id.orig_h":"10.0.3.14","id.resp_h":"10.0.0.2","id.resp_p":53,"proto":"udp",'
        '"query":"billing.corp.example","qclass":1,"qclass_name":"C_INTERNET","qtype":1,"qtype_name":"A","rcode":3,'
        '"rcode_name":"NXDOMAIN","AA":false,"RD":true,"RA":true,"rejected":false}',
        {("billing.corp.example", "nxdomain")},
    ),
    (  # ... as its tab-separated rows
        "1765103621.004518\tCmX3Jd\t10.0.3.14\t55190\t10.0.0.2\t53\tudp\t6120\t4.001207\tregistry.corp.example\t1\t"
        "C_INTERNET\t28\tAAAA\t2\tSERVFAIL\tF\tF\tT\tT\t0\t-\t-\tF",
        {("registry.corp.example", "servfail")},
    ),
    (  # Suricata's EVE DNS records, version 3 and version 2
        '{"event_type":"dns","dns":{"version":3,"type":"response","id":30771,"rcode":"REFUSED","queries":[{"rrname":'
        '"updates.vendor.example","rrtype":"A"}]}}\n'
        '{"event_type":"dns","dns":{"type":"answer","id":4411,"rrname":"ledger.fin.example","rrtype":"AAAA",'
        '"tx_id":0,"rcode":"NXDOMAIN"}}',
        {("updates.vendor.example", "refused"), ("ledger.fin.example", "nxdomain")},
    ),
    (  # Tracee's net_packet_dns event, JSON and its table's protobuf text
        '{"name":"proto_dns","dns":{"id":9042,"qr":1,"response_code":"server failure ","qd_count":1,"questions":'
        '[{"name":"registry.corp.example","type":"AAAA","class":"IN"}]}}\n'
        'proto_dns: id:9043 qr:1 op_code:"query" rd:1 ra:1 response_code:"non-existent domain" qd_count:1 ns_count:1 '
        'questions:{name:"billing.payments.svc.cluster.local" type:"A" class:"IN"}',
        {("registry.corp.example", "servfail"), ("billing.payments.svc.cluster.local", "nxdomain")},
    ),
]
LOOKALIKES_21 = [
    # Zeek: a pod's search-path try answered later by the name itself, and a reverse look-up
    '{"query":"api.github.com.default.svc.cluster.local","qclass":1,"qclass_name":"C_INTERNET","qtype":1,'
    '"qtype_name":"A","rcode":3,"rcode_name":"NXDOMAIN"}\n'
    '{"query":"api.github.com","qclass":1,"qclass_name":"C_INTERNET","qtype":1,"qtype_name":"A","rcode":0,'
    '"rcode_name":"NOERROR"}',
    '{"query":"23.1.244.10.in-addr.arpa","qclass":1,"qclass_name":"C_INTERNET","qtype":12,"qtype_name":"PTR",'
    '"rcode":3,"rcode_name":"NXDOMAIN"}',
    # Suricata: a request, and an answered response
    '{"event_type":"dns","dns":{"version":3,"type":"request","id":17762,"rcode":"NOERROR","queries":[{"rrname":'
    '"ledger.fin.example","rrtype":"A"}]}}',
    # Capsule's webhook: a Kubernetes object's kind resolved, then forbidden
    'admission webhook "ingress.mutating.projectcapsule.dev" denied the request: Failed to resolve Ingress Class '
    'nginx-internal: ingressclasses.networking.k8s.io "nginx-internal" is forbidden',
    # libpq reached the pooler at its address; the upstream look-up failed inside it (Supavisor)
    'psql: error: connection to server at "pooler.shop.example" (203.0.113.24), port 6543 failed: FATAL:  Failed to '
    "connect to database: {:error, :nxdomain}",
]

test_the_twenty_first_rounds_formats_are_read = reads(ROUND_21, "mdmk-round21")
test_the_twenty_first_rounds_lookalikes_name_no_failure = reads_nothing(LOOKALIKES_21, "mdmk-round21-lookalike")

NEW_RULES_21 = named_rules(
    "litmus-unknown-host-braces",
    "ossec-does-not-resolve-to-an-address",
    "ossec-unable-to-connect-1216",
    "zeek-dns-log-json",
    "zeek-dns-log-tsv",
    "suricata-eve-dns",
    "suricata-eve-dns-v2",
    "tracee-net-packet-dns",
)


def test_every_new_rule_of_the_twenty_first_round_fires() -> None:
    assert unfired(NEW_RULES_21, [text for text, _ in ROUND_21]) == set()


test_a_megabyte_of_the_twenty_first_rounds_near_matches_parses_quickly = parses_quickly(
    [
        "Unknown host: {a}, it ",
        "WARN: 'a' does not resolve to an ",
        '"query":"a","qtype_name":"A","rcode_name":"',
        "\ta\t1\tC_INTERNET\t1\tA\t3\t",
        '"rcode":"NXDOMAIN","queries":[{"rrname":"a","rrtype":"',
        '"rrname":"a","rrtype":"A","rcode":"',
        '"response_code":"no error","questions":[{"name":"a","type":"',
    ]
)


# what two reviews of these rules found (session 71), each a case
REVIEW: list[tuple[str, set[tuple[str, str]]]] = [
    (  # the arrow's outcome read up to the next clause: a second command's own outcome after an answered one
        "- `nslookup google.com` \u2192 resolves; `nslookup db.internal` \u2192 NXDOMAIN",
        {("db.internal", "nxdomain")},
    ),
    (  # dig's options with a value before the name
        "- `dig -t A kafka.default.svc` \u2192 NXDOMAIN\n- `dig -p 5353 api.example.com` \u2192 SERVFAIL",
        {("kafka.default.svc", "nxdomain"), ("api.example.com", "servfail")},
    ),
    (  # SREGym's newer check wording
        "[\u274c] Failed DNS resolution for geo.hotel-reservation.svc.cluster.local",
        {("geo.hotel-reservation.svc.cluster.local", "other")},
    ),
    (  # Airflow's database discovery: its status word after the name
        "Database hostname 'postgres' failed DNS resolution: dns_temporary_failure\n"
        "Database hostname 'pg-main' failed DNS resolution: unknown_hostname",
        {("postgres", "temporary"), ("pg-main", "nxdomain")},
    ),
    (  # Wazuh's agent-auth: a name reads as any rule's, its punctuation and URL dropped
        "agent-auth: ERROR: Could not resolve hostname: wazuh.corp.lan.\n"
        "agent-auth: ERROR: Could not resolve hostname: https://manager.corp.lan",
        {("wazuh.corp.lan", "nxdomain"), ("manager.corp.lan", "nxdomain")},
    ),
    (  # ProxySQL: a name with its trailing dot is one failure (`proxysql-resolving`'s)
        "MySQL_Monitor.cpp:4391:monitor_dns_resolver_thread(): [ERROR] An error occurred while resolving hostname: "
        "db1.corp.example. [-2]",
        {("db1.corp.example", "nxdomain")},
    ),
    (  # the arrow: a bare nslookup command, and outcomes with nothing in them (no reason: `other`)
        "- Ran nslookup slack.com \u2192 connection refused to 10.43.0.10:53\n"
        "- `dig +short kafka.default.svc` \u2192 (empty)\n- `getent hosts pypi.org` \u2192 exit code 2",
        {("slack.com", "refused"), ("kafka.default.svc", "other"), ("pypi.org", "other")},
    ),
    (  # ssh's printed name ends in a colon: as printed
        "ssh: Could not resolve hostname db:: Name or service not known",
        {("db:", "nxdomain")},
    ),
]
REVIEW_LOOKALIKES = [
    # the arrow: answered outcomes, a clause after an answer, a refused connection after the name resolved
    "- Ran `nslookup slack.com` \u2192 resolves correctly (so DNS is fine); `curl https://slack.com` \u2192 connection "
    "refused",
    "`nslookup example.com` \u2192 works now (was: connection refused)",
    "- `dig github.com` => answered in 3ms; proxy -> 403 Forbidden; pip -> Read timed out",
    "`getent hosts db.internal` \u2192 10.1.2.3; but `nc -zv db.internal 5432` \u2192 Connection refused",
    "- `nslookup kafka.default.svc` \u2192 returns 10.96.0.12; `curl http://kafka.default.svc:9092` \u2192 connection "
    "refused",
    # `dig` bare is an English verb
    "I had to dig into logs -> timeout",
    # a count or a status in a check's slot, a log level before glibc's text
    "Total queries: 1200\nFailed DNS resolution: 4",
    "Failed DNS Resolution: none",
    "[12:01:02] warn:: Temporary failure in name resolution",
    # Go and glibc handed an unbracketed IPv6 address's pieces
    'Get "https://fe80::1/": dial tcp: lookup fe80:: no such host',
    'Get "http://2001:db8::1/": dial tcp: lookup 2001:db8:: no such host',
    "getaddrinfo fd00:: Name or service not known",
    # OSSEC: another daemon's getaddrinfo line under the agent's server
    "2024/01/01 10:00:00 ossec-agentd: INFO: Trying to connect to server ossec.lan, port 1514.\n"
    "2024/01/01 10:00:01 ossec-maild: getaddrinfo: Temporary failure in name resolution",
]
REVIEW_STAND_INS = [
    ("agent-auth: ERROR: Could not resolve hostname: <MANAGER_IP>", "<manager_ip>"),
    ("agent-auth: ERROR: Could not resolve hostname: manager.mydomain.com", "manager.mydomain.com"),
]
REVIEW_REAL_NAMES = [
    "dial tcp: lookup db:5432: no such host",  # a name and its port, not IPv6 pieces
    "dial tcp: lookup cafe:: no such host",  # hex letters, no digit: a name Go printed with its colon
]

test_what_the_reviews_found_is_read_right = reads(REVIEW, "mdmk-review")
test_the_reviews_lookalikes_name_no_failure = reads_nothing(REVIEW_LOOKALIKES, "mdmk-review-lookalike")
test_a_stand_in_the_reviews_found_is_flagged = flags_stand_in(REVIEW_STAND_INS)
test_a_name_the_reviews_found_stays_real = stays_real(REVIEW_REAL_NAMES)


# the twenty-second round of probes (session 71): node daemons, VPNs, a proxy and a mail filter
ROUND_22: list[tuple[str, set[tuple[str, str]]]] = [
    (  # the C library's gethostbyname with hstrerror's text (drbdsetup, nslcd)
        "can not resolve the hostname: gethostbyname(san-b.dc2.example): Unknown server error\n"
        "nslcd[660]: gethostbyname(build-agent-3): Host name lookup failure",
        {("san-b.dc2.example", "other"), ("build-agent-3", "temporary")},
    ),
    (  # nslcd's SRV look-up under the zone it prints
        "nslcd: /etc/nslcd.conf:5: no servers found in DNS zone ad.corp.example: Server is unavailable",
        {("ad.corp.example", "other")},
    ),
    (  # keepalived's smtp_server
        "Keepalived_vrrp[1189]: (Line 8) Invalid smtp server smtp-relay.mail.example 587",
        {("smtp-relay.mail.example", "other")},
    ),
    (  # Libreswan's pluto: the rcode after the domain
        "pluto[1532]: \"v6\": failed to resolve 'right=gw6.example.net', domain 'gw6.example.net' has no data: "
        "No Error (rcode 0)\npluto[1532]: WARNING: domain 'gw2.vpn.example' does not exist: Non-Existent Domain "
        "(rcode 3)",
        {("gw6.example.net", "nxdomain"), ("gw2.vpn.example", "nxdomain")},
    ),
    (  # Nebula: an advertised address's name, and `listen.host` the setting's key
        'level=ERROR msg="Unable to lookup lighthouse.advertise_addrs entry" entry=2 addr=edge.nebula.example:4242\n'
        'level=ERROR msg="Failed to resolve listen.host" error="lookup node-7.lan: no such host"',
        {("edge.nebula.example", "other"), ("node-7.lan", "nxdomain")},
    ),
    (  # Privoxy's resolver timing out, and its SOCKS client's bare `could not resolve`
        "Error: Timeout #1 while trying to resolve mirror.example.org. Trying again.\n"
        "Connect: socks4_connect: could not resolve target host cdn.example.com",
        {("mirror.example.org", "timeout"), ("cdn.example.com", "nxdomain")},
    ),
    (  # rspamd: a monitored object's reason, and the SPF record's name (not the policy's domain)
        "rspamd_monitored_propagate_error: refused on resolving uribl.corp.example, disable object\n"
        "spf_record_dns_callback: spf error for domain news.example.org: cannot resolve INCLUDE DNS record for "
        "spf.mailer.example: query timed out",
        {("uribl.corp.example", "refused"), ("spf.mailer.example", "timeout")},
    ),
    (  # RethinkDB: each peer name it lists as unresolvable
        "error: Connected to peer with unresolvable hostnames: db-a.lan, db-a.corp.example, closing connection.",
        {("db-a.lan", "nxdomain"), ("db-a.corp.example", "nxdomain")},
    ),
]
LOOKALIKES_22 = [
    "nslcd[812]: failed to bind to LDAP server ldap://10.0.0.5/: Can't contact LDAP server",
    "Keepalived_vrrp[1189]: (Line 31) Warning - empty notification_email block",
    "rspamd_monitored_dns_mon: got reply for uribl.corp.example: 127.0.0.1, enable object",
]

test_the_twenty_second_rounds_formats_are_read = reads(ROUND_22, "mdmk-round22")
test_the_twenty_second_rounds_lookalikes_name_no_failure = reads_nothing(LOOKALIKES_22, "mdmk-round22-lookalike")

NEW_RULES_22 = named_rules(
    "libc-gethostbyname-hstrerror",
    "nslcd-no-servers-in-dns-zone",
    "keepalived-invalid-smtp-server",
    "libreswan-domain-rcode",
    "nebula-advertise-addrs-lookup",
    "privoxy-timeout-resolving",
    "privoxy-socks4-target-host",
    "rspamd-on-resolving",
    "rspamd-spf-dns-record",
    "rethinkdb-unresolvable-peer",
)


def test_every_new_rule_of_the_twenty_second_round_fires() -> None:
    assert unfired(NEW_RULES_22, [text for text, _ in ROUND_22]) == set()


test_a_megabyte_of_the_twenty_second_rounds_near_matches_parses_quickly = parses_quickly(
    [
        "gethostbyname(a): Unknown ",
        "no servers found in DNS zone a ",
        "Invalid smtp server a ",
        "domain 'a' has no data: a (rcode ",
        "Timeout #1 while trying to resolve a ",
        "refused on resolving a timeout on resolving ",
        "cannot resolve A DNS record for a: ",
        "peer with unresolvable hostnames: a, b, c, ",
    ]
)
