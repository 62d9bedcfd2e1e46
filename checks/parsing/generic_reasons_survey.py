"""Resolver reasons surveyed from the runtimes' own source (issue #17), for the generic rule.

Each held-out set reached runtimes whose resolver texts no rule knew yet, so this list was built by FORMAT from the
runtimes' and libraries' source and documentation rather than from pastes: the literal reason a library prints when a
name lookup fails, where the host stands next to it as the generic rule reads it (quoted, `host:port`, a URL's host,
after `host`/`name`/`query`...). Each entry names the runtime and the source file it comes from. Entries are
(lower-case literal, kind, whether the kind is only assumed); `generic_words.REASON_TEXTS` concatenates them.

Kinds follow COLLECTED.md / HELDOUT*.md: NODATA reads as `nxdomain`; a text that says only "could not resolve" is
`nxdomain`, assumed (like curl's); a text that names no reason is `other`.

Every literal here is one more `str.find` over each paste (about 0.2 ms per MB), so only texts that runtimes in and
around Kubernetes print, or that real pastes showed, are kept. Surveyed and left out for that reason: glibc's herror
text "No address associated with name" ("Host name lookup failure" is read: real pastes showed it), its localized
gai_strerror texts (the specific rules read them), c-ares' ARES_EREFUSED ("DNS server refused query"), Netty's "query
via UDP timed out" (it names only the server), JNDI's "DNS server failure [response code 2]", hickory's Debug
`NoRecordsFound`, Windows 9501 ("No records found for given DNS query"), Prometheus' "all servers responded with errors"
(its "could not resolve" is read already), Qt's "Host %1 not found" (its "not found" trigger would start a rule on every
"not found" of a log). Kong's lua-resty-dns-client texts and Chromium's `net::ERR_NAME_NOT_RESOLVED` are rules
(rules/survey.py): Kong's name stands where only its own format says, Chromium's is a URL nearby, never the word before
the code.
"""

from __future__ import annotations

from checks.parsing.localized_words import WINDOWS
from checks.parsing.model import FailureKind

SURVEY_REASONS: tuple[tuple[str, FailureKind, bool], ...] = (
    # c-ares src/lib/ares_strerror.c: ARES_ENODATA, ARES_ESERVFAIL, ARES_ECONNREFUSED (aiodns, aiohttp
    # `Cannot connect to host h:443 ssl:default [Could not contact DNS servers]`, labelled `other` in COLLECTED-12c.md)
    # (without the leading "DNS ": Envoy's `c-ares status 0x0001: "DNS server returned ..."` would make the status the
    # name the reason follows)
    ("returned answer with no data", "nxdomain", False),
    ("server returned general failure", "servfail", False),
    ("could not contact dns servers", "other", False),
    # Boost.Asio asio/error.hpp + impl/error.ipp (netdb category): host_not_found_try_again
    ("host not found (non-authoritative)", "temporary", False),
    # dnspython dns/resolver.py NoAnswer: "The DNS response does not contain an answer to the question: h. IN A"
    # (NODATA; the phrase starts after "The DNS response": not its class path `dns.resolver.NoAnswer:`)
    ("does not contain an answer to the question", "nxdomain", False),
    # hickory-dns / trust-dns crates/resolver/src/error.rs ResolveErrorKind::NoRecordsFound: Display "no record found
    # for {query}" (Query { name: Name("h."), ... }); trust-dns 0.1x "no record found for name: h type: A class: IN"
    # (linkerd-proxy, reqwest with hickory, Rust services). NXDOMAIN or NODATA.
    # (only with `Query` or `name:` after it: "no record found for id 42" in an application's log is no lookup)
    ("no record found for query", "nxdomain", True),
    ("no records found for query", "nxdomain", True),  # survey 7: hickory 0.24+ (crates/net/src/error.rs)
    ("no record found for name:", "nxdomain", True),
    # glibc's hstrerror(TRY_AGAIN), as programs using gethostbyname print it: Slurm's `Unable to resolve "h": Host name
    # lookup failure`, netcat's (rules/survey5.py); a temporary failure (held-out AC labels it so)
    ("host name lookup failure", "temporary", False),
    # Perl IO/Socket/INET.pm _sock_info: `_error($sock, $EINVAL, "Bad hostname '", $raddr, "'")` (no reason given)
    ("bad hostname '", "other", False),
    # Varnish lib/libvcc/vcc_utils.c Resolve_Sockaddr: `Backend host '"h"': could not be resolved to an IP address:`
    ("could not be resolved to an ip address", "nxdomain", True),
    # ClickHouse src/Common/DNSResolver.cpp: `DB::Exception: Not found address of host: h` (DNS_ERROR, code 198)
    ("not found address of host", "nxdomain", True),
    # Windows DNS API (winerror.h, as Resolve-DnsName and Windows services print them): 9003 DNS_ERROR_RCODE_NAME_ERROR.
    # (nslookup's "Non-existent domain" is not one: in
    # its German line the word before it is no name, `*** h wurde von UnKnown nicht gefunden: ...`; see rules/survey.py)
    ("dns name does not exist", "nxdomain", False),
    # Windows WSAHOST_NOT_FOUND (11001) in Spanish (`No se conoce ese host. (h:443)`, .NET's HttpRequestException)
    ("no se conoce ese host", "nxdomain", False),
    # Apple Foundation NSURLErrorCannotFindHost (-1003), its localized description (URLSession, Alamofire)
    ("a server with the specified hostname could not be found", "nxdomain", True),
    # Windows WSAHOST_NOT_FOUND (11001) and WSANO_DATA (11004) in the languages checks/parsing/localized_words.py has
    # them (de, zh, ja, ru, pt, nl; es): .NET prints them before `(h:443)`. (glibc's localized texts are not added: each
    # literal is one more scan of every paste, and the specific rules read them in the formats they come in.)
    *((word, kind, False) for word, kind in WINDOWS),
)
"""Reasons the generic rule reads in any runtime's wording (see the module's docstring)."""
