"""Formats from held-out KH-KO's misses (issue #17, session 65; spent data: the sets were measured before these rules
were written) and from the fourteenth and fifteenth rounds of probes rendered from programs' own source: each case
names the program and the format, with look-alikes that must stay no failure, and hostile megabytes of each new
format."""

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

# the fourteenth round of probes from programs' source (session 65, in KH-KO's settings, after its measure)
ROUND_14: list[tuple[str, set[tuple[str, str]]]] = [
    (  # MAVROS (libmavconn): Boost.Asio's text under its FCU URL, the remote host after `@` (`udp0` is its channel)
        "[ INFO] [1701693210.104873120]: FCU URL: udp://:14540@px4-sitl:14557\n"
        "[ INFO] [1701693210.118402331]: mavconn: udp0: Bind address: 0.0.0.0:14540\n"
        "[ WARN] [1701693210.121558210]: mavconn: udp0: resolve error: Host not found (authoritative)",
        {("px4-sitl", "nxdomain")},
    ),
    (  # ... a UDP URL with nothing after `@`: its bind host; ROS 2's router's `url:` and the try-again text
        "[INFO] [1701700402.881217730]: FCU URL: udp://companion-pc.local:14540@\n"
        "[WARN] [1701700402.903115628]: mavconn: udp0: resolve error: Host not found (non-authoritative), try again "
        "later",
        {("companion-pc.local", "temporary")},
    ),
    (
        "[INFO] [1733571201.101004211] [mavros_router]: Requested to add endpoint: type: 0, url: "
        "tcp://ardupilot-sim:5760\n[INFO] [1733571201.101214870] [mavros_router]: Endpoint link[1000] created\n"
        "Warning: mavconn: tcp0: resolve error: Host not found (authoritative)",
        {("ardupilot-sim", "nxdomain")},
    ),
    (  # Cyclone DDS: a peer's name it could not resolve, both spellings of its function, and the external address
        "1701705550.771203 [0] component_: add_peer_addresses: nav2-stack: unknown address\n"
        "1733571201.118402 [0]     talker: add_peer_address: robot2.lab.internal: unknown address",
        {("nav2-stack", "nxdomain"), ("robot2.lab.internal", "nxdomain")},
    ),
    (
        "1701700402.903115 [0]   listener: ros-gw.example.net: address name resolution failure (external address)",
        {("ros-gw.example.net", "nxdomain")},
    ),
    (  # Fast DDS: a static peer, and its IP locator's format warning under its DNS request's error
        "  what():  failed to initialize rcl node: Unable to resolve peer robot2.lab\n",
        {("robot2.lab", "nxdomain")},
    ),
    (
        "2026-12-07 11:10:13.402 [IP_LOCATOR Warning] Error Host not found (authoritative) when execution the DNS "
        "request -> Function resolveNameDNS\n2026-12-07 11:10:13.402 [IP_LOCATOR Warning] IPv4 robot-base.local error "
        "format. Expected X.X.X.X or valid DNS name -> Function setIPv4",
        {("robot-base.local", "nxdomain")},
    ),
    (  # ROS 1: xmlrpcpp's AF_INET address, and roslaunch's check of the local hostname
        "[ERROR] [1701702231.440018772]: Couldn't find an AF_INET address for [arm-controller]",
        {("arm-controller", "nxdomain")},
    ),
    (
        "WARNING: local hostname 'robot-base' does not map to an IP address.\n"
        "    Your ROS nodes may fail to communicate.",
        {("robot-base", "nxdomain")},
    ),
    (  # Velocity and BungeeCord binding to a name that did not resolve
        "[11:00:02 ERROR]: Can't bind to proxy.lan/<unresolved>:25577\n"
        "java.nio.channels.UnresolvedAddressException: null",
        {("proxy.lan", "other")},
    ),
    (
        "10:59:59 [WARNING] Could not bind to host bungee.internal/<unresolved>:25577\n"
        "java.nio.channels.UnresolvedAddressException",
        {("bungee.internal", "other")},
    ),
    (  # Vaultwarden: reqwest's error pretty-printed, `url:` a few indented lines above the resolver's words
        "[2026-11-30 08:14:22.301][vaultwarden::api::icons][WARN] Unable to download icon: Req.\n"
        '[CAUSE] reqwest::Error {\n    kind: Request,\n    url: "https://git.home-lab.example/favicon.ico",\n'
        "    source: hyper_util::client::legacy::Error(\n        Connect,\n        ConnectError(\n"
        '            "dns error",\n            Custom {\n                kind: Uncategorized,\n'
        '                error: "failed to lookup address information: Temporary failure in name resolution",',
        {("git.home-lab.example", "temporary")},
    ),
    (  # SABnzbd's URL grabber: the URL's host (its logger's `[urlgrabber:137]` is no name)
        '2026-12-07 10:02:15,371::DEBUG::[urlgrabber:137] Error "<urlopen error [Errno -2] Name or service not known>" '
        "trying to get the url https://api.nzbgeek.info/api?t=get&id=9f3c1a7e2b",
        {("api.nzbgeek.info", "nxdomain")},
    ),
    (  # Jackett and Prowlarr (.NET on Linux): the `(h:port)` after glibc's text names it, not the word before
        "Exception (1337x): Name or service not known: Name or service not known (1337x.to:443)",
        {("1337x.to", "nxdomain")},
    ),
    (
        "Unable to connect to proxy: Name or service not known (flaresolverr:8191). Check the log surrounding it",
        {("flaresolverr", "nxdomain")},
    ),
]

ROUND_14_LOOKALIKES = [
    # mavconn's resolve error with no URL line above it, and a URL line with nothing failing under it
    "Warning: mavconn: udp0: resolve error: Host not found (authoritative)",
    "[ INFO] FCU URL: udp://:14540@px4-sitl:14557\n[ INFO] mavconn: udp0: Bind address: 0.0.0.0:14540",
    # Fast DDS' format warning with no DNS request's error above it (an address typed wrong)
    "[IP_LOCATOR Warning] IPv4 10.0.0.300 error format. Expected X.X.X.X or valid DNS name -> Function setIPv4",
    # a bind that failed on a resolved address
    "[11:00:02 ERROR]: Can't bind to 0.0.0.0/0.0.0.0:25577\njava.net.BindException: Address already in use",
    # reqwest's pretty print of a refused connection
    '[CAUSE] reqwest::Error {\n    kind: Request,\n    url: "https://git.home-lab.example/favicon.ico",\n'
    '    source: hyper::Error(Connect, ConnectError("tcp connect error", Os { code: 111, kind: ConnectionRefused }))',
    # SABnzbd's grabber on an HTTP error
    '2026-12-07 10:02:15,371::DEBUG::[urlgrabber:137] Error "<urlopen error HTTP Error 503: Service Unavailable>" '
    "trying to get the url https://api.nzbgeek.info/api",
]

# what the second review found in the fourteenth round's rules (each fixed before the commit)
REVIEW_14: list[tuple[str, set[tuple[str, str]]]] = [
    (  # other programs' `unable to resolve peer <word> h`: the name, as before
        "Warning: unable to resolve peer name mx.example.org",
        {("mx.example.org", "nxdomain")},
    ),
    (
        'Error: Config("unable to resolve peer address: node-b.local:9000")',
        {("node-b.local", "nxdomain")},
    ),
    (  # glibc's text before a logger's place in code: the name before it
        "[WARN] upstream cache.lan: Name or service not known (line:57)",
        {("cache.lan", "nxdomain")},
    ),
    (  # MAVROS: the bind address failed (mavconn resolves it first): the bind host, an IP after `@` or a name
        "FCU URL: udp://companion-pc.lan:14540@px4-sitl:14557\n"
        "mavconn: udp0: resolve error: Host not found (authoritative)\n"
        "FCU: DeviceError:udp:resolve: Bind address resolve failed",
        {("companion-pc.lan", "nxdomain")},
    ),
    (
        "FCU URL: udp://companion-pc.lan:14540@10.41.1.1:14557\n"
        "mavconn: udp0: resolve error: Host not found (authoritative)\n"
        "FCU: DeviceError:udp:resolve: Bind address resolve failed",
        {("companion-pc.lan", "nxdomain")},
    ),
    (  # xmlrpcpp's IPv6 spelling; Cyclone DDS' peer with a port and its other tags; Fast DDS on Windows
        "Couldn't find an AF_INET6 address for [arm-controller]",
        {("arm-controller", "nxdomain")},
    ),
    (
        "1701705550.771203 [0] component_: add_peer_addresses: nav2-stack:7410: unknown address",
        {("nav2-stack", "nxdomain")},
    ),
    (
        "1701705550.771203 [0] component_: external address: ros-gw.example.net: unknown address",
        {("ros-gw.example.net", "nxdomain")},
    ),
    (
        "2026-12-07 11:10:13.402 [IP_LOCATOR Warning] Error No such host is known when execution the DNS request -> "
        "Function resolveNameDNS\r\n2026-12-07 11:10:13.402 [IP_LOCATOR Warning] IPv4 robot-base.local error format. "
        "Expected X.X.X.X or valid DNS name -> Function setIPv4",
        {("robot-base.local", "nxdomain")},
    ),
    (  # reqwest 0.11's pretty print: the Url struct's `Domain(` and its name on the next line
        'reqwest::Error {\n    kind: Request,\n    url: Url {\n        scheme: "https",\n        host: Some(\n'
        '            Domain(\n                "git.home-lab.example",\n            ),\n        ),\n'
        '        port: None,\n        path: "/favicon.ico",\n    },\n    source: hyper::Error(\n        Connect,\n'
        '        ConnectError(\n            "dns error",\n            Custom {\n'
        '                error: "failed to lookup address information: Name or service not known",',
        {("git.home-lab.example", "nxdomain")},
    ),
    (  # an indented `url:` in a configuration above the error is no reqwest print: the name on the error's line
        'config:\n  upstream:\n    url: "https://mirror.example.org/pkgs"\n    timeout: 30\n  cache:\n'
        "    dir: /var/cache\n  error sending request: proxy.corp.example:3128: failed to lookup address information: "
        "Name or service not known",
        {("proxy.corp.example", "nxdomain")},
    ),
    (  # roslaunch's hostname re-quoted with double quotes
        'WARNING: local hostname "robot-base" does not map to an IP address.',
        {("robot-base", "nxdomain")},
    ),
]

REVIEW_14_LOOKALIKES = [
    "E/BluetoothHandshake: Handshake failed - unable to resolve peer properties, perhaps due to invalid identity",
    "Error: Unable to resolve peer keys.",
    "PHP Fatal error:  Uncaught RuntimeException: Unable to resolve peer benchmark port.",
    "LookupError: Unable to resolve peer to a known chat_peer_id.",
    "I am still unable to resolve peer dependency conflicts after upgrading to npm 9",
    "1701705550.771203 [0] component_: spdp address: multicast: unknown address",
]

test_the_fourteenth_rounds_formats_are_read = reads(ROUND_14, "round14")
test_what_the_second_review_found_is_read_right = reads(REVIEW_14, "review14")
test_the_second_reviews_lookalikes_name_no_failure = reads_nothing(REVIEW_14_LOOKALIKES, "review14-lookalike")
test_the_fourteenth_rounds_lookalikes_name_no_failure = reads_nothing(ROUND_14_LOOKALIKES, "round14-lookalike")

NEW_RULES_14 = named_rules(
    "mavconn-resolve-error-url-above",
    "ros-dds-and-ros1-name-texts",
    "fastdds-ip-locator-format-under-dns-error",
    "java-bind-unresolved",
    "sabnzbd-urlgrabber-error",
)


def test_every_new_rule_of_the_fourteenth_round_fires() -> None:
    assert unfired(NEW_RULES_14, [text for text, _ in ROUND_14]) == set()


# the fifteenth round of probes (session 65): Oracle, Db2, SQL Server's ODBC driver, FreeTDS, Qt's network errors
ROUND_15: list[tuple[str, set[tuple[str, str]]]] = [
    (  # godror: ORA-12545 under the connect string it logged
        '2025/08/14 09:12:33 connecting to oracle connectString="oradb-prod.corp-db.net:1521/ORCLPDB1"\n'
        "2025/08/14 09:12:33 ping: dpoPool_create user=APP extAuth=0: ORA-12545: Connect failed because target host or "
        "object does not exist\nHelp: https://docs.oracle.com/error-help/db/ora-12545/",
        {("oradb-prod.corp-db.net", "nxdomain")},
    ),
    (  # cx_Oracle: ORA-12545 under the traceback's code line with an EZConnect string
        '    con = cx_Oracle.connect("scott", pw, "orcl-dev.lab.internal:1521/ORCLPDB")\n'
        "cx_Oracle.DatabaseError: ORA-12545: Connect failed because target host or object does not exist",
        {("orcl-dev.lab.internal", "nxdomain")},
    ),
    (  # python-oracledb thin: DPY-6005 with the socket's errno below, the dsn above
        '    with oracledb.connect(user="ledger_ro", password=secret, dsn="oracle:1521/XEPDB1") as conn:\n'
        "oracledb.exceptions.OperationalError: DPY-6005: cannot connect to database (CONNECTION_ID=0f3LhWm9QyK2u==).\n"
        "[Errno -3] Temporary failure in name resolution",
        {("oracle", "temporary")},
    ),
    (  # the ODBC driver for SQL Server: WinSock's 11001 and 11002 as TCP Provider codes, SERVER= in the string
        '    cnxn = pyodbc.connect("DRIVER={ODBC Driver 18 for SQL Server};SERVER=sql01.corp-internal.net;DB=S")\n'
        "pyodbc.OperationalError: ('08001', '[08001] [Microsoft][ODBC Driver 18 for SQL Server]TCP Provider: "
        "Error code "
        "0x2AF9 (11001) (SQLDriverConnect)')",
        {("sql01.corp-internal.net", "nxdomain")},
    ),
    (
        '    conn = pyodbc.connect(conn_str.format(server="sqlserver.data.svc.cluster.local"), timeout=15)\n'
        "pyodbc.OperationalError: ('08001', '[08001] [Microsoft][ODBC Driver 18 for SQL Server]TCP Provider: "
        "Error code 0x2AFA (11002) (SQLDriverConnect)')",
        {("sqlserver.data.svc.cluster.local", "temporary")},
    ),
    (  # Db2's CLI driver: getaddrinfo's code in SQL30081N, HOSTNAME= in the string
        '    conn = ibm_db.connect("DATABASE=BLUDB;HOSTNAME=db2-prod.corp-data.net;PORT=50000", "", "")\n'
        "Exception: [IBM][CLI Driver] SQL30081N  A communication error has been detected. Communication protocol being "
        'used: "TCP/IP".  Communication API being used: "SOCKETS".  Location where the error was detected: "".  '
        'Communication function detecting the error: "getaddrinfo".  Protocol specific error code(s): "-2", "*", "*".  '
        "SQLSTATE=08001 SQLCODE=-30081",
        {("db2-prod.corp-data.net", "nxdomain")},
    ),
    (  # FreeTDS' tsql: error 20013 under the command's `-H h`
        "$ tsql -H mssql01.corp.lan -p 1433 -U sa\nPassword:\nError 20013 (severity 2):\n\tUnknown host machine name.\n"
        "There was a problem connecting to the server",
        {("mssql01.corp.lan", "nxdomain")},
    ),
    (  # the Oracle JDBC driver's own slot, with the resolver's words; and its `socket connect lapse` form
        "java.sql.SQLRecoverableException: IO Error: Unknown host specified : exadata-scan.finance.example.com: "
        "Name or service not known (CONNECTION_ID=k4RzW0pQ7nYb2mTs9vLcAg==)",
        {("exadata-scan.finance.example.com", "nxdomain")},
    ),
    (
        "Caused by: java.io.IOException: Unknown host specified , socket connect lapse 2 ms. ora-rac-scan.corp.lan "
        "1521 0 1 true",
        {("ora-rac-scan.corp.lan", "nxdomain")},
    ),
    (  # Qt (the ownCloud desktop client): HostNotFoundError's text after the enum
        '06-14 08:02:11:540 [ warning sync.networkjob ]:\tQNetworkReply::HostNotFoundError "Host cloud.example.org not '
        'found" QVariant(Invalid)',
        {("cloud.example.org", "nxdomain")},
    ),
]

ROUND_15_LOOKALIKES = [
    # an Oracle error that is no look-up (a TNS alias), and ORA-12545 with no connect string anywhere near
    "ORA-12154: TNS:could not resolve the connect identifier specified",
    "ping: dpoPool_create user=APP extAuth=0: ORA-12545: Connect failed because target host or object does not exist\n"
    "Help: https://docs.oracle.com/error-help/db/ora-12545/",
    # the ODBC driver's login timeout after the name resolved, and Db2's error from connect(), not getaddrinfo
    "[08001] [Microsoft][ODBC Driver 18 for SQL Server]TCP Provider: Error code 0x2749 (10057); Login timeout expired",
    '    conn = ibm_db.connect("DATABASE=X;HOSTNAME=db2.lan;PORT=50000", "", "")\nSQL30081N  A communication error has '
    'been detected. Communication function detecting the error: "connect".  Protocol specific error code(s): "111"',
    # a status line like Qt's in prose
    "The host was not found in our inventory; Host records not found",
]

# what the third review found in the database drivers' rules (each fixed before the commit)
REVIEW_15: list[tuple[str, set[tuple[str, str]]]] = [
    (  # DPY-6005 over Windows' errno: the WinSock code decides, as LABELS.md reads it
        '    conn = oracledb.connect(user="app", password=pw, dsn="oradb01.corp.example.com:1521/ORCLPDB1")\n'
        "oracledb.exceptions.OperationalError: DPY-6005: cannot connect to database (CONNECTION_ID=abc==).\n"
        "[Errno 11001] getaddrinfo failed",
        {("oradb01.corp.example.com", "nxdomain")},
    ),
    (  # Oracle JDBC's `h: unknown error`: LABELS.md's `other`
        "java.sql.SQLRecoverableException: IO Error: Unknown host specified : oradb01.corp.example.com: unknown error "
        "(CONNECTION_ID=abc==)",
        {("oradb01.corp.example.com", "other")},
    ),
    (  # a Compose service's name with an underscore, whole
        '    return pyodbc.connect("DRIVER={ODBC Driver 17 for SQL Server};SERVER=mssql_db,1433;UID=sa;PWD=x")\n'
        "pyodbc.OperationalError: ('08001', '[08001] [Microsoft][ODBC Driver 17 for SQL Server]TCP Provider: "
        "Error code 0x2AF9 (11001) (SQLDriverConnect)')",
        {("mssql_db", "nxdomain")},
    ),
    (  # SQL*Plus' EZConnect after the user, with and without a port; sqlcmd's `-S tcp:h,1433`
        "$ sqlplus scott/tiger@//oradb01.corp.example.com:1521/ORCLPDB1\n\nSQL*Plus: Release 19.0.0.0.0 - Production\n"
        "\nERROR:\nORA-12545: Connect failed because target host or object does not exist",
        {("oradb01.corp.example.com", "nxdomain")},
    ),
    (
        "$ sqlplus scott/tiger@oradb02.corp.example.com/ORCLPDB1\nERROR:\nORA-12545: Connect failed because target "
        "host or object does not exist",
        {("oradb02.corp.example.com", "nxdomain")},
    ),
    (
        "$ sqlcmd -S tcp:mssql-prod.corp.example.com,1433 -U sa -P secret\nSqlcmd: Error: Microsoft ODBC Driver 18 for "
        "SQL Server : TCP Provider: Error code 0x2AF9.",
        {("mssql-prod.corp.example.com", "nxdomain")},
    ),
]

REVIEW_15_LOOKALIKES = [
    # names that are no connection string's: ODP.NET's own frame, a file-based Data Source, a variable, an env dump,
    # `sudo -H`, a logfmt address, a TNS alias
    "   at OracleInternal.ConnectionPool.PoolManager`3.Get(ConnectionString csWithDiffOrNewPwd, Boolean bGetForApp)\n"
    "Oracle.ManagedDataAccess.Client.OracleException (0x80004005): ORA-12545: Connect failed because target host or "
    "object does not exist",
    '    pyodbc.connect("DRIVER={SQLite3 ODBC Driver};Data Source=C:\\data\\cache.db")\n'
    "[08001] [Microsoft][ODBC Driver 18 for SQL Server]TCP Provider: Error code 0x2AF9 (11001)",
    "    pyodbc.connect(driver=DRIVER, server=server, database=database)\n"
    "[08001] [Microsoft][ODBC Driver 18 for SQL Server]TCP Provider: Error code 0x2AF9 (11001)",
    "HOSTNAME=buildagent-07\nPATH=/usr/bin\nORA-12545: Connect failed because target host or object does not exist",
    "$ sudo -H python3 manage.py migrate\nORA-12545: Connect failed because target host or object does not exist",
    "level=info addr=metrics-exporter:9161\nORA-12545: Connect failed because target host or object does not exist",
    "Opening Oracle connection: Data Source=PRODDB;User Id=app;\n"
    "ORA-12545: Connect failed because target host or object does not exist",
]

test_the_fifteenth_rounds_formats_are_read = reads(ROUND_15, "round15")
test_what_the_third_review_found_is_read_right = reads(REVIEW_15, "review15")
test_the_third_reviews_lookalikes_name_no_failure = reads_nothing(REVIEW_15_LOOKALIKES, "review15-lookalike")
test_the_fifteenth_rounds_lookalikes_name_no_failure = reads_nothing(ROUND_15_LOOKALIKES, "round15-lookalike")

NEW_RULES_15 = named_rules(
    "database-driver-error-connection-string",
    "oracle-jdbc-unknown-host-specified",
    "qt-host-not-found-error",
)


def test_every_new_rule_of_the_fifteenth_round_fires() -> None:
    assert unfired(NEW_RULES_15, [text for text, _ in ROUND_15]) == set()


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
        "FCU URL: udp://:1@a:2\nmavconn: udp0: resolve error: Host not found (authoritative)\n",
        "mavconn: udp0: resolve error: Host not found (authoritative)\n",
        "add_peer_addresses: a: unknown address\n",
        "a: address name resolution failure ",
        "Unable to resolve peer a ",
        "Couldn't find an AF_INET address for [a]: x\n",
        "local hostname 'a' does not map to an IP address\n",
        "Error Host not found (authoritative) when execution the DNS request\nIPv4 a error format. Expected ",
        "IPv4 a error format. Expected ",
        "Can't bind to a/<unresolved>:1 ",
        '    url: "http://a/",\n  error: "failed to lookup address information: x",\n',
        'Error "<urlopen error [Errno -2] x>" trying to get the url http://a/ ',
        "::INFO::[a:1] x: Name or service not known\n",
        "x: Name or service not known (a:1) ",
        "connectString=a:1/b\nORA-12545: Connect failed because target host or object does not exist\n",
        "ORA-12545: Connect failed because target host or object does not exist\n",
        "DPY-6005: cannot connect to database (x).\n[Errno -2] Name or service not known\n",
        "SERVER=a;TCP Provider: Error code 0x2AF9 (11001) ",
        'SQL30081N "getaddrinfo".  Protocol specific error code(s): "-2" ',
        "-H a\nUnknown host machine name.\n",
        "Unknown host specified : a: Name or service not known ",
        "Unknown host specified , socket connect lapse 1 ms. a 1 ",
        'HostNotFoundError "Host a not found" ',
        "dsn=" + "a" * 300 + ":1/b ORA-12545: Connect failed because target host or object does not exist ",
        "a." * 200 + "\n" + "ORA-12545: Connect failed because target host or object does not exist\n",
        "SERVER=a;" * 50 + " TCP Provider: Error code 0x2AF9 ",
    ]
)
