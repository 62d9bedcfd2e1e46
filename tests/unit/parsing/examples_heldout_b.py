"""The paste parser's examples for the formats the second held-out set missed (HELDOUT-b.md's "Result") and their
relatives, one per rule and format: each id names the runtime and the format, each comes with the public thread its
text was copied from (held-out B's, now spent, or `collected-2026-12c.jsonl`'s), and the fields of the first failure
the parser must report."""

from __future__ import annotations

from typing import Any

# (id, source, paste, fields of the first failure found)
EXAMPLES_HELDOUT_B: list[tuple[str, str, str, dict[str, Any]]] = [
    # --- WinSock texts with the name elsewhere ---------------------------------------------------------------------
    (
        "powershell-iwr-no-such-host-url-on-the-command-line",
        "https://github.com/ChrisTitusTech/winutil/issues/179",
        "PS C:\\Windows\\System32> iwr -useb https://christitus.com/win | iex\n"
        "Invoke-WebRequest: No such host is known.",
        {"host": "christitus.com", "kind": "nxdomain"},
    ),
    (
        "dotnet-socketexception-0x80004005-url-four-lines-above",
        "https://github.com/gursev/Oyedata/issues/1",
        "for example: http://services.odata.org/V4/Northwind/Northwind.svc\n\nHere is the error log entry:\n\n"
        "System.Net.Sockets.SocketException (0x80004005): No such host is known\n"
        "   at System.Net.Dns.GetAddrInfo(String name)",
        {"host": "services.odata.org", "kind": "nxdomain"},
    ),
    (
        "php-winsock-11002-temporary-text-wrapped-by-the-terminal",
        "https://github.com/composer/composer/issues/3235",
        'The "https://packagist.org/packages.json" file could not be downloaded: php_network_getaddresses: '
        "getaddrinfo failed: Th\nis is usually a temporary error during hostname resolution and means that the local "
        "server did not receive a response fr\nom an authoritative server.",
        {"host": "packagist.org", "kind": "temporary"},
    ),
    (
        "python-urllib3-errno-11001-nxdomain",
        "https://github.com/Lysagxra/BunkrDownloader/issues/49",
        "HTTPSConnectionPool(host='bunkr.ph', port=443): Max retries exceeded with url: /f/x (Caused by "
        "NameResolutionError(\"HTTPSConnection(host='bunkr.ph', port=443): Failed to resolve 'bunkr.ph' ([Errno 11001] "
        'getaddrinfo failed)"))',
        {"host": "bunkr.ph", "kind": "nxdomain", "port": 443},
    ),
    (
        "python-urllib3-errno-11002-temporary",
        "https://github.com/fourkitchens/czdap-tools/issues/15",
        "HTTPSConnectionPool(host='czds.icann.org', port=443): Max retries exceeded with url: /en (Caused by "
        "NewConnectionError('<urllib3.connection.VerifiedHTTPSConnection object at 0x030300F0>: Failed to establish a "
        "new connection: [Errno 11002] getaddrinfo failed',))",
        {"host": "czds.icann.org", "kind": "temporary"},
    ),
    # --- PowerShell ---------------------------------------------------------------------------------------------------
    (
        "powershell-test-connection-cannot-resolve-the-target-name",
        "https://github.com/dotnet/runtime/issues/37766",
        "    Type           : System.Net.NetworkInformation.PingException\n    Message        : Testing connection to "
        "computer 'Mac-1467.local' failed: Cannot resolve the target name.",
        {"host": "mac-1467.local", "kind": "nxdomain"},
    ),
    (
        "powershell-resolve-dnsname-dns-name-does-not-exist",
        "https://github.com/Quad9DNS/documentation/pull/6",
        "Resolve-DnsName : proto.on.quad9.net. : DNS name does not exist\nAt line:1 char:1",
        {"host": "proto.on.quad9.net", "kind": "nxdomain"},
    ),
    (
        "powershell-test-netconnection-name-resolution-of-failed",
        "https://github.com/MicrosoftDocs/OfficeDocs-Exchange/issues/1486",
        "Testing connection to watchdog.servicebus.windows.net on port 443\n"
        "WARNING: Name resolution of watchdog.servicebus.windows.net failed",
        {"host": "watchdog.servicebus.windows.net", "kind": "other"},
    ),
    # --- libcurl, pycurl, composer, curl ------------------------------------------------------------------------------
    (
        "git-old-libcurl-couldnt-resolve-host-quoted",
        "https://github.com/snoyberg/http-client/issues/282",
        "fatal: unable to access : Couldn't resolve host 'github.com'",
        {"host": "github.com", "kind": "nxdomain"},
    ),
    (
        "yum-pycurl-error-6-couldnt-resolve-host",
        "https://github.com/conda/conda/issues/5481",
        "Could not retrieve mirrorlist http://apt.sw.be/redhat/el6/en/mirrors-rpmforge error was\n"
        "14: PYCURL ERROR 6 - \"Couldn't resolve host 'apt.sw.be'\"",
        {"host": "apt.sw.be", "kind": "nxdomain"},
    ),
    (
        "libcurl-couldnt-resolve-host-name-then-url",
        "https://github.com/GangZhuo/BaiduPCS/issues/221",
        "Download slice failed, retry delay 10 second, tid: 0x70000e462000. message: Couldn't resolve host name: "
        "http://c.pcs.baidu.com/rest/2.0/pcs/file?method=download&app_id=",
        {"host": "c.pcs.baidu.com", "kind": "nxdomain"},
    ),
    (
        "composer-curl-error-6-thread-failed-to-start",
        "https://github.com/composer/composer/issues/10019",
        "[Composer\\Downloader\\TransportException]\n  curl error 6 while downloading "
        "https://repo.packagist.org/packages.json: getaddrinfo() thread failed to start",
        {"host": "repo.packagist.org", "kind": "other"},
    ),
    (
        "curl-bare-could-not-resolve-host-name-on-the-command-line",
        "https://github.com/stunnel/static-curl/issues/3",
        "curl www.baidu.com \nCould not resolve host\ncurl-static-arm64-8.1.2",
        {"host": "www.baidu.com", "kind": "nxdomain"},
    ),
    (
        "curl-strace-name-cut-short-is-not-a-name",
        "https://github.com/curl/curl/issues/796",
        "write(2, \"Couldn't resolve host 'www.examp\"..., 40Couldn't resolve host 'www.example.com'\n) = 40",
        {"host": "www.example.com", "kind": "nxdomain"},
    ),
    # --- proxies and servers ------------------------------------------------------------------------------------------
    (
        "apache-httpd-mod-proxy-dns-lookup-failure-for-html-page",
        "https://github.com/docker-library/httpd/issues/31",
        "Reason: <strong>DNS lookup failure for: services-service</strong></p></p>",
        {"host": "services-service", "kind": "other", "service": "services-service"},
    ),
    (
        "haproxy-could-not-resolve-address",
        "https://github.com/vfarcic/docker-flow-proxy/issues/224",
        "[ALERT] 118/170701 (14) : parsing [/cfg/haproxy.cfg:109] : 'server letsencrypt-companion' : could not "
        "resolve address 'letsencrypt-companion'.",
        {"host": "letsencrypt-companion", "kind": "other"},
    ),
    (
        "technitium-query-log-rcode-serverfailure",
        "https://github.com/TechnitiumSoftware/DnsServer/issues/350",
        "[2021-12-05 22:24:44 Local] [127.0.0.1:14637] [TCP] QNAME: sslbaiduv6.jomodns.com; QTYPE: A; QCLASS: IN; "
        "RCODE: ServerFailure; ANSWER: []",
        {"host": "sslbaiduv6.jomodns.com", "kind": "servfail"},
    ),
    (
        "technitium-failed-to-resolve-the-request-rcode-below",
        "https://github.com/TechnitiumSoftware/DnsServer/issues/350",
        "[2021-12-05 22:24:44 Local] DNS Server failed to resolve the request with QNAME: opencdnglobalv6.jomodns.com; "
        "QTYPE: A; QCLASS: IN; Forwarders: 127.0.0.1:25550, [::]:25550;\nDnsServerCore.Dns.DnsServerException: DNS "
        "Server received a response with RCODE=ServerFailure from: 127.0.0.1",
        {"host": "opencdnglobalv6.jomodns.com", "kind": "servfail"},
    ),
    (
        "docker-desktop-failed-to-lookup-no-relevant-records-redacted",
        "https://github.com/docker/for-mac/issues/5572",
        'level=error msg="failed to lookup <some internal hostname>.: name exists but no relevant records"',
        {"host": "<some internal hostname>", "kind": "nxdomain", "redacted": True, "service": None},
    ),
    # --- DNS tools ----------------------------------------------------------------------------------------------------
    (
        "haskell-dug-user-error-serverfailure",
        "https://github.com/iijlab/dnsext/issues/146",
        "% dug @ns01.webcfs00.com ns01.webcfs00.com  \ndug: user error (ServerFailure)",
        {"host": "ns01.webcfs00.com", "kind": "servfail"},
    ),
    (
        "ldns-drill-header-rcode-servfail-question-below",
        "https://github.com/AdguardTeam/DnsLibs/issues/88",
        ";; ->>HEADER<<- opcode: QUERY, rcode: SERVFAIL, id: 27222\n;; flags: qr rd ra ; QUERY: 1, ANSWER: 0\n"
        ";; QUESTION SECTION:\n;; slack.com.\tIN\tA",
        {"host": "slack.com", "kind": "servfail"},
    ),
    (
        "systemd-resolvectl-not-have-any-rr-nodata",
        "https://github.com/systemd/systemd/issues/18917",
        "google.com: resolve call failed: 'google.com' does not have any RR of the requested type",
        {"host": "google.com", "kind": "nxdomain"},
    ),
    (
        "systemd-resolvectl-bus-error-other",
        "https://github.com/systemd/systemd/pull/20053",
        "megasearch.net: resolve call failed: Message recipient disconnected from message bus without replying",
        {"host": "megasearch.net", "kind": "other"},
    ),
    (
        "macos-ping-cannot-resolve-name-and-port",
        "https://github.com/docker-archive-public/docker.kitematic/issues/12",
        "ping: cannot resolve testredis.dev:6379: Unknown host",
        {"host": "testredis.dev", "kind": "nxdomain", "port": 6379},
    ),
    # --- RubyGems, OpenBSD netcat, tinc --------------------------------------------------------------------------
    (
        "rubygems-unknown-host-error-no-such-name-url",
        "https://github.com/ruby/rubygems/issues/1086",
        "    ERROR:  While executing gem ... (Gem::RemoteFetcher::UnknownHostError)\n"
        "        no such name (https://api.rubygems.org/gems/[gem_name].gem)",
        {"host": "api.rubygems.org", "kind": "nxdomain", "port": 443},
    ),
    (
        "rubygems-unknown-host-error-timed-out-url",
        "https://github.com/beefproject/beef/issues/1941",
        "ERROR:  While executing gem ... (Gem::RemoteFetcher::UnknownHostError)\n    timed out (https://rubygems.org/specs.4.8.gz)",
        {"host": "rubygems.org", "kind": "timeout"},
    ),
    (
        "openbsd-nc-getaddrinfo-for-host-port",
        "https://github.com/zebrunner/mcloud-agent/issues/324",
        'nc: getaddrinfo for host "device" port 2223: Name or service not known',
        {"host": "device", "kind": "nxdomain", "port": 2223},
    ),
    (
        "tinc-error-looking-up-name-port",
        "https://github.com/gsliepen/tinc/issues/232",
        "Error looking up IP port 655: Name or service not known",
        {"host": "ip", "kind": "nxdomain", "port": 655},
    ),
    # --- Erlang/Elixir, Java, shell scripts -------------------------------------------------------------------------
    (
        "elixir-exunit-nxdomain-call-on-the-line-below",
        "https://github.com/benoitc/hackney/issues/758",
        "     ** (CaseClauseError) no case clause matching: {:connect_error, {:error, :nxdomain}}\n"
        '     code: assert Hacknay.get("http://elasticsearch:9200") == 200',
        {"host": "elasticsearch", "kind": "nxdomain"},
    ),
    (
        "elixir-httpoison-iex-call-above",
        "https://github.com/edgurgel/httpoison/issues/499",
        'iex(my_app@97383d6c49f7)5> HTTPoison.head("http://couchdb:5984")\n'
        "{:error, %HTTPoison.Error{reason: :nxdomain, id: nil}}",
        {"host": "couchdb", "kind": "nxdomain"},
    ),
    (
        "java-getlocalhost-unknown-error-after-the-class-name",
        "https://github.com/laurent-clouet/sheepit-client/issues/64",
        "12-02 11:43:43 (error) Server::getConfiguration error UnknownHostException java.net.UnknownHostException: "
        "linux-g5up: linux-g5up: unknown error",
        {"host": "linux-g5up", "kind": "other"},
    ),
    (
        "shell-script-unable-to-resolve-to-an-ip-address-redacted",
        "https://github.com/aws-samples/big-blue-button-on-aws-cn/issues/5",
        "err 'Unable to resolve xxxxx to an IP address using DNS lookup.'",
        {"host": "xxxxx", "kind": "other", "redacted": True},
    ),
    (
        "containerd-failed-to-resolve-reference-then-go-lookup",
        "https://github.com/containerd/containerd/issues/10709",
        'failed to resolve reference "ghcr.io/open-webui/open-webui:main": failed to do request: Head '
        '"https://ghcr.io/v2/open-webui/open-webui/manifests/main": dial tcp: lookup ghcr.io: Try again',
        {"host": "ghcr.io", "kind": "temporary"},
    ),
]

# Look-alikes: a WinSock text, an :nxdomain or a resolver word with no name to report, or a word that is not a name.
LOOKALIKES_HELDOUT_B: list[str] = [
    # the only URL is a documentation link below the error (MicrosoftLearning/AZ-801-...#47)
    "However the command fails with the error: Invoke-WebRequest: No such host is known.\n\nRepro steps:\n"
    "Follow step 5 in url:\nhttps://learn.microsoft.com/en-us/training/modules/migrate-aspnet-app-azure-app-service/x",
    # no name anywhere (Morilli/ManifestDownloader#9, sensepost/Snoopy#14, dotnet/runtime#56816)
    'Error: getaddrinfo failed.\nerror string: "No such host is known. "',
    "stream_socket_client(): php_network_getaddresses: getaddrinfo failed: No such host is known.  at "
    "Snoopy.class.php on line 875.",
    "  System.Net.Sockets.SocketException (11001): No such host is known.\n   at System.Net.NameResolutionPal."
    "ProcessResult(SocketError errorCode, GetAddrInfoExContext* context) in "
    "/_/src/NameResolutionPal.Windows.cs:line 220",
    # Mint, ex_twilio: :nxdomain with no call shown (elixir-mint/mint#216, danielberkompas/ex_twilio#88)
    "we sometimes get {:badmatch, {:error, %Mint.TransportError{reason: :nxdomain}}} errors.",
    "** (HTTPoison.Error) :nxdomain\n    (ex_twilio) lib/ex_twilio/api.ex:19: ExTwilio.Api.request!/5",
    # libcurl's text with no name (haibbo/speedtest-cli#15)
    "curl_easy_perform() failed: Couldn't resolve host name 0",
    # a PowerShell parameter error naming hosts, no resolution (MicrosoftDocs/PowerShell-Docs#5086)
    "Test-Connection : A parameter cannot be found that matches parameter name 'TargetName'.\n"
    "+ Test-Connection -Source vaxsrvdc-sc -TargetName vaxsrvpdc-bham",
    # RubyGems' FetchError: the name resolved (ruby/rubygems#1449); netcat's reverse lookup (bonzini/netcat#2)
    "ERROR:  While executing gem ... (Gem::RemoteFetcher::FetchError)\n"
    '    Host is down - connect(2) for "rubygems.global.ssl.fastly.net" port 443 '
    "(https://rubygems.global.ssl.fastly.net/quick/Marshal.4.8/activesupport-4.2.5.gemspec.rz)",
    "`nc: getnameinfo: Temporary failure in name resolution`",
    # class names and a Python exception path are not names
    "Caused by: java.net.UnknownHostException java.net.UnknownHostException",
    "socket.gaierror: Name or service not known",
]

NEW_RULES: tuple[str, ...] = (
    "winsock-text-name-elsewhere",
    "powershell-test-connection",
    "powershell-resolve-dnsname",
    "libcurl-host-name-url",
    "composer-curl-error-6",
    "apache-mod-proxy-dns",
    "haskell-dns-error",
    "drill-rcode",
    "unable-to-resolve-to-an-ip",
    "curl-could-not-resolve-host-bare",
    "test-netconnection-name-resolution",
    "technitium-query-log",
    "technitium-failed-to-resolve",
    "docker-desktop-failed-to-lookup",
    "haproxy-could-not-resolve-address",
    "resolvectl-resolve-call-failed",
    "rubygems-unknown-host-error",
    "openbsd-nc-getaddrinfo",
    "tinc-error-looking-up",
)
