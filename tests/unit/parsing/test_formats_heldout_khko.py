"""Formats from held-out KH-KO's misses (issue #17, session 65; spent data: the sets were measured before these rules
were written): each case names the program and the format, with look-alikes that must stay no failure, and hostile
megabytes of each new format."""

from __future__ import annotations

from tests.unit.parsing.rounds import flags, named_rules, reads, reads_nothing, unfired
from tests.unit.parsing.speed import parses_quickly

ROUND: list[tuple[str, set[tuple[str, str]]]] = [
    (  # ReactPHP (react/dns' RetryExecutor): `too many retries` follows timeouts only; `(A)` since react/dns 1.0
        "reason: RuntimeException: Connection to api.telegram.org:443 failed during DNS lookup. Last error for IPv4: "
        "DNS query for api.telegram.org (A) failed: too many retries. Previous error for IPv6: DNS query for "
        "api.telegram.org (AAAA) failed: too many retries in /app/vendor/react/socket/src/HappyEyeBallsConnector.php",
        {("api.telegram.org", "timeout")},
    ),
    (  # ... react/dns before 1.0: the bare name, inside a JSON context of Monolog
        '[2016-12-20 03:51:38] DiscordPHP.ERROR: websocket error {"e":"DNS query for gateway.discord.gg failed: too '
        'many retries"} []',
        {("gateway.discord.gg", "timeout")},
    ),
    (  # ... its Resolver's NODATA answer: no record of the type asked
        "DNS query for mail.internal.example (AAAA) did not return a valid answer (NOERROR / NODATA)",
        {("mail.internal.example", "nxdomain")},
    ),
    (  # ... the rcode text of react/dns before 1.0
        "DNS query for redis.cache.svc returned an error response (Non-Existent Domain)",
        {("redis.cache.svc", "nxdomain")},
    ),
    (  # PHP 8 (PDO): the DSN's host as given, whatever its characters (a connection string split wrong)
        "SQLSTATE[HY000] [2002] php_network_getaddresses: getaddrinfo for 17227! failed: Name or service not known",
        {("17227!", "nxdomain")},
    ),
    (  # Salt's minion: its master setting could not be resolved (a bare `could not be resolved`)
        "[ERROR   ] Master address: 'salt-master.ops.svc' could not be resolved. Invalid or unresolveable address. "
        "Set 'master' value in minion config.",
        {("salt-master.ops.svc", "nxdomain")},
    ),
    (  # ... a master that resolved before and no longer does
        "[salt.utils ][ERROR ] This master address: 'kubernetes-master' was previously resolvable but now fails to "
        "resolve! The previously resolved ip addr will continue to be used",
        {("kubernetes-master", "nxdomain")},
    ),
    (  # ... `Master hostname: 'h' not found` states no reason (LABELS.md: other), quoted or not, 2014's `hostanme` too
        "[salt.minion ][ERROR ] Master hostname: 'masterofmasters' not found. Retrying in 30 seconds",
        {("masterofmasters", "other")},
    ),
    (
        "Master hostanme: salt-01.ops.lan not found or not responsive. Retrying in 30 seconds",
        {("salt-01.ops.lan", "other")},
    ),
    (  # ... the `previously resolvable` line's reading wins over the bare `not found`
        "2014-02-15 04:37:29,060 [salt.utils ][ERROR ] This master address: 'salt' was previously resolvable but now "
        "fails to resolve! The previously resolved ip addr will continue to be used\n"
        "2014-02-15 04:37:29,061 [salt.minion ][WARNING ] Master hostname: salt not found. Retrying in 30 seconds",
        {("salt", "nxdomain")},
    ),
    (  # CFEngine's bootstrap (cf-agent -B h): a bare `could not resolve`
        "   error: Could not resolve hostname 'policy.ops.example', unable to bootstrap",
        {("policy.ops.example", "nxdomain")},
    ),
    (  # ... its info line above states the resolver's reason, which wins
        "    info: Unable to lookup hostname 'hub.cfe.svc' or cfengine service. (getaddrinfo: Name or service not "
        "known)\n   error: Could not resolve hostname 'hub.cfe.svc', unable to bootstrap",
        {("hub.cfe.svc", "nxdomain")},
    ),
    (  # Chef's knife bootstrap: its SocketError names no host, its `Connecting to h` line above does
        "Creating new node for node2\nConnecting to node2.lab.lan\n"
        "ERROR: Network Error: getaddrinfo: Temporary failure in name resolution\n"
        "Check your knife configuration and network settings",
        {("node2.lab.lan", "temporary")},
    ),
    (  # roscpp (TransportTCP::connect): the publisher's host
        "[ERROR] [1733921060.917218861]: couldn't resolve publisher host [lma-ubuntu1404]\n"
        "Failed to connect to /talker_2696/set_logger_level (lma-ubuntu1404:45666)",
        {("lma-ubuntu1404", "nxdomain")},
    ),
    (  # gopcua: `could not resolve address h:port`, a bare `could not resolve` (HAProxy's quoted form states none)
        "opcua: could not resolve address tben-lx-plc:4840",
        {("tben-lx-plc", "nxdomain")},
    ),
    (  # musl's gai_strerror for EAI_AGAIN as the line's last words after a dotted name (an Alpine JVM's message)
        "ERROR --- [exec-1] org.nzbhydra.update.UpdatesWeb : Error while getting latest version: api.github.com: "
        "Try again",
        {("api.github.com", "temporary")},
    ),
    (  # Transmission: its source file and line after glibc's text are no name (the DHT host before it is)
        "[2015-03-19 10:48:45.404 UTC] DHT dht.transmissionbt.com:6881: Temporary failure in name resolution "
        "(tr-dht.c:126)",
        {("dht.transmissionbt.com", "temporary")},
    ),
    (  # apk 2.x: libfetch's FETCH_TEMP (getaddrinfo's EAI_AGAIN) for the repository URL
        "fetch https://dl-cdn.alpinelinux.org/alpine/v3.15/main/armv7/APKINDEX.tar.gz\n"
        "ERROR: https://dl-cdn.alpinelinux.org/alpine/v3.15/main: temporary error (try again later)",
        {("dl-cdn.alpinelinux.org", "temporary")},
    ),
    (  # ... apk update's WARNING form
        "WARNING: fetching https://mirror.local.lan/alpine/v3.22/main: temporary error (try again later)",
        {("mirror.local.lan", "temporary")},
    ),
    (  # curl under `docker exec`: its container's name and options before curl, the URL after it
        "`docker exec -it icloudpd curl --max-time 5 https://raw.githubusercontent.com/x/y/master/build_version.txt`\n"
        "`curl: (28) Resolving timed out after 5000 milliseconds`",
        {("raw.githubusercontent.com", "timeout")},
    ),
    (  # curl (PHP's Guzzle) handed a percent-encoded leading space: the string as printed
        "cURL error 6: Could not resolve host: %20http (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for "
        "%20http://fireflyiii:8080/api/v1/about",
        {("%20http", "nxdomain")},
    ),
    (  # an interactive getent at a prompt that comes straight back: nothing printed, the name not found
        "root@zungenbrecher:~# docker exec -it gluetun /bin/sh\n/ # getent hosts sea.melijn.me\n/ #\n",
        {("sea.melijn.me", "other")},
    ),
    (  # ... the next command at the same prompt
        "root@haproxy:~# getent hosts web1.lxd\nroot@haproxy:~# cat /etc/resolv.conf\nnameserver 10.0.0.1",
        {("web1.lxd", "other")},
    ),
]

LOOKALIKES = [
    # ReactPHP's connection refused after the name resolved
    "Connection to tcp://api.telegram.org:443 failed: Connection refused (ECONNREFUSED)",
    # musl's `Try again` in prose, or after no dotted name
    "Could not reach the update server: Try again later",
    "updater: Try again",
    "Upload to files.example.com failed: Try again later.",
    # a source file and line after another error
    "Connection refused (tr-dht.c:126)",
    # apk 2.x's lock: EAGAIN from flock, no URL
    "ERROR: Unable to lock database: temporary error (try again later)\n"
    "ERROR: Failed to open apk database: temporary error (try again later)",
    # getent that answered, and one whose output the paste leaves out (no prompt after it)
    "/ # getent hosts google.com\n142.250.74.14   google.com\n/ #",
    "Run `getent hosts db.svc` to check.\nIt printed the address.",
    # knife's Network Error with no Connecting line above (the server URL is nowhere)
    "ERROR: Network Error: getaddrinfo: Name or service not known\nCheck your knife configuration and network settings",
    # curl's progress under docker exec with an answer
    'docker exec -it app curl -sS https://api.example.com/health\n{"status":"ok"}',
    # Salt's minion authenticated with its master
    "[INFO    ] Authentication with master at 10.0.0.5 successful!",
]

STAND_INS = [
    (  # LABELS.md clause 1: a shell variable left in a path handed to the resolver (Go's lookup, as printed)
        "mysql: could not connect to db: dial tcp: lookup /cloudsql/$PROJECT:us-west2:$MYSQL_INSTANCE: no such host",
        {("/cloudsql/$project:us-west2:$mysql_instance", "nxdomain", True)},
    ),
    (  # Salt's master setting in the reporter's words (spaces: no name)
        "[ERROR   ] Master address: 'salt master hostname' could not be resolved. Invalid or unresolveable address.",
        {("salt master hostname", "nxdomain", True)},
    ),
]

# what the review of these rules found (each fixed before the commit)
REVIEW: list[tuple[str, set[tuple[str, str]]]] = [
    (  # PHP 8: a URL handed as the DSN's host is read by its host, as before (not the odd-string reading)
        "SQLSTATE[HY000] [2002] php_network_getaddresses: getaddrinfo for http://mysql failed: Name or service not "
        "known",
        {("mysql", "nxdomain")},
    ),
    (  # .NET on Linux: a name under a country's label that is also a source file's suffix is a name
        "System.Net.Sockets.SocketException (11): Resource temporarily unavailable (db.firma.pl:5432)",
        {("db.firma.pl", "temporary")},
    ),
    (
        "The requested name is valid, but no data of the requested type was found. (api.sklep.pl:443)",
        {("api.sklep.pl", "nxdomain")},
    ),
    (  # apk 2.x's most common wording, `WARNING: Ignoring <url>: ...`
        "WARNING: Ignoring https://dl-cdn.alpinelinux.org/alpine/v3.17/main: temporary error (try again later)",
        {("dl-cdn.alpinelinux.org", "temporary")},
    ),
    (  # knife bootstrap in Chef 15 and later: `Connecting to h using ssh`
        "Creating new node for node2\nConnecting to node2.lab.lan using ssh\n"
        "ERROR: Network Error: getaddrinfo: Temporary failure in name resolution",
        {("node2.lab.lan", "temporary")},
    ),
    (  # Salt's master setting with a port: the name without it
        "Master address: 'salt.example.com:4506' could not be resolved. Invalid or unresolveable address.",
        {("salt.example.com", "nxdomain")},
    ),
    (  # curl under docker exec with options that take a value, and under kubectl exec with a resource's path
        "docker exec -it --user root app curl -sS http://backend4:8080/health\n"
        "curl: (28) Resolving timed out after 5000 milliseconds",
        {("backend4", "timeout")},
    ),
    (
        "kubectl exec deploy/web curl -sS http://backend5:8080/health\n"
        "curl: (28) Resolving timed out after 5000 milliseconds",
        {("backend5", "timeout")},
    ),
]

REVIEW_LOOKALIKES = [
    # a `#` comment block and a script's comments are no shell session
    "# getent hosts kafka\n# 172.18.0.5   kafka",
    "#!/bin/sh\n# getent hosts postgres\n# nc -z postgres 5432",
    # musl's words after a file, a user, a version
    "Failed to load settings.json: Try again",
    "Invalid password for john.doe: Try again",
    "Download of model.safetensors: Try again",
    "Release v1.2.3: Try again",
    # apk's FETCH_TEMP from an HTTP 503, the name resolved in the same paste (wget's line, apk's index line)
    "ERROR: http://dl-cdn.alpinelinux.org/alpine/v3.4/main: temporary error (try again later)\n"
    "Connecting to dl-cdn.alpinelinux.org (151.101.200.249:80)\n"
    "Resolving dl-cdn.alpinelinux.org... 151.101.200.249\nHTTP request sent, awaiting response... 503 Backend is "
    "unhealthy",
    "v3.17.3-95-g8f1d7a2a [https://dl-cdn.alpinelinux.org/alpine/v3.17/main]\n"
    "ERROR: https://dl-cdn.alpinelinux.org/alpine/v3.17/community: temporary error (try again later)",
    # an inventory's words like Salt's
    'fatal: [node1]: FAILED! => {"msg": "master hostname: k8s-master not found in inventory group \'masters\'"}',
]

REVIEW_STAND_INS = [
    (  # PHP 8: stand-ins in the DSN's host stay flagged (`$servername`, `<db-host>`, `%DB_HOST%`, `xxx`)
        "php_network_getaddresses: getaddrinfo for $servername failed: Name or service not known",
        {("$servername", "nxdomain", True)},
    ),
    (
        "php_network_getaddresses: getaddrinfo for <db-host> failed: Name or service not known",
        {("<db-host>", "nxdomain", True)},
    ),
    (
        "php_network_getaddresses: getaddrinfo for my-db.xxx.rds.amazonaws.com; failed: Name or service not known",
        {("my-db.xxx.rds.amazonaws.com", "nxdomain", True)},
    ),
    (  # curl: a Windows variable is a stand-in, not a percent-encoded name
        "curl: (6) Could not resolve host: %API_HOST%",
        {("%api_host%", "nxdomain", True)},
    ),
    (  # a lower-case shell variable in a printed name (LABELS.md's `$resolver_ip`)
        "dial tcp: lookup /cloudsql/$project:us-west2:$instance: no such host",
        {("/cloudsql/$project:us-west2:$instance", "nxdomain", True)},
    ),
]

test_the_rounds_formats_are_read = reads(ROUND)
test_what_the_review_found_is_read_right = reads(REVIEW, "review")
test_the_reviews_lookalikes_name_no_failure = reads_nothing(REVIEW_LOOKALIKES, "review-lookalike")
test_the_reviews_stand_ins_are_flagged = flags(REVIEW_STAND_INS, "review-stand-in")
test_the_rounds_lookalikes_name_no_failure = reads_nothing(LOOKALIKES)
test_the_stand_ins_are_flagged = flags(STAND_INS)

NEW_RULES = named_rules(
    "salt-minion-master-not-found",
    "cfengine-bootstrap-could-not-resolve",
    "knife-network-error-connecting-above",
    "roscpp-publisher-host",
    "gopcua-could-not-resolve-address",
    "host-colon-musl-try-again",
    "getent-silent-at-prompt",
)


def test_every_new_rule_of_the_round_fires() -> None:
    assert unfired(NEW_RULES, [text for text, _ in ROUND]) == set()


test_a_hostile_megabyte_of_these_formats_parses_quickly = parses_quickly(
    [
        "DNS query for a (A) failed: too many retries ",
        "DNS query for a did not return a valid answer (NOERROR / NODATA)\n",
        "getaddrinfo for " + "!" * 200 + " failed: x ",
        "Master hostname: 'a' not found ",
        "Master hostanme: a not found\n",
        "This master address: 'a' was previously resolvable but now fails to resolve!\n",
        "Master address: '" + "a " * 100 + "' could not be resolved. Invalid or unresolveable address.\n",
        "Could not resolve hostname 'a', unable to bootstrap\n",
        "Connecting to a\nERROR: Network Error: getaddrinfo: Name or service not known\n",
        "ERROR: Network Error: getaddrinfo: Name or service not known\n",
        "couldn't resolve publisher host [a]\n",
        "could not resolve address a:1 ",
        "a.b: Try again\n",
        "a: Try again ",
        "x: Temporary failure in name resolution (a.c:1)\n",
        "ERROR: http://a/b: temporary error (try again later)\n",
        "fetching http://" + "a" * 300 + ": temporary error (try again later) ",
        "docker exec -it a curl http://b/\ncurl: (28) Resolving timed out after 1 milliseconds\n",
        "exec " + "-a " * 100 + "curl ",
        "Could not resolve host: %20a ",
        "/ # getent hosts a\n",
        "/ # getent hosts a\n/ #\n",
        "#" * 60 + " getent hosts a\n",
    ]
)
