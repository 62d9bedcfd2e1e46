"""The kind of a failed lookup whose message names the host but states no reason (issue #17, held-out I).

The labelling conventions (HELDOUT-b.md: "messages naming a host but giving no reason as `other`", repeated by every
later set's notes) read such a message as `other`, with recorded exceptions: formats the notes read as NXDOMAIN because
the text itself is the runtime's way of saying the name does not exist. A rule for a message with no reason takes its
kind from `unstated(format)`, so the convention lives here and a new format is checked against this one list
(`tests/unit/parsing/test_no_reason.py` parses a sample of each).
"""

from __future__ import annotations

from checks.parsing.model import FailureKind

NO_REASON: FailureKind = "other"
"""A named host, no reason: HELDOUT-b.md, HELDOUT-d.md, HELDOUT-e.md, HELDOUT-f.md, HELDOUT-h.md, HELDOUT-i.md."""

READ_AS_NXDOMAIN: dict[str, str] = {
    # format -> the note that records reading it as NXDOMAIN
    # issue #17 (held-out ML-MS, spent): getaddrinfo gave no IPv4 address (LABELS.md's `No address associated with
    # hostname`)
    "Manticore `no AF_INET address found for: h`": "HELDOUT-mo.md",
    "JGit `TransportException: <uri>: unknown host`": "HELDOUT-mq.md (off-frame; a bare UnknownHostException)",
    "curl `Could not resolve host: h`": "COLLECTED.md, HELDOUT.md (recorded choice)",
    "Java bare `UnknownHostException: h`": "COLLECTED.md, COLLECTED-12b.md",
    "Logstash `[Manticore::ResolutionFailure] h`": "HELDOUT-i.md (wraps a bare UnknownHostException)",
    "busybox `can't resolve 'h'` / `bad address 'h'`": "COLLECTED.md (mesos-695-busybox), HELDOUT-i.md",
    "wget `unable to resolve host address 'h'`": "COLLECTED.md (openjdk-255-wget)",
    'Android `Unable to resolve host "h"`': "HELDOUT-c.md",
    ".NET `The remote name could not be resolved: 'h'`": "HELDOUT-c.md, HELDOUT-i.md",
    'nginx `host not found in upstream "h"`': "COLLECTED.md, HELDOUT-i.md",
    # the second survey's choices, checked against the notes: each prints what the conventions read as NXDOMAIN
    'mssql-jdbc `Error: "h. Verify the connection properties`': "a bare UnknownHostException (COLLECTED-12b.md)",
    'SwiftNIO `SocketAddressError.unknown(host: "h", ...)`': "`Unknown host` (COLLECTED.md's nxdomain list)",
    "WCF `No DNS entries exist for host h`": "states the name has no DNS entries (COLLECTED.md: NXDOMAIN texts)",
    "hickory `no record found for name: h type: T`": "HELDOUT-h.md, HELDOUT-i.md (NXDOMAIN or NODATA)",
    "ClickHouse `Not found address of host: h`": "COLLECTED-12g.md",
    "Chromium `net::ERR_NAME_NOT_RESOLVED` (the URL above)": "COLLECTED-12g.md (read like curl's)",
    "Apple `A server with the specified hostname could not be found.`": "COLLECTED-12b.md (NSURLError -1003)",
    "WinHTTP `The server name or address could not be resolved`": "COLLECTED-12e.md",
    # held-out CF: amazon-efs-utils' message for a socket.gaierror, which names the file system ID as the cause
    'efs-utils `Failed to resolve "h" - check that your file system ID is correct`': "HELDOUT-cf.md (its two forms)",
    # stop 51: a bare "not resolvable", which LABELS.md reads as `could not be resolved` with nothing after it (held-out
    # AX, CF, DE (2) and EC nxdomain; U, AV and BF other)
    "ZooKeeper `Unable to canonicalize address h:port because it's not resolvable`": "HELDOUT-ax.md, HELDOUT-cf.md",
    # held-out FZ-GG (spent): a bare `could not resolve` in the driver's words (HELDOUT-gb.md's row)
    "Neo4j Python driver `Cannot resolve address h:port`": "LABELS.md (a bare `could not resolve`), HELDOUT-gb.md",
    # review 2 (finding 14): the held-out rounds' hard-coded `nxdomain`s, each recorded here
    "Poco `No address found: h` (NoAddressFoundException)": "HELDOUT-t.md (ClickHouse/Poco, the NODATA rule)",
    "curl `Could not resolve proxy: h`": "HELDOUT-r.md (`Could not resolve host/proxy`)",
    # review 3: held-out Y's NODATA format, read as hickory's is
    "amphp/dns `No records returned for 'h' (T)`": "HELDOUT-y.md (NoRecordException: NODATA read as nxdomain)",
    # issue #17 (held-out AA): Spring appends the cause's message, a bare UnknownHostException's name; HELDOUT-aa.md
    # labels it nxdomain after COLLECTED-12b.md's AWS SDK row (the same bare name); HELDOUT-b.md's general convention
    # (a named host with no reason is `other`) points the other way, and no other set labels this form
    'Spring RestTemplate `I/O error on GET request for "http://h/...": h`': "HELDOUT-aa.md, COLLECTED-12b.md",
    # LABELS.md (after set BM): read like apt's `Could not resolve 'h'`; sets H, Y, AF, BJ and BM say nxdomain, sets A
    # and AK other
    "a bare `h cannot be resolved` / `could not be resolved`, nothing after it": "LABELS.md (`nxdomain`)",
    # held-out BU: a check's bare statement that the name has no address, read like the bare `cannot be resolved`
    "`Host did not resolve: h`": "LABELS.md (a bare `cannot be resolved`), HELDOUT-bu.md",
    # LABELS.md (after set ES): Appwrite's `Hostname h does not resolve.` and any bare `h did not resolve`, read like
    # the bare `cannot be resolved`
    "a bare `h does not resolve` / `did not resolve`, nothing after it": "LABELS.md (`nxdomain`), HELDOUT-bu.md",
    # TDengine's client names the FQDN it could not resolve and its own code's text (`Unable to resolve FQDN`,
    # TSDB_CODE_RPC_FQDN_ERROR): the two sets with TDengine's rows label them `nxdomain` (HELDOUT-b.md's convention
    # for a name with no resolver's reason is `other`, which the parser read until held-out EK)
    "TDengine `failed to resolve FQDN:h` / `failed to get ip from fqdn:h since Unable to resolve FQDN`": (
        "HELDOUT-bt.md, HELDOUT-ek.md"
    ),
    # held-out EH, EK (spent): texts that say the name has no address, read like `No address associated with hostname`
    # and ssh's `Could not resolve hostname` (the collectors' labels)
    'VS Code Remote-SSH `Could not establish connection to "h": Could not resolve hostname`': "HELDOUT-eh.md (ssh's"
    " words, its reason dropped)",
    "YugabyteDB `No endpoints resolved for: h`": "HELDOUT-ek.md (no address returned)",
    # held-out GI (spent): HBase's bare statement that the name did not resolve
    "HBase `Failed resolve of h:port`": "LABELS.md (a bare `could not be resolved`), HELDOUT-gi.md",
    # LABELS.md's bare "not resolvable" (ZooKeeper's clause) in any program's words: DDEV's (held-out GL)
    "a bare `h is not resolvable` (no reason after it)": "LABELS.md (a bare `not resolvable`), HELDOUT-gl.md",
    # held-out JJ-JQ (spent): texts that say the name has no address or could not be resolved, nothing after it
    "Jigasi `No address found for ...(SIP:user@h)`": "HELDOUT-jk.md (read like Poco's `No address found`)",
    "jvm-libp2p `Could not resolve /dns4/h/... to an IP address`": "LABELS.md (a bare `could not be resolved`), "
    "HELDOUT-jl.md",
    "a script's `curl exited with code 6` under the URL it fetched": "HELDOUT-jj.md (read like curl's own words)",
    # held-out JZ-KG (spent): an empty answer stated (`resolves to []`), read like `No address associated with hostname`
    "Supabase CLI `failed to locate valid IP for h; resolves to []`": "HELDOUT-kc.md (an empty answer)",
    # the twelfth round of probes (session 64): an empty `dig +short` stated
    "TiDB Operator `domain resolve h no record return`": "probe tidb-operator.txt (an empty answer)",
    # the twenty-first round of probes (session 71): OSSEC's agent, a bare `does not resolve` with where to
    "OSSEC `'h' does not resolve to an address.`": "LABELS.md (a bare `does not resolve`), probe ossec.txt",
    # the twenty-second round (session 71)
    "RethinkDB `peer with unresolvable hostname: h`": "LABELS.md (a bare `unresolvable`), probe rethinkdb.txt",
    "Privoxy `socks4_connect: could not resolve target host h`": (
        "LABELS.md (a bare `could not resolve`), probe privoxy.txt"
    ),
    # held-out MD-MK (spent, off-frame): a bare `could not resolve` with the string it was handed
    "Wazuh agent-auth `Could not resolve hostname: h` (a string that is no name)": (
        "LABELS.md (a bare `could not resolve`), HELDOUT-mh.md's off-frame row"
    ),
    # held-out LV-MC (spent): an edge network's page naming the domain it could not resolve, no reason
    "Cloudflare error 1001 `unable to resolve your requested domain (h)`": (
        "LABELS.md (a bare `could not be resolved`), HELDOUT-lz.md"
    ),
    # held-out LV-MC (spent): the quoted name with nothing after it (Netty's message is an UnknownHostException's,
    # urllib3's always has its gaierror after it: a bare one is a copy cut there), as a bare `could not resolve 'h'`
    "a bare `Failed to resolve 'h'` (quoted, nothing after it)": (
        "LABELS.md (a bare `could not resolve 'h'`), HELDOUT-ma.md, HELDOUT-fl.md"
    ),
}
"""The recorded exceptions: no reason printed, read as `nxdomain` by the conventions."""

UNSTATED_FORMATS: dict[str, str] = {
    # format -> the note that records reading it as `other`
    # held-out FZ-GG (spent): Java's unresolved address, read as ZooKeeper's `Unable to resolve address` is
    "ZooKeeper `Unable to open socket to h/<unresolved>:port`": "HELDOUT-ga.md, HELDOUT-j.md",
    # stop 51 (source-mined): IO::Socket::INET's text when inet_aton finds no address for the name; corpus set D's row
    # (cd-cif-smrt-178) labels it `other`
    "Perl IO::Socket::INET `Can't connect to h:port (Bad hostname)`": "COLLECTED.md (corpus set D)",
    # issue #17 (held-out AP): LABELS.md names Lettuce's `<unresolved>` address `other` (HELDOUT-v.md's and
    # HELDOUT-ap.md's rows; HELDOUT-n.md's one row, before LABELS.md, said nxdomain)
    "Lettuce `Unable to connect to h/<unresolved>:port`": "LABELS.md (`other`), HELDOUT-v.md, HELDOUT-ap.md",
    # held-out GN (spent): R2DBC's connect to Java's unresolved address, read as LABELS.md reads Lettuce's; R2DBC's rows
    # are HELDOUT-dr.md's and HELDOUT-gn.md's `other` against HELDOUT-u.md's one `nxdomain` (read so from held-out U to
    # GN, when that was the majority)
    "Java `Cannot connect to h/<unresolved>:port`": "LABELS.md (Lettuce's), HELDOUT-dr.md, HELDOUT-gn.md",
    # held-out GH-GO (spent, rules/peer_connect_texts.py): names with no resolver's reason (the collectors' labels)
    "Kong's Cassandra driver `[toip() name lookup failed]` (no resolver reason)": "HELDOUT-gm.md (other)",
    "Apollo `Could not complete get operation [Cause: h]` (the URL's host)": "HELDOUT-gn.md (other)",
    "CRC `Failed internal dns query` (the `host` command below it)": "HELDOUT-go.md (other)",
    "CRC `Wildcard DNS resolution for h does not appear to be working`": "HELDOUT-b.md's convention (no reason)",
    "Pekko async DNS `Resolve of h failed. Trying next name server` (no resolver reason)": "HELDOUT-b.md's convention",
    "TDengine `failed to get ip from fqdn:h since Success` (code 0, no reason)": "HELDOUT-gn.md (other)",
    # held-out GP-GW (spent, rules/resolver_log_rows.py, rules/client_error_texts.py): the collectors' labels
    "systemd-resolved `transaction ... now complete with <STATE>` (no resolver reason)": "HELDOUT-gw.md (other)",
    "AdGuard dnsproxy `exchange failed ... question=...` (an upstream's error of no resolver's words)": (
        "HELDOUT-gw.md (other)"
    ),
    "Seata `watch cluster node: h:port, fail: h` (a bare UnknownHostException)": "HELDOUT-gq.md, HELDOUT-ah.md (other)",
    "chronyd `Invalid host h` (a source whose name did not resolve, no reason)": "HELDOUT-b.md's convention",
    # held-out GX-HE (spent, rules/connect_trace_texts.py): the collectors' labels
    "MySQL replica `error connecting to master 'u@h:port' ... Error_code: 2005` (no resolver reason)": (
        "HELDOUT-hc.md (other)"
    ),
    "Java NIO `UnresolvedAddressException` under `Error connecting to h:port` (no resolver reason)": (
        "HELDOUT-gy.md (other)"
    ),
    "Bitnami's `dns_lookup h` traced under `set -x`, then `[[ '' == '' ]]` (an empty answer)": "HELDOUT-hc.md (other)",
    # source-mined, round 6 (session 54): the probes' labels, by HELDOUT-b.md's convention (a name, no reason)
    "Rook's `Conversion of host: h to IP failed` (no resolver reason)": "HELDOUT-b.md's convention (probe rook.txt)",
    "MariaDB Connector/J `Socket fail to connect to h. h` (a bare UnknownHostException's message)": (
        "HELDOUT-b.md's convention (probe metabase.txt)"
    ),
    "Keycloak's `ERROR: h` under `ERROR: The connection attempt failed.` (a bare UnknownHostException)": (
        "HELDOUT-b.md's convention (probe keycloak.txt)"
    ),
    "cilium-cli `timeout reached waiting for lookup for h from pod` (no resolver reason)": (
        "HELDOUT-b.md's convention (probe cilium-cli.txt)"
    ),
    "Galera `Failed to resolve tcp://h:port` (no resolver reason)": (
        "LABELS.md, as HAProxy's and Sentinel's (probe galera.txt)"
    ),
    # issue #17 (held-out AS): mail servers' texts that name the domain and no resolver reason (HELDOUT-as.md's labels)
    "Postfix `Name service error for name=h` (other reason)": "HELDOUT-as.md (`Malformed or unexpected ...`: other)",
    "OpenSMTPD `No MX found for domain`": "HELDOUT-as.md (no reason: other)",
    # corpus set ZB: Kubernetes' DNS e2e tests list the probes' names that did not resolve (COLLECTED-12zb.md: other)
    "Kubernetes e2e `Lookups using pod failed for: [probe@h ...]`": "COLLECTED-12zb.md (no reason: other)",
    "freshclam `Can't query h` (its TXT record)": "HELDOUT-as.md (no reason: other)",
    # issue #17 (held-out AP, AR): clients' texts with a name and no resolver reason (HELDOUT-b.md's convention)
    "etcd `failed to resolve URL Host` (an error of no resolver's words)": "HELDOUT-b.md's convention",
    "`h:port getaddrinfo: <text>` (no resolver reason)": "HELDOUT-ap.md (wait4ports' `Invalid argument`: other)",
    "gRPC Python `DNS resolution failed` (the channel's target)": "HELDOUT-ap.md, HELDOUT-j.md (gRPC: other)",
    # issue #17 (held-out AT-AY)
    "dockerd `failed to query external DNS server` (no reason)": "HELDOUT-b.md's convention",
    "dockerd `did not return any A records` (no answer)": "HELDOUT-dm.md (no answer, rcode not printed: other)",
    # libraries' own wordings read from their source (library_sources.py): each names the host and no resolver reason
    "gRPC .NET `Error getting DNS hosts for 'h'.`": "HELDOUT-b.md's convention",
    "`DNS resolution failed for 'h'` (no resolver's reason)": "HELDOUT-b.md's convention",
    "Paho MQTT C `getaddrinfo failed for addr h with rc N`": "LABELS.md (getaddrinfo's codes but -2, -3, -5)",
    "Trilogy `unable to connect to h:port: TRILOGY_DNS_ERROR`": "HELDOUT-b.md's convention (no resolver reason)",
    "mosquitto clients `Unable to connect (Lookup error.).`": "HELDOUT-b.md's convention (no code shown)",
    "dnsjava `LookupFailedException: Lookup for h./T failed`": "HELDOUT-b.md's convention",
    "ZooKeeper `Address unresolved: h:port`": "HELDOUT-b.md's convention",
    "Ktor CIO `DNS resolution of 'h' failed`": "HELDOUT-b.md's convention",
    'litep2p `DnsError(ResolveError("h"))`': "HELDOUT-dv.md",
    "JGroups `unable to resolve the following hostnames: [h, ...]`": "HELDOUT-b.md's convention",
    "Bitnami `Could not find any IP address associated to hostname h`": "HELDOUT-b.md's convention",
    "Consul `all resolvers failed for question from client`": "HELDOUT-b.md's convention",
    "Kong `failed the initial dns/balancer resolve` (a table)": "HELDOUT-aw.md (a Lua table or number: other)",
    "the ZooKeeper C client's `getaddrinfo:` (an errno text)": "HELDOUT-av.md (`No such file or directory`: other)",
    "a program's `getaddrinfo failed for h` / `Error resolving host h` (no reason)": "HELDOUT-ba.md (RethinkDB's errno"
    " 0, no reason: other)",
    "glusterd `DNS resolution failed on host h`": "HELDOUT-az.md (no reason: other)",
    "Postfix FCrDNS `does not resolve to address A: <reason>`": "HELDOUT-b.md's convention (a reason of no resolver)",
    "Rspamd `cannot make request to resolve h`": "HELDOUT-ba.md (the query could not be sent: other)",
    "a logfmt `DNS query failed` (no resolver reason)": "HELDOUT-b.md's convention (no reason: other)",
    "mount.cifs `could not resolve address for h: Unknown error`": "HELDOUT-b.md's convention (no reason: other)",
    "Nagios plugins' `Invalid hostname/address - h`": "HELDOUT-b.md's convention (no reason: other)",
    "Cassandra `Seed provider couldn't lookup host h`": "HELDOUT-i.md",
    "Cilium `Cannot forward proxied DNS lookup` (its proxy's own error)": "HELDOUT-ej.md (other)",
    "lego `could not determine authoritative nameservers` (a domain's zone)": "HELDOUT-ee.md (other)",
    "lego `could not find the start of authority for h` (the zone's SOA)": "HELDOUT-fq.md (other)",
    "cert-manager `Could not determine authoritative nameservers for h`": "HELDOUT-fq.md (other)",
    # corpus sets I and M (collected-2026-12i, -12m): no resolver's reason; the collectors' labels
    "Consul Connect `unsupported Consul DNS domain` (the URL dialled)": "COLLECTED-12m.md (other)",
    "libcurl `getaddrinfo() thread failed to start` (the URL git dialled)": "COLLECTED-12i.md (other)",
    "node-problem-detector `DNS lookup to h is not working`": "HELDOUT-b.md's convention (no reason: other)",
    # rules/product_sources.py (products' own source, 2026-12-05): each names the host and no resolver reason
    "MaxScale `hostname h has not been resolved to a valid address`": "HELDOUT-b.md's convention",
    "TiDB Operator `nslookup domain h failed`": "HELDOUT-b.md's convention",
    "RocketMQ `maybe the domain name URL not bind in /etc/hosts`": "HELDOUT-b.md's convention",
    "Artemis `Remote destination: h/<unresolved>:port` (the exception below)": "LABELS.md (Lettuce's `<unresolved>`)",
    "RabbitMQ `Addresses discovered via A records of h:` (none)": "HELDOUT-b.md's convention (an empty answer unread)",
    'FoundationDB `Type="DNSCacheRefreshFailed"`': "HELDOUT-b.md's convention",
    "sudo `unable to resolve host h` (older sudo, no reason)": "HELDOUT-ac.md (no reason: other)",
    # issue #17 (held-out Y, rules/library_messages.py): two more formats that print the name and drop the reason
    "httplib2 `Unable to find the server at h`": "HELDOUT-y.md (ServerNotFoundError, no reason: other)",
    "Zabbix `cannot resolve [h]`": "HELDOUT-y.md (no reason: other)",
    "ceph `failed for service _ceph-mon._tcp`": "HELDOUT-y.md, HELDOUT-ab.md (an SRV name, no reason: other)",
    "ceph `unable to get monitor info from DNS SRV with service name: h`": "HELDOUT-jc.md (the service name, other)",
    "Forge installer `Host: h [Unknown]`": "HELDOUT-jf.md (its host table, no reason: other)",
    "nGrinder `Error while resolving h to IP`": "HELDOUT-ji.md (no reason: other)",
    "PgBouncer `lookup failed: h: result=N`": "HELDOUT-j.md, HELDOUT-y.md (a numeric code, no reason in words)",
    "etcd `netutil: could not resolve host h:port`": "HELDOUT-i.md",
    "fluent-bit `getaddrinfo(host='h'): Unknown error`": "HELDOUT-i.md",
    "Logstash `h: unknown error`": "HELDOUT-i.md, HELDOUT-c.md (`h: unknown error`)",
    "Java `UnknownHostException: h: unknown error`": "HELDOUT-b.md, HELDOUT-e.md, HELDOUT-f.md",
    "Kafka `DNS resolution failed for h`": "HELDOUT-e.md, HELDOUT-f.md",
    "redis-sentinel `Failed to resolve hostname 'h'`": "HELDOUT.md, HELDOUT-f.md",
    "Dart `Failed host lookup: 'h'` (no OS error)": "HELDOUT-e.md",
    "Elasticsearch `failed to resolve host [h]`": "HELDOUT-f.md",
    "grpc-js `Name resolution failed for target dns:h`": "HELDOUT-h.md's convention (no reason)",
    # issue #17 (held-out J): the formats HELDOUT-j.md labels `other`
    "gRPC `produced zero addresses` (the `dns:///h` target above)": "HELDOUT-j.md",
    "ZooKeeper `Unable to resolve address: h/<unresolved>:port`": "HELDOUT-j.md",
    "PgBouncer `lookup failed: h: result=-4`": "HELDOUT-j.md (a numeric code, no reason in words)",
    # issue #17 (held-out K): the general convention (HELDOUT-b.md), applied by HELDOUT-k.md's labels
    "bundler `Could not reach host h`": "HELDOUT-k.md's labels (HELDOUT-b.md's convention)",
    "urllib3 `NameResolutionError` cut before its reason": "HELDOUT-k.md's labels (the reason was cut off)",
    "Mono `NameResolutionFailure` (the request line above)": "HELDOUT-k.md's labels (HELDOUT-b.md's convention)",
    "py-amqp `failed to resolve broker hostname` (no gaierror below)": "HELDOUT-k.md's labels (HELDOUT-b.md's)",
    # issue #17 (the libraries' survey): Java's UnknownHostException message, the name alone, without the class name
    "Feign `h executing GET http://h/...`": "HELDOUT-b.md's convention (a host, no reason)",
    "MariaDB Connector/J `Socket fail to connect to host:h, port:p. h`": "HELDOUT-b.md's convention",
    "OpenTelemetry Java `Full error message: h` (the endpoint on the line)": "HELDOUT-b.md's convention",
    # issue #17 (held-out N)
    "MySQL `Unknown MySQL server host 'h'` (no code)": "HELDOUT-n.md's label (`'127.0.0.1:8003'`, no code: `other`)",
    # issue #17 (held-out O, P)
    "Kafka `Can't resolve address: h/<unresolved>:port`": "HELDOUT-p.md (like ZooKeeper's, HELDOUT-j.md)",
    "Java `XyzException: Unknown server: h`": "HELDOUT-o.md's label (a Jenkins plugin's UnknownHostException)",
    "google-auth-library-java `Error getting access token for service account: h, iss:`": "HELDOUT-b.md's convention",
    "Gradle `Could not GET 'https://h/...'` with `> h` below": "HELDOUT-b.md's convention",
    # issue #17 (held-out L)
    "Npgsql `SocketException: Unknown error -1` (the server on the debug line above)": "HELDOUT-l.md",
    # issue #17 (held-out M)
    "Envoy `DNS refresh rate reset for h, (failure)` (no timeout above)": "HELDOUT-b.md's convention (no reason)",
    # issue #17 (held-out W): a bare errno, no reason in words (like PgBouncer's `result=N`, HELDOUT-j.md)
    "PHP `php_network_getaddresses: gethostbyname failed. errno=N`": "HELDOUT-w.md",
    # review 2 (finding 14): the held-out rounds' hard-coded `other`s, each recorded here
    "HAProxy `invalid address: 'h' in 'h:port'`": "HELDOUT-s.md (HAProxy `invalid address`: `other`)",
    "Consul `all resolvers failed for question` (the reason on a line above)": "HELDOUT-b.md's convention",
    "aiohttp `[getaddrinfo failed]` (Windows)": "HELDOUT-r.md (aiohttp `[getaddrinfo failed]`: `other`)",
    # issue #17 (held-out AB, rules/cluster_products.py)
    "StarRocks `failed to get right ip by fqdn h`": "HELDOUT-ab.md (no reason: other)",
    # issue #17 (held-out AC, AD, rules/cluster_daemons.py)
    "Apache mod_proxy `DNS lookup failure for: h`": "HELDOUT-ac.md (the name as printed: other)",
    "Salt `DNS lookup of 'h' failed.`": "HELDOUT-ac.md (no reason: other)",
    "Salt `Master hostname: 'h' not found`": "LABELS.md (held-out AC and FL's five rows; KJ's five said nxdomain)",
    "Mesos `Failed to obtain the IP address for 'h'`": "HELDOUT-b.md's convention (no reason the parser reads)",
    "APISIX etcd `http://h:port: failed to parse domain`": "HELDOUT-ad.md (no reason: other)",
    # issue #17 (held-out AH, rules/service_messages.py)
    "Netty `Search domain query failed. Original hostname: 'h'`": "HELDOUT-ah.md (the original name, no reason: other)",
    "docker-flow-proxy `Could not perform DNS h lookup`": "HELDOUT-ah.md (no reason: other)",
    "Redis Sentinel `Can't resolve master instance hostname.` (the monitor line above)": "HELDOUT-ah.md (other)",
    "Ceph `unable to parse addrs in 'h'`": "HELDOUT-ak.md (no reason: other)",
    "Java `SocketException: Unresolved address` (the address on the line above)": "HELDOUT-al.md (no reason: other)",
    # issue #17 (held-out BE): errors of no one kind (timeouts, SERVFAIL, REFUSED): a stated kind beside it wins
    'Prometheus `could not resolve "h": all servers responded with errors`': "HELDOUT-be.md (the timeout above)",
    # rules/failure_statements.py: any program's plain-words statement, no reason after it
    # held-out BZ, CA (spent): the collectors' labels, HELDOUT-b.md's convention
    "Emby/Jellyfin `Error NameResolutionFailure getting response from URL`": "HELDOUT-bz.md (no reason: other)",
    "gcloud `Cannot reach URL (ServerNotFoundError)`": "HELDOUT-ca.md (httplib2's error, like HELDOUT-y.md's: other)",
    "a stated failure (`h could not be resolved`, `lookup of h failed`), no reason": "HELDOUT-b.md's convention",
    # source-mined, round 7 (session 55, rules/node_daemon_texts.py): the probes' labels, by HELDOUT-b.md's convention
    "ntpd `retrying DNS h: EAI_SYSTEM N: <errno text>` (no resolver reason)": "HELDOUT-b.md's convention (ntpd.txt)",
    "ntpsec `DNS: dns_take_status: h=>error, N` (no resolver reason)": "HELDOUT-b.md's convention (ntpd.txt)",
    "pgconn `failed to connect to `host=h ...`: hostname resolving error (ip addr wasn't found)`": (
        "HELDOUT-b.md's convention (probe gotrue.txt)"
    ),
    # held-out HF-HM (spent, rules/client_and_check_texts.py): the collectors' labels and HELDOUT-b.md's convention
    "a Rust chain's `DNS error for h` over `failed to lookup address information` (no reason)": "HELDOUT-hi.md (other)",
    "Datadog's DNS check `DNS resolution of h has failed.` (no exception under it)": "HELDOUT-b.md's convention",
    "ESPHome `Can't connect to ESPHome API for N (h): Error resolving IP address:` (no reason)": (
        "HELDOUT-hl.md (other)"
    ),
    "drill `Error: error sending query: <ldns status>` under `drill h` (no resolver reason)": "HELDOUT-hm.md (other)",
    "BIND's `dig: couldn't get address for 'h': failure` (ISC_R_FAILURE, no reason)": (
        "HELDOUT-b.md's convention (probe dig.txt)"
    ),  # held-out JJ-JQ (spent, off-frame): the programs' own words, no resolver's reason (the collectors' labels)
    "MPICH Hydra `unable to get host address for h (N)`": "HELDOUT-jj.md (other)",
    "WebRTC ICE `701 STUN host lookup received error. stun:h:port`": "HELDOUT-jk.md (other)",
    # the ninth round of source-mined probes (session 62): the programs' own words, no resolver's reason
    "Asterisk `Lookup of stunaddr 'h' failed` / `0 viable targets`": "HELDOUT-b.md's convention (probe asterisk.txt)",
    "Kamailio / OpenSIPS `resolve_host(h) failure`": "HELDOUT-b.md's convention (probe kamailio.txt)",
    "OpenSIPS `Failed to get dns answer for h`": "HELDOUT-b.md's convention (probe opensips.txt)",
    "HTCondor `probably an unresolved hostname; daemon name is 'h'`": "HELDOUT-b.md's convention (probe htcondor.txt)",
    "ESP-IDF `couldn't get hostname for :h: getaddrinfo() returns N`": "HELDOUT-b.md's convention (probe esp-idf.txt)",
    "IoT Edge `Failed to resolve parent hostname h` (no cause below)": "HELDOUT-b.md's convention (probe iotedge.txt)",
    "Stalwart `IP address lookup failed` (no reason in its details)": "HELDOUT-b.md's convention (probe stalwart.txt)",
    "Mailu `Unable to lookup the TLSA record for h`": "HELDOUT-b.md's convention (probe mailu.txt)",
    "a node's own words for a peer's name it could not resolve (no reason)": (
        "HELDOUT-b.md's convention (probes besu.txt, go-ethereum.txt, lighthouse.txt)"
    ),
    "Ghost-CLI `Error trying to lookup DNS for 'h'`": "HELDOUT-b.md's convention (probe ghost-cli.txt)",
    "gvm-libs `Failed to get server addresses for h: <errno's text>`": (
        "HELDOUT-b.md's convention (probe openvas-gvmd.txt)"
    ),
    "Prosody `Server-to-server connection failed: unable to resolve service` (a stanza)": (
        "HELDOUT-b.md's convention (probe prosody.txt)"
    ),
    # issue #17 (held-out LN-LU, spent)
    "dockerd `failed to query DNS server` (no reason)": "HELDOUT-ln.md (the error field cut off: other)",
    "Dapr mDNS `couldn't find service: id`": "HELDOUT-lp.md (Dapr's mDNS resolver found no address: other)",
    "docker-icloudpd `Cannot find h IP address`": "HELDOUT-lr.md (no reason: other)",
    "Garage `Unable to parse and/or resolve peer hostname id@h:port`": (
        "HELDOUT-b.md's convention (probe garage.txt: the resolver's error dropped)"
    ),
    # issue #17 (held-out LV-MC, spent)
    "Slurm `can't find address for host h, check slurm.conf`": "HELDOUT-mc.md (no reason: other)",
    # the twentieth round of probes (session 70)
    'AsyncSSH `Unable to canonicalize hostname "h"`': "HELDOUT-b.md's convention (probe asyncssh.txt)",
    # issue #17 (held-out MD-MK, spent)
    "a DNS check's `Failed DNS Resolution: h`": "HELDOUT-mg.md (no reason: other)",
    # the twenty-second round of probes (session 71)
    "nslcd `no servers found in DNS zone z`": "HELDOUT-b.md's convention (probe nslcd.txt)",
    "keepalived `Invalid smtp server h port`": "HELDOUT-b.md's convention (probe keepalived.txt)",
    "Nebula `Unable to lookup lighthouse.advertise_addrs entry` (`addr=h:port`)": (
        "HELDOUT-b.md's convention (probe nebula.txt)"
    ),
    "a check's `getent hosts h returned empty`": "HELDOUT-me.md (no reason: other)",
    "a DNS tool's command with an arrow and an empty outcome (`-> (empty)`, `-> no answer`)": (
        "HELDOUT-me.md's `getent hosts h returned empty` (no reason: other)"
    ),
    'libpq `could not translate host name "h..."`, elided, no reason': "HELDOUT-mk.md (no reason: other)",
    # issue #17 (held-out ML-MS, spent)
    "HiveMQ DNS discovery `Failed to resolve DNS record for address 'h'`": "HELDOUT-mr.md (no reason: other)",
    "WSO2 membership `DNS lookup for name 'h' failed`": "HELDOUT-mr.md (no reason: other)",
    "an event's `...ResolutionError` summarised `while resolving `h` through `S``": "HELDOUT-mn.md (no reason: other)",
    # the twenty-third round of probes (session 72)
    "k8gb `hostname h resolved to no IP addresses`": "HELDOUT-b.md's convention (probe k8gb.txt)",
    # the twenty-fourth round of probes (session 72)
    "sSMTP `Unable to locate h`": "HELDOUT-b.md's convention (probe ssmtp.txt)",
    "Tor `Have tried resolving or connecting to address 'h' ... Giving up.`": (
        "HELDOUT-b.md's convention (probe tor.txt)"
    ),
}
"""Formats with no reason read as `other`, each with the note that says so."""


def unstated(fmt: str) -> FailureKind:
    """The conventional kind of a message of format `fmt` that names a host and states no reason.

    `fmt` must be one of the formats above (a KeyError at import otherwise): a rule cannot pick a kind for a
    reason-less format without recording which note says so, and a mistyped format cannot silently read `other`.
    """
    if fmt in READ_AS_NXDOMAIN:
        return "nxdomain"
    if fmt in UNSTATED_FORMATS:
        return NO_REASON
    raise KeyError(f"no labelling note records the format {fmt!r}: add it to checks/parsing/no_reason.py")
