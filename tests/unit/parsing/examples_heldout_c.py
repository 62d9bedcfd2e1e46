# ruff: noqa: RUF001  (localized messages: CJK punctuation on purpose)
"""The paste parser's examples for the formats the third held-out set missed (HELDOUT-c.md's "Result") and the
generic rule (`checks/parsing/generic.py`), one per runtime and format: each id names the runtime and the format, each
comes with the public thread its text was copied from (held-out C's, now spent, or `collected-2026-12d.jsonl`'s), and
the fields of the first failure the parser must report. The look-alikes are real pastes that tempt the generic rule."""

from __future__ import annotations

from typing import Any

# (id, source, paste, fields of the first failure found)
EXAMPLES_HELDOUT_C: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "python-psycopg3-failed-to-resolve-host-quoted-glibc-reason",
        "https://github.com/Cloud-CV/Fabrik/issues/530",
        (
            "I AM ALSO GETTING THAT SAME ERROR \n"
            "django.db.utils.OperationalError: failed to resolve host 'db': [Errno -2] Name or service "
            "not known"
        ),
        {"host": "db", "kind": "nxdomain"},
    ),
    (
        "python-pymysql-quoted-word-host-bsd-reason",
        "https://github.com/liangliangyy/DjangoBlog/issues/199",
        (
            "django.db.utils.OperationalError: (2003, \"Can't connect to MySQL server on 'host' ([Errno "
            '8] nodename nor servname provided, or not known)")'
        ),
        {"host": "host", "kind": "nxdomain"},
    ),
    (
        "ruby-net-http-redacted-for-host-stars-port",
        "https://github.com/ruby/ruby/pull/597",
        ("```\ngetaddrinfo: nodename nor servname provided, or not known for host ******:80\n```"),
        {"host": "******", "kind": "nxdomain", "redacted": True},
    ),
    (
        "dotnet-unknown-socket-error-host-port",
        "https://github.com/dotnet/runtime/issues/64305",
        (
            "`System.Net.Http.HttpRequestException: Unknown socket error (api.github.com:443)\n"
            " ---> System.Net.Sockets.SocketException (0xFFFDFFFE): Unknown socket error\n"
            "   at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.System.Threading.Tasks.Sourc"
            "es.IValueTaskSource.GetResult(Int16 token)"
        ),
        {"host": "api.github.com", "kind": "other"},
    ),
    (
        "windows-nslookup-timeouts-zh-name-on-the-command-line",
        "https://github.com/XTLS/Xray-core/issues/652",
        (
            "C:\\Windows\\system32>nslookup -timeout=10 baidu.com 127.0.0.1\n"
            "DNS request timed out.\n"
            "    timeout was 10 seconds.\n"
            "服务器:  UnKnown\n"
            "Address:  127.0.0.1\n"
            "\n"
            "DNS request timed out.\n"
            "    timeout was 10 seconds.\n"
            "DNS request timed out.\n"
            "    timeout was 10 seconds.\n"
            "DNS request timed out.\n"
            "    timeout was 10 seconds.\n"
            "DNS request timed out.\n"
            "    timeout was 10 seconds.\n"
            "*** 请求 UnKnown 超时"
        ),
        {"host": "baidu.com", "kind": "timeout"},
    ),
    (
        "windows-nslookup-timeouts-name-on-the-command-line",
        "https://github.com/scomper/Surge/issues/3",
        (
            "nslookup baidu.com 123.123.123.123\n"
            "DNS request timed out.\n"
            "    timeout was 2 seconds.\n"
            "服务器:  UnKnown\n"
            "Address:  123.123.123.123\n"
            "\n"
            "DNS request timed out.\n"
            "    timeout was 2 seconds.\n"
            "DNS request timed out.\n"
            "    timeout was 2 seconds."
        ),
        {"host": "baidu.com", "kind": "timeout"},
    ),
    (
        "grpc-java-android-unable-to-resolve-host",
        "https://github.com/grpc/grpc-java/issues/10434",
        (
            "```\n"
            "W/ManagedChannelImpl: [{0}] Failed to resolve name. status={1}\n"
            "W/Error: UNAVAILABLE: Unable to resolve host grpc.serenity.aura.network\n"
            "```"
        ),
        {"host": "grpc.serenity.aura.network", "kind": "nxdomain"},
    ),
    (
        "openvpn-resolve-cannot-resolve-host-address-port",
        "https://github.com/haugene/docker-transmission-openvpn/issues/1306",
        (
            "Tue Jul 28 19:13:44 2020 RESOLVE: Cannot resolve host address: usa-washingtondc-ca-version"
            "-2.expressnetw.com:1195 (Temporary failure in name resolution)\n"
            "Tue Jul 28 19:13:44 2020 Could not determine IPv4/IPv6 protocol\n"
            "Tue Jul 28 19:13:44 2020 SIGUSR1[soft,init_instance] received, process restarting"
        ),
        {"host": "usa-washingtondc-ca-version-2.expressnetw.com", "kind": "temporary"},
    ),
    (
        "rust-to-host-port-failed-to-lookup-address-information",
        "https://github.com/tuic-protocol/tuic/issues/177",
        (
            "```\n"
            "[2023-06-04T14:41:26Z WARN ] [0xbc028a30] [[::ffff:ip]:port] [uuid] [packet] [0x000f] [fro"
            "m-native] [0xbf2b] to rr2---sn-3qqp-ioqsl.googlevideo.com:443: failed to lookup address in"
            "formation: Temporary failure in name resolution\n"
            "[2023-06-04T14:41:26Z WARN ] [0xbc028a30] [[::ffff:ip]:port] [uuid] [packet] [0x000f] [fro"
            "m-native] [0xbf2d] to rr2---sn-3qqp-ioqsl.googlevideo.com:443: failed to lookup address in"
            "formation: Temporary failure in name resolution"
        ),
        {"host": "rr2---sn-3qqp-ioqsl.googlevideo.com", "kind": "temporary"},
    ),
    (
        "guzzle-curl-error-5-could-not-resolve-proxy",
        "https://github.com/guzzle/guzzle/issues/1996",
        (
            "Am experiencing the same problem.\n"
            "\n"
            "  cURL error 5: Could not resolve proxy: htf-cobbler.fnb.co.za (see https://curl.haxx.se/l"
            "ibcurl/c/libcurl-errors.html) for https://appslist.heimdall.site/list.json"
        ),
        {"host": "htf-cobbler.fnb.co.za", "kind": "nxdomain"},
    ),
    (
        "mongodb-java-unable-to-look-up-srv-record-for-host",
        "https://github.com/quarkusio/quarkus/issues/37618",
        (
            "We are facing the same issue\n"
            "Caused by: com.mongodb.MongoConfigurationException: Unable to look up SRV record for host "
            "_mongodb._tcp.test-development-cluster-pl-0.lmqx8.mongodb.net"
        ),
        {"host": "_mongodb._tcp.test-development-cluster-pl-0.lmqx8.mongodb.net", "kind": "other"},
    ),
    (
        "postfix-host-not-found-try-again-name-field",
        "https://github.com/panubo/docker-postfix/issues/37",
        (
            "```\n"
            "postfix/error[3180]: DF27F16456B: to=<omama@yahoo.co.id>, relay=none, delay=369825, delays"
            "=369825/0.15/0/0, dsn=4.4.3, status=deferred (delivery temporarily suspended: Host or doma"
            "in name not found. Name service error for name=yahoo.co.id type=MX: Host not found, try ag"
            "ain)\n"
            "```"
        ),
        {"host": "yahoo.co.id", "kind": "temporary"},
    ),
    (
        "postfix-host-service-not-found-glibc-reason",
        "https://github.com/r-raymond/nixos-mailserver/issues/87",
        (
            "Feb 22 23:17:39 turtle postfix/smtpd[4194]: fatal: host/service mailstore.example.com/1234"
            "0 not found: Name or service not known\n"
            "Feb 22 23:17:40 turtle postfix/master[4175]: warning: process /nix/store/xz06496qy0yfacj83"
            "qv1h750zwjbg965-postfix-3.2.5/libexec/postfix/smtpd pid 4194 exit status 1"
        ),
        {"host": "mailstore.example.com", "kind": "nxdomain"},
    ),
    (
        "rabbitmq-epmd-on-host-nxdomain-non-existing-domain",
        "https://github.com/rabbitmq/rabbitmq-server/issues/13568",
        (
            '$ docker exec -ti rabbitmq-2 bash -c "rabbitmqctl stop_app && rabbitmqctl  join_cluster ra'
            'bbit@rabbitmq-cluster1 && rabbitmqctl start_app"\n'
            "rabbit@rabbitmq-cluster1:\n"
            "  * unable to connect to epmd (port 4369) on rabbitmq-cluster1: nxdomain (non-existing dom"
            "ain)"
        ),
        {"host": "rabbitmq-cluster1", "kind": "nxdomain"},
    ),
    (
        "celery-broker-url-failed-to-resolve-broker-hostname",
        "https://github.com/cyborgbackup/cyborgbackup/issues/59",
        (
            "celery_beat_1  ERROR/MainProcess] beat: Connection error: failed to resolve broker hostnam"
            "e. Trying again in xx.x seconds...\n"
            "\n"
            "celery_1 ERROR/MainProcess] consumer: Cannot connect to amqp://cyborgbackup:**@rabbitmq:56"
            "72/cyborgbackup: failed to resolve broker hostname."
        ),
        {"host": "rabbitmq", "kind": "other"},
    ),
    (
        "huggingface-requests-name-resolution-error-escaped-quotes",
        "https://github.com/gbouras13/phold/issues/44",
        (
            "requests.exceptions.ConnectionError: (MaxRetryError('HTTPSConnectionPool(host=\\'huggingfac"
            "e.co\\', port=443): Max retries exceeded with url: /Rostlab/ProstT5_fp16/resolve/main/model"
            '.safetensors (Caused by NameResolutionError("<urllib3.connection.HTTPSConnection object at'
            " 0x7f4994567760>: Failed to resolve \\'huggingface.co\\' ([Errno -2] Name or service not kno"
            "wn)\"))'), '(Request ID: fa01c838-513d-4f96-b9f7-5a54affa6401)')"
        ),
        {"host": "huggingface.co", "kind": "nxdomain"},
    ),
    (
        "java-cannot-connect-host-port-unknownhostexception-in-parens",
        "https://github.com/mircokroon/minecraft-world-downloader/issues/309",
        (
            'I get this error log "Cannot connect to minecraft20.omgserv.com:10081. The server may be d'
            'own or on a different address. (java.net.UnknownHostException)"'
        ),
        {"host": "minecraft20.omgserv.com", "kind": "nxdomain"},
    ),
    (
        "nuget-restore-couldnt-resolve-host-name-url-two-lines-above",
        "https://github.com/dotnet/cli/issues/3560",
        (
            "log   : Restoring packages for {location}...\n"
            "error: Unable to load the service index for source https://api.nuget.org/v3/index.json\n"
            "error:    An error occurred while sending the request.\n"
            "error:    Couldn't resolve host name"
        ),
        {"host": "api.nuget.org", "kind": "nxdomain"},
    ),
    (
        # held-out C labelled it `other`; LABELS.md's UnknownHostException clause (sets AJ, CD) says `nxdomain`
        "netty-exceeded-max-queries-per-resolve-is-nxdomain",
        "https://github.com/TuxCoding/FastLogin/issues/123",
        (
            "> 14:34:22 [SEVERE] Error authenticating pitruk with minecraft.net\n"
            "> java.net.UnknownHostException: failed to resolve 'sessionserver.mojang.com'. Exceeded ma"
            "x queries per resolve 16 \n"
            "> \tat io.netty.resolver.dns.DnsNameResolverContext.finishResolve(DnsNameResolverContext.ja"
            "va:481)"
        ),
        {"host": "sessionserver.mojang.com", "kind": "nxdomain"},
    ),
    (
        "netty-search-domain-unknown-host-no-false-name",
        "https://github.com/PaperMC/Waterfall/issues/486",
        (
            "[13:14:06 ERROR]: Error authenticating Pistonmaster with minecraft.net\n"
            "io.netty.resolver.dns.DnsResolveContext$SearchDomainUnknownHostException: Search domain qu"
            "ery failed. Original hostname: 'sessionserver.mojang.com' failed to resolve 'sessionserver"
            ".mojang.com' after 2 queries"
        ),
        {"host": "sessionserver.mojang.com", "kind": "nxdomain"},
    ),
    (
        "perl-lwp-cant-connect-bad-hostname",
        "https://github.com/csirtgadgets/massive-octo-spice/issues/178",
        (
            "[2015-03-18T12:45:22,681Z][ERROR]: 500 Can't connect to www.spamhaus.org:80 (Bad hostname)"
            "\n"
            "[2015-03-18T12:45:22,683Z][ERROR]: 500 Can't connect to www.spamhaus.org:80 (Bad hostname)"
            "\n"
            "[2015-03-18T12:45:22,685Z][ERROR]: 500 Can't connect to www.openbl.org:80 (Bad hostname)\n"
            "[2015-03-18T12:45:22,704Z][ERROR]: 500 Can't connect to zeustracker.abuse.ch:443"
        ),
        {"host": "www.spamhaus.org", "kind": "other"},
    ),
    (
        "deno-rust-os-error-11004-zh-url",
        "https://github.com/oakserver/oak/issues/133",
        (
            "error: error sending request for url (https://raw.githubusercontent.com/pillarjs/path-to-r"
            "egexp/v6.1.0/src/index.ts): error trying to connect: dns error: "
            "请求的名称有效，但是找不到请求的类型的数据。 (os"
            " error 11004)"
        ),
        {"host": "raw.githubusercontent.com", "kind": "nxdomain"},
    ),
]

# Real pastes (collected-2026-12d.jsonl) that name no failed lookup but hold a reason's words.
LOOKALIKES_HELDOUT_C: list[tuple[str, str]] = [
    (
        "https://github.com/DDULDDUCK/pingora-proxy-manager/issues/8",
        (
            "2026-01-12T09:14:57.671150Z ERROR pingora_proxy: Fail to proxy:  HTTPStatus context: Host "
            "not found, status: 404, tries: 1, retry: false, GET /, Host: d.esben.me:"
        ),
    ),
    (
        "https://github.com/gradle/gradle/issues/8258",
        (
            "Could not resolve: org.gradle.groovy:groovy-all\n"
            "Could not resolve: project :launcher\n"
            "Could not resolve: org.objenesis:objenesis\n"
            "Could not resolve: project :distributionsDependencies"
        ),
    ),
    (
        "https://github.com/JetBrains/intellij-platform-plugin-template/issues/318",
        (
            " Error when resolving dependency: DefaultExternalModuleDependency{group='com.jetbrains.int"
            "ellij.idea', name='ideaIU', version='2021.3.3', configuration='default'} Could not resolve"
            " all files for configuration ':detachedConfiguration3'."
        ),
    ),
    (
        "https://github.com/ajoberstar/grgit/issues/331",
        (
            "When i am using the imports of the library in the gradle file it is showing errors as **Ca"
            "nnot Resolve Symbol 'ajoberstar'**."
        ),
    ),
    (
        "https://github.com/apache/grails-intellij-plugin/issues/400",
        (
            "Could not resolve all dependencies for configuration ':profile'. Type 'gradle dependencies"
            "' for more information"
        ),
    ),
    (
        "https://github.com/libwww-perl/libwww-perl/issues/345",
        "`500 Can't connect to localhost:8080 (Bad address)`",
    ),
    (
        "https://github.com/regilero/check_phpfpm_status/issues/3",
        "PHP-FPM CRITICAL - 500 Can't connect to webserver:80 (Connection refused)",
    ),
    (
        "https://github.com/npm/npm/issues/18730",
        (
            "npm ERR! Error while executing:\n"
            "npm ERR! C:\\Program Files\\Git\\cmd\\git.EXE ls-remote -h -t ssh://git@github.com/rotorz/dotn"
            "et-services.git\n"
            "npm ERR!\n"
            "npm ERR! Host key verification failed.\n"
            "npm ERR! fatal: Could not read from remote repository."
        ),
    ),
]

NEW_RULES = ("windows-nslookup-timeout", "postfix-host-service")
