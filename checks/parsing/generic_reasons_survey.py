"""Resolver reasons surveyed from the runtimes' own source (issue #17, branch h-survey), for the generic rule.

Each held-out set reached runtimes whose resolver texts no rule knew yet, so this list was built by FORMAT from the
runtimes' and libraries' source and documentation rather than from pastes: the literal reason a library prints when a
name lookup fails, where the host stands next to it as the generic rule reads it (quoted, `host:port`, a URL's host,
after `host`/`name`/`query`...). Each entry names the runtime and the source file it comes from. Entries are
(lower-case literal, kind, whether the kind is only assumed); `generic_words.REASON_TEXTS` concatenates them.

Kinds follow COLLECTED.md / HELDOUT*.md: NODATA reads as `nxdomain`; a text that says only "could not resolve" is
`nxdomain`, assumed (like curl's); a text that names no reason is `other`.
"""

from __future__ import annotations

from checks.parsing.localized_words import LOCALIZED_RESOLUTION_WORDS
from checks.parsing.model import FailureKind

SURVEY_REASONS: tuple[tuple[str, FailureKind, bool], ...] = (
    # glibc resolv/herror.c h_errlist (hstrerror/herror): TRY_AGAIN, NO_DATA (HOST_NOT_FOUND "Unknown host" is known)
    ("host name lookup failure", "temporary", False),
    ("no address associated with name", "nxdomain", False),
    # c-ares src/lib/ares_strerror.c: ARES_ENODATA, ARES_ESERVFAIL, ARES_EREFUSED, ARES_ECONNREFUSED (aiodns, aiohttp
    # `Cannot connect to host h:443 ssl:default [Could not contact DNS servers]`, labelled `other` in COLLECTED-12c.md)
    # (without the leading "DNS ": Envoy's `c-ares status 0x0001: "DNS server returned ..."` would make the status the
    # name the reason follows)
    ("returned answer with no data", "nxdomain", False),
    ("server returned general failure", "servfail", False),
    ("server refused query", "refused", False),
    ("could not contact dns servers", "other", False),
    # Boost.Asio asio/error.hpp + impl/error.ipp (netdb category): host_not_found_try_again
    ("host not found (non-authoritative)", "temporary", False),
    # Netty resolver-dns DnsQueryContext.java: `DnsNameResolverTimeoutException: [/10.96.0.10:53] query via UDP
    # timed out after 5000 milliseconds` (reactor-netty, Vert.x, Redisson, Spring WebClient): it names only the
    # server, so a name is read only where the line holds one too (`Failed to resolve 'h' ... query via UDP timed out`)
    ("query via udp timed out", "timeout", False),
    ("query via tcp timed out", "timeout", False),
    # JDK com/sun/jndi/dns/DnsClient.java rcodeDescription + "[response code N]" (JNDI DNS, LDAP SRV discovery)
    ("dns server failure [response code 2]", "servfail", False),
    ("dns name not found [response code 3]", "nxdomain", False),
    # dnspython dns/resolver.py NoAnswer: "The DNS response does not contain an answer to the question: h. IN A"
    # (NODATA; the phrase starts after "The DNS response": not its class path `dns.resolver.NoAnswer:`)
    ("does not contain an answer to the question", "nxdomain", False),
    # hickory-dns / trust-dns crates/resolver/src/error.rs ResolveErrorKind::NoRecordsFound: Display "no record found
    # for {query}" (Query { name: Name("h."), ... }), Debug `NoRecordsFound { query: ...`; trust-dns 0.1x "no record
    # found for name: h type: A class: IN" (linkerd-proxy, reqwest with hickory, Rust services). NXDOMAIN or NODATA.
    # (only with `Query` or `name:` after it: "no record found for id 42" in an application's log is no lookup)
    ("no record found for query", "nxdomain", True),
    ("no records found for query", "nxdomain", True),
    ("no record found for name:", "nxdomain", True),
    ("norecordsfound", "nxdomain", True),
    # Perl IO/Socket/INET.pm _sock_info: `_error($sock, $EINVAL, "Bad hostname '", $raddr, "'")` (no reason given)
    ("bad hostname '", "other", False),
    # Varnish lib/libvcc/vcc_utils.c Resolve_Sockaddr: `Backend host '"h"': could not be resolved to an IP address:`
    ("could not be resolved to an ip address", "nxdomain", True),
    # ClickHouse src/Common/DNSResolver.cpp: `DB::Exception: Not found address of host: h` (DNS_ERROR, code 198)
    ("not found address of host", "nxdomain", True),
    # Kong lua-resty-dns-client client.lua: "dns server error: <rcode> <lua-resty-dns errstr>" and its own client
    # errors (kong/resty/dns/client.lua: 101 "empty record received": NODATA)
    ("dns server error: 2 server failure", "servfail", False),
    ("dns server error: 3 name error", "nxdomain", False),
    ("dns server error: 5 refused", "refused", False),
    ("dns client error: 101 empty record received", "nxdomain", False),
    # Chromium net/base/net_error_list.h: NAME_NOT_RESOLVED (-105) and NAME_RESOLUTION_FAILED (-137), as the console,
    # Puppeteer, Playwright and Electron print them (`GET https://h/x net::ERR_NAME_NOT_RESOLVED`)
    ("net::err_name_not_resolved", "nxdomain", True),
    ("net::err_name_resolution_failed", "other", False),
    # Windows DNS API (winerror.h, as Resolve-DnsName, nslookup and Windows services print them): 9003
    # DNS_ERROR_RCODE_NAME_ERROR, 9501 DNS_INFO_NO_RECORDS (NODATA). (nslookup's "Non-existent domain" is not one: in
    # its German line the word before it is no name, `*** h wurde von UnKnown nicht gefunden: ...`; see rules/survey.py)
    ("dns name does not exist", "nxdomain", False),
    ("no records found for given dns query", "nxdomain", False),
    # Windows WSAHOST_NOT_FOUND (11001) in Spanish (`No se conoce ese host. (h:443)`, .NET's HttpRequestException)
    ("no se conoce ese host", "nxdomain", False),
    # Apple Foundation NSURLErrorCannotFindHost (-1003), its localized description (URLSession, Alamofire)
    ("a server with the specified hostname could not be found", "nxdomain", True),
    # Prometheus discovery/dns/dns.go lookupWithSearchPath: `could not resolve "h": all servers responded with errors to
    # at least one search domain` (no rcode given)
    ("all servers responded with errors to at least one search domain", "other", False),
    # Localized glibc gai_strerror/herror texts and Windows WSAHOST_NOT_FOUND texts (checks/parsing/localized_words.py,
    # read from glibc's libc.mo catalogs and public Windows logs): the specific rules read them in known formats only
    *((word, kind, False) for word, kind in LOCALIZED_RESOLUTION_WORDS),
)
"""Reasons the generic rule reads in any runtime's wording (see the module's docstring)."""
