"""What the eighth held-out set missed (HELDOUT-h.md): its formats (now in rare_runtimes and others: Crystal, Godot, Qt,
R's curl, Zig, luvit, Julia, Nim, hickory's debug dump, Maven's `host: Try again`, sudo in Chinese, composer, Ruby's
host-less SocketError, linkchecker's wrapped URL), the redacted flag's general signals, and the false names (Ruby's
hash keys, a code inside a word). Each example (runtime and format in its id) yields its failure, the look-alikes
yield nothing, every new rule fires."""

from __future__ import annotations

import pytest

from checks.parsing import parse_failures
from checks.parsing.generic_lines import rejoined, url_host_tries_again
from checks.parsing.hosts import clean_host, is_placeholder
from tests.unit.parsing.rounds import named_rules, reads_nothing, triples, unfired
from tests.unit.parsing.scoring import generic_only

# held-out H's rules, now in rare_runtimes, libcurl, jvm_clients and shell_tools
HELDOUT_H_RULES = named_rules(
    "godot-resolve-hostname",
    "qt-host-not-found",
    "curl-host-next-line",
    "curl-odd-label",
    "zig-resolver-error",
    "luvit-dns-errstr",
    "julia-dnserror",
    "nim-unhandled-no-host",
    "hickory-response-code",
    "java-url-host-try-again",
    "sudo-chinese",
    "composer-curl-6-resolve-host",
    "ruby-socket-error-call",
    "linkchecker-real-url",
)

# (id: runtime and format, source, text, (host, kind, redacted))
EXAMPLES_HELDOUT_H: tuple[tuple[str, str, str, tuple[str, str, bool]], ...] = (
    (
        "crystal-hostname-lookup-no-address-found",
        "https://github.com/toddsundsted/ktistec/issues/59",
        '2022-12-19T01:30:57.196751Z   INFO - {"@context" => "https://www.w3.org/ns/activitystreams",'
        ' "id" => "https://types.pl/users/josepablocam/followers", "type" => "OrderedCollection",'
        ' "totalIte\nms" => 32, "first" => "https://types.pl/users/josepablocam/followers?page=1"}'
        "\nException: Hostname lookup for mastodon.local failed: No address found (Socket::Addrinfo::Erro"
        "r)\n  from /usr/share/crystal/src/socket/addrinfo.cr:132:7 in 'initialize'\n  from /usr/share/cr"
        "ystal/src/socket/tcp_socket.cr:27:3 in 'initialize'\n  from /usr/share/crystal/src/socket/tcp_so"
        "cket.cr:27:3 in 'new'\n  from /usr/share/crystal/src/http/client.cr:795:10 in 'io'\n  from /usr/"
        "share/crystal/src/http/client.cr:676:19 in 'send_request'\n  from /usr/share/crystal/src/http/cl"
        "ient.cr:607:5 in 'exec_internal_single'\n  from /usr/share/crystal/src/http/client.cr:590:18 in "
        "'exec_internal'\n  from /usr/share/crystal/src/http/client.cr:583:7 in 'exec'\n  from /usr/share"
        "/crystal/src/http/client.cr:719:5 in 'exec'",
        ("mastodon.local", "nxdomain", False),
    ),
    (
        "crystal-hostname-lookup-try-again",
        "https://github.com/iv-org/invidious/issues/4024",
        "Title: `Hostname lookup for www.youtube.com failed: Try again (Socket::Addrinfo::Error)`\nDate: "
        "`2023-08-01T02:02:05Z`\nRoute: `/feed/trending`\nVersion: `2023.04.10-961cae2 @ master`\n\nHostn"
        "ame lookup for www.youtube.com failed: Try again (Socket::Addrinfo::Error)\n  from /usr/share/cr"
        "ystal/src/socket/addrinfo.cr:132:7 in 'initialize'\n  from /usr/share/crystal/src/gc/boehm.cr:19"
        "2:5 in 'io'\n  from /usr/share/crystal/src/http/client.cr:671:5 in 'send_request'\n  from /usr/s"
        "hare/crystal/src/http/client.cr:651:20 in '_post_json'\n  from src/invidious/trending.cr:20:14 i"
        "n 'trending'",
        ("www.youtube.com", "temporary", False),
    ),
    (
        "godot-resolve-hostname-url-in-script",
        "https://github.com/godotengine/godot/issues/18297",
        'extends Node\n\nfunc _ready():\n\tprint($HTTPRequest.request("http://thisaintnodomain"))\n\nER'
        "ROR: _resolve_hostname: getaddrinfo failed!\n   At: drivers/unix/ip_unix.cpp:108.",
        ("thisaintnodomain", "other", False),
    ),
    (
        "godot-resolve-hostname-connect-to-host",
        "https://github.com/godotengine/godot/issues/61605",
        'var internet_connection_test = HTTPClient.new()\ninternet_connection_test.connect_to_host("www.'
        'example.com")\n\nE 0:00:00.266   _resolve_hostname: getaddrinfo failed! Cannot resolve hostname'
        ".\n  <Source C++>  drivers/unix/ip_unix.cpp:98 @ _resolve_hostname()",
        ("www.example.com", "other", False),
    ),
    (
        "qt-qtnetwork-error-3-host-not-found",
        "https://github.com/ksharindam/quartz-browser-qt5/issues/7",
        "`./quartz http://www.google.com` it works\n\n`./quartz http://www.google.c` (wrong address) -> Q"
        "tNetwork Error 3 : Host www.google.c not found\n\n`./quartz http://192.168.0.100:1234` -> **QtNe"
        "twork Error 99 : Host unreachable**",
        ("www.google.c", "nxdomain", False),
    ),
    (
        "qt-network-error-host-not-found",
        "https://github.com/haiwen/seafile-client/issues/906",
        "[05/14/17 21:59:08][network detector] got a network failure\n[05/14/17 21:59:08][api] network er"
        "ror for https://mbox.marioli.de/api2/account/info/: Host mbox.marioli.de not found\n\n[05/14/17 "
        "21:59:23][network detector] resetting the qt network access manager\n[05/14/17 23:02:16][network"
        " detector] got a network failure\n[05/14/17 23:02:16][api] network error for https://mbox.mariol"
        "i.de/api2/account/info/: Host mbox.marioli.de not found\n[05/14/17 23:02:46][network detector] r"
        "esetting the qt network access manager",
        ("mbox.marioli.de", "nxdomain", False),
    ),
    (
        "r-curl-could-not-resolve-host-next-line",
        "https://github.com/r-lib/devtools/issues/1996",
        ">  devtools::install_github('walkerke/tigris') Error in\n> curl::curl_fetch_memory(url, handle ="
        " h) :    Could not resolve host:\n> api.github.com",
        ("api.github.com", "nxdomain", False),
    ),
    (  # survey 7: the quoted paste above is now read by `checks.parsing.wrapped_lines` (quote marks off, the short
        # line joined); the message as R's console prints it, the name alone on its line, is still this rule's
        "r-curl-could-not-resolve-host-next-line-console",
        "https://github.com/r-lib/devtools/issues/1996",
        "Error in curl::curl_fetch_memory(url, handle = h) :\n  Could not resolve host:\napi.github.com",
        ("api.github.com", "nxdomain", False),
    ),
    (
        "r-curl-could-not-resolve-host-dash-label",
        "https://github.com/r-lib/httr/issues/249",
        '`httr::GET("http://may-.pp.163.com/")`\nError: function (type, msg, asError = TRUE)  : \n  Cou'
        "ld not resolve host: may-.pp.163.com",
        ("may-.pp.163.com", "nxdomain", False),
    ),
    (
        "zig-fetch-temporary-name-server-failure",
        "https://github.com/ziglang/zig/issues/22592",
        "$ zig fetch --save=args git+https://github.com/ikskuh/zig-args#master\nerror: unable to discover"
        " remote git server capabilities: TemporaryNameServerFailure",
        ("github.com", "temporary", False),
    ),
    (
        "luvit-dns-resolve4-errstr-name-error",
        "https://github.com/luvit/luvit/issues/815",
        "$ luvit -e \"dns=require('dns') dns.resolve4('fake.addr', p)\"\nnil\t{ errcode = 3, errstr = 'name error' }",
        ("fake.addr", "nxdomain", False),
    ),
    (
        "julia-dnserror-eai-noname-scheme-as-name",
        "https://github.com/JuliaWeb/HTTP.jl/issues/362",
        'uri = HTTP.URI( scheme="http", host="www.fundamentus.com.br", path="/detalhes.php",query=D'
        'ict( "papel" => "ITUB4" ), port="80" )\nresponse = HTTP.get( uri )\n\nDNSError: http, unkn'
        "own node or service (EAI_NONAME)",
        ("http", "nxdomain", False),
    ),
    (
        "nim-unhandled-exception-no-such-host-url-above",
        "https://github.com/nim-lang/Nim/issues/5649",
        "While trying to connect to `wss://gateway.discord.gg/`\nTraceback (most recent call last)\ntest."
        "nim(7)              test\nasyncdispatch.nim(262)   runForever\nasyncdispatch.nim(317)   poll\nas"
        "yncdispatch.nim(176)   processPendingCallbacks\nasyncfutures.nim(220)    :anonymous\nError: unha"
        "ndled exception: No such host is known.\n\n  connect's lead up to read of failed Future:\n    Tr"
        "aceback (most recent call last)\n    test.nim(6)              test",
        ("gateway.discord.gg", "nxdomain", False),
    ),
    (
        "rust-hickory-debug-response-code-nxdomain",
        "https://github.com/dani-garcia/vaultwarden/issues/6605",
        "authorities: None,\ntrusted: false,\nresponse_code: NXDomain,\nnegative_ttl: None,\nns: None,\ns"
        'oa: None,\n},\nquery_class: IN,\nquery_type: AAAA,\nname: Name("shtabnafmnlyv553lldd5lgefus4z7n'
        '5ekskcvch3wkvve4mpbbofyad.onion"),\nquery: Query {\nkind: NoRecordsFound {',
        ("shtabnafmnlyv553lldd5lgefus4z7n5ekskcvch3wkvve4mpbbofyad.onion", "nxdomain", False),
    ),
    (
        "java-maven-url-host-try-again",
        "https://github.com/sonatype-nexus-community/nexus-repository-helm/issues/43",
        "[FATAL] Non-resolvable parent POM for org.sonatype.nexus.plugins:nexus-repository-helm:0.0.7: Co"
        "uld not transfer artifact org.sonatype.nexus.plugins:nexus-plugins:pom:3.14.0-04 from/to central"
        " (https://repo.maven.apache.org/maven2): repo.maven.apache.org: Try again and 'parent.relativePa"
        "th' points at wrong local POM @ line 19, column 11",
        ("repo.maven.apache.org", "temporary", False),
    ),
    (
        "sudo-chinese-unable-to-resolve-host",
        "https://github.com/racaljk/hosts/issues/962",
        "zed@zed-To-be-filled-by-O-E-M:~/\u6587\u6863/tools$ sudo ls\nsudo: \u65e0\u6cd5\u89e3\u6790"
        "\u4e3b\u673a\uff1azed-To-be-filled-by-O-E-M",
        ("zed-to-be-filled-by-o-e-m", "nxdomain", False),
    ),
    (
        "php-composer-curl-error-6-could-not-resolve-host",
        "https://github.com/wodby/docker4drupal/issues/527",
        "The following exception probably indicates you are offline or have misconfigured DNS resolver(s)"
        "\n\nIn CurlDownloader.php line 377:\n\n  curl error 6 while downloading https://packages.drupal."
        "org/8/packages.json: Could not resolve host",
        ("packages.drupal.org", "nxdomain", False),
    ),
    (
        "ruby-socketerror-tcpsocket-new-above",
        "https://github.com/crystal-lang/crystal/pull/478",
        '$ crystal eval \'require "socket"; p TCPSocket.new("localhosttttt", 4568)\'\n#<TCPSocket:fd 0>'
        '\n\n$ ruby -e \'require "socket"; p TCPSocket.new("localhosttttt", 4568)\'\n-e:1:in `initializ'
        "e': getaddrinfo: nodename nor servname provided, or not known (SocketError)\n\tfrom -e:1:in `new"
        "'\n\tfrom -e:1:in `<main>'",
        ("localhosttttt", "nxdomain", False),
    ),
    (
        "python-linkchecker-real-url-wrapped-at-dash",
        "https://github.com/wummel/linkchecker/issues/31",
        "URL /member/member5.asp \nParent URL http://www2.nestle-baby.com.tw/, line 113, \ncol 11 \nReal "
        "URL http://www2.nestle-\nbaby.com.tw/member/member5.asp \nCheck Time 7.652 seconds \nResult Erro"
        "r: (-2, 'Name or service not known') ",
        ("www2.nestle-baby.com.tw", "nxdomain", False),
    ),
    (
        "ruby-sidekiq-hash-key-is-not-a-name",
        "https://github.com/sidekiq/sidekiq/issues/636",
        '2013-01-22T06:25:22Z 4547 TID-15suoc WARN: {"retry"=>3, "queue"=>"default", "timeout"=>6'
        '0, "class"=>"HotelImageLoader", "args"=>[9000369, "http://tezpoisk.ru/images/all_hotels/9'
        '000369/ic_hotels_residence_12.jpg"], "jid"=>"8ae9a54798057a3b36515bd3", "error_message"=>'
        '"getaddrinfo: Temporary failure in name resolution", "error_class"=>"SocketError", "faile'
        'd_at"=>2013-01-22 06:25:22 UTC, "retry_count"=>0}',
        ("tezpoisk.ru", "temporary", False),
    ),
    (
        "go-sarama-stage-label-stand-in-tld-redacted",
        "https://github.com/deviceinsight/kafkactl/issues/149",
        "[sarama  ] 2023/03/15 16:37:44 Failed to connect to broker kafka.stage.abc:30911: dial tcp: look"
        "up kafka.stage.abc on 172.20.10.1:53: no such host\n[sarama  ] 2023/03/15 16:37:44 Error while s"
        "ending ApiVersionsRequest to broker kafka.stage.abc:30911: dial tcp: lookup kafka.stage.abc on 1"
        "72.20.10.1:53: no such host",
        ("kafka.stage.abc", "nxdomain", True),
    ),
    (
        "java-ibmi-hidden-domain-label-redacted",
        "https://github.com/Mapepire-IBMi/mapepire-server/issues/64",
        "java.net.UnknownHostException: hiddenthename.COM: hiddenthename.COM: Hostname and service name n"
        "ot provided or found\nat java.net.InetAddress.getLocalHost(InetAddress.java:1685)",
        ("hiddenthename.com", "nxdomain", True),
    ),
    (
        "openresty-redacted-leading-label",
        "https://github.com/openresty/lua-resty-redis/issues/233",
        "2021/08/18 10:20:33 [] 28600#28600: *11030103 [lua] reacted.lua:46: notify_on_error(): REDIS ERR"
        "OR: redacted.redislabs.com could not be resolved (2: Server failure), client: [redacted], server"
        ': _, request: "GET [redacted] HTTP/1.1", host: "redacted"\n2021/08/18 10:20:33 [error] 28600'
        "#28600: *11030103 lua entry thread aborted: runtime error: /usr/local/share/lua/5.1/resty/http_c"
        "onnect.lua:208: bad request\nstack traceback:\ncoroutine 0:\n        [C]: in function 'connect'"
        "\n        /usr/local/share/lua/5.1/resty/http_connect.lua:208: in function 'connect'",
        ("redacted.redislabs.com", "servfail", True),
    ),
    (
        "dart-pub-invalid-is-a-real-lookup",
        "https://github.com/dart-lang/pub/issues/2822",
        "[e] IO  : HTTP error:\n[e]     | SocketException: Failed host lookup: 'pub.invalid' (OS Error: T"
        "emporary failure in name resolution, errno = -3)",
        ("pub.invalid", "temporary", False),
    ),
)

LOOKALIKES_HELDOUT_H: tuple[str, ...] = (
    # Crystal's connect errors after the name resolved
    "Error connecting to '127.0.0.1:5432': Connection refused (Socket::ConnectError)",
    "Hostname lookup for the server is disabled",
    # Godot's error with no script above it
    "ERROR: _resolve_hostname: getaddrinfo failed!\n   At: drivers/unix/ip_unix.cpp:108.",
    # Qt look-alikes: a host key, a word, an unreachable IP, an HTTP 404 page, a sentence going on
    "QtNetwork Error 99 : Host unreachable",
    "error: Host key not found in known_hosts",
    "Error 404: Host page not found",
    "Warning: Host foo.example.com not found in the inventory file",
    # curl with a blank line after it, a sentence on the next line
    "Could not resolve host:\n\nsee the docs for the proxy settings",
    # Zig's error names with no URL near them
    "error: TemporaryNameServerFailure",
    # luvit's other errors, and `name error` with no resolve call
    "nil\t{ errcode = 3, errstr = 'name error' }",
    "$ luvit -e \"dns=require('dns') dns.resolve4('fake.addr', p)\"\nnil\t{ errcode = 1, errstr = 'format error' }",
    # Nim's other unhandled exceptions
    "While trying to connect to `wss://gateway.discord.gg/`\nError: unhandled exception: Connection refused",
    # hickory's NoError response
    'response_code: NoError,\nname: Name("vaultwarden.example.org"),',
    # Maven's `Try again` on a name that is not the URL's host
    "from/to central (https://repo.maven.apache.org/maven2): proxy: Try again",
    # Ruby's SocketError for a refused connection, and with no call above it
    "$ ruby -e 'TCPSocket.new(\"db.local\", 5432)'\n"
    'Connection refused - connect(2) for "db.local" port 5432 (Errno::ECONNREFUSED)',
    # linkchecker's other results
    "Real URL http://www.example.org/\nResult Error: 404 Not Found",
    # Route53's `HostedZoneNotFound`: ENOTFOUND inside a word, not Node's code
    '{"level":"error","msg":"unable to lookup current IPs from DNS records",'
    '"error":"HostedZoneNotFound: No zones found for the domain XXX.tm"}',
)


@pytest.mark.parametrize(
    ("source", "text", "want"), [e[1:] for e in EXAMPLES_HELDOUT_H], ids=[e[0] for e in EXAMPLES_HELDOUT_H]
)
def test_each_format_yields_the_failure(source: str, text: str, want: tuple[str, str, bool]) -> None:
    assert source.startswith("https://github.com/")
    assert triples(text) == [want]


test_lookalikes_are_not_dns_failures = reads_nothing(LOOKALIKES_HELDOUT_H, None)


def test_every_new_rule_fires_on_one_of_the_examples() -> None:
    assert unfired(HELDOUT_H_RULES, (e[2] for e in EXAMPLES_HELDOUT_H)) == set()


def test_mask_words_and_stand_in_top_level_labels_are_placeholders() -> None:
    assert is_placeholder("redacted.redislabs.com") and is_placeholder("hiddenthename.COM")
    assert is_placeholder("kafka.stage.abc") and is_placeholder("api.prod.domain")
    # a namespace so named, a test name under `.abc`, a real word starting like a mask word's stem
    # (a whole `redacted` label is a stand-in since held-out FZ-GG: LABELS.md clause 1)
    assert is_placeholder("redis.redacted.svc.cluster.local") and not is_placeholder("aaa.test.abc")
    assert not is_placeholder("maskedmen.org.uk") and not is_placeholder("hide.me")
    # a mask word with what it hides is a stand-in; with any other word, a real domain that starts like one
    assert is_placeholder("redacted-host.com") and is_placeholder("maskeddomain.net")
    assert not is_placeholder("hiddenlayer.com") and not is_placeholder("maskedwolf.net")
    # `.invalid` names are looked up on purpose (RFC 2606); `.example` ones are labs' real names (LABELS.md)
    assert not is_placeholder("pub.invalid") and not is_placeholder("api.partner.example")


def test_a_label_ending_in_a_dash_is_kept_only_where_a_rule_knows_the_name_is_there() -> None:
    assert clean_host("may-.pp.163.com", exact=True) == "may-.pp.163.com"
    assert clean_host("may-.pp.163.com") is None
    assert clean_host("-v.example.com", exact=True) is None


def test_ruby_hash_keys_are_not_names() -> None:
    paste = '{"jid"=>"8ae9a54798", "error_message"=>"getaddrinfo: Temporary failure in name resolution"}'
    assert parse_failures(paste) == []


def test_jndi_dns_name_not_found_is_read_by_its_own_words() -> None:
    paste = "javax.naming.NameNotFoundException: DNS name not found [response code 3]; remaining name 'ldap.corp.lan'"
    assert [(f.host, f.kind) for f in parse_failures(paste)] == [("ldap.corp.lan", "nxdomain")]


# The generic rule alone (generic_lines.py): each general cause, and a look-alike it must not read.
GENERIC_CAUSES: tuple[tuple[str, str, tuple[str, str]], ...] = (
    (
        "name-on-the-next-line",
        "> curl::curl_fetch_memory(url, handle = h) :    Could not resolve host:\n> api.github.com",
        ("api.github.com", "nxdomain"),
    ),
    (
        "dialed-url-further-above",
        "While trying to connect to `wss://gateway.discord.gg/`\nTraceback (most recent call last)\na.nim(7) test\n"
        "b.nim(262) runForever\nc.nim(317) poll\nd.nim(176) cb\nError: unhandled exception: No such host is known.",
        ("gateway.discord.gg", "nxdomain"),
    ),
    (
        "url-host-then-try-again",
        "Could not transfer artifact a:b:pom:1 from/to central (https://repo.maven.apache.org/maven2): "
        "repo.maven.apache.org: Try again and 'parent.relativePath' points at wrong local POM",
        ("repo.maven.apache.org", "temporary"),
    ),
    (
        "url-wrapped-at-a-dash",
        "Real URL http://www2.nestle-\nbaby.com.tw/member/member5.asp \nCheck Time 7.652 seconds \n"
        "Result Error: (-2, 'Name or service not known') ",
        ("www2.nestle-baby.com.tw", "nxdomain"),
    ),
    (
        "libuv-unknown-node-or-service",
        "ERROR: LoadError: DNSError: db.internal.lan, unknown node or service (EAI_NONAME)",
        ("db.internal.lan", "nxdomain"),
    ),
    (
        "jndi-dns-name-not-found",
        "javax.naming.NameNotFoundException: DNS name not found [response code 3]; remaining name 'ldap.corp.lan'",
        ("ldap.corp.lan", "nxdomain"),
    ),
)

GENERIC_CAUSES += (
    (
        "dotnet-german-remote-name",
        "WARNUNG: Error encountered: Der Remotename konnte nicht aufgel\u00f6st werden: 'api.github.com'.",
        ("api.github.com", "nxdomain"),
    ),
    (
        "dotnet-chinese-remote-name",
        "iwr : \u672a\u80fd\u89e3\u6790\u6b64\u8fdc\u7a0b\u540d\u79f0: 'raw.githubusercontent.com'",
        ("raw.githubusercontent.com", "nxdomain"),
    ),
    (
        "wget-chinese-unable-to-resolve-host-address",
        "wget: \u65e0\u6cd5\u89e3\u6790\u4e3b\u673a\u5730\u5740 \u201craw.githubusercontent.com\u201d",
        ("raw.githubusercontent.com", "nxdomain"),
    ),
)

GENERIC_CAUSES += (
    (
        "rubygems-no-such-name-url",
        "Retrying download gem from https://rubygems.org/ due to error (3/4): Gem::RemoteFetcher::UnknownHostError "
        "no such name (https://rubygems.org/gems/grape-1.5.2.gem)",
        ("rubygems.org", "nxdomain"),
    ),
    (
        "resolvectl-resolve-call-failed-nodata",
        "# resolvectl query google.com\ngoogle.com: resolve call failed: 'google.com' does not have any RR of the "
        "requested type",
        ("google.com", "nxdomain"),
    ),
    (
        "resolvectl-resolve-call-failed-other",
        "megasearch.net: resolve call failed: Message recipient disconnected from message bus without replying",
        ("megasearch.net", "other"),
    ),
    (
        "apache-mod-proxy-dns-lookup-failure",
        "Reason: <strong>DNS lookup failure for: web-dl01.srv.dcmtl.stgraber.net</strong></p></p>",
        ("web-dl01.srv.dcmtl.stgraber.net", "other"),
    ),
)

GENERIC_LOOKALIKES: tuple[str, ...] = (
    # a scope's `no such name` with no URL, resolvectl answering
    "NameError: no such name (local variable) in scope",
    "google.com: 142.250.74.46 -- link: eth0",
    # a German sentence that something else could not be resolved (no name quoted after it)
    "Die Abh\u00e4ngigkeit konnte nicht aufgel\u00f6st werden, bitte pr\u00fcfen Sie die Version.",
    # a reason ending its line with `:`, then prose or a path on the next line
    "Could not resolve host:\nplease check your proxy settings",
    "Could not resolve host:\n/etc/hosts",
    # a URL far above in a line that dials nothing (a documentation link)
    "See https://docs.example.org/dns for help\n1\n2\n3\n4\n5\nError: No such host is known.",
    # `Try again` after a word that is not the URL's host
    "from/to central (https://repo.maven.apache.org/maven2): proxy: Try again",
    # a URL that ends its line with a dash and a next line that is not a name
    "Real URL http://www2.nestle-\n\nResult Error: 404 Not Found",
)


@pytest.mark.parametrize(("text", "want"), [c[1:] for c in GENERIC_CAUSES], ids=[c[0] for c in GENERIC_CAUSES])
def test_the_generic_rule_alone_reads_each_general_cause(text: str, want: tuple[str, str]) -> None:
    assert [(f.host, f.kind) for f in generic_only(text)] == [want]


@pytest.mark.parametrize("text", GENERIC_LOOKALIKES)
def test_the_generic_rule_alone_reads_no_lookalike(text: str) -> None:
    assert generic_only(text) == []


def test_generic_rule_url_host_join_needs_a_dotted_name() -> None:
    assert rejoined("www2.nestle", "Real URL http://www2.nestle-", "baby.com.tw/member") == "www2.nestle-baby.com.tw"
    assert rejoined("www2.nestle", "Real URL http://www2.nestle-", "and more") == "www2.nestle"
    assert rejoined("www2.nestle", "Real URL http://www2.nestle", "baby.com.tw/x") == "www2.nestle"
    named = "(https://h.example.org/x): h.example.org: Try again"
    assert url_host_tries_again(named, named.index(": Try"))
    other = "(https://h.example.org/x): proxy: Try again"
    assert not url_host_tries_again(other, other.index(": Try"))
