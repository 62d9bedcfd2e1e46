"""Formats from held-out KX-LE's misses (issue #17, session 67; spent data: the sets were measured before these rules
were written): each case names the program and the format, with look-alikes that must stay no failure, the stand-ins
LABELS.md now names, and hostile megabytes of each new format."""

from __future__ import annotations

from tests.unit.parsing.rounds import flags_stand_in, named_rules, reads, reads_nothing, stays_real, triples, unfired
from tests.unit.parsing.speed import parses_quickly

_HEX = "4ad1e90b6af8dd20a01e09c1257df3497014a676bedaed0f7a219236a96ab509"

ROUND: list[tuple[str, set[tuple[str, str]]]] = [
    (  # GlusterFS' client: the resolver's line names no host; the volume's server is on its own start line above
        "[2015-12-01 02:41:21.424564] I [MSGID: 100030] [glusterfsd.c:2318:main] 0-/usr/sbin/glusterfs: Started "
        "running /usr/sbin/glusterfs version 3.7.6 (args: /usr/sbin/glusterfs --volfile-server=gfs.storage.lan "
        "--volfile-id=/vol1 /mnt/vol1)\n"
        "[2015-12-01 02:41:26.615024] E [MSGID: 101075] [common-utils.c:306:gf_resolve_ip6] 0-resolver: getaddrinfo "
        "failed (Name or service not known)",
        {("gfs.storage.lan", "nxdomain")},
    ),
    (  # ... the client's own `DNS resolution failed on host h`, older releases' resolver line above it for the kind
        "[2018-09-07 19:56:06.533943] E [MSGID: 101075] [common-utils.c:294:gf_resolve_ip6] 0-resolver: getaddrinfo "
        "failed (Name or service not known)\n"
        "[2018-09-07 19:56:06.534061] E [name.c:262:af_inet_client_get_remote_sockaddr] 0-glusterfs: DNS resolution "
        "failed on host gluster1.lan",
        {("gluster1.lan", "nxdomain")},
    ),
    (  # ... a remote-host option handed over whole (as printed); the `repeated N times` summary a few lines under it
        "[2021-04-20 16:03:47.685059] E [name.c:266:af_inet_client_get_remote_sockaddr] 0-glusterfs: DNS resolution "
        "failed on host srv-3:srv-4\n"
        "[2021-04-20 16:03:50.725539] W [fuse-bridge.c:1276:fuse_attr_cbk] 0-glusterfs-fuse: 6885431: LOOKUP() / => -1 "
        "(Transport endpoint is not connected)\n"
        "[2021-04-20 16:03:50.753676] I [fuse-bridge.c:6083:fuse_thread_proc] 0-fuse: initiating unmount of /shared\n"
        'The message "E [MSGID: 101075] [common-utils.c:505:gf_resolve_ip6] 0-resolver: getaddrinfo failed '
        '(family:2) (Name or service not known)" repeated 17 times between [2021-04-20 16:02:59.633395] and '
        "[2021-04-20 16:03:50.685439]",
        {("srv-3:srv-4", "nxdomain")},
    ),
    (  # ... newer releases' resolver text under it
        "[2022-03-21 01:54:06.518102] E [name.c:265:af_inet_client_get_remote_sockaddr] 0-glusterfs: DNS resolution "
        "failed on host node1\n"
        'The message "E [MSGID: 101075] [common-utils.c:497:gf_resolve_ip6] 0-resolver: error in getaddrinfo '
        '[{family=2}, {ret=Name or service not known}]" repeated 2 times between [2022-03-21 01:54:00.515081] and '
        "[2022-03-21 01:54:06.518098]",
        {("node1", "nxdomain")},
    ),
    (  # glusterd's peer probe: the probed peer on the line above its getaddrinfo error
        "[2021-07-17 00:31:05.228609 +0000] I [MSGID: 106487] [glusterd-handler.c:1160:__glusterd_handle_cli_probe] "
        "0-glusterd: Received CLI probe req gfs-b 24007\n"
        "[2021-07-17 00:31:05.229727 +0000] E [MSGID: 101075] [common-utils.c:3657:gf_is_local_addr] 0-management: "
        "error in getaddrinfo [{ret=Name or service not known}]\n"
        "[2021-07-17 00:31:05.230785 +0000] E [MSGID: 106408] [glusterd-peer-utils.c:217:"
        "glusterd_peerinfo_find_by_hostname] 0-management: error in getaddrinfo: Name or service not known",
        {("gfs-b", "nxdomain")},
    ),
    (  # Ceph's orchestrator: the host as it holds it, as printed
        "Error EINVAL: Cannot resolve IP for host 192.168.0.12/ceph-node-02: [Errno -2] Name or service not known",
        {("192.168.0.12/ceph-node-02", "nxdomain")},
    ),
    (
        "Error EINVAL: Cannot resolve IP for host ceph-03: [Errno -3] Temporary failure in name resolution",
        {("ceph-03", "temporary")},
    ),
    (  # Ceph's SRV summary line in a kubelet event, a closing backtick after it
        "> `... stderr: unable to get monitor info from DNS SRV with service name: ceph-mon`",
        {("ceph-mon", "other")},
    ),
    (  # mount.nfs and mount.cifs given a volume plugin's container id as the server: as printed
        f"2016/07/13 13:33:14 mount.nfs4: Failed to resolve server {_HEX}: Name or service not known",
        {(_HEX, "nxdomain")},
    ),
    (
        f"2019/06/15 19:07:51 mount error: could not resolve address for {_HEX}: Unknown error",
        {(_HEX, "other")},
    ),
    (  # WPScan's JSON: libcurl's CURLE_COULDNT_RESOLVE_HOST text for the URL it was given
        "{'scan_aborted': \"The url supplied 'https://blog.internal.lan/' seems to be down (Couldn't resolve host "
        "name)\", 'target_url': 'https://blog.internal.lan/'}",
        {("blog.internal.lan", "nxdomain")},
    ),
    (  # mqttwarn: the broker first, not the section and port after it
        "2020-07-25 12:29:57,210 ERROR [core] Cannot connect to MQTT broker at 'mosquitto.home.lan'  ; default:8883: "
        "[Errno -2] Name or service not known",
        {("mosquitto.home.lan", "nxdomain")},
    ),
    (  # apk's error line with an ANSI colour code whose escape was lost in the copy
        "\x1b[91mERROR: http://dl-cdn.alpinelinux.org/alpine/v3.9/main: temporary error (try again later)\n"
        "[91mERROR: http://dl-cdn.alpinelinux.org/alpine/v3.9/community: temporary error (try again later)",
        {("dl-cdn.alpinelinux.org", "temporary")},
    ),
    (  # BusyBox's nc given ZooKeeper's list of servers: the whole string, as printed
        "waiting for zookeeper...\nnc: bad address 'zk1:2181,zk2:2181,zk3:2181'",
        {("zk1:2181,zk2:2181,zk3:2181", "nxdomain")},
    ),
    (  # ... one `h:port` is split at its colon
        "nc: bad address 'kafka:9092'",
        {("kafka", "nxdomain")},
    ),
    (  # Node given an empty value's quotes from an env file (`DB_HOST=''`): as printed
        "Error: getaddrinfo ENOTFOUND ''\n    at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:69:26) {\n"
        "  errno: -3008,\n  code: 'ENOTFOUND',\n  syscall: 'getaddrinfo',\n  hostname: \"''\"\n}",
        {("''", "nxdomain")},
    ),
    (  # libpq handed a DSN keyword with no value as the host: as printed (a key left empty: a stand-in, below)
        'could not translate host name "port=" to address: Name or service not known',
        {("port=", "nxdomain")},
    ),
]

LOOKALIKES = [
    # ClickHouse's listen_host an address, or `localhost`, on a machine with IPv6 switched off: no look-up failed (it
    # prints this line only for EAI_FAMILY / EAI_ADDRFAMILY: review)
    "<Error> Application: Cannot resolve listen_host (localhost), error -9: Address family for hostname not supported",
    "<Error> Application: Cannot resolve listen_host (::), error -9: Address family for hostname not supported: -9.",
    "<Error> Application: Cannot resolve listen_host (0.0.0.0), error -9: Address family for hostname not supported",
    # GlusterFS' resolver line with no start line and no `failed on host` line: no name to give
    "[common-utils.c:306:gf_resolve_ip6] 0-resolver: getaddrinfo failed (Name or service not known)",
    # glusterd's error with no probe above it
    "[glusterd-peer-utils.c:217:glusterd_peerinfo_find_by_hostname] 0-management: error in getaddrinfo: Name or "
    "service not known",
    # WPScan's other reasons
    "The url supplied 'https://blog.example.org/' seems to be down (Timeout was reached)",
    "mqttwarn: Cannot connect to MQTT broker at 'mqtt.lan'  ; default:1883: [Errno 111] Connection refused",
    # a mount helper's hash-like name in any other message stays the hash filter's
    f"Mounting NFS volume {_HEX} on /var/lib/docker-volumes/netshare/nfs/{_HEX}",
]

# LABELS.md (clause 2, added after KX-LE): stand-ins
STAND_INS: list[tuple[str, str]] = [
    (  # `my.<engine>.cluster`: my Redshift cluster's endpoint, described
        'psycopg2.OperationalError: could not translate host name "my.redshift.cluster" to address: Name or service '
        "not known",
        "my.redshift.cluster",
    ),
    (  # `appname` as the first piece of a label
        'pg_dump: error: could not translate host name "appname-db" to address: Name does not resolve',
        "appname-db",
    ),
    (  # `tld` as the top-level label after the word for a machine
        "Cannot connect to MQTT broker at 'mqtt.server.tld'  ; default:8883: [Errno -2] Name or service not known",
        "mqtt.server.tld",
    ),
]

REAL_NAMES = [
    'could not translate host name "pangolin.example.tld" to address: Name or service not known',
    'could not translate host name "kubernetes.default.svc.cluster" to address: Name or service not known',
    'could not translate host name "my.devbox" to address: Name or service not known',
]

# what the review of these rules found (each a case; session 67)
REVIEW: list[tuple[str, set[tuple[str, str]]]] = [
    (  # GlusterFS: the resolver's `repeated N times` summary under a brick's failure: no look-up of the volfile server
        "[2022-01-10 08:00:00.000001 +0000] I [MSGID: 100030] [glusterfsd.c:2683:main] 0-/usr/sbin/glusterfs: Started "
        "running version [{arg=/usr/sbin/glusterfs}, {version=9.4}, {cmdlinestr=/usr/sbin/glusterfs --process-name "
        "fuse --volfile-server=gfs-a.storage --volfile-id=/gv0 /mnt/gv0}]\n"
        "[2022-01-10 08:00:01.000001 +0000] E [MSGID: 101075] [common-utils.c:497:gf_resolve_ip6] 0-resolver: error in "
        "getaddrinfo [{family=2}, {ret=Name or service not known}]\n"
        "[2022-01-10 08:00:01.000002 +0000] E [name.c:265:af_inet_client_get_remote_sockaddr] 0-gv0-client-1: DNS "
        "resolution failed on host gfs-b.storage\n"
        "[2022-01-10 08:00:02.000001 +0000] I [fuse-bridge.c:5296:fuse_init] 0-glusterfs-fuse: FUSE inited\n"
        "[2022-01-10 08:00:02.000002 +0000] I [fuse-bridge.c:5924:fuse_graph_sync] 0-fuse: switched to graph 0\n"
        "[2022-01-10 08:00:03.000001 +0000] W [socket.c:767:__socket_rwv] 0-gv0-client-1: readv failed\n"
        'The message "E [MSGID: 101075] [common-utils.c:497:gf_resolve_ip6] 0-resolver: error in getaddrinfo '
        '[{family=2}, {ret=Name or service not known}]" repeated 2 times between [2022-01-10 08:00:01.000001 +0000] '
        "and [2022-01-10 08:00:04.000001 +0000]",
        {("gfs-b.storage", "nxdomain")},
    ),
    (  # glusterd's log domain is the host's own name where gf_is_same_address logs it: no name of its own
        "I [glusterd-handler.c:1160:__glusterd_handle_cli_probe] 0-glusterd: Received CLI probe req gfs-b 24007\n"
        "E [common-utils.c:3402:gf_is_same_address] 0-gfs-b: error in getaddrinfo [{error=Name or service not known}]\n"
        "E [glusterd-peer-utils.c:217:glusterd_peerinfo_find_by_hostname] 0-management: error in getaddrinfo: Name or "
        "service not known",
        {("gfs-b", "nxdomain")},
    ),
    (  # cephadm: mgr/nfs' `ip/hostname` with an IPv6 address in it, as printed
        "Error EINVAL: Cannot resolve IP for host 10.16.23.103/2001:718:42de:0:1:23:103/kub-ceph-c4.priv.lan: "
        "[Errno -2] Name or service not known",
        {("10.16.23.103/2001:718:42de:0:1:23:103/kub-ceph-c4.priv.lan", "nxdomain")},
    ),
    (  # ... a trailing dot is the name's
        "Error EINVAL: Cannot resolve IP for host ceph-node-02.: [Errno -2] Name or service not known",
        {("ceph-node-02", "nxdomain")},
    ),
    (  # mqttwarn's own format, the host unquoted with an ini file's inline comment after it
        "2020-07-25 12:29:57,210 ERROR [core] Cannot connect to MQTT broker at mosquitto.home.lan  ; default:1883: "
        "[Errno -2] Name or service not known",
        {("mosquitto.home.lan", "nxdomain")},
    ),
    (
        'ERROR [core] Cannot connect to MQTT broker at "mqtt.lan":1883: [Errno -3] Temporary failure in name '
        "resolution",
        {("mqtt.lan", "temporary")},
    ),
    (  # libpq handed a DSN keyword with a value without quotes (`host=$EMPTY port=5432`), and one with quotes
        'psql: error: could not translate host name "port=5432" to address: Name or service not known',
        {("port=5432", "nxdomain")},
    ),
    (
        "psql: error: could not translate host name \"user='postgres'\" to address: Temporary failure in name "
        "resolution",
        {("user='postgres'", "temporary")},
    ),
]

REVIEW_STAND_INS: list[tuple[str, str]] = [
    (  # a stand-in among the names joined as handed over
        "Error EINVAL: Cannot resolve IP for host 192.168.0.12/xxx-node-02: [Errno -2] Name or service not known",
        "192.168.0.12/xxx-node-02",
    ),
    (
        "E [name.c:266:af_inet_client_get_remote_sockaddr] 0-glusterfs: DNS resolution failed on host "
        "gfs1.domain.com:gfs2.domain.com",
        "gfs1.domain.com:gfs2.domain.com",
    ),
    (
        "Error EINVAL: Cannot resolve IP for host node1.domain.com: [Errno -2] Name or service not known",
        "node1.domain.com",
    ),
]

test_the_rounds_formats_are_read = reads(ROUND, "kxle")
test_what_the_review_found_is_read_right = reads(REVIEW, "kxle-review")
test_the_rounds_lookalikes_name_no_failure = reads_nothing(LOOKALIKES, "kxle-lookalike")


test_a_stand_in_labels_md_names_is_flagged = flags_stand_in(STAND_INS + REVIEW_STAND_INS)
test_a_name_that_only_looks_made_up_stays_real = stays_real(REAL_NAMES)


NEW_RULES = named_rules(
    "glusterfs-resolver-volfile-server",
    "glusterd-probe-getaddrinfo",
    "cephadm-cannot-resolve-ip-for-host",
    "wpscan-url-seems-down",
    "mqttwarn-cannot-connect-broker",
    "busybox-bad-address-list",
)


def test_every_new_rule_of_the_round_fires() -> None:
    assert unfired(NEW_RULES, [text for text, _ in ROUND]) == set()


# the seventeenth round of probes from programs' own source (session 67), each rule's format
ROUND_17: list[tuple[str, set[tuple[str, str]]]] = [
    (  # LocalStack's DNS server forwarding upstream: dnspython's Timeout text, then a socket's error
        "2025-04-02T10:11:47.512  INFO --- [uest_thread)] localstack.dns.server      : Unable to get DNS result from "
        "upstream server 10.0.2.3 for domain files.pythonhosted.org.: The DNS operation timed out.",
        {("files.pythonhosted.org", "timeout")},
    ),
    (
        "INFO --- [uest_thread)] localstack.dns.server : Unable to get DNS result from upstream server 172.31.0.2 for "
        "domain mysql.shared-db.internal.: [Errno 101] Network is unreachable",
        {("mysql.shared-db.internal", "other")},
    ),
    (
        "INFO --- [  MainThread] localstack.dns.server      : Unable to determine fallback DNS. Please check if "
        "'localstack.cloud' is reachable by your configured DNS serversDNS fallback will be disabled.",
        {("localstack.cloud", "other")},
    ),
    (  # its diagnose endpoint
        '{\n  "localhost.localstack.cloud": "127.0.0.1",\n  "api.localstack.cloud": "unable_to_resolve [Errno -3] '
        'Temporary failure in name resolution"\n}',
        {("api.localstack.cloud", "temporary")},
    ),
    (  # dnsx's rows after the command that printed them
        "$ dnsx -d fieldtrack-app.com -w words.txt -rcode refused,servfail -r 10.0.0.2\n"
        "grafana.fieldtrack-app.com [REFUSED]",
        {("grafana.fieldtrack-app.com", "refused")},
    ),
    (
        "$ subfinder -d fieldtrack-app.com -silent | dnsx -silent -rcode nxdomain\n"
        "dev-api.fieldtrack-app.com [NXDOMAIN]\nbeta.fieldtrack-app.com [NXDOMAIN]",
        {("dev-api.fieldtrack-app.com", "nxdomain"), ("beta.fieldtrack-app.com", "nxdomain")},
    ),
    (  # ... its JSON, the SOA's name in it no failure
        '{"host":"old-cdn.shopfront.io","ttl":1800,"resolver":["1.1.1.1:53"],"soa":[{"name":"shopfront.io","ns":'
        '"ns-1187.awsdns-20.org"}],"status_code":"NXDOMAIN","status_code_raw":3}',
        {("old-cdn.shopfront.io", "nxdomain")},
    ),
    (  # subscription-manager's last line under its traceback's gaierror; its log prefix is no host
        "2025-04-22T09:02:51.640+02:00 [ERROR] subscription-manager:20814:MainThread @utils.py:184 - [Errno -2] Name "
        "or service not known\nTraceback (most recent call last):\n"
        '  File "/usr/lib64/python3.9/socket.py", line 954, in getaddrinfo\n'
        "    for res in _socket.getaddrinfo(host, port, family, type, proto, flags):\n"
        "socket.gaierror: [Errno -2] Name or service not known\n"
        "Unable to reach the server at satellite.example.lan:443/rhsm",
        {("satellite.example.lan", "nxdomain")},
    ),
    (  # JupyterHub's bind over tornado's traceback
        "[E 2026-03-04 12:30:02.611 JupyterHub app:3913] Failed to bind hub to http://hub.jupyter.internal:8081/hub/\n"
        "[E 2026-03-04 12:30:02.612 JupyterHub app:4086]\n    Traceback (most recent call last):\n"
        '      File "/usr/local/lib/python3.12/site-packages/tornado/netutil.py", line 129, in bind_sockets\n'
        "        for res in sorted(\n    socket.gaierror: [Errno -2] Name or service not known",
        {("hub.jupyter.internal", "nxdomain")},
    ),
    (  # cifs.upcall and rpc.nfsd
        "Dec 07 16:07:55 ws12 cifs.upcall[51140]: Unable to resolve host address: filer3 [Temporary failure in name "
        "resolution]",
        {("filer3", "temporary")},
    ),
    (
        "Dec 07 16:02:11 storage01 rpc.nfsd[2213]: rpc.nfsd: unable to resolve nfs-gw.home.arpa:nfs: Name or service "
        "not known",
        {("nfs-gw.home.arpa", "nxdomain")},
    ),
]

LOOKALIKES_17 = [
    # dnsx's reverse look-up of an address, and its rows that resolved
    "$ dnsx -l ips.txt -silent -ptr -rcode nxdomain\n203.0.113.45 [NXDOMAIN]\n203.0.113.46 [NXDOMAIN]",
    "api.northwind-traders.com [NOERROR]\nwww.northwind-traders.com [NOERROR]",
    # subscription-manager's last line under a refused connection, and alone
    "ConnectionRefusedError: [Errno 111] Connection refused\n"
    "Unable to reach the server at satellite.example.lan:443/rhsm",
    "Unable to reach the server at subscription.rhsm.redhat.com:443/subscription: Tunnel connection failed: 403",
    # JupyterHub's bind with an address in use
    "[E 2026-03-04 12:30:02.611 JupyterHub app:3913] Failed to bind hub to http://127.0.0.1:8081/hub/\n"
    "    OSError: [Errno 98] Address already in use",
    "INFO --- localstack.dns.server : Unable to get DNS result from upstream server 10.0.2.3 for domain a.b.: done",
]

# what the review of the seventeenth round's rules found (each a case; session 67)
REVIEW_17: list[tuple[str, set[tuple[str, str]]]] = [
    (  # rpc.nfsd's syslog line and its wording before 2015
        "Dec 07 16:02:11 storage01 rpc.nfsd[2231]: unable to resolve nfs01.lan:nfs: Name or service not known",
        {("nfs01.lan", "nxdomain")},
    ),
    (
        "rpc.nfsd: unable to resolve nfs-server:nfs to inet6 address: Name or service not known",
        {("nfs-server", "nxdomain")},
    ),
    (  # BusyBox splits a single colon's port off a list before the resolver
        "nc: bad address 'zk1,zk2,zk3:2181'",
        {("zk1,zk2,zk3", "nxdomain")},
    ),
    (  # dnsx's JSON indented in a paste
        '  {"host":"vpn.hq-office.lan","resolver":["192.168.10.1:53"],"status_code":"SERVFAIL","status_code_raw":2}',
        {("vpn.hq-office.lan", "servfail")},
    ),
]

REVIEW_17_LOOKALIKES = [
    # rpc.nfsd with no `--host` (ANYADDR), and with `nfs` missing from /etc/services
    "rpc.nfsd: unable to resolve ANYADDR:nfs: Address family for hostname not supported",
    "rpc.nfsd: unable to resolve ANYADDR:nfs to inet address: Servname not supported for ai_socktype\n"
    "rpc.nfsd: unable to set any sockets for nfsd",
    "rpc.nfsd: unable to resolve nfs01.lan:nfs: Servname not supported for ai_socktype",
    # a word before a bracketed code in a test script's or a reporter's line, and a code in lower case
    "First test passed [SERVFAIL]\nFirst test failed: Expected [SERVFAIL]",
    "Tested the resolvers, all returned [REFUSED]",
    "ssh: connect to host git.example.org port 22: Connection [refused]",
    # BusyBox given a list of addresses only
    "nc: bad address '10.0.0.1:2181,10.0.0.2:2181'",
    # rhsm's log prefix for any program (`yum`, `rhsmd`): the program and its pid, no name
    "2024-12-30 11:11:46,387 [ERROR] yum:409310:MainThread @connection.py:898 - [Errno -2] Name or service not known",
    "2024-12-30 11:11:46,387 [ERROR] rhsmd:30367:MainThread @rhsm_d.py:383 - [Errno -3] Temporary failure in name "
    "resolution",
]

# what the third review (of the changes that read every paste) found (each a case; session 67)
REVIEW_3: list[tuple[str, set[tuple[str, str]]]] = [
    (  # a one-label name with digits and a dash first is a name outside GlusterFS' log domain
        "Error: getaddrinfo ENOTFOUND 3-tier-api",
        {("3-tier-api", "nxdomain")},
    ),
    ("sudo: unable to resolve host 01-rpi: Name or service not known", {("01-rpi", "nxdomain")}),
    (  # GlusterFS: a resolver line under a host's failure is the next host's, written before its own
        "E [name.c:265:af_inet_client_get_remote_sockaddr] 0-gv0-client-0: DNS resolution failed on host gfs1\n"
        "E [common-utils.c:312:gf_resolve_ip6] 0-resolver: getaddrinfo failed (family:2) (Temporary failure in name "
        "resolution)\n"
        "E [name.c:265:af_inet_client_get_remote_sockaddr] 0-gv0-client-1: DNS resolution failed on host gfs2",
        {("gfs1", "other"), ("gfs2", "temporary")},
    ),
]

REVIEW_3_LOOKALIKES = [
    "E [common-utils.c:3402:gf_is_same_address] 0-gfs-b: error in getaddrinfo [{error=Name or service not known}]",
    "E [common-utils.c:3402:gf_is_same_address] 0-gfs2.lan: error in getaddrinfo: Name or service not known",
]

test_what_the_third_review_found_is_read_right = reads(REVIEW_3, "kxle-review3")
test_the_third_reviews_lookalikes_name_no_failure = reads_nothing(REVIEW_3_LOOKALIKES, "kxle-review3-lookalike")


def test_a_word_counted_only_as_a_whole_name_is_no_stand_in_as_a_piece() -> None:
    """(review) `url` is a stand-in as a whole name (LABELS.md), not as a piece of one handed over as printed."""
    assert triples("dial tcp: lookup github.com:url: no such host")[-1] == ("github.com:url", "nxdomain", False)
    assert ("10.0.0.5/url", "nxdomain", False) in triples(
        "Cannot resolve IP for host 10.0.0.5/url: [Errno -2] Name or service not known"
    )


test_the_seventeenth_rounds_formats_are_read = reads(ROUND_17, "kxle-round17")
test_what_the_second_review_found_is_read_right = reads(REVIEW_17, "kxle-round17-review")
test_the_second_reviews_lookalikes_name_no_failure = reads_nothing(
    REVIEW_17_LOOKALIKES, "kxle-round17-review-lookalike"
)
test_the_seventeenth_rounds_lookalikes_name_no_failure = reads_nothing(LOOKALIKES_17, "kxle-round17-lookalike")

NEW_RULES_17 = named_rules(
    "localstack-dns-upstream",
    "localstack-fallback-dns",
    "localstack-diagnose-endpoint",
    "dnsx-rcode-line",
    "dnsx-json-status-code",
    "subscription-manager-unreachable",
    "jupyterhub-bind-hub",
    "cifs-upcall-resolve-host",
    "rpc-nfsd-unable-to-resolve",
)


def test_every_new_rule_of_the_seventeenth_round_fires() -> None:
    assert unfired(NEW_RULES_17, [text for text, _ in ROUND_17]) == set()


test_a_hostile_megabyte_of_these_formats_parses_quickly = parses_quickly(
    [
        "0-resolver: getaddrinfo failed (Name or service not known)\n",
        "/glusterfs --volfile-server=a \n0-resolver: getaddrinfo failed (family:2) (a)\n",
        "gf_resolve_ip6] 0-resolver: error in getaddrinfo [{family=2}, {ret=a}]\n",
        "DNS resolution failed on host a:b:c:d:e\n",
        "Received CLI probe req a 1\nglusterd_peerinfo_find_by_hostname] 0-management: error in getaddrinfo: a\n",
        "Cannot resolve IP for host a: [Errno -2] Name or service not known ",
        "Cannot resolve IP for host " + "a" * 300 + " ",
        "The url supplied 'https://a/' seems to be down (Couldn't resolve host name) ",
        "Cannot connect to MQTT broker at 'a'" + " " * 70 + "[Errno -2] a\n",
        "Cannot resolve IP for host " + "a:" * 200 + " [Errno -2] a",
        'Cannot connect to MQTT broker at "a' + " " * 70 + "\n",
        "Failed to resolve server " + "a" * 64 + ": a ",
        "[91mERROR: http://a/b: temporary error (try again later)\n",
        "bad address 'a,b' ",
        "bad address '" + "a," * 300 + "' ",
        "getaddrinfo ENOTFOUND ''\n",
        "Unable to get DNS result from upstream server 1.2.3.4 for domain a.: The DNS operation timed out ",
        "Unable to determine fallback DNS. Please check if 'a' is reachable ",
        '"a": "unable_to_resolve [Errno -2] a" ',
        "a [NXDOMAIN] ",
        "a [NXDOMAIN] b [NXDOMAIN] c [REFUSED]\n",
        '{"host":"a",' + '"b":1,' * 300 + '"status_code":"NXDOMAIN"\n',
        "Unable to reach the server at a:1/b\n",
        "JupyterHub app:1] Failed to bind hub to http://a/\n",
        "Unable to resolve host address: a [b] ",
        "rpc.nfsd: unable to resolve a:nfs: b\n",
    ]
)
