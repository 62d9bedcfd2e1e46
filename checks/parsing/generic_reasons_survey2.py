"""Resolver reasons from a second survey of the runtimes' own source and docs (issue #17), for the generic rule.

Like `generic_reasons_survey.py`: each entry is a literal reason a runtime or library prints when a name lookup fails,
with the host next to it where the generic rule takes it (after `host`, `(h:port)` after the reason...), and names the
runtime and the source it comes from. Entries are (lower-case literal, kind, whether the kind is only assumed);
`generic_words.REASON_TEXTS` concatenates them.

Most texts the second survey looked at (grpc-go, Netty, OkHttp, pgjdbc, Oracle, ZooKeeper, Kafka clients, .NET, psycopg,
pymongo, kafka-python, undici/ioredis/kafkajs, Ruby, PHP, Rust, Erlang/Elixir, Deno, Julia, Haskell, PowerShell,
systemd-resolved, apk/apt/dnf/pip/npm/cargo/maven...) are read already: their reasons are glibc's, Go's, Java's or
WinSock's, which REASON_TEXTS has. Only the texts no rule read are here; formats whose name stands where only their own
shape says are rules (`rules/survey2.py`).
"""

from __future__ import annotations

from checks.parsing.model import FailureKind
from checks.parsing.no_reason import NO_REASON

SURVEY2_REASONS: tuple[tuple[str, FailureKind, bool], ...] = (
    # WCF (System.ServiceModel, SR "NoDNSEntriesForHost"): `EndpointNotFoundException: No DNS entries exist for host h.`
    # (the name after `host`; the WinSock error, when printed after it, says how: NXDOMAIN assumed otherwise)
    ("no dns entries exist for host", "nxdomain", True),
    # Windows WSAHOST_NOT_FOUND (11001) in Polish, as .NET prints it before `(h:443)` ("Żaden taki host nie jest
    # znany.", seen in a public WCF log next to `Brak wpisów DNS dla hosta`, the Polish NoDNSEntriesForHost)
    ("żaden taki host nie jest znany", "nxdomain", False),
    # "Unknown host" in Italian: wget's po/it.po (src/host.c "Unknown host" -> "Host sconosciuto"), the text Windows'
    # Italian WSAHOST_NOT_FOUND shares; read only with a name beside it as the generic rule takes it (`(h:443)`)
    ("host sconosciuto", "nxdomain", False),
    # Windows WSAHOST_NOT_FOUND (11001) in Korean and Turkish, as .NET and Java print them before `(h:443)`
    # (public logs: `UnknownHostException: 알려진 호스트가 없습니다 (h)`; Microsoft's Turkish SqlException 11001
    # docs: "Böyle bir ana bilgisayar bilinmiyor", SocketError.HostNotFound: "Belirtilen ana bilgisayar bilinmiyor")
    ("알려진 호스트가 없습니다", "nxdomain", False),
    ("ana bilgisayar bilinmiyor", "nxdomain", False),
    # WinSock texts Go prints after `getaddrinfow: ` on localized Windows, as OONI's pipeline maps them from real
    # measurements (ooni/data, oonipipeline transforms `unknown_failure_map`) and Microsoft's fr Windows Sockets error
    # codes page: WSATRY_AGAIN (11002) in fr, de, pt, es; WSANO_DATA (11004, NODATA) in de. Cut before the apostrophe
    # (an ASCII or a typographic apostrophe) so both spellings match.
    ("erreur temporaire qui se produit durant la résolution du nom d", "temporary", False),
    ("zeitweiliger fehler bei der auflösung von hostnamen", "temporary", False),
    ("erro temporário durante a resolução de nomes", "temporary", False),
    ("error temporal durante la resolución de nombres", "temporary", False),
    ("es wurden jedoch keine daten des angeforderten typs gefunden", "nxdomain", False),
    # Apache Cassandra's SimpleSeedProvider (src/java/org/apache/cassandra/locator/SimpleSeedProvider.java, on
    # UnknownHostException): `Seed provider couldn't lookup host {}` (a StatefulSet's seed that does not resolve yet).
    # No reason is printed: `other` by the conventions (issue #17, held-out I; checks/parsing/no_reason.py)
    ("seed provider couldn't lookup host", NO_REASON, False),
    # Salt (salt/utils/network.py dns_check: no address from getaddrinfo, or it raised): `DNS lookup or connection check
    # of 'NAME' failed.` (no reason given; the minion's `Master hostname: 'NAME' not found or not responsive` under it
    # also follows a refused connection, so it is not read)
    ("dns lookup or connection check of", "other", False),
)
"""Reasons the generic rule reads in any runtime's wording (see the module's docstring)."""
