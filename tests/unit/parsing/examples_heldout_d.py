# ruff: noqa: RUF001  (a pasted full-width colon, kept as stored)
"""The paste parser's examples for what the fourth held-out set missed (HELDOUT-d.md's "Result") and what
`collected-2026-12e.jsonl` added: each id names the runtime and the format, each comes with the public thread its text
was copied from (held-out D's, now spent, or collected-2026-12e's), and the fields of the failure the parser must report
for its name. The look-alikes are real pastes that tempted a rule into a false name (or could)."""

from __future__ import annotations

from typing import Any

# (id, source, paste, fields of the failure found for `host`)
EXAMPLES_HELDOUT_D: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "iputils-ping-unknown-host-name-on-command-line",
        "https://github.com/opsnull/follow-me-install-kubernetes-cluster/issues/86",
        "root@nginx:/# ping my-nginx\nping: unknown host\nroot@nginx:/# ping kubernetes\nping: unknown host",
        {"host": "my-nginx", "kind": "nxdomain"},
    ),
    (
        "iputils-ping-unknown-host-in-code-fence",
        "https://github.com/rancher/rancher/issues/6733",
        "```\nroot@k8testrc1-4l9a2:/# ping k8testrc2-ztbls\nping: unknown host\n```",
        {"host": "k8testrc2-ztbls", "kind": "nxdomain"},
    ),
    (
        "java-kafka-bootstrap-null",
        "https://github.com/ControlSystemStudio/phoebus/issues/644",
        (
            "15:48:22.774 [JavaFX Application Thread] WARN org.apache.kafka.clients.ClientUtils - "
            "Removing server null:9092 from bootstrap.servers as DNS resolution failed for null"
        ),
        {"host": "null", "kind": "other", "port": None},
    ),
    (
        "java-kafka-bootstrap-bold",
        "https://github.com/strimzi/strimzi-kafka-operator/issues/7940",
        (
            "**2023-01-19 11:53:58,791 WARN Couldn't resolve server cdt-north-1-kafka-cluster-kafk"
            "a-brokers:9091 from bootstrap.servers as DNS resolution failed for pp-kafka-kafka-bro"
            "kers (org.apache.kafka.clients.ClientUtils) [main]**"
        ),
        {"host": "pp-kafka-kafka-brokers", "kind": "other"},
    ),
    (
        "fluent-bit-getaddrinfo-headless-pod-name",
        "https://github.com/fluent/fluent-bit/issues/5482",
        (
            "[2022/05/21 02:00:39] [ warn] [net] getaddrinfo(host='fluentd-0.fluentd-headless', er"
            "r=4): Domain name not found\n"
            "[2022/05/21 02:00:39] [error] [output:forward:forward.0] no upstream connections available"
        ),
        {"host": "fluentd-0.fluentd-headless", "kind": "nxdomain"},
    ),
    (
        "fluent-bit-getaddrinfo-cares-timeout",
        "https://github.com/fluent/fluent-bit/issues/9453",
        "getaddrinfo(host='log-api.newrelic.com', err=12): Timeout while contacting DNS servers",
        {"host": "log-api.newrelic.com", "kind": "timeout"},
    ),
    (
        "winhttp-cargo-registry-url-above",
        "https://github.com/rust-lang/cargo/issues/5626",
        (
            "hello-rust>cargo build --verbose\n"
            "    Updating registry `https://github.com/rust-lang/crates.io-index`\n"
            "warning: spurious network error (2 tries remaining): failed to send request: The\n"
            " server name or address could not be resolved\n"
            "; class=Os (2)"
        ),
        {"host": "github.com", "kind": "nxdomain"},
    ),
    (
        "go-otel-endpoint-path-looked-up",
        "https://github.com/kevinmichaelchen/temporal-saga-grpc/issues/57",
        (
            "2023/11/16 19:31:26 traces export: context deadline exceeded: rpc error: code = Unava"
            'ilable desc = connection error: desc = "transport: Error while dialing: dial tcp: loo'
            'kup tcp/14268/api/traces: nodename nor servname provided, or not known"'
        ),
        {"host": "tcp/14268/api/traces", "kind": "nxdomain"},
    ),
    (
        "ruby-redis-url-four-lines-up",
        "https://github.com/redis/redis-rb/issues/555",
        (
            'redis = Redis.new(:url => "redis://mymaster", :sentinels => SENTINELS, :role => :master)\n'
            'redis.set("test", 1)\n'
            "\n"
            "**ERROR:\n"
            "SocketError: getaddrinfo: Name or service not known\n"
            "\tfrom /home/sshadmin/.rvm/gems/ruby-2.1.2/gems/redis-3.2.1/lib/redis/connection/ruby."
            "rb:152:in `getaddrinfo'"
        ),
        {"host": "mymaster", "kind": "nxdomain"},
    ),
    (
        "squid-err-dns-fail-server-failure",
        "https://github.com/hanl/MonkeytestJS/issues/8",
        (
            "`The following error was encountered while trying to retrieve the URL: http://monkeyt"
            "estjs.io/tests\n"
            "\n"
            "Unable to determine IP address from host name monkeytestjs.io\n"
            "\n"
            "The DNS server returned:\n"
            "\n"
            "Server Failure: The name server was unable to process this query.\n"
            "This means that the cache was not able to resolve the hostname presented in the URL. "
            "Check if the address is correct.`"
        ),
        {"host": "monkeytestjs.io", "kind": "servfail"},
    ),
    (
        "squid-err-dns-fail-name-error-example-domain",
        "https://github.com/canonical-web-and-design/tutorials.ubuntu.com/issues/1062",
        (
            "The following error was encountered while trying to retrieve the URL: http://gci.exam"
            "ple.com/\n"
            "\n"
            '    Unable to determine IP address from host name "gci.example.com"\n'
            "\n"
            "The DNS server returned:\n"
            "\n"
            "    Name Error: The domain name does not exist."
        ),
        {"host": "gci.example.com", "kind": "nxdomain", "redacted": False},
    ),
    (
        "nginx-example-name-the-reporter-says-is-an-example",
        "https://github.com/wmnnd/nginx-certbot/issues/98",
        (
            "`[emerg] 1#1: host not found in upstream hostname.example.com in /etc/nginx/conf.d/ap"
            "p.conf:26`\n"
            "(hostname.example.com is just an example because I don't want to make my subdomain pu"
            "blic registered on a free dyndns service)"
        ),
        {"host": "hostname.example.com", "redacted": True, "service": None},
    ),
    (
        "android-example-name-withheld",
        "https://github.com/bilde2910/Hauk/issues/126",
        (
            "I would not like sharing here the host name, however message says:\n"
            "\n"
            "Connection Error\n"
            "\n"
            'Unable to resolve host "www.example.com": No address associated with hostname -- even'
            " though hostname is easily resolvable, and I can see in browser Point the Hauk app to"
            " this server to share your location: https://www.example.com/files/hauk/"
        ),
        {"host": "www.example.com", "redacted": True},
    ),
    (
        "dotnet-url-typed-in-place-of-the-host",
        "https://github.com/dotnet/aspnetcore/issues/54162",
        (
            "System.Net.Http.HttpRequestException: Resource temporarily unavailable (URL:4003)\n"
            "2024-02-21 16:31:37  ---> System.Net.Sockets.SocketException (11): Resource temporari"
            "ly unavailable"
        ),
        {"host": "url", "kind": "temporary", "redacted": True},
    ),
    (
        "coredns-log-externalurl-typed-in-place",
        "https://github.com/coredns/coredns/issues/3775",
        (
            '2020-03-25T16:36:53.161Z [INFO] 10.42.192.21:49959 - 43955 "A IN EXTERNALURL.NAMESPAC'
            'E.svc.cluster.local. udp 60 false 512" NXDOMAIN qr,rd 153 0.000205631s\n'
            '2020-03-25T16:36:53.162Z [INFO] 10.42.192.21:50169 - 41857 "A IN EXTERNALURL.svc.clus'
            'ter.local. udp 50 false 512" NXDOMAIN qr,rd 143 0.000155658s\n'
            '2020-03-25T16:36:53.162Z [INFO] 10.42.192.21:33768 - 19438 "A IN EXTERNALURL.cluster.'
            'local. udp 46 false 512" NXDOMAIN qr,rd 139 0.000143259s\n'
            '2020-03-25T16:36:53.164Z [INFO] 10.42.192.21:51916 - 60408 "A IN EXTERNALURL. udp 32 '
            'false 512" SERVFAIL qr,rd 32 0.001564637s\n'
            '2020-03-25T16:36:53.166Z [INFO] 10.42.192.21:35509 - 60408 "A IN EXTERNALURL. udp 32 '
            'false 512" SERVFAIL qr,rd 32 0.001460942s'
        ),
        {"host": "externalurl", "kind": "servfail", "redacted": True},
    ),
    (
        "curl-somedomain-stand-in",
        "https://github.com/Athlon1600/php-proxy-app/issues/49",
        "New installation.  Any host I try to proxy produces error: (6) Could not resolve host: www.someDomain.com",
        {"host": "www.somedomain.com", "redacted": True},
    ),
    (
        "go-grpc-lookup-on-server-not-the-json-key",
        "https://github.com/uptrace/helm-charts/issues/28",
        (
            "2024-01-16T18:11:54.875Z\twarn\tzapgrpc/zapgrpc.go:195\t[core] [Channel #5 SubChannel #6"
            '] grpc: addrConn.createTransport failed to connect to {Addr: "my-uptrace:14317", Serv'
            'erName: "my-uptrace:14317", }. Err: connection error: desc = "transport: Error while '
            'dialing: dial tcp: lookup my-uptrace on 10.28.0.10:53: no such host"\t{"grpc_log": true}'
        ),
        {"host": "my-uptrace", "kind": "nxdomain"},
    ),
    (
        "busybox-bad-address-not-the-prose-name",
        "https://github.com/coredns/coredns/issues/2038",
        (
            "/ # ping servicetest.testdns.svc.cluster.local # service linked to `kubernetes` canno"
            "t resolved\n"
            "ping: bad address 'servicetest.testdns.svc.cluster.local'"
        ),
        {"host": "servicetest.testdns.svc.cluster.local", "kind": "nxdomain"},
    ),
]

# Real pastes that name no failed lookup: a verb whose object is an image or reference, a dial to an IP address, a
# WinHTTP message with no name near it, "unknown host" in prose, a ping that resolved.
LOOKALIKES_HELDOUT_D: list[tuple[str, str]] = [
    (
        "https://github.com/containerd/containerd/issues/12550",
        (
            'actual：ctr: failed to resolve image: failed to do request: Head "https://registry-1.d'
            'ocker.io/v2/library/nginx/manifests/latest": dial tcp 104.244.46.244:443: i/o timeout'
        ),
    ),
    (
        "https://github.com/kubernetes/kubernetes/issues/62732",
        (
            'Error syncing pod cbc9323f-4200-11e8-87a9-fa163ef77358 ("kube-dns-96bc87b87-x8wcl_kub'
            'e-system(cbc9323f-4200-11e8-87a9-fa163ef77358)"), skipping: failed to "CreatePodSandb'
            'ox" for "kube-dns-96bc87b87-x8wcl_kube-system(cbc9323f-4200-11e8-87a9-fa163ef77358)" '
            'with CreatePodSandboxError: "CreatePodSandbox for pod \\"kube-dns-96bc87b87-x8wcl_kube'
            '-system(cbc9323f-4200-11e8-87a9-fa163ef77358)\\" failed: rpc error: code = Unknown des'
            'c = failed to get sandbox image \\"k8s.gcr.io/pause:3.1\\": failed to pull image \\"k8s.'
            'gcr.io/pause:3.1\\": failed to resolve image \\"k8s.gcr.io/pause:3.1\\": failed to do re'
            "quest: Head https://k8s.gcr.io/v2/pause/manifests/3.1: dial tcp 108.177.97.82:443: i/"
            'o timeout"'
        ),
    ),
    (
        "https://github.com/dagger/dagger/issues/8705",
        (
            "TransportQueryError: {'message': 'failed to do request: Head \"https://registry-1.dock"
            "er.io/v2/library/docker/manifests/24-dind\": dial tcp 162.125.2.3:443: i/o timeout', '"
            "locations': [{'line': 3, 'column': 5}], 'path':"
        ),
    ),
    (
        "https://github.com/apecloud/kubeblocks/issues/9169",
        (
            '  Warning  Failed     45m (x2 over 46m)    kubelet            Failed to pull image "m'
            'soap/shell2http:1.16.0": failed to pull and unpack image "docker.io/msoap/shell2http:'
            '1.16.0": failed to resolve reference "docker.io/msoap/shell2http:1.16.0": failed to d'
            'o request: Head "https://registry-1.docker.io/v2/msoap/shell2http/manifests/1.16.0": '
            "dial tcp 199.96.61.1:443: connect: connection timed out"
        ),
    ),
    (
        "https://github.com/myifeng/mirror-porter/issues/92",
        (
            ' Failed to pull image "k8s.gcr.io/conformance:v1.28.5": rpc error: code = DeadlineExc'
            'eeded desc = failed to pull and unpack image "k8s.gcr.io/conformance:v1.28.5": failed'
            ' to resolve reference "k8s.gcr.io/conformance:v1.28.5": failed to do request: Head "h'
            'ttps://k8s.gcr.io/v2/conformance/manifests/v1.28.5": dial tcp 64.233.189.82:443: i/o timeout'
        ),
    ),
    (
        "https://github.com/maurice-daly/DriverAutomationTool/issues/530",
        (
            "Start-BitsTransfer : The server name or address could not be resolved\n"
            "At line:1093 char:8\n"
            "+ ...             Start-BitsTransfer -Source $DellXMLCabinetSource -Destina ...\n"
            "+                 ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~"
        ),
    ),
    (
        "https://github.com/rancher/rancher/issues/6105",
        (
            "**Steps to Reproduce: Create multiple pods via RC or deployment and  ping pods/contai"
            "ners by their hostnames\n"
            "\n"
            "**Results: When I ping containers by their hostname, I am getting an unknown host exception,"
        ),
    ),
    (
        "https://github.com/kubernetes/kubernetes/issues/62986",
        (
            "sh-4.2$ ping alpaca-pxc.default.svc.cluster.local    \n"
            "PING alpaca-pxc.default.svc.cluster.local (10.233.37.69) 56(84) bytes of data.\n"
            "^C\n"
            "--- alpaca-pxc.default.svc.cluster.local ping statistics ---\n"
            "4 packets transmitted, 0 received, 100% packet loss, time 2999ms"
        ),
    ),
]

NEW_RULES = (
    "iputils-ping-unknown-host",
    "kafka-bootstrap-dns",
    "fluent-bit-getaddrinfo",
    "winhttp-name-not-resolved",
    "go-lookup-path",
    "squid-dns-fail",
)
