"""Formats from held-out ML-MS's misses (issue #17, session 72; spent data: the sets were measured before these rules
were written): each case names the program and the format, with look-alikes that must stay no failure, the stand-in
LABELS.md names, and hostile megabytes of each new format."""

from __future__ import annotations

from tests.unit.parsing.rounds import flags, flags_stand_in, named_rules, reads, reads_nothing, stays_real, unfired
from tests.unit.parsing.speed import parses_quickly

ROUND: list[tuple[str, set[tuple[str, str]]]] = [
    (  # mod_auth_openidc (Apache): libcurl's error in brackets after the URL it was fetching
        "[auth_openidc:error] [pid 85] oidc_util_http_call: curl_easy_perform() failed on: "
        "https://sso.corp.example/realms/main/.well-known/openid-configuration (Resolving timed out after 5513 "
        "milliseconds)",
        {("sso.corp.example", "timeout")},
    ),
    (  # EMQX's resource workers (ecpool): an Erlang map with inet's reason atom
        '[error] Supervisor: {<0.2712.0>,ecpool_worker_sup}. Context: start_error. Reason: #{host => "redis-master",'
        "port => 6379,reason => nxdomain,type => get_addr}. Offender: id={worker,1},pid=undefined.",
        {("redis-master", "nxdomain")},
    ),
    (  # ... a time-out
        'Reason: #{host => "pg.db.svc",port => 5432,reason => timeout,type => get_addr}.',
        {("pg.db.svc", "timeout")},
    ),
    (  # HiveMQ's DNS cluster discovery, the name printed inside Java's Optional
        "ERROR - HiveMQ DNS Cluster Discovery Extension: Failed to resolve DNS record for address "
        "'Optional[hivemq-discovery.mqtt.svc]'.",
        {("hivemq-discovery.mqtt.svc", "other")},
    ),
    (  # ... and plain
        "ERROR - HiveMQ DNS Cluster Discovery Extension: Failed to resolve DNS record for address "
        "'hivemq-discovery.mqtt.svc'.",
        {("hivemq-discovery.mqtt.svc", "other")},
    ),
    (  # WSO2's Kubernetes membership scheme
        "KubernetesMembershipSchemeException: DNS lookup for name 'apim-gw-1.wso2.svc.cluster.local' failed\n"
        "\tat org.wso2.carbon.membership.scheme.kubernetes.resolver.DNSBasedPodIpResolver.resolveAddresses",
        {("apim-gw-1.wso2.svc.cluster.local", "other")},
    ),
    (  # Manticore: no reason (older versions) ...
        "[Thu Aug 12 12:18:54.614 2021] [13] FATAL: no AF_INET address found for: manticore-1.manticore-svc",
        {("manticore-1.manticore-svc", "nxdomain")},
    ),
    (  # ... and getaddrinfo's reason after it (newer ones)
        "FATAL: no AF_INET address found for: manticore-1.manticore-svc, error -3: Temporary failure in name "
        "resolution",
        {("manticore-1.manticore-svc", "temporary")},
    ),
    (  # fluent-bit handed a name with the quotes typed into its setting: read with them, as looked up
        "[2024/09/23 11:48:15] [ warn] [net] getaddrinfo(host=''vlogs-server'', err=8): Misformatted domain name",
        {("'vlogs-server'", "other")},
    ),
    (  # libpq handed a connection string as the host: the string as printed, once
        'PDOException: could not translate host name "localhost port=5432 dbname=app_test" to address: Name or '
        "service not known\nLooks like the CI can't resolve `localhost` any more.",
        {("localhost port=5432 dbname=app_test", "nxdomain")},
    ),
    (  # Eclipse Paho's C client: getaddrinfo's code
        "20190502 092836.242 getaddrinfo failed for addr broker.iot.example  with rc -3",
        {("broker.iot.example", "temporary")},
    ),
    (  # JGit over JSch: the URI's host (scp-like)
        "org.eclipse.jgit.api.errors.TransportException: git@git.corp.example:team/repo.git: unknown host",
        {("git.corp.example", "nxdomain")},
    ),
    (  # ... the reason JSch's cause gives below wins over the bare `unknown host`
        "org.eclipse.jgit.errors.TransportException: ssh://gerrit@replica-2.gerrit.svc:29418/All.git: unknown host\n"
        "Caused by: java.net.UnknownHostException: replica-2.gerrit.svc: Temporary failure in name resolution",
        {("replica-2.gerrit.svc", "temporary")},
    ),
    (  # an event's reason summarised with the name it was resolving
        "- At 06:41 UTC, `Gslb` events reported `ExposedIPResolutionError` for `status` while resolving "
        "`edge.geo.example` through `1.1.1.1`.",
        {("edge.geo.example", "other")},
    ),
]
LOOKALIKES = [
    # mod_auth_openidc: a TLS failure in the same brackets
    "oidc_util_http_call: curl_easy_perform() failed on: https://sso.corp.example/x (SSL certificate problem: "
    "unable to get local issuer certificate)",
    # EMQX: a refused connection to a name that resolved
    'Reason: #{host => "redis-master",port => 6379,reason => econnrefused,type => tcp_connect}.',
    # HiveMQ: discovery that found its members
    "INFO - HiveMQ DNS Cluster Discovery Extension: Found addresses [10.0.0.5, 10.0.0.6] for 'hivemq.mqtt.svc'.",
    # JGit: a credentials error over an answered name
    "org.eclipse.jgit.api.errors.TransportException: https://git.corp.example/team/repo.git: not authorized",
    # Paho: a refused connection
    "20190502 092836.242 connect failed for addr 10.0.0.7 with rc 111",
    # an event's other reasons
    "- `Gslb` events reported `ZoneDelegationError` for `status` while resolving `edge.geo.example` through `1.1.1.1`.",
]
STAND_INS = [
    # x's typed over part of a numeric id (LABELS.md clause 1: four or more x's over part of an id, `fs-0123xxxx`)
    (
        "dial tcp: lookup db-mysql-22xxxx-do-user-1xxxx-0.b.db.ondigitalocean.com : no such host",
        "db-mysql-22xxxx-do-user-1xxxx-0.b.db.ondigitalocean.com",
    ),
]
REAL_NAMES = [
    "dial tcp: lookup box1xxxx.example.com on 10.96.0.10:53: no such host",  # not a piece of digits and x's alone
    "dial tcp: lookup db-1xx.example.com on 10.96.0.10:53: no such host",  # fewer than four x's
]
PRINTED = [
    # EMQX: a quote typed into the setting stays in the name, as the Erlang string holds it
    (
        'Reason: #{host => "\'\\"redis\'",port => 6379,reason => nxdomain,type => get_addr}.',
        {("'\"redis'", "nxdomain", False)},
    ),
]

test_the_rounds_formats_are_read = reads(ROUND, "mlms")
test_the_rounds_lookalikes_name_no_failure = reads_nothing(LOOKALIKES, "mlms-lookalike")
test_a_stand_in_labels_md_names_is_flagged = flags_stand_in(STAND_INS)
test_a_name_that_only_looks_made_up_stays_real = stays_real(REAL_NAMES)
test_a_quoted_name_is_read_as_printed = flags(PRINTED, "mlms-printed")

NEW_RULES = named_rules(
    "emqx-get-addr-map",
    "hivemq-dns-discovery",
    "wso2-dns-lookup-for-name",
    "manticore-no-af-inet-address",
    "fluent-bit-getaddrinfo-quoted-twice",
    "paho-mqtt-getaddrinfo-rc",
    "jgit-unknown-host",
    "libpq-connection-string-as-host",
    "resolution-error-event-summary",
)


def test_every_new_rule_of_the_round_fires() -> None:
    assert unfired(NEW_RULES, [text for text, _ in ROUND]) == set()


test_a_megabyte_of_the_rounds_near_matches_parses_quickly = parses_quickly(
    [
        "failed on: https://a.b (Resolving timed out after ",
        '#{host => "a",port => 1,reason => b,type => get_',
        "Failed to resolve DNS record for address 'Optional[a",
        "DNS lookup for name 'a' ",
        "no AF_INET address found for: a, error ",
        "getaddrinfo(host=''a'', err=",
        'could not translate host name "a b=c d=e" to ',
        "getaddrinfo failed for addr a  with rc ",
        "TransportException: a@b:c/d: unknown ",
        "AResolutionError while resolving `a` through `",
    ]
)


# the twenty-third round of probes from programs' own source (session 72), each rule's format
ROUND_23: list[tuple[str, set[tuple[str, str]]]] = [
    (  # k8gb's zone delegation: the zone's NS query, the kind from the rcode's name
        'ERR controllers/zone_delegation_reconciliation.go:108 > Error updating zone delegation error="reading geo '
        'tags: NS query for geo.corp.example via 10.0.0.53:53 failed with rcode REFUSED" Name=geo-corp-example',
        {("geo.corp.example", "refused")},
    ),
    (  # k8gb's exposed-IP events: the exchange's last error
        "Warning   ExposedIPResolutionError   gslb/shop   getting load balancer exposed IPs (failed to resolve "
        "hostname lb.eu.corp.example: dig error: exchange error: all dns servers were tried and none of them were "
        "able to resolve, err: read udp 10.244.2.4:42818->10.0.0.53:53: i/o timeout)",
        {("lb.eu.corp.example", "timeout")},
    ),
    (  # ... an empty answer, no reason
        "Warning  ExposedIPResolutionError  41s (x6 over 3m)  gslb  getting load balancer exposed IPs (hostname "
        "nlb.us.corp.example resolved to no IP addresses)",
        {("nlb.us.corp.example", "other")},
    ),
    (  # nngcat's dial: EAI_NONAME as NNG's `Address invalid`
        "Unable to dial on tcp://rep.corp.example:5555: Address invalid",
        {("rep.corp.example", "other")},
    ),
    (  # NanoMQ's client: EAI_AGAIN as `Try again`, the URL in the command line above
        '$ nanomq_cli pub --url "mqtt-tcp://mosquitto.mqtt.svc:1883" -t "plant/1" -m "42"\nnng_dialer_start: Try again',
        {("mosquitto.mqtt.svc", "temporary")},
    ),
    (  # nngcat --verbose: the socket's failure under its `--dial`
        "$ nngcat --push0 --dial tcp://sink.internal.example:7000 --async --data job-1 --verbose\n"
        "[WARN  ]: 08:15:40.118: NNG-CONN-FAIL: Failed connecting socket<1>: Address invalid",
        {("sink.internal.example", "other")},
    ),
    (  # nngcat's command and its error, two lines that happen to be as long: no terminal's cut between them
        "$ nngcat --req0 --dial tcp://rep-server.example.com:5555 --data ping\n"
        "Unable to dial on tcp://rep-server.example.com:5555: Address invalid",
        {("rep-server.example.com", "other")},
    ),
    (  # Paho C on Windows: WinSock's code
        "20261205 091501.042 getaddrinfo failed for addr broker.iot.example with rc 11001",
        {("broker.iot.example", "nxdomain")},
    ),
    (  # mod_auth_openidc's newer wording: the error in square brackets after the URL
        "oidc_http_request_perform_with_retries: curl_easy_perform failed with a timeout for "
        "https://sso.int.example/.well-known/openid-configuration: [Resolving timed out after 5000 milliseconds]; "
        "won't retry",
        {("sso.int.example", "timeout")},
    ),
]
LOOKALIKES_23 = [
    "Unable to dial on tcp://10.20.0.15:5555: Connection refused",
    "Unable to dial on tls+tcp://rep.corp.example:5556: Peer could not be authenticated",
    '$ nanomq_cli sub --url "mqtt-tcp://10.20.0.15:1883" -t "s/#"\nnng_dialer_start: Connection refused',
    "[WARN  ]: 08:15:40.118: NNG-CONN-FAIL: Failed connecting socket<1>: Address invalid",  # no URL to name
    "INF controllers/zone_delegation_reconciliation.go:88 > NS query for geo.corp.example via 10.0.0.53:53 succeeded",
]

test_the_twenty_third_rounds_formats_are_read = reads(ROUND_23, "mlms-round23")
test_the_twenty_third_rounds_lookalikes_name_no_failure = reads_nothing(LOOKALIKES_23, "mlms-round23-lookalike")

NEW_RULES_23 = named_rules(
    "k8gb-ns-query-rcode",
    "k8gb-resolve-hostname-dig-error",
    "k8gb-resolved-to-no-addresses",
    "nng-unable-to-dial-on",
    "nng-dialer-reason-under-command",
    "paho-mqtt-getaddrinfo-rc",
)


def test_every_new_rule_of_the_twenty_third_round_fires() -> None:
    assert unfired(NEW_RULES_23, [text for text, _ in ROUND_23]) == set()


test_a_megabyte_of_the_twenty_third_rounds_near_matches_parses_quickly = parses_quickly(
    [
        "NS query for a via 1.2.3.4:53 failed with rcode ",
        "failed to resolve hostname a: dig error: err: ",
        "hostname a resolved to no IP ",
        "Unable to dial on tcp://a: ",
        "--url tcp://a nng_dialer_start: Failed connecting socket<1>: ",
        "getaddrinfo failed for addr a with rc 1100",
    ]
)


# the review of these rules (session 72): each problem it found, as a case
REVIEW: list[tuple[str, set[tuple[str, str]]]] = [
    (  # Manticore: a reason printed after the name wins; one no clause names is `other`
        "FATAL: no AF_INET address found for: manticore-1.manticore-svc, error -11: System error",
        {("manticore-1.manticore-svc", "other")},
    ),
    (  # libpq: the head of a connection string stays where a message of its own states it failing
        'could not translate host name "db port=5432 dbname=app" to address: Name or service not known\n'
        'could not translate host name "db" to address: Name or service not known',
        {("db port=5432 dbname=app", "nxdomain"), ("db", "nxdomain")},
    ),
    (  # JGit: a URI without a path, the scheme never read as the name
        "org.eclipse.jgit.api.errors.TransportException: ssh://git.corp.example: unknown host",
        {("git.corp.example", "nxdomain")},
    ),
    (  # ... Android's log tag in place of the exception's class
        "E/org.door43.tasks.PushTargetTranslationTask: git@git.door43.org:team/repo.git: unknown host",
        {("git.door43.org", "nxdomain")},
    ),
    (  # fluent-bit's message without `err=`, the same setting read the same way
        "[error] [net] net_tcp_fd_connect: getaddrinfo(host=''vlogs-server''): Name or service not known",
        {("'vlogs-server'", "nxdomain")},
    ),
    (  # ... a port typed into the quoted setting
        "[ warn] [net] getaddrinfo(host=''vlogs-server:9428'', err=8): Misformatted domain name",
        {("'vlogs-server:9428'", "other")},
    ),
    (  # an event's summary naming its DNS server by name
        "- `Gslb` events reported `ExposedIPResolutionError` while resolving `edge.geo.example` through "
        "`ns1.geo.example`.",
        {("edge.geo.example", "other")},
    ),
    (  # the same words as WSO2's with a reason after them: the reason's kind
        "DNS lookup for name 'h1.wso2.svc' failed: NXDOMAIN",
        {("h1.wso2.svc", "nxdomain")},
    ),
    (  # yum's URL before libcurl's code in brackets stays read
        "https://yum.corp.example/repodata/repomd.xml: [Errno 12] Timeout on https://yum.corp.example/repodata/"
        "repomd.xml: (28, 'Resolving timed out after 30534 milliseconds')",
        {("yum.corp.example", "timeout")},
    ),
]
REVIEW_LOOKALIKES = [
    # a look-up that succeeded after the event, in the next clause
    "- `Gslb` events reported `ExposedIPResolutionError`; the controller then succeeded while resolving "
    "`edge.geo.example` through `1.1.1.1`.",
    # prose's URL before an error in brackets, no failure's words before it
    "See https://curl.se/docs/ (Resolving timed out after 5000 milliseconds) on our proxy",
]
REVIEW_STAND_INS = [
    ('Reason: #{host => "redis.xxx.com",port => 6380,reason => nxdomain,type => get_addr}.', "redis.xxx.com"),
    ('Reason: #{host => "<redis-host>",port => 6380,reason => nxdomain,type => get_addr}.', "<redis-host>"),
    ("[ warn] [net] getaddrinfo(host=''logs.xxx.com'', err=8): Misformatted domain name", "'logs.xxx.com'"),
]

test_the_reviews_cases_are_read = reads(REVIEW, "mlms-review")
test_the_reviews_lookalikes_name_no_failure = reads_nothing(REVIEW_LOOKALIKES, "mlms-review-lookalike")
test_the_reviews_stand_ins_are_flagged = flags_stand_in(REVIEW_STAND_INS)

test_a_megabyte_of_the_reviews_near_matches_parses_quickly = parses_quickly(
    [
        "E/a: b@c:d.git: unknown hos ",
        "TransportException: ssh://a: unknown ",
        "getaddrinfo(host=''a:1'' ",
        "AResolutionError; while resolving `a` through `b",
        "failed on: https://a.b [Resolving ",
    ]
)


# the second review (session 72), of the twenty-third round's rules and the wrap change
REVIEW_23: list[tuple[str, set[tuple[str, str]]]] = [
    (  # the command and its error as long as it, a prompt below them
        "$ nngcat --req0 --dial tcp://rep-server.example.com:5555 --data ping\n"
        "Unable to dial on tcp://rep-server.example.com:5555: Address invalid\n$ ",
        {("rep-server.example.com", "other")},
    ),
    (  # nanomq_cli builds its URL from `-h`, which overrides `--url`
        '$ nanomq_cli sub --url "mqtt-tcp://emqx.iot.example:1883" -h mqtt.corp.example -t a\n'
        "nng_dialer_start: Try again",
        {("mqtt.corp.example", "temporary")},
    ),
    (  # nngcat's `--connect`, nanocat's alias for `--dial`
        "$ nngcat --push0 --connect tcp://sink.internal.example:7000 --async\n"
        "[WARN  ]: 08:15:40.118: NNG-CONN-FAIL: Failed connecting socket<1>: Address invalid",
        {("sink.internal.example", "other")},
    ),
    (  # k8gb's edge DNS server given by name: the zone, not the ZoneDelegation's `Name=`
        "error extracting parent DNS servers: NS query for example.com via dns1.corp.example:53 failed with rcode "
        'SERVFAIL" Name=cloud-example-com',
        {("example.com", "servfail")},
    ),
]
REVIEW_23_LOOKALIKES = [
    "Unable to dial on tcp://localhost:5555: Address invalid",  # connect's EADDRNOTAVAIL prints the same words
    # two dialers: `socket<1>` does not say which failed
    "$ nngcat --push0 --dial tcp://a.example.com:7000 --dial tcp://b.example.com:7000 --async\n"
    "Failed connecting socket<1>: Address invalid",
]

test_the_second_reviews_cases_are_read = reads(REVIEW_23, "mlms-review23")
test_the_second_reviews_lookalikes_name_no_failure = reads_nothing(REVIEW_23_LOOKALIKES, "mlms-review23-lookalike")


# the twenty-fourth round of probes from programs' own source (session 72), each rule's format
ROUND_24: list[tuple[str, set[tuple[str, str]]]] = [
    (  # sSMTP's own line
        "Dec  8 04:30:11 cron-5c7d9b-x2k8q sSMTP[57]: Unable to locate smtp.mail.svc.cluster.local\n"
        "Dec  8 04:30:11 cron-5c7d9b-x2k8q sSMTP[57]: Cannot open smtp.mail.svc.cluster.local:587",
        {("smtp.mail.svc.cluster.local", "other")},
    ),
    (  # ... without its tag, over its `Cannot open h:port`
        "Unable to locate relay.corp.example\nCannot open relay.corp.example:465",
        {("relay.corp.example", "other")},
    ),
    (  # nullmailer: the reason under its delivery's host
        "nullmailer-send[988]: Starting delivery: host: relay.corp.example protocol: smtp file: 1765167690.990\n"
        "nullmailer-send[988]: From: <backup@corp.example> to: <admin@corp.example>\n"
        "nullmailer-send[988]: smtp: Failed: Connect failed\n"
        "nullmailer-send[988]: Sending failed: Temporary error in gethostbyname",
        {("relay.corp.example", "temporary")},
    ),
    (  # OpenSMTPD's delivery line
        "smtpd[4321]: 5c0e9a2b mta delivery evpid=1e7b3d9f from=<a@corp.example> to=<ops@typo.example> rcpt=<-> "
        'source="-" relay="typo.example" delay=0s result="PermFail" stat="Domain does not exist"',
        {("typo.example", "nxdomain")},
    ),
    (  # c-ares' ahost
        "$ ahost -s 10.0.0.2 internal.corp.example\ninternal.corp.example: DNS server refused query",
        {("internal.corp.example", "refused")},
    ),
    (  # libevent's evdns sample: its error number
        "resolving (fwd) redis.cache.svc.cluster.local...\nredis.cache.svc.cluster.local: No answer (2)",
        {("redis.cache.svc.cluster.local", "servfail")},
    ),
    (  # Tor giving up on a stream's address
        "[notice] Have tried resolving or connecting to address 'api.staging.example' at 3 different places. "
        "Giving up.",
        {("api.staging.example", "other")},
    ),
]
LOOKALIKES_24 = [
    "E: Unable to locate package nginx",  # apt's package, no name
    "Unable to locate credentials. You can configure credentials by running aws configure.",
    'smtpd[4321]: mta delivery evpid=1e7b from=<a@corp.example> to=<b@x.example> relay="mx.x.example" delay=1s '
    'result="Ok" stat="250 2.0.0 Ok: queued"',
    "internal.corp.example has address 10.0.0.7",
]

test_the_twenty_fourth_rounds_formats_are_read = reads(ROUND_24, "mlms-round24")
test_the_twenty_fourth_rounds_lookalikes_name_no_failure = reads_nothing(LOOKALIKES_24, "mlms-round24-lookalike")

NEW_RULES_24 = named_rules(
    "ssmtp-unable-to-locate",
    "nullmailer-sending-failed",
    "opensmtpd-delivery-stat",
    "c-ares-tool-strerror",
    "evdns-no-answer-code",
    "tor-tried-resolving-giving-up",
)


def test_every_new_rule_of_the_twenty_fourth_round_fires() -> None:
    assert unfired(NEW_RULES_24, [text for text, _ in ROUND_24]) == set()


test_a_megabyte_of_the_twenty_fourth_rounds_near_matches_parses_quickly = parses_quickly(
    [
        "sSMTP[1]: Unable to locate a ",
        "Starting delivery: host: a protocol: Sending failed: Host ",
        'relay="a" result="TempFail" stat="Host ',
        "a: DNS server refused ",
        "a: No answer (",
        "Have tried resolving or connecting to address 'a' at 1 ",
    ]
)
