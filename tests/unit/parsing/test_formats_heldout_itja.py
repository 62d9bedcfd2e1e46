"""Formats from held-out IT-JA's misses (issue #17, session 60; spent data: the sets were measured before these rules
were written): each case names the program and the format, with look-alikes that must stay no failure, the stand-ins
LABELS.md names that were read as real names, and hostile megabytes of each new format."""

from __future__ import annotations

from tests.unit.parsing.rounds import flags, named_rules, reads, reads_nothing, unfired
from tests.unit.parsing.speed import parses_quickly

ROUND: list[tuple[str, set[tuple[str, str]]]] = [
    (  # .NET Framework's WebException in Dutch (NameResolutionFailure)
        "Error: Er is een fout opgetreden bij het verzenden van het aanvraag.\n"
        "De externe naam kan niet worden omgezet: 'bc.example.nl'",
        {("bc.example.nl", "nxdomain")},
    ),
    (  # the same in Italian, Polish, Korean, Turkish, Swedish and Czech, as Microsoft's docs print them
        "Impossibile risolvere il nome remoto: 'a.example.it'\n"
        "Nie można rozpoznać nazwy zdalnej: 'b.example.pl'\n"
        "원격 이름을 확인할 수 없습니다.: 'c.example.kr'\n"
        "Uzak ad çözümlenemedi: 'd.example.tr'\n"
        "Det gick inte att matcha fjärrnamnet: 'e.example.se'\n"
        "Vzdálený název nelze rozpoznat: 'f.example.cz'",
        {
            (f"{c}.example.{tld}", "nxdomain")
            for c, tld in zip("abcdef", ("it", "pl", "kr", "tr", "se", "cz"), strict=True)
        },
    ),
    (  # the Windows DNS Client's event 1015, as Get-WinEvent lists it in a container's log
        "test.service_1  | 1015 Name resolution for the name v10.events.example.com timed out\n"
        "test.service_1  |      after the DNS server 10.0.2.3:53 did not respond.",
        {("v10.events.example.com", "timeout")},
    ),
    (  # and event 1014
        "Name resolution for the name wpad.corp.example timed out after none of the configured DNS servers responded.",
        {("wpad.corp.example", "timeout")},
    ),
    (  # Akka.NET on .NET Core/Linux: EAGAIN with System.Net.Dns frames, the seed node's address on the line
        "Reason: [Association failed with akka.tcp://cluster-system@seed-1.seed:2552] Caused by: "
        "[System.AggregateException: One or more errors occurred. (Resource temporarily unavailable) ---> "
        "System.Net.Internals.SocketExceptionFactory+ExtendedSocketException: Resource temporarily unavailable\n"
        "   at System.Net.Dns.InternalGetHostByName(String hostName)\n"
        "   at System.Net.Dns.ResolveCallback(Object context)",
        {("seed-1.seed", "temporary")},
    ),
    (  # older lego (Traefik 1.x): the propagation check's last query timed out
        "cannot obtain certificates: acme: Error -> One or more domains had a problem:\n"
        "[shop.example.com] Time limit exceeded. Last error: read udp 192.168.0.61:38681->208.78.71.13:53: i/o timeout",
        {("shop.example.com", "timeout")},
    ),
    (  # libpq's words as a reporter retyped them
        '# cannot translate hostname "inventree-db" to address',
        {("inventree-db", "other")},
    ),
    (  # Go's error cut after the name where the paste's code span closes
        "`Failed to initialize Rancher Metadata client: Get http://rancher-metadata/latest/version: dial tcp: lookup "
        "rancher-metadata`",
        {("rancher-metadata", "other")},
    ),
    (  # Go's lookup with the space before a placeholder lost
        "dial udp: lookup<target_host> on <target_ip>:53: read udp 172.17.0.2:35959-><target_ip>:53: i/o timeout",
        {("<target_host>", "timeout")},
    ),
    (  # dig could not parse the answer
        "root@c:/# dig sk.primary.test4  +short\n;; Warning: Message parser reports malformed message packet.",
        {("sk.primary.test4", "other")},
    ),
    (  # dig's other words for an answer it could not parse
        "$ dig @10.0.0.2 broken.example.org\n;; Got bad packet: bad label type",
        {("broken.example.org", "other")},
    ),
    (  # bzr (Python): curl's words, Python's errno after the name (EAI_AGAIN)
        "bzr: ERROR: Connection error: Couldn't resolve host 'launchpad.example.net' [Errno -3] Try again",
        {("launchpad.example.net", "temporary")},
    ),
    (  # PHP's AWS SDK over curl: a URL built with an empty variable, the empty label as looked up
        'Error executing "CreateBucket" on "https://default-default..https//default-default"; AWS HTTP error: cURL '
        "error 6: Could not resolve host: default-default..https (see https://curl.haxx.se/libcurl/c/libcurl-errors.html)",
        {("default-default..https", "nxdomain")},
    ),
    (  # Ruby's Net::HTTP: TCPSocket names its call (`initialize`) before the resolver's text
        'Error validating bucket write permissions! {:message=>"Failed to open TCP connection to\n'
        'hoge.127.0.0.1:9000 (initialize: name or service not known)"',
        {("hoge.127.0.0.1", "nxdomain")},
    ),
    (  # Ruby 3.3+: getaddrinfo's manual section
        "Failed to open TCP connection to gems.example.org:443 (getaddrinfo(3): nodename nor servname provided, or not "
        "known)",
        {("gems.example.org", "nxdomain")},
    ),
    (  # a reporter quoting Java's exception after a verb of saying
        "Cause was an UnknownHostException saying 'Unknown host opencast'.",
        {("opencast", "nxdomain")},
    ),
    (  # the Docker CLI's next line glued to the name when a console lost the line break
        'docker: Error response from daemon: Get "https://registry-1.docker.io/v2/": Failed to lookup host: '
        "registry-1.docker.io.See 'docker run --help'.",
        {("registry-1.docker.io", "other")},
    ),
]

# what the new rules must leave as it was: a Go error that goes on after the name (no second, `other` reading), a
# mixed-case name whose last label is a word (the name as written, no sentence glued to it)
UNCHANGED: list[tuple[str, set[tuple[str, str]]]] = [
    ("`dial tcp: lookup db.internal on 10.0.0.10:53: read: connection refused`", {("db.internal", "refused")}),
    ("curl: (6) Could not resolve host: Intranet.Corp.See", {("intranet.corp.see", "nxdomain")}),
]

LOOKALIKES = [
    # Go looked up an address with a word where its port should be (LABELS.md: an address, no name)
    'Get "https://10.96.0.1:tcp/10.96.51.155:6443/version": dial tcp: lookup 10.96.0.1:tcp: no such host',
    # EAGAIN from a socket with no resolver frame under it
    "System.Net.Sockets.SocketException: Resource temporarily unavailable\n   at System.Net.Sockets.Socket.Receive()",
    # lego's other last errors: a wrong TXT record, a connection to an address
    "[a.example.com] time limit exceeded: last error: NS ns1.example.com. did not return the expected TXT record",
    "[a.example.com] Time limit exceeded. Last error: dial tcp 1.2.3.4:443: i/o timeout",
    # the exception's name before a verb in prose, no quote
    "java.net.UnknownHostException saying something went wrong",
    # dig's warning with no command above it
    ";; Warning: Message parser reports malformed message packet.",
]

STAND_INS: list[tuple[str, set[tuple[str, str, bool]]]] = [
    (  # dots typed for the labels cut out (LABELS.md clause 1)
        "dial tcp: lookup .....eks.amazonaws.com on 10.58.194.16:53: no such host",
        {(".....eks.amazonaws.com", "nxdomain", True)},
    ),
    (  # `some-...` ending in the word for an endpoint, as any label (LABELS.md clause 2)
        'Get "https://docker-registry-test.some-s3-endpoint.net/": dial tcp: lookup '
        "docker-registry-test.some-s3-endpoint.net on 192.168.65.7:53: no such host",
        {("docker-registry-test.some-s3-endpoint.net", "nxdomain", True)},
    ),
    (  # a Go template left unfilled, spaces and all (LABELS.md clause 1: `{{ ... }}`)
        '* Failed to resolve {{ GetInterfaceIP "eth0" }}: lookup {{ GetInterfaceIP "eth0" }}: no such host',
        {('{{ getinterfaceip "eth0" }}', "nxdomain", True)},
    ),
    (  # the slot's word where .NET prints the name it looked up (LABELS.md clause 2)
        "De externe naam kan niet worden omgezet: 'name'",
        {("name", "nxdomain", True)},
    ),
    (  # the same word in prose is no name at all
        "curl: (6) Couldn't resolve host name",
        set(),
    ),
    (  # curl handed a README's elision: what was looked up, no stand-in
        "curl: (6) Could not resolve host: ...",
        {("...", "nxdomain", False)},
    ),
]

# what the review of this round found: each new reading where the same words are no failure, or name another
REVIEW_LOOKALIKES = [
    "getaddrinfo ENOTFOUND registry.npmjs.org...retrying (1/3)",  # `...` after a name is prose's, no stand-in
    '$ kubectl logs deploy/api | grep "dial tcp: lookup kafka"\n(no output)',  # Go's words quoted, not Go's error
    '\twantErr: "dial tcp: lookup badhost"',
    'expr: count_over_time({app="api"} |= "dial tcp: lookup postgres"',
    # dig's warning above the answer it printed anyway
    "$ dig example.com\n;; Warning: Message parser reports malformed message packet.\n"
    ";; ->>HEADER<<- opcode: QUERY, status: NOERROR\n;; ANSWER SECTION:\nexample.com. 300 IN A 93.184.216.34",
    "$ dig example.com +short\n;; Warning: Message parser reports malformed message packet.\n93.184.216.34",
    "Could not resolve 'name' property",  # a program's word for a property
    'ERROR: could not resolve "name" in template',
    # a request the service received, on the line of an EAGAIN with the resolver's frames
    "[ERR] HTTP GET http://shop.example.com:8080/cart responded 500 System.Net.Internals.SocketExceptionFactory+"
    "ExtendedSocketException: Resource temporarily unavailable\n   at System.Net.Dns.InternalGetHostByName(String h)",
    # the localized words before prose, no quoted name
    "Nie można rozpoznać nazwy zdalnej: sprawdź połączenie",
    "De externe naam kan niet worden omgezet: controleer de DNS-instellingen",
    "Failed to open TCP connection to api.example.com:443 (initialize: connection refused)",  # no resolver's words
    "The error cannot translate hostname localhost to address means DNS is broken",  # prose, unquoted
    # a thread's or a level's bracket before lego's words
    "[pool-1-thread-2] time limit exceeded: last error: read tcp 10.0.0.2:41234->10.0.0.53:53: i/o timeout",
    "[INFO] time limit exceeded: last error: read tcp 10.0.0.2:41234->10.0.0.53:53: i/o timeout",
]
REVIEW: list[tuple[str, set[tuple[str, str]]]] = [
    (  # prose after curl's name: the name before it, not one with an empty label
        "fatal: unable to access 'https://github.com/x/y.git/': Could not resolve host: github.com...and then it works",
        {("github.com", "nxdomain")},
    ),
    ("Could not resolve host: github.com..no idea why", set()),
    (  # an Ansible lookup's argument inside a template, not the template
        "The conditional check '{{ lookup('dig', 'foo.example') }}' failed. The error was: Temporary failure in name "
        "resolution",
        {("foo.example", "temporary")},
    ),
    ("dial tcp: lookup registry.local.Run on 10.0.0.1:53: no such host", {("registry.local.run", "nxdomain")}),
    ("can't translate hostname 'db' to address", {("db", "other")}),  # libpq's words retyped, single quotes
    (  # .NET 5+'s `SocketException (11):` over the resolver's frames, under Akka's association
        "Association failed with akka.tcp://sys@seed-0.seed:4053] Caused by: [System.Net.Sockets.SocketException (11): "
        "Resource temporarily unavailable\n   at System.Net.Dns.GetHostEntryOrAddressesCore(String hostName)",
        {("seed-0.seed", "temporary")},
    ),
]
REVIEW_STAND_INS: list[tuple[str, set[tuple[str, str, bool]]]] = [
    (  # two dots are an empty label as looked up (two template variables unset), no stand-in
        "dial tcp: lookup ..svc.cluster.local: no such host",
        {("..svc.cluster.local", "nxdomain", False)},
    ),
    (  # a word in capitals in lego's domain slot: the reporter's stand-in, in its brackets
        "[DOMAIN] Time limit exceeded. Last error: read udp 192.168.0.61:38681->208.78.71.13:53: i/o timeout",
        {("[domain]", "timeout", True)},
    ),
]

test_each_format_is_read = reads(ROUND)
test_what_the_review_found_reads_right = reads(REVIEW, "review")
test_the_reviews_lookalikes_name_no_failure = reads_nothing(REVIEW_LOOKALIKES, "review-lookalike")
test_what_the_review_found_is_flagged_right = flags(REVIEW_STAND_INS, "review-stand-in")
test_what_was_read_before_reads_the_same = reads(UNCHANGED, "unchanged")
test_lookalikes_name_no_failure = reads_nothing(LOOKALIKES)
test_stand_ins_are_flagged = flags(STAND_INS)

NEW_RULES = named_rules(
    "windows-dns-client-timed-out",
    "dotnet-eagain-over-dns-frames",
    "lego-time-limit-last-error",
    "go-lookup-closed",
    "dig-bad-packet",
)


def test_every_new_rule_of_the_round_fires() -> None:
    assert unfired(NEW_RULES, [text for text, _ in ROUND]) == set()


test_a_hostile_megabyte_of_these_formats_parses_quickly = parses_quickly(
    [
        "Name resolution for the name a.b timed out ",
        "Name resolution for the name " + "a" * 253 + " ",
        "SocketException: Resource temporarily unavailable\n   at System.Net.Dns.X()\n",
        "akka.tcp://s@a.b:1 SocketException: Resource temporarily unavailable ",
        "[a.b] Time limit exceeded. Last error: read udp 1.2.3.4:5->6.7.8.9:53: i/o timeout\n",
        "[a.b] time limit exceeded: last error: read udp " + "x" * 90 + " ",
        "dial tcp: lookup a`\n",
        "lookup<a> on <b>:53: i/o timeout ",
        "{{ a b }} {{ c",
        "$ dig a\n;; Got bad packet: x\n",
    ]
)
