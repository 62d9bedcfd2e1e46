"""Every text the resolver libraries print for a failed look-up, read from their source (session 51:
`tests/fixtures/probes/resolver-texts/`, one TSV a library: text, code, kind, source): the words-to-kind reading
(`checks.parsing.kinds.classify`) gives each the kind its file names, but for the codes listed here with why. A text
that starts reading otherwise fails the test, either way: a regression, or a listed one now read (take it off)."""

from __future__ import annotations

from pathlib import Path

from checks.parsing.kinds import classify

TEXTS = Path(__file__).resolve().parents[2] / "fixtures" / "probes" / "resolver-texts"

FAIL = (
    "EAI_FAIL / NO_RECOVERY (`Non-recoverable failure in name resolution`): the helper said servfail; the kinds read"
    " it `other`, as survey 8 did musl's (glibc maps a REFUSED, FORMERR or NOTIMP answer there too)"
)
CONTEXT = (
    "a template, a class name with no message, or a wrapper (`h: %s`, `Failed to resolve 'h'`, `'h' not found`): its"
    " format's rule reads it where it is printed, not its words alone"
)
ERRNO = (
    "libuv's bare code names and 0.x errno texts (`ENOENT`, `no such file or directory`): not a resolver's words alone"
)
OTHER = (
    "words too common to read alone (`no address for h`, `has no address`, `Address not available`), a proxy's reply,"
    " or a label choice the parser reads otherwise (Node's ECONNREFUSED: a refused port, LABELS.md)"
)

# (file, code): why the words are read otherwise than the file's kind
READ_OTHERWISE: dict[tuple[str, str], str] = {
    # FAIL
    ("bionic.tsv", "EAI_FAIL"): FAIL,
    ("bionic.tsv", "NO_RECOVERY"): FAIL,
    ("glibc.tsv", "EAI_FAIL"): FAIL,
    ("glibc.tsv", "NO_RECOVERY"): FAIL,
    ("libinfo.tsv", "EAI_FAIL"): FAIL,
    ("libinfo.tsv", "NO_RECOVERY"): FAIL,
    ("libuv.tsv", "UV_EAI_FAIL"): FAIL,
    ("libuv.tsv", "UV_EFAULT (from EAI_FAIL, 0.x windows)"): FAIL,
    ("musl.tsv", "EAI_FAIL"): FAIL,
    ("musl.tsv", "NO_RECOVERY"): FAIL,
    ("netbsd.tsv", "EAI_FAIL"): FAIL,
    ("netbsd.tsv", "NO_RECOVERY"): FAIL,
    ("uclibc-ng.tsv", "EAI_FAIL"): FAIL,
    ("uclibc-ng.tsv", "NO_RECOVERY"): FAIL,
    # CONTEXT
    ("dnsjava.tsv", "TYPE_NOT_FOUND"): CONTEXT,
    ("dnsjava.tsv", "ServerFailedException"): CONTEXT,
    ("dnsjava.tsv", "ServerFailedException (extended rcode text)"): CONTEXT,
    ("dnsjava.tsv", "NoSuchDomainException (null message)"): CONTEXT,
    ("dnsjava.tsv", "NoSuchRRSetException (null message)"): CONTEXT,
    ("jdk.tsv", 'UnknownHostException (ThrowUnknownHostExceptionWithGaiError: "%s: %s", host, gai_strerror)'): CONTEXT,
    ("jdk.tsv", 'UnknownHostException (message is the bare host name: "java.net.UnknownHostException: h")'): CONTEXT,
    ("jdk.tsv", "UnknownHostException (no message)"): CONTEXT,
    (
        "jdk.tsv",
        'UnknownHostException (InetAddress.getLocalHost wrapper: local + ": " + cause message)',
    ): CONTEXT,
    ("jdk.tsv", "UnknownHostException (Android libcore, reason is gai_strerror)"): CONTEXT,
    ("netty-dns.tsv", "UnknownHostException (DnsResolveContext.finishResolve)"): CONTEXT,
    ("netty-dns.tsv", "UnknownHostException (finishResolve, tries < max)"): CONTEXT,
    ("netty-dns.tsv", "UnknownHostException (finishResolve, tries = max)"): CONTEXT,
    ("netty-dns.tsv", "SearchDomainUnknownHostException"): CONTEXT,
    ("netty-dns.tsv", "UnknownHostException (finishResolve)"): CONTEXT,
    ("netty-dns.tsv", "UnknownHostException (DnsNameResolverContext.finishResolve)"): CONTEXT,
    ("netty-dns.tsv", "UnknownHostException (with trace)"): CONTEXT,
    ("netty-dns.tsv", "UnknownHostException"): CONTEXT,
    ("netty-dns.tsv", "UnknownHostException (with trace, one query)"): CONTEXT,
    ("netty-dns.tsv", "UnknownHostException (question)"): CONTEXT,
    ("netty-dns.tsv", "DnsResolveContextException (cause)"): CONTEXT,
    ("systemd-resolved.tsv", "BUS_ERROR_DNS_NXDOMAIN"): CONTEXT,
    ("systemd-resolved.tsv", 'resolvectl resolve_host_error (NXDOMAIN: no "resolve call failed")'): CONTEXT,
    ("systemd-resolved.tsv", "resolvectl, BUS_ERROR_DNS_NXDOMAIN"): CONTEXT,
    ("systemd-resolved.tsv", "resolvectl/systemd-resolve, DnsError.NXDOMAIN (before Feb 2023)"): CONTEXT,
    ("twisted-names.tsv", "DomainError (no records for name/class/type)"): CONTEXT,
    ("twisted-names.tsv", "AuthoritativeDomainError"): CONTEXT,
    ("twisted-names.tsv", "DNSLookupError(name)"): CONTEXT,
    ("twisted-names.tsv", "DNSLookupError (BlockingResolver)"): CONTEXT,
    # OTHER
    ("dnspython.tsv", "EmptyHostAnswers"): OTHER,
    ("go-net.tsv", "errLameReferral"): OTHER,
    ("hyper-util.tsv", "SocksError::DnsFailure"): OTHER,
    ("hyper-util.tsv", "socks v5 Status::GeneralServerFailure"): OTHER,
    ("ldns.tsv", "LDNS_RCODE_NAMEERR"): OTHER,
    ("lua-resty-dns.tsv", "errcode 3 NXDOMAIN"): OTHER,
    ("musl.tsv", "NO_DATA"): OTHER,
    ("nodejs.tsv", "ARES_CONNREFUSED (dns.CONNREFUSED)"): OTHER,
    ("ruby.tsv", "Resolv::ResolvError (Resolv#getaddress)"): OTHER,
    ("ruby.tsv", "Resolv::ResolvError (Resolv#getname)"): OTHER,
    ("ruby.tsv", "Resolv::ResolvError (Resolv::Hosts#getaddress)"): OTHER,
    ("ruby.tsv", "Resolv::ResolvError (Resolv::Hosts#getname)"): OTHER,
    ("ruby.tsv", "SocketError (TruffleRuby Socket.gethostbyaddr)"): OTHER,
    ("ruby.tsv", "SocketError (JRuby, EAI_ADDRFAMILY text)"): OTHER,
    ("unbound.tsv", "NODATA A"): OTHER,
    ("unbound.tsv", "NODATA AAAA"): OTHER,
    ("unbound.tsv", "NODATA PTR"): OTHER,
    ("unbound.tsv", "NODATA MX"): OTHER,
    ("unbound.tsv", "NODATA (type)"): OTHER,
    # ERRNO
    ("libuv.tsv", "UV_EAI_ADDRFAMILY"): ERRNO,
    ("libuv.tsv", "UV_EAI_AGAIN"): ERRNO,
    ("libuv.tsv", "UV_EAI_NODATA"): ERRNO,
    ("libuv.tsv", "UV_ENOENT (from EAI_NONAME/EAI_NODATA, 0.x)"): ERRNO,
    ("libuv.tsv", "UV_EAGAIN (from EAI_AGAIN, 0.x windows)"): ERRNO,
    ("libuv.tsv", "UV_EAIFAMNOSUPPORT (from EAI_FAMILY, 0.x windows)"): ERRNO,
    (
        "libuv.tsv",
        "UV_EAINONAME (from EAI_NONAME, windows, 2011-11-09 to 2011-11-25; its strerror text was empty)",
    ): ERRNO,
}


def _rows() -> list[tuple[str, str, str, str]]:
    rows = []
    for path in sorted(TEXTS.glob("*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            text, code, kind, *_ = line.split("\t")
            rows.append((path.name, code, text, kind))
    return rows


def _read_as_its_kind(text: str, kind: str) -> bool:
    got = classify(text)
    return got in (None, "other") if kind == "other" else got == kind


def test_the_libraries_texts_read_as_their_kinds_but_the_listed_codes() -> None:
    rows = _rows()
    unread = [(name, code) for name, code, text, kind in rows if not _read_as_its_kind(text, kind)]
    otherwise = set(unread)
    print(f"\n[figure] resolver libraries' texts: {len(rows)} rows, {len(rows) - len(unread)} read as their kind")
    assert len(rows) >= 1400
    assert otherwise == set(READ_OTHERWISE)
