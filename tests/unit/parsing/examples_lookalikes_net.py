# ruff: noqa: E501  (each message kept on one line exactly as the tool prints it)
"""Look-alikes of failed lookups (issue #17, helper "lookalikes"): network errors that are not lookups, and DNS words
in outputs that are not failures; then real DNS failures of the same tools, which must still read."""

from __future__ import annotations

NETWORK: tuple[tuple[str, str], ...] = (
    (
        "git-host",
        "fatal: unable to access 'https://gitlab.acme.internal/infra/app.git/': The requested URL returned error: 403",
    ),
    ("ssh-hostkey", "Host key verification failed.\nfatal: Could not read from remote repository."),
    (
        "ssh-changed",
        "@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\n@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @\n@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\nIT IS POSSIBLE THAT SOMEONE IS DOING SOMETHING NASTY!\nOffending ECDSA key in /root/.ssh/known_hosts:3\nHost key for bastion.acme.internal has changed and you have requested strict checking.\nHost key verification failed.",
    ),
    (
        "ssh-kex",
        "Unable to negotiate with 10.0.4.12 port 22: no matching host key type found. Their offer: ssh-rsa,ssh-dss",
    ),
    ("ssh-kexid", "kex_exchange_identification: read: Connection reset by peer\nConnection reset by 10.0.4.12 port 22"),
    ("ssh-unknownhostkey", "Warning: Permanently added 'bastion.acme.internal' (ED25519) to the list of known hosts."),
    ("ssh-unknownhostkey2", "ssh: handshake failed: knownhosts: key is unknown"),
    (
        "ssh-no-hostkey",
        "No ED25519 host key is known for bastion.acme.internal and you have requested strict checking.\nHost key verification failed.",
    ),
    ("paramiko", "paramiko.ssh_exception.SSHException: Server 'bastion.acme.internal' not found in known_hosts"),
    (
        "tls-x509",
        'Get "https://api.acme.internal/healthz": x509: certificate is valid for ingress.local, *.acme.io, not api.acme.internal',
    ),
    ("tls-ca", 'Get "https://registry.acme.internal/v2/": x509: certificate signed by unknown authority'),
    (
        "tls-verify",
        'Get "https://vault.vault.svc:8200/v1/sys/health": tls: failed to verify certificate: x509: certificate is valid for vault.vault.svc.cluster.local, not vault.vault.svc',
    ),
    (
        "curl-ssl",
        "curl: (60) SSL: no alternative certificate subject name matches target host name 'api.acme.internal'",
    ),
    ("curl-refused", "curl: (7) Failed to connect to api.acme.internal port 443 after 3 ms: Connection refused"),
    ("curl-7-couldnt", "curl: (7) Failed to connect to 10.96.0.1 port 443: No route to host"),
    ("curl-28", "curl: (28) Connection timed out after 10001 milliseconds"),
    ("http-404", "HTTP/1.1 404 Not Found\nServer: nginx\nContent-Type: text/html"),
    (
        "http-503",
        "upstream connect error or disconnect/reset before headers. reset reason: connection failure, transport failure reason: delayed connect error: 111",
    ),
    ("envoy-nohealthy", "no healthy upstream"),
    ("http-503b", "HTTP/1.1 503 Service Unavailable"),
    ("dial-refused", "dial tcp 10.0.12.5:5432: connect: connection refused"),
    ("dial-noroute", "dial tcp 10.0.12.5:5432: connect: no route to host"),
    ("dial-unreach", "dial tcp 10.0.12.5:5432: connect: network is unreachable"),
    ("dial-timeout", "dial tcp 10.0.12.5:5432: i/o timeout"),
    ("ctx-deadline", "rpc error: code = DeadlineExceeded desc = context deadline exceeded"),
    ("kubectl-timeout", "Unable to connect to the server: dial tcp 10.0.0.1:6443: i/o timeout"),
    ("kubectl-notfound", "Error from server (NotFound): the server could not find the requested resource"),
    ("kubectl-pod", 'Error from server (NotFound): pods "api-7d9f8b-xk2lp" not found'),
    ("kubectl-svc", 'Error from server (NotFound): services "redis-master" not found'),
    ("kubectl-ns", 'Error from server (NotFound): namespaces "monitoring" not found'),
    (
        "kubectl-crd",
        'error: resource mapping not found for name: "api" namespace: "" from "ingress.yaml": no matches for kind "Ingress" in version "extensions/v1beta1"\nensure CRDs are installed first',
    ),
    (
        "kubectl-endpoints",
        "Error from server (ServiceUnavailable): the server is currently unable to handle the request (get pods.metrics.k8s.io)",
    ),
    (
        "kubectl-noendpoints",
        "Error from server: error dialing backend: dial tcp 10.0.1.7:10250: connect: no route to host",
    ),
    ("enoent", "Error: ENOENT: no such file or directory, open '/app/config/hosts.json'"),
    (
        "ehostunreach",
        "Error: connect EHOSTUNREACH 10.0.3.4:6379\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)",
    ),
    ("econnreset", "Error: read ECONNRESET\n    at TCP.onStreamRead (node:internal/stream_base_commons:217:20)"),
    ("econnrefused", "Error: connect ECONNREFUSED 127.0.0.1:5432"),
    ("mysql-unknowndb", "ERROR 1049 (42000): Unknown database 'payments'"),
    (
        "pg-role",
        'psql: error: connection to server at "db.acme.internal" (10.0.2.3), port 5432 failed: FATAL:  role "app" does not exist',
    ),
    ("pg-db", 'FATAL:  database "payments" does not exist'),
    ("mysql-access", "ERROR 1045 (28000): Access denied for user 'app'@'10.244.1.17' (using password: YES)"),
    (
        "mysql-access2",
        "ERROR 1045 (28000): Access denied for user 'app'@'api-7d9f8b-xk2lp.api.default.svc.cluster.local' (using password: YES)",
    ),
    ("mysql-host-not-allowed", "ERROR 1130 (HY000): Host '10.244.1.17' is not allowed to connect to this MySQL server"),
    (
        "mysql-host-blocked",
        "ERROR 1129 (HY000): Host 'api-7d9f8b.default.svc.cluster.local' is blocked because of many connection errors; unblock with 'mysqladmin flush-hosts'",
    ),
    ("pg-hba", 'FATAL:  no pg_hba.conf entry for host "10.244.1.17", user "app", database "payments", SSL off'),
    ("redis-noauth", "(error) NOAUTH Authentication required."),
    ("redis-cluster", "(error) CLUSTERDOWN Hash slot not served"),
    ("redis-moved", "(error) MOVED 3999 10.244.2.8:6379"),
    (
        "kafka-topic",
        "[2024-01-01 10:00:00,000] WARN [Producer clientId=console-producer] Error while fetching metadata with correlation id 3 : {orders=UNKNOWN_TOPIC_OR_PARTITION} (org.apache.kafka.clients.NetworkClient)",
    ),
    (
        "kafka-leader",
        "[2024-01-01 10:00:00,000] WARN [Producer clientId=console-producer] Error while fetching metadata with correlation id 7 : {orders=LEADER_NOT_AVAILABLE} (org.apache.kafka.clients.NetworkClient)",
    ),
    (
        "kafka-broker",
        "WARN [AdminClient clientId=adminclient-1] Connection to node -1 (kafka-0.kafka-headless.kafka.svc.cluster.local/10.244.1.5:9092) could not be established. Broker may not be available. (org.apache.kafka.clients.NetworkClient)",
    ),
    ("avahi", "avahi-daemon[612]: Host name conflict, retrying with nas-2"),
    ("avahi2", "Failed to resolve service 'printer' of type '_ipp._tcp' in domain 'local': Timeout reached"),
    ("getpwnam", "sshd[1234]: Invalid user deploy from 10.0.0.5 port 51234"),
    ("getpwnam2", "chown: invalid user: 'appuser'"),
    ("getpwnam3", 'getpwnam("nginx") failed in /etc/nginx/nginx.conf:2'),
    ("unknown-user", "id: 'deploy': no such user"),
    ("mongo-auth", "MongoServerError: Authentication failed."),
    (
        "nginx-upstream",
        '2024/01/01 10:00:00 [error] 7#7: *1 connect() failed (111: Connection refused) while connecting to upstream, client: 10.0.0.1, server: _, request: "GET / HTTP/1.1", upstream: "http://10.244.1.9:8080/", host: "app.acme.io"',
    ),
    (
        "nginx-noresolver",
        '2024/01/01 10:00:00 [error] 7#7: *1 no live upstreams while connecting to upstream, client: 10.0.0.1, server: _, request: "GET / HTTP/1.1", upstream: "http://backend/", host: "app.acme.io"',
    ),
    (
        "pg-localuser",
        "psql: error: local user with ID 1000 does not exist\ncould not look up local user ID 1000: No such file or directory",
    ),
    ("go-user", "user: unknown user deploy"),
    ("go-user2", "user: lookup username deploy: no such file or directory"),
    (
        "containerd-user",
        "Error: failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: unable to find user appuser: no matching entries in passwd file: unknown",
    ),
    (
        "vault-ns",
        "Error making API request.\n\nURL: GET https://vault.acme.internal:8200/v1/sys/mounts\nCode: 403. Errors:\n\n* failed to look up namespace from the token: no namespace",
    ),
    ("docker-nosuch", "Error response from daemon: No such container: api-7d9f8b"),
    ("docker-network", "Error response from daemon: network backend not found"),
    (
        "k8s-svc-ep",
        'Warning  FailedToUpdateEndpoint  endpoint-controller  Failed to update endpoint default/redis: Operation cannot be fulfilled on endpoints "redis": the object has been modified',
    ),
    (
        "ingress-nobackend",
        'W0101 10:00:00.000000 7 controller.go:1094] Service "default/api" does not have any active Endpoint.',
    ),
    (
        "ingress-nosvc",
        'W0101 10:00:00.000000 7 controller.go:909] Error obtaining Endpoints for Service "default/api": no object matching key "default/api" in local store',
    ),
    (
        "istio",
        '2024-01-01T10:00:00.000000Z\twarning\tenvoy config\tStreamAggregatedResources gRPC config stream to istiod.istio-system.svc:15012 closed: connection error: desc = "transport: authentication handshake failed: x509: certificate signed by unknown authority"',
    ),
    ("conntrack", "nf_conntrack: nf_conntrack: table full, dropping packet"),
    (
        "flux2",
        "failed to checkout and determine revision: unable to clone 'ssh://git@github.com/acme/fleet': knownhosts: key mismatch",
    ),
    ("ldap", "ldap_sasl_bind(SIMPLE): Can't contact LDAP server (-1)"),
    ("kerberos", 'kinit: Cannot find KDC for realm "ACME.INTERNAL" while getting initial credentials'),
    (
        "kerberos2",
        "kinit: Client 'deploy@ACME.INTERNAL' not found in Kerberos database while getting initial credentials",
    ),
    ("ntp", "chronyd[512]: No suitable source for synchronisation"),
    ("smtp", "550 5.1.1 <user@acme.io>: Recipient address rejected: User unknown in virtual mailbox table"),
    ("postfix-relay", "554 5.7.1 <user@other.io>: Relay access denied"),
    ("grpc-unimpl", "rpc error: code = Unimplemented desc = unknown service acme.payments.v1.PaymentService"),
    (
        "grpc-unavail-ip",
        'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing dial tcp 10.96.12.4:9090: connect: connection refused"',
    ),
    ("mongo-rs", 'MongoServerSelectionError: getaddrinfo: no replica set members match selector "primary"'),
    ("mongo-rs2", "MongoServerSelectionError: Server selection timed out after 30000 ms"),
    ("es", "org.elasticsearch.transport.NodeNotConnectedException: [es-data-1][10.244.3.7:9300] Node not connected"),
    ("zabbix", '  1234:20240101:100000.000 cannot send list of active checks to "10.0.0.5": host [web-01] not found'),
    (
        "zabbix2",
        '  1234:20240101:100000.000 cannot send list of active checks to "10.0.0.5": host [web-01.acme.internal] not found',
    ),
    ("nagios", "Error: Host 'web-01.acme.internal' specified in service 'HTTP' not defined anywhere!"),
    (
        "exec-nslookup",
        'OCI runtime exec failed: exec failed: unable to start container process: exec: "nslookup": executable file not found in $PATH: unknown\ncommand terminated with exit code 126',
    ),
    ("sh-nslookup", "/ # nslookup kubernetes.default\nsh: nslookup: not found"),
    ("bash-dig", "bash: dig: command not found"),
    ("kubectl-dnsutils", 'Error from server (NotFound): pods "dnsutils" not found'),
    (
        "git-host2",
        "ssh: connect to host github.com port 22: Connection timed out\nfatal: Could not read from remote repository.",
    ),
    ("git-host3", "ssh: connect to host 10.0.0.5 port 22: No route to host"),
    ("rsync", "rsync: [Receiver] failed to connect to backup.acme.internal (10.0.3.4): Connection refused (111)"),
    ("ssh-perm", "deploy@bastion.acme.internal: Permission denied (publickey)."),
    (
        "psql-refused",
        'psql: error: connection to server at "db.acme.internal" (10.0.2.3), port 5432 failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?',
    ),
    ("mysql-2003", "ERROR 2003 (HY000): Can't connect to MySQL server on 'db.acme.internal:3306' (111)"),
    (
        "mysql-2002",
        "ERROR 2002 (HY000): Can't connect to local MySQL server through socket '/var/run/mysqld/mysqld.sock' (2)",
    ),
    ("redis-refused", "Could not connect to Redis at redis-master:6379: Connection refused"),
    ("mongo-refused", "MongoNetworkError: connect ECONNREFUSED 10.0.2.8:27017"),
    (
        "java-connect",
        "java.net.ConnectException: Connection refused (Connection refused)\n\tat java.base/sun.nio.ch.Net.connect0(Native Method)",
    ),
    ("java-noroute", "java.net.NoRouteToHostException: No route to host (Host unreachable)"),
    ("java-sto", "java.net.SocketTimeoutException: connect timed out"),
    (
        "py-refused",
        "requests.exceptions.ConnectionError: HTTPConnectionPool(host='api.acme.internal', port=8080): Max retries exceeded with url: /health (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f>: Failed to establish a new connection: [Errno 111] Connection refused'))",
    ),
    (
        "py-timeout",
        "requests.exceptions.ConnectTimeout: HTTPSConnectionPool(host='api.acme.internal', port=443): Max retries exceeded with url: / (Caused by ConnectTimeoutError(<urllib3.connection.HTTPSConnection object at 0x7f>, 'Connection to api.acme.internal timed out. (connect timeout=10)'))",
    ),
    (
        "py-ssl",
        "requests.exceptions.SSLError: HTTPSConnectionPool(host='api.acme.internal', port=443): Max retries exceeded with url: / (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1006)')))",
    ),
    (
        "node-timeout",
        "Error: connect ETIMEDOUT 10.0.2.3:443\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1495:16)",
    ),
    ("dotnet-refused", "System.Net.Http.HttpRequestException: Connection refused (api.acme.internal:443)"),
    (
        "grpc-unavail",
        'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp 10.96.4.2:9090: connect: connection refused"',
    ),
    (
        "kubelet-probe",
        '  Warning  Unhealthy  5s (x3 over 25s)  kubelet  Readiness probe failed: Get "http://10.244.1.7:8080/ready": dial tcp 10.244.1.7:8080: connect: connection refused',
    ),
    (
        "kubelet-probe2",
        '  Warning  Unhealthy  5s  kubelet  Liveness probe failed: Get "http://10.244.1.7:8080/health": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
    ),
    (
        "cilium-identity",
        'level=warning msg="Error regenerating endpoint: unable to resolve identity: context deadline exceeded (will retry)" subsys=endpoint',
    ),
)

DNS_VOCABULARY: tuple[tuple[str, str], ...] = (
    (
        "dig-ok",
        "; <<>> DiG 9.18.18 <<>> api.acme.internal\n;; global options: +cmd\n;; Got answer:\n;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 4242\n;; flags: qr aa rd ra; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1\n\n;; QUESTION SECTION:\n;api.acme.internal.\t\tIN\tA\n\n;; ANSWER SECTION:\napi.acme.internal.\t30\tIN\tA\t10.0.2.3\n",
    ),
    (
        "nslookup-ok",
        "Server:\t\t10.96.0.10\nAddress:\t10.96.0.10#53\n\nName:\tkubernetes.default.svc.cluster.local\nAddress: 10.96.0.1\n",
    ),
    ("certmgr-prop", 'Waiting for DNS-01 challenge propagation: DNS record for "app.acme.io" not yet propagated'),
    (
        "certmgr-prop2",
        'E0101 10:00:00.000000 1 sync.go:190] cert-manager/challenges "msg"="propagation check failed" "error"="DNS record for \\"app.acme.io\\" not yet propagated" "dnsName"="app.acme.io" "resource_kind"="Challenge" "resource_name"="app-tls-1-123-0" "resource_namespace"="default" "type"="DNS-01"',
    ),
    (
        "certmgr-selfcheck",
        "Waiting for HTTP-01 challenge propagation: failed to perform self check GET request 'http://app.acme.io/.well-known/acme-challenge/abc': Get \"http://app.acme.io/.well-known/acme-challenge/abc\": dial tcp 203.0.113.10:80: connect: connection refused",
    ),
    (
        "extdns",
        'time="2024-01-01T10:00:00Z" level=info msg="Desired change: CREATE app.acme.io A [Id: /hostedzone/Z123]"',
    ),
    ("extdns2", 'time="2024-01-01T10:00:00Z" level=info msg="All records are already up to date"'),
    ("extdns3", 'time="2024-01-01T10:00:00Z" level=info msg="Change zone: acme-io batch #0"'),
    (
        "coredns-ok",
        '[INFO] 10.244.1.5:53522 - 12345 "A IN api.default.svc.cluster.local. udp 47 false 512" NOERROR qr,aa,rd 108 0.000123s',
    ),
    (
        "coredns-nx-search",
        '[INFO] 10.244.1.5:53522 - 12346 "AAAA IN redis.default.svc.cluster.local.default.svc.cluster.local. udp 74 false 512" NXDOMAIN qr,aa,rd 167 0.000100s',
    ),
    (
        "k8s-dnsconfig",
        "  Warning  DNSConfigForming  2m (x50 over 1h)  kubelet  Nameserver limits were exceeded, some nameservers have been omitted, the applied nameserver line is: 10.0.0.2 10.0.0.3 10.0.0.4",
    ),
    (
        "k8s-dnsconfig2",
        "Search Line limits were exceeded, some search paths have been omitted, the applied search line is: default.svc.cluster.local svc.cluster.local cluster.local acme.internal corp.acme.internal",
    ),
    ("host-ok", "api.acme.internal has address 10.0.2.3"),
    (
        "resolvectl-ok",
        "api.acme.internal: 10.0.2.3                     -- link: eth0\n\n-- Information acquired via protocol DNS in 1.2ms.",
    ),
    (
        "tf-data",
        '│ Error: no matching Route53Zone found\n│ \n│   with data.aws_route53_zone.main,\n│   on dns.tf line 1, in data "aws_route53_zone" "main":',
    ),
    (
        "route53",
        "InvalidChangeBatch: [Tried to create resource record set [name='app.acme.io.', type='A'] but it already exists]",
    ),
    ("route53-nozone", "NoSuchHostedZone: No hosted zone found with ID: Z123456ABCDEFG"),
    (
        "externaldns-nozone",
        'time="2024-01-01T10:00:00Z" level=warning msg="No matching zones were found for app.other.io"',
    ),
    (
        "coredns-plugin",
        '[ERROR] plugin/kubernetes: pkg/mod/k8s.io/client-go@v0.27.4/tools/cache/reflector.go:231: Failed to watch *v1.EndpointSlice: failed to list *v1.EndpointSlice: endpointslices.discovery.k8s.io is forbidden: User "system:serviceaccount:kube-system:coredns" cannot list resource "endpointslices"',
    ),
    (
        "coredns-reload",
        "[INFO] Reloading complete\n[INFO] plugin/reload: Running configuration SHA512 = 591cf328cccc12bc490481273e738df59329c62c0b729d94e8b61db9961c2fa5",
    ),
    (
        "coredns-startup",
        ".:53\n[INFO] plugin/reload: Running configuration SHA512 = 591cf3\nCoreDNS-1.10.1\nlinux/amd64, go1.20, 055b2c3",
    ),
    (
        "nslookup-ok2",
        "Server:  10.96.0.10\nAddress 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local\n\nName:      redis-master\nAddress 1: 10.100.4.12 redis-master.cache.svc.cluster.local",
    ),
    ("dig-short", "$ dig +short api.acme.internal\n10.0.2.3"),
    (
        "ping-ok",
        "PING api.acme.internal (10.0.2.3) 56(84) bytes of data.\n64 bytes from 10.0.2.3: icmp_seq=1 ttl=63 time=0.512 ms",
    ),
    (
        "getent-ok",
        "$ getent hosts redis-master.cache.svc.cluster.local\n10.100.4.12     redis-master.cache.svc.cluster.local",
    ),
    (
        "kubelet-dnsconfig3",
        'E0101 10:00:00.000000 1234 dns.go:153] "Nameserver limits exceeded" err="Nameserver limits were exceeded, some nameservers have been omitted, the applied nameserver line is: 10.0.0.2 10.0.0.3 10.0.0.4"',
    ),
    (
        "kubelet-resolvconf",
        "E0101 dns.go:284] Could not open resolv conf file.: open /run/systemd/resolve/resolv.conf: no such file or directory",
    ),
    (
        "systemd-resolved",
        "systemd-resolved[612]: Using degraded feature set UDP instead of UDP+EDNS0 for DNS server 10.0.0.2.",
    ),
    ("dns-named", "named[812]: zone acme.internal/IN: loaded serial 2024010101"),
    (
        "k8s-dns1035",
        "The Service \"redis_master\" is invalid: metadata.name: Invalid value: \"redis_master\": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')",
    ),
    (
        "k8s-dns1123",
        "The Ingress \"web\" is invalid: spec.rules[0].host: Invalid value: \"App.Acme.io\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character",
    ),
    ("linkerd", "Failed to resolve service: the server could not find the requested resource"),
    ("coredns-forward-ok", "[INFO] plugin/forward: using 10.0.0.2:53 as upstream"),
    (
        "coredns-hinfo",
        '[INFO] 127.0.0.1:46345 - 17421 "HINFO IN 6547432437652563443.3456373465345.  udp 57 false 512" NXDOMAIN qr,rd,ra 57 0.011s',
    ),
    (
        "resolvconf",
        "nameserver 10.96.0.10\nsearch default.svc.cluster.local svc.cluster.local cluster.local\noptions ndots:5",
    ),
    (
        "nodelocal",
        "2024/01/01 10:00:00 [INFO] Starting node-cache image: 1.22.20\n2024/01/01 10:00:00 [INFO] Using Corefile /etc/coredns/Corefile\n2024/01/01 10:00:00 [INFO] Updated Corefile with 0 custom stubdomains and upstream servers /etc/resolv.conf",
    ),
    (
        "extdns-skip",
        'time="2024-01-01T10:00:00Z" level=debug msg="Skipping record app.acme.io because no hosted zone matching record DNS Name was detected"',
    ),
    (
        "certmgr-ok",
        'I0101 10:00:00.000000 1 dns.go:127] cert-manager/challenges/Present "msg"="presenting DNS01 challenge for domain" "dnsName"="app.acme.io" "domain"="app.acme.io"',
    ),
    (
        "certmgr-acme",
        "Failed to finalize Order: 429 urn:ietf:params:acme:error:rateLimited: Error creating new order :: too many certificates already issued for exact set of domains: app.acme.io",
    ),
    (
        "certmgr-caa",
        "acme: authorization error for app.acme.io: 403 urn:ietf:params:acme:error:caa: CAA record for app.acme.io prevents issuance",
    ),
    (
        "letsencrypt-txt",
        'acme: error: 403 :: urn:ietf:params:acme:error:unauthorized :: Incorrect TXT record "abc" found at _acme-challenge.app.acme.io',
    ),
)

# (id, text, host, kind): the same tools' real failed lookups
REAL: tuple[tuple[str, str, str, str], ...] = (
    (
        "npm-enotfound",
        "npm ERR! code ENOTFOUND\nnpm ERR! syscall getaddrinfo\nnpm ERR! errno ENOTFOUND\nnpm ERR! network request to https://registry.npmjs.org/express failed, reason: getaddrinfo ENOTFOUND registry.npmjs.org",
        "registry.npmjs.org",
        "nxdomain",
    ),
    (
        "npm-eaiagain",
        "npm ERR! code EAI_AGAIN\nnpm ERR! errno EAI_AGAIN\nnpm ERR! request to https://registry.npmjs.org/react failed, reason: getaddrinfo EAI_AGAIN registry.npmjs.org",
        "registry.npmjs.org",
        "temporary",
    ),
    (
        "yarn-enotfound",
        'error An unexpected error occurred: "https://registry.yarnpkg.com/react: getaddrinfo ENOTFOUND registry.yarnpkg.com".',
        "registry.yarnpkg.com",
        "nxdomain",
    ),
    (
        "maven-real",
        "[ERROR] Failed to execute goal on project api: Could not resolve dependencies for project com.acme:api:jar:1.0: Failed to collect dependencies at junit:junit:jar:4.13: Failed to read artifact descriptor for junit:junit:jar:4.13: Could not transfer artifact junit:junit:pom:4.13 from/to central (https://repo.maven.apache.org/maven2): repo.maven.apache.org: Name or service not known: Unknown host repo.maven.apache.org: Name or service not known -> [Help 1]",
        "repo.maven.apache.org",
        "nxdomain",
    ),
    (
        "gradle-real",
        "> Could not resolve com.squareup.okhttp3:okhttp:4.10.0.\n   > Could not get resource 'https://repo.maven.apache.org/maven2/com/squareup/okhttp3/okhttp/4.10.0/okhttp-4.10.0.pom'.\n      > Could not GET 'https://repo.maven.apache.org/maven2/com/squareup/okhttp3/okhttp/4.10.0/okhttp-4.10.0.pom'.\n         > repo.maven.apache.org: Temporary failure in name resolution",
        "repo.maven.apache.org",
        "temporary",
    ),
    (
        "go-real",
        'go: github.com/acme/tool@v1.3.0: Get "https://proxy.golang.org/github.com/acme/tool/@v/v1.3.0.mod": dial tcp: lookup proxy.golang.org on 10.96.0.10:53: no such host',
        "proxy.golang.org",
        "nxdomain",
    ),
    (
        "cargo-real",
        "warning: spurious network error (2 tries remaining): [6] Couldn't resolve host name (Could not resolve host: index.crates.io)",
        "index.crates.io",
        "nxdomain",
    ),
    (
        "composer-real",
        "  [Composer\\Downloader\\TransportException]\n  curl error 6 while downloading https://repo.packagist.org/packages.json: Could not resolve host: repo.packagist.org",
        "repo.packagist.org",
        "nxdomain",
    ),
    (
        "nuget-real",
        "error NU1301: Unable to load the service index for source https://api.nuget.org/v3/index.json.\n  Name or service not known (api.nuget.org:443)",
        "api.nuget.org",
        "nxdomain",
    ),
    (
        "helm-real",
        'Error: looks like "https://charts.bitnami.com/bitnami" is not a valid chart repository or cannot be reached: Get "https://charts.bitnami.com/bitnami/index.yaml": dial tcp: lookup charts.bitnami.com on 10.96.0.10:53: server misbehaving',
        "charts.bitnami.com",
        "servfail",
    ),
    (
        "tf-real",
        '│ Error: Failed to query available provider packages\n│ \n│ Could not retrieve the list of available versions for provider hashicorp/aws: could not connect to registry.terraform.io: Failed to request discovery document: Get "https://registry.terraform.io/.well-known/terraform.json": dial tcp: lookup registry.terraform.io on 10.96.0.10:53: no such host',
        "registry.terraform.io",
        "nxdomain",
    ),
    (
        "img-real",
        'Failed to pull image "registry.acme.io/team/api:1.0": rpc error: code = Unknown desc = failed to pull and unpack image "registry.acme.io/team/api:1.0": failed to resolve reference "registry.acme.io/team/api:1.0": failed to do request: Head "https://registry.acme.io/v2/team/api/manifests/1.0": dial tcp: lookup registry.acme.io on 10.0.0.2:53: no such host',
        "registry.acme.io",
        "nxdomain",
    ),
    (
        "img-real2",
        'Error response from daemon: Get "https://registry-1.docker.io/v2/": dial tcp: lookup registry-1.docker.io: Temporary failure in name resolution',
        "registry-1.docker.io",
        "temporary",
    ),
    (
        "buildkit-real",
        'ERROR: failed to solve: python:3.11-slim: failed to resolve source metadata for docker.io/library/python:3.11-slim: failed to do request: Head "https://registry-1.docker.io/v2/library/python/manifests/3.11-slim": dial tcp: lookup registry-1.docker.io on 127.0.0.11:53: no such host',
        "registry-1.docker.io",
        "nxdomain",
    ),
    (
        "spring-real",
        "Caused by: java.net.UnknownHostException: postgres-primary.db.svc.cluster.local",
        "postgres-primary.db.svc.cluster.local",
        "nxdomain",
    ),
    (
        "webpack-real",
        "<e> [webpack-dev-server] [HPM] Error occurred while proxying request localhost:3000/api to http://backend:8080/ [ENOTFOUND] (https://nodejs.org/api/errors.html#errors_common_system_errors)",
        "backend",
        "nxdomain",
    ),
    (
        "vite-real",
        "[vite] http proxy error at /api/users:\nError: getaddrinfo ENOTFOUND backend\n    at GetAddrInfoReqWrap.onlookupall [as oncomplete] (node:dns:118:26)",
        "backend",
        "nxdomain",
    ),
    (
        "ansible-real",
        'fatal: [web-01]: UNREACHABLE! => {"changed": false, "msg": "Failed to connect to the host via ssh: ssh: Could not resolve hostname web-01.acme.internal: Name or service not known", "unreachable": true}',
        "web-01.acme.internal",
        "nxdomain",
    ),
    ("gha-real", "Error: getaddrinfo ENOTFOUND api.github.com", "api.github.com", "nxdomain"),
    (
        "ssh-real",
        "ssh: Could not resolve hostname bastion.acme.internal: Name or service not known",
        "bastion.acme.internal",
        "nxdomain",
    ),
    (
        "git-real",
        "fatal: unable to access 'https://gitlab.acme.internal/infra/app.git/': Could not resolve host: gitlab.acme.internal",
        "gitlab.acme.internal",
        "nxdomain",
    ),
    (
        "tls-real",
        'Get "https://vault.vault.svc:8200/v1/sys/health": dial tcp: lookup vault.vault.svc on 10.96.0.10:53: no such host',
        "vault.vault.svc",
        "nxdomain",
    ),
    ("curl-real", "curl: (6) Could not resolve host: api.acme.internal", "api.acme.internal", "nxdomain"),
    (
        "kubectl-real",
        "Unable to connect to the server: dial tcp: lookup api.prod.acme.internal on 10.0.0.2:53: no such host",
        "api.prod.acme.internal",
        "nxdomain",
    ),
    (
        "kubectl-real2",
        "Unable to connect to the server: dial tcp: lookup api.prod.acme.internal: i/o timeout",
        "api.prod.acme.internal",
        "timeout",
    ),
    (
        "node-real",
        "Error: getaddrinfo ENOTFOUND redis-master.cache.svc.cluster.local\n    at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:107:26)",
        "redis-master.cache.svc.cluster.local",
        "nxdomain",
    ),
    (
        "mysql-real",
        "ERROR 2005 (HY000): Unknown MySQL server host 'mysql.db.svc.cluster.local' (-2)",
        "mysql.db.svc.cluster.local",
        "nxdomain",
    ),
    (
        "pg-real",
        'psql: error: could not translate host name "db.acme.internal" to address: Name or service not known',
        "db.acme.internal",
        "nxdomain",
    ),
    (
        "redis-real",
        "Could not connect to Redis at redis-master:6379: Name or service not known",
        "redis-master",
        "nxdomain",
    ),
    (
        "kafka-real",
        "WARN [Producer clientId=producer-1] Couldn't resolve server kafka-0.kafka-headless:9092 from bootstrap.servers as DNS resolution failed for kafka-0.kafka-headless (org.apache.kafka.clients.ClientUtils)",
        "kafka-0.kafka-headless",
        "other",
    ),
    ("sudo-real", "sudo: unable to resolve host web-01: Name or service not known", "web-01", "nxdomain"),
    (
        "nginx-real",
        "2024/01/01 10:00:00 [error] 7#7: *1 backend could not be resolved (3: Host not found), client: 10.0.0.1",
        "backend",
        "nxdomain",
    ),
    (
        "certmgr-real",
        'E0101 cert-manager/challenges "msg"="propagation check failed" "error"="failed to get zone: dial tcp: lookup ns1.acme.io on 10.96.0.10:53: no such host"',
        "ns1.acme.io",
        "nxdomain",
    ),
    (
        "extdns-real",
        'time="2024-01-01T10:00:00Z" level=error msg="Get \\"https://route53.amazonaws.com/2013-04-01/hostedzone\\": dial tcp: lookup route53.amazonaws.com on 10.96.0.10:53: read udp 10.244.1.5:4242->10.96.0.10:53: i/o timeout"',
        "route53.amazonaws.com",
        "timeout",
    ),
    ("avahi-real", "ping: web-01.local: Name or service not known", "web-01.local", "nxdomain"),
    ("sudo-real2", "sudo: unable to resolve host web-01: Name or service not known", "web-01", "nxdomain"),
    (
        "letsencrypt-nxdomain",
        "acme: authorization error for app.acme.io: 400 urn:ietf:params:acme:error:dns: DNS problem: NXDOMAIN looking up A for app.acme.io - check that a DNS record exists for this domain",
        "app.acme.io",
        "nxdomain",
    ),
    (  # BIND logs `denied` exactly when it answers the client REFUSED: LABELS.md's `refused` ("the DNS server refused
        # the query"); once listed above as a look-alike, read since a probe on 2026-12-04
        "bind-notauth",
        "named[812]: client @0x7f 10.0.0.5#53000 (app.acme.io): query (cache) 'app.acme.io/A/IN' denied",
        "app.acme.io",
        "refused",
    ),
)

# ids read as a failure before generic_lookalikes.py, with the source of the tool's text
FIXED: dict[str, str] = {
    "nuget-unable": "NuGet NU1100 (docs: learn.microsoft.com/nuget/reference/errors-and-warnings/nu1100)",
    "nuget-restore": "NuGet NU1100, as `dotnet restore` prints it",
    "tf-provider2": "Terraform internal/command/init.go `Could not resolve provider %s: %s`",
    "tf-provider4": "Terraform internal/command/init.go `Could not resolve provider %s: %s`",
    "img-buildkit2": "BuildKit frontend/dockerfile `failed to resolve source metadata for %s`",
    "webpack2": "webpack / enhanced-resolve `Can't resolve '${request}' in '${path}'`",
    "webpack-dns": "webpack / enhanced-resolve `Can't resolve '${request}' in '${path}'`",
    "next": "Next.js `Module not found: Can't resolve '...'`",
    "esbuild": "esbuild internal/bundler `Could not resolve %q` (`✘ [ERROR]`)",
    "esbuild-x": "esbuild internal/bundler `Could not resolve %q` (`X [ERROR]`, no colour)",
    "esbuild-old": 'esbuild < 0.14 `error: Could not resolve "x" (mark it as external ...)`',
    "rollup3": "Rollup `Could not resolve '${source}' from ${importer}`",
    "gha-action": "actions/runner `Unable to resolve action `%s`, unable to find version `%s``",
    "gha-action4": "actions/runner, the same with quotes",
    "act-action": "nektos/act pkg/runner/step_action_remote.go `Unable to resolve action `%s`, the provided ref ...`",
    "rust-resolve": "rustc E0433 `failed to resolve: use of undeclared crate or module`",
    "rust-resolve2": "rustc E0433 `failed to resolve: could not find `x` in `y``",
    "rust-resolve3": "rustc E0433 `failed to resolve: use of undeclared type`",
    "vault-ns": "Vault vault/token_store.go `failed to look up namespace from the token: %w`",
    "jackson2": "Jackson databind `Could not resolve subtype of %s`",
    "spring-view": "Spring DispatcherServlet.render `Could not resolve view with name '...' in servlet with name '...'`",
    "cilium-identity": "Cilium pkg/endpoint `unable to resolve identity: %s`",
    "bun": 'Bun src/bundler `Could not resolve: "{s}". Maybe you need to "bun install"?`',
}

# Look-alikes pasted in public issue threads (the `issues` corpus), copied as posted: (id, text, thread)
FROM_ISSUES: tuple[tuple[str, str, str], ...] = (
    (
        "metro-1",
        "error: bundling failed: Error: Unable to resolve module `../../../../React` from `/work/project/node_modules/react-native/Libraries/Components/CheckBox/CheckBox.android.js`: The module `../../../../React` could not be found from `/work/project/node_modules/react-native/Libraries/Components/CheckBox/CheckBox.android.js`. Indeed, none of these files exist:",
        "https://github.com/react/metro/issues/155",
    ),
    (
        "metro-url",
        "Error: Unable to resolve module `./http://localhost:8081/index` from ``: \n\nNone of these files exist:\n  * http:/localhost:8081/index(.native|.ios.js|.native.js|.js|.ios.json|.native.json|.json|.ios.ts|.native.ts|.ts|.ios.tsx|.native.tsx|.tsx|.ios.svg|.native.svg|.svg)",
        "https://github.com/react/metro/issues/621",
    ),
    (
        "metro-3",
        "Unable to resolve module `react-native-screens` from `node_modules/react-navigation-stack/lib/module/views/StackView/StackViewCard.js`: react-native-screens could not be found within the project.",
        "https://github.com/karanpratapsingh/Proximity/issues/37",
    ),
    (
        "metro-4",
        "error: bundling: UnableToResolveError: Unable to resolve module url from ../SampleOGP/node_modules/open-graph-scraper/app.js:\nModule does not exist in the module map or in these directories:",
        "https://github.com/react/react-native/issues/14687",
    ),
    (
        "metro-5",
        "Error: Unable to resolve module os from node_modules/metro-config/src/defaults/index.js",
        "https://github.com/react/metro/issues/1628",
    ),
    (
        "metro-6",
        "Unable to resolve module @meteorrm/core in '../[path]. Make sure you installed this module'",
        "https://github.com/meteorrn/meteor-react-native/issues/35",
    ),
    (
        "gpustack",
        'Failed to pull image quay.io/gpustack/runner:cuda12.9-vllm0.17.0-linux-amd64: Docker Client Error: failed to resolve reference "quay.io/gpustack/runner:cuda12.9-vllm0.17.0-linux-amd64": quay.io/gpustack/runner:cuda12.9-vllm0.17.0-linux-amd64: not found',
        "https://github.com/gpustack/gpustack/issues/4860",
    ),
    (
        "kubeadm-timeout",
        '[ERROR ImagePull]: failed to pull image registry.k8s.io/kube-proxy:v1.28.2: output: E0920 10:00:37.381343  208045 remote_image.go:171] "PullImage from image service failed" err="rpc error: code = Unknown desc = failed to pull and unpack image \\"registry.k8s.io/kube-proxy:v1.28.2\\": failed to resolve reference \\"registry.k8s.io/kube-proxy:v1.28.2\\": failed to do request: Head \\"https://registry.k8s.io/v2/kube-proxy/manifests/v1.28.2\\": dial tcp 34.96.108.209:443: connect: connection timed out" image="registry.k8s.io/kube-proxy:v1.28.2"',
        "https://github.com/kubernetes/kubeadm/issues/2936",
    ),
    (
        "docker-eof",
        'Error response from daemon: failed to resolve reference "docker.io/eceasy/cli-proxy-api-plus:latest": failed to authorize: failed to fetch anonymous token: Get "https://auth.docker.io/token?scope=repository%3Aeceasy%2Fcli-proxy-api-plus%3Apull&service=registry.docker.io": EOF',
        "https://github.com/router-for-me/CLIProxyAPI/issues/2668",
    ),
    (
        "pfnet",
        'Failed to pull image "controller:latest": rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/library/controller:latest": failed to resolve reference "docker.io/library/controller:latest": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
        "https://github.com/pfnet/image-pull-secrets-provisioner/issues/31",
    ),
    (
        "openshift",
        "I0405 13:05:00.316674   21607 generator.go:616] Unable to resolve the image name for test11/&{ImageStreamTag  docker-2048:latest    }: no possible pull spec for test11/docker-2048",
        "https://github.com/asiainfoLDP/datafoundry-troubleshooting/issues/19",
    ),
    (
        "sia",
        "Scan failed: could not lookup host: host announcement not found",
        "https://github.com/lukechampine/user/issues/15",
    ),
    ("meatshell", "failed: Unknown server key", "https://github.com/yituorou/meatshell/issues/165"),
    (
        "ssh-addkey",
        "remote: Failed to add the RSA host key for IP address '192.30.252.128' to the list of known hosts (/etc/ssh/ssh_known_hosts).",
        "https://github.com/cedricziel/dokku-hostkeys-plugin/issues/8",
    ),
    (
        "ssh-auth",
        "The authenticity of host '[localhost]:3373 ([127.0.0.1]:3373)' can't be established.",
        "https://github.com/byteskeptical/sftpretty/issues/23",
    ),
    (
        "sympozium",
        'rpc error: code = NotFound desc = failed to pull and unpack image "ghcr.io/sympozium-ai/sympozium/llmfit-daemon:v0.10.34": failed to resolve reference "ghcr.io/sympozium-ai/sympozium/llmfit-daemon:v0.10.34": ghcr.io/sympozium-ai/sympozium/llmfit-daemon:v0.10.34: not found',
        "https://github.com/sympozium-ai/sympozium/issues/207",
    ),
)

# More look-alikes: SSH host keys (JSch, Go's knownhosts), missing classes/assemblies/packages, successful
# resolutions and installs, cluster listings with DNS words
MORE: tuple[tuple[str, str], ...] = (
    (
        "jsch",
        "com.jcraft.jsch.JSchException: UnknownHostKey: bastion.acme.internal. RSA key fingerprint is 3b:5e:11:9a:0c:7d:2f:45:aa:10:ee:2b:91:7c:45:0d",
    ),
    ("jsch2", "com.jcraft.jsch.JSchException: reject HostKey: bastion.acme.internal"),
    ("go-knownhosts", "ssh: handshake failed: knownhosts: key mismatch"),
    ("sshd-closed", "ssh_exchange_identification: Connection closed by remote host"),
    ("ssh-closed", "Connection closed by 10.0.4.12 port 22"),
    (
        "helm-norepo",
        "Error: no repository definition for https://charts.bitnami.com/bitnami. Please add the missing repos via 'helm repo add'",
    ),
    ("java-cnf", "java.lang.ClassNotFoundException: com.mysql.cj.jdbc.Driver"),
    ("java-ncdf", "java.lang.NoClassDefFoundError: org/xbill/DNS/Lookup"),
    ("java-main", "Error: Could not find or load main class com.acme.dns.Resolver"),
    (
        "dotnet-asm",
        "System.IO.FileNotFoundException: Could not load file or assembly 'DnsClient, Version=1.7.0.0, Culture=neutral, PublicKeyToken=4574bb5573c51424'. The system cannot find the file specified.",
    ),
    (
        "go-goroot",
        "main.go:5:2: package github.com/miekg/dns is not in GOROOT (/usr/local/go/src/github.com/miekg/dns)",
    ),
    (
        "py-distnotfound",
        "pkg_resources.DistributionNotFound: The 'dnspython>=2.0' distribution was not found and is required by the application",
    ),
    (
        "ps-notrecognized",
        "Resolve-DnsName : The term 'Resolve-DnsName' is not recognized as the name of a cmdlet, function, script file, or operable program.",
    ),
    (
        "nslookup-nonauth",
        "Server:\t\t127.0.0.53\nAddress:\t127.0.0.53#53\n\nNon-authoritative answer:\nName:\tgithub.com\nAddress: 140.82.121.4",
    ),
    ("uv-resolved", "Resolved 123 packages in 1.20s\nInstalled 4 packages in 15ms"),
    ("npm-ok", "added 214 packages, and audited 215 packages in 3s\n\nfound 0 vulnerabilities"),
    (
        "mvn-resolving",
        "[INFO] --- maven-dependency-plugin:3.6.0:resolve (default-cli) @ api ---\n[INFO] The following files have been resolved:",
    ),
    ("go-downloading", "go: downloading github.com/miekg/dns v1.1.55"),
    (
        "apt-ok",
        "Hit:1 http://archive.ubuntu.com/ubuntu jammy InRelease\nGet:2 http://archive.ubuntu.com/ubuntu jammy-updates InRelease [119 kB]",
    ),
    (
        "kubectl-getpods",
        "NAME                       READY   STATUS    RESTARTS   AGE\ncoredns-5d78c9869d-abcde   1/1     Running   0          3d\ncoredns-5d78c9869d-fghij   1/1     Running   0          3d",
    ),
    (
        "kubectl-getsvc",
        "NAME       TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)                  AGE\nkube-dns   ClusterIP   10.96.0.10   <none>        53/UDP,53/TCP,9153/TCP   30d",
    ),
    ("calico-ok", "Calico process is running.\n\nIPv4 BGP status\nNo IPv4 peers found."),
    (
        "ipvsadm",
        "TCP  10.96.0.10:53 rr\n  -> 10.244.0.5:53                Masq    1      0          0\nUDP  10.96.0.10:53 rr\n  -> 10.244.0.5:53                Masq    1      0          0",
    ),
    ("pg-log-hostname", "LOG:  could not resolve client host name: Temporary failure in name resolution"),
    (
        "kubelet-node",
        'E0101 10:00:00.000000 1234 kubelet_node_status.go:92] "Unable to register node with API server" err="nodes \\"worker-3\\" is forbidden: node \\"worker-2\\" is not allowed to modify node \\"worker-3\\"" node="worker-3"',
    ),
)

# Cloud SDKs' endpoint and credential errors, admission webhooks, Calico/CNI and kube-proxy errors with an IP
CLUSTER: tuple[tuple[str, str], ...] = (
    (
        "aws-endpoint",
        "operation error S3: GetObject, failed to resolve service endpoint, endpoint rule error, Invalid region: region was not a valid DNS name.",
    ),
    (
        "aws-endpoint2",
        "operation error STS: AssumeRoleWithWebIdentity, failed to resolve service endpoint, an AWS region is required, but was not found",
    ),
    (
        "aws-creds",
        "NoCredentialProviders: no valid providers in chain. Deprecated.\n\tFor verbose messaging see aws.Config.CredentialsChainVerboseErrors",
    ),
    (
        "gcp-creds",
        "google: could not find default credentials. See https://cloud.google.com/docs/authentication/external/set-up-adc for more information",
    ),
    ("azure", "DefaultAzureCredential failed to retrieve a token from the included credentials."),
    ("k8s-sa", 'error looking up service account default/app: serviceaccount "app" not found'),
    (
        "k8s-ep",
        'Warning  FailedToCreateEndpoint  endpoint-controller  Failed to create endpoint for service default/redis: endpoints "redis" already exists',
    ),
    ("k8s-ingress-class", 'Error from server (NotFound): ingressclasses.networking.k8s.io "nginx" not found'),
    (
        "k8s-webhook",
        'Error from server (InternalError): error when creating "ingress.yaml": Internal error occurred: failed calling webhook "validate.nginx.ingress.kubernetes.io": failed to call webhook: Post "https://ingress-nginx-controller-admission.ingress-nginx.svc:443/networking/v1/ingresses?timeout=10s": x509: certificate signed by unknown authority',
    ),
    (
        "k8s-webhook-svc",
        'Internal error occurred: failed calling webhook "mutate.kyverno.svc": failed to call webhook: Post "https://kyverno-svc.kyverno.svc:443/mutate?timeout=10s": service "kyverno-svc" not found',
    ),
    (
        "k8s-webhook-noep",
        'Internal error occurred: failed calling webhook "webhook.cert-manager.io": failed to call webhook: Post "https://cert-manager-webhook.cert-manager.svc:443/validate?timeout=10s": no endpoints available for service "cert-manager-webhook"',
    ),
    (
        "k8s-apiservice",
        'E0101 10:00:00.000000 1 available_controller.go:508] v1beta1.metrics.k8s.io failed with: failing or missing response from https://10.244.1.9:4443/apis/metrics.k8s.io/v1beta1: Get "https://10.244.1.9:4443/apis/metrics.k8s.io/v1beta1": dial tcp 10.244.1.9:4443: i/o timeout',
    ),
    ("calico-bird", "bird: Mesh_10_0_0_12: Socket error: bind: Address not available"),
    (
        "calico-ipam",
        'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "abc": plugin type="calico" failed (add): error getting ClusterInformation: connection is unauthorized: Unauthorized',
    ),
    (
        "calico-ipam2",
        'plugin type="calico" failed (add): failed to look up reserved IPs: Get "https://10.96.0.1:443/apis/crd.projectcalico.org/v1/ipreservations?limit=500": dial tcp 10.96.0.1:443: i/o timeout',
    ),
    (
        "kube-proxy",
        'E0101 10:00:00.000000 1 proxier.go:1000] "Failed to execute iptables-restore" err="exit status 1: iptables-restore: line 30 failed"',
    ),
    ("kubelet-cni", "network plugin is not ready: cni config uninitialized"),
    (
        "containerd-sandbox",
        'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to get sandbox image "registry.k8s.io/pause:3.6": failed to pull image "registry.k8s.io/pause:3.6": failed to pull and unpack image "registry.k8s.io/pause:3.6": failed to resolve reference "registry.k8s.io/pause:3.6": failed to do request: Head "https://registry.k8s.io/v2/pause/manifests/3.6": dial tcp 34.96.108.209:443: i/o timeout',
    ),
)
