"""Client libraries' and tools' own log lines around a resolver failure: the line that announced the connection
(urllib3's pool, net-ssh), a tool's command inside `kubectl exec`, sudo's and curl's forms with and without their
reason, and a Java nested class beside a resolver word."""

from __future__ import annotations

from checks.parsing import parse_failures


def _read(text: str) -> list[tuple[str, str]]:
    return [(f.host, f.kind) for f in parse_failures(text)]


def test_urllib3s_pool_announces_the_host_its_host_less_errno_failed_on() -> None:
    """Python urllib3's debug log `Starting new HTTP connection (1): h` above `NewConnectionError(…: [Errno -3] …)`."""
    log = (
        "2019-07-17 03:06:57,572:INFO:Starting new HTTP connection (1): controller\n"
        "2019-07-17 03:07:17,585:DEBUG:Incremented Retry for (url='/'): Retry(total=0, connect=None)\n"
        "2019-07-17 03:07:17,585:WARNING:Retrying after connection broken by 'NewConnectionError('<urllib3.connection."
        "HTTPConnection object at 0x7fee>: Failed to establish a new connection: [Errno -3] Temporary failure in name "
        "resolution',)': /"
    )
    assert _read(log) == [("controller", "temporary")]
    https = (
        "Starting new HTTPS connection (2): api.example.com:443\nsocket.gaierror: [Errno -2] Name or service not known"
    )
    assert _read(https) == [("api.example.com", "nxdomain")]
    worked = (
        "Starting new HTTP connection (1): controller\n"
        '"POST /v3/auth/tokens HTTP/1.1" 201 4600\n'
        "socket.gaierror: [Errno -3] Temporary failure in name resolution"
    )
    assert ("controller", "temporary") not in _read(worked)  # the connection worked: the failure is another's


def test_net_ssh_announces_the_host_knifes_host_less_getaddrinfo_failed_on() -> None:
    """Ruby net-ssh's `establishing connection to h:22` (knife, Capistrano) above `getaddrinfo: <reason>`."""
    log = (
        "DEBUG: establishing connection to windows:22\n"
        "ERROR: Network Error: getaddrinfo: Name or service not known\n"
        "Check your knife configuration and network settings"
    )
    assert _read(log) == [("windows", "nxdomain")]
    assert _read("DEBUG: establishing connection to windows\nERROR: Network Error: getaddrinfo: x") == []


def test_a_nested_java_class_beside_a_resolver_word_is_no_name() -> None:
    """BookKeeper's `BookieAddressResolver$BookieIdNotResolvedException: Cannot resolve bookieId b, bookie does not
    exist` (Pulsar): a bookie id, no DNS lookup, and the class path is no placeholder."""
    text = (
        "org.apache.bookkeeper.proto.BookieAddressResolver$BookieIdNotResolvedException: Cannot resolve bookieId "
        "pulsar-k8s-cluster-bookie-2, bookie does not exist or it is not running"
    )
    assert _read(text) == []


def test_a_dns_tool_inside_kubectl_exec_asks_for_its_own_argument_not_the_pods_name() -> None:
    """busybox nslookup's `connection timed out; no servers could be reached` under `kubectl exec -ti dig --
    nslookup h`: a pod named `dig` runs nslookup, which asked for h."""
    text = "`kubectl exec -ti dig -- nslookup kubernetes`\nOutput: `connection timed out; no servers could be reached`"
    assert _read(text) == [("kubernetes", "timeout")]
    host_named = "$ nslookup host.example.com\n;; connection timed out; no servers could be reached"
    assert _read(host_named) == [("host.example.com", "timeout")]


def test_sudos_message_with_and_without_its_reason() -> None:
    """sudo's `unable to resolve host h: <gai_strerror>` (glibc's, Solaris' and illumos' EAI_NONAME text) and older
    sudo's bare `unable to resolve host h` (a host with no reason: `other`); gRPC-java's bare `Unable to resolve host
    h` stays nxdomain."""
    assert _read("sudo: unable to resolve host build-1: Name or service not known") == [("build-1", "nxdomain")]
    solaris = "sudo: unable to resolve host adoptopenjdkSol10: node name or service name not known"
    assert _read(solaris) == [("adoptopenjdksol10", "nxdomain")]
    assert _read("sudo: unable to resolve host a0b3a5d3b2a7") == [("a0b3a5d3b2a7", "other")]
    grpc = "io.grpc.StatusRuntimeException: UNAVAILABLE: Unable to resolve host airbyte-temporal-svc"
    assert _read(grpc) == [("airbyte-temporal-svc", "nxdomain")]


def test_curls_word_looked_up_with_curl_7_2xs_reason_after_a_semicolon() -> None:
    """curl's `curl: (6) Could not resolve host: null; Name or service not known` (a script's empty variable printed
    as `null`; curl 7.2x adds gai_strerror after `; `)."""
    assert _read("curl: (6) Could not resolve host: null; Name or service not known") == [("null", "nxdomain")]
    temporary = "curl: (6) Could not resolve host: api; Temporary failure in name resolution"
    assert _read(temporary) == [("api", "temporary")]
    assert _read("curl: (6) Could not resolve host: null") == [("null", "nxdomain")]


def test_glibcs_host_name_lookup_failure_is_a_temporary_failure_and_none_of_its_words_a_name() -> None:
    """hstrerror(TRY_AGAIN) as programs using gethostbyname print it: Slurm's `Unable to resolve "h": Host name lookup
    failure`, the traditional netcat's `h: forward host lookup failed: Host name lookup failure : Resource temporarily
    unavailable` (its `lookup failure :` is no Go `lookup h:`)."""
    assert _read('sinfo: error: Unable to resolve "login": Host name lookup failure') == [("login", "temporary")]
    nc = "nc: db.prod: forward host lookup failed: Host name lookup failure : Resource temporarily unavailable"
    assert _read(nc) == [("db.prod", "temporary")]
    assert _read("gethostbyname: Host name lookup failure") == []


def test_stand_ins_typed_for_a_name_or_its_port() -> None:
    """A name that says it is the name (`my-hostname`, APISIX's `keycloak-DNS-name`) and x's typed over the port ssh
    printed with it (`github.com:xxxx`) are placeholders; `myhostname` (one word) and `my-nginx` are real names."""
    stand_ins = [
        "dial tcp: lookup my-hostname on my.dns:53: no such host",
        "failed to parse domain: keycloak-DNS-name, error: failed to query the DNS server: dns server error: 3 "
        "name error",
        "ssh: Could not resolve hostname github.com:xxxx: Try again",
    ]
    for text in stand_ins:
        assert [f.redacted for f in parse_failures(text)] == [True], text
    for real in ("myhostname", "my-nginx"):
        assert [f.redacted for f in parse_failures(f"ping: {real}: Name or service not known")] == [False]


def test_a_curl_command_quoted_in_a_tools_report_names_the_host_its_resolving_timed_out_on() -> None:
    """cilium's connectivity test: `command "curl -w %{local_ip}:%{local_port} -> … http://h:80" failed`, then
    `curl: (28) Resolving timed out after 5000 milliseconds`; the `-w` format's pieces (printed unquoted) are no URL,
    and the closing quote ends the command."""
    report = (
        '  ❌ command "curl -w %{local_ip}:%{local_port} -> %{remote_ip}:%{remote_port} = %{response_code} --silent '
        '--fail --show-error --connect-timeout 5 --output /dev/null http://one.one.one.one:80" failed: command '
        "terminated with exit code 28\n"
        "  \u2139\ufe0f  curl output:\n"
        "  curl: (28) Resolving timed out after 5000 milliseconds"
    )
    assert _read(report) == [("one.one.one.one", "timeout")]
    said = 'He wrote "curl is great" and then: curl: (28) Resolving timed out after 5000 milliseconds'
    assert _read(said) == []


def test_review_6_look_alikes_read_nothing_or_the_right_name() -> None:
    """A connection announced further up (ssh got its banner, urllib3 reused the connection), a quoted `curl` in prose,
    a `-w` format's words, an option's value before a tool-named host, mod_proxy's names with a path or masked port."""
    past_dns = [
        "establishing connection to node1:22\n... remote is 'SSH-2.0-OpenSSH_8.9p1'\n... trying publickey\n"
        "ERROR: Network Error: getaddrinfo: Temporary failure in name resolution",
        "establishing connection to node1:22\nAuthentication failed for user deploy@node1\n"
        "getaddrinfo: Temporary failure in name resolution",
        "Starting new HTTPS connection (1): minio:9000\nResetting dropped connection: minio\n"
        "[Errno -3] Temporary failure in name resolution",
        'Docs: "curl upstream then retry"\ncurl: (28) Resolving timed out after 5000 milliseconds',
        'They said "curl backend" fails: curl: (28) Resolving timed out after 5000 milliseconds',
        "$ dig -c CH host\n;; connection timed out; no servers could be reached",
    ]
    for text in past_dns:
        assert _read(text) == [], text
    w_format = (
        'command "curl -w time: %{time_total} code %{http_code} --silent http://a.b.example:80" failed\n'
        "curl: (28) Resolving timed out after 5000 milliseconds"
    )
    assert _read(w_format) == [("a.b.example", "timeout")]
    assert _read("AH00898: DNS lookup failure for: backend.local:8080/app returned by /x") == [
        ("backend.local", "other")
    ]
    assert _read("AH00898: DNS lookup failure for: backend:xxxx returned by /x") == [("backend", "other")]
    assert _read("Reason: DNS lookup failure for: 127.0.0.1:8080sogo") == [("127.0.0.1:8080sogo", "other")]
    stand_in = "dial tcp: lookup external-dns-name.example.org on 10.96.0.10:53: no such host"
    assert [f.redacted for f in parse_failures(stand_in)] == [False]


def test_wget_resolving_a_settings_word_pocos_host_not_found_and_an_srv_query_with_no_service() -> None:
    """wget's `Resolving false (false)... failed: <reason>` (a setting's `false` looked up as printed, not the URL's
    host above it); ClickHouse printing Poco's `e.displayText() = Host not found: h` (nxdomain); Go's memcache client's
    `lookup _._tcp.memcached:11211` (an SRV name with an empty service, no mask)."""
    wget = (
        "--2018-11-22 19:04:05--  https://justgetflux.com/linux/xflux64.tgz\n"
        "Resolving false (false)... failed: Name or service not known.\n"
        "wget: unable to resolve host address 'false\u2019"
    )
    assert _read(wget) == [("false", "nxdomain")]
    assert _read("Resolving false (false)... failed: Connection refused.") == []
    poco = (
        "Poco::Exception. Code: 1000, e.code() = 0, e.displayText() = Host not found: clickhouse-2.clickhouse, "
        "e.what() = Host not found"
    )
    assert _read(poco) == [("clickhouse-2.clickhouse", "nxdomain")]
    assert _read("e.displayText() = Host not found: 10.0.0.5, e.what() = Host not found") == []
    srv = [(f.host, f.redacted) for f in parse_failures('err="lookup _._tcp.memcached:11211: no such host"')]
    assert srv == [("_._tcp.memcached", False)]
    assert [f.redacted for f in parse_failures("dial tcp: lookup _.example.com: no such host")] == [True]
