"""The generic rule's vocabulary (`checks.parsing.generic`): the resolver reasons it reads, and the words, suffixes and
labels that are never the name a failed lookup was about."""

from __future__ import annotations

from checks.parsing.generic_lines import HELDOUT_H_REASONS
from checks.parsing.generic_named import HELDOUT_G_REASONS
from checks.parsing.generic_phrases import HELDOUT_J_REASONS
from checks.parsing.generic_reasons_aiohttp import AIOHTTP_BRACKET_REASONS
from checks.parsing.generic_reasons_apk import APK_REASONS
from checks.parsing.generic_reasons_l import HELDOUT_L_REASONS
from checks.parsing.generic_reasons_m import HELDOUT_M_REASONS
from checks.parsing.generic_reasons_survey import SURVEY_REASONS
from checks.parsing.generic_reasons_survey2 import SURVEY2_REASONS
from checks.parsing.generic_reasons_survey3 import SURVEY3_REASONS
from checks.parsing.generic_reasons_survey5 import SURVEY5_REASONS
from checks.parsing.generic_reasons_survey6 import SURVEY6_REASONS
from checks.parsing.generic_reasons_timeouts import TIMEOUT_REASONS
from checks.parsing.generic_reasons_transport import TRANSPORT_REASONS
from checks.parsing.generic_statements import STATEMENT_REASONS
from checks.parsing.model import FailureKind

# (lower-case literal, kind, whether the kind is only assumed: the message names no reason).
REASON_TEXTS: tuple[tuple[str, FailureKind, bool], ...] = (
    # glibc / musl / BSD gai_strerror texts
    ("name or service not known", "nxdomain", False),
    ("temporary failure in name resolution", "temporary", False),
    ("no address associated with hostname", "nxdomain", False),
    ("name does not resolve", "nxdomain", False),
    ("nodename nor servname provided", "nxdomain", False),
    ("hostname nor servname provided", "nxdomain", False),  # macOS ssh's wording
    ("non-recoverable failure in name resolution", "other", False),
    # EAI_* codes, errno numbers as Python prints them, Node's codes
    ("eai_noname", "nxdomain", False),
    ("eai_nodata", "nxdomain", False),
    ("eai_again", "temporary", False),
    ("errno -2]", "nxdomain", False),
    ("errno -3] lookup timed out", "timeout", False),  # the words over the code (LABELS.md, after set BM)
    ("errno -3]", "temporary", False),
    ("errno -5]", "nxdomain", False),
    ("errno 8]", "nxdomain", False),
    ("enotfound", "nxdomain", False),
    # held-out FM (spent): Node's getaddrinfo failing with a system error (the AWS SDK's `NetworkingError: getaddrinfo
    # EIO` over an error object naming its hostname): a failed look-up, no resolver's reason
    ("getaddrinfo eio", "other", False),
    ("getaddrinfo eai_fail", "other", False),
    # Go
    ("no such host", "nxdomain", False),
    ("server misbehaving", "servfail", False),
    ("i/o timeout", "timeout", False),  # only dialing :53 (see generic_guards)
    # Java, WinSock, c-ares
    ("unknownhostexception", "nxdomain", True),
    ("errno 11001", "nxdomain", False),
    ("errno 11002", "temporary", False),
    ("errno 11004", "nxdomain", False),
    # held-out DK (spent): Python's repr of the exception (tornado's `error=gaierror(11001, 'getaddrinfo failed')`)
    ("gaierror(11001,", "nxdomain", False),
    ("gaierror(11002,", "temporary", False),
    ("gaierror(11004,", "nxdomain", False),
    ("gaierror(-2,", "nxdomain", False),
    ("gaierror(-3,", "temporary", False),
    ("gaierror(-5,", "nxdomain", False),
    ("errno = 11001", "nxdomain", False),
    ("errno = 11002", "temporary", False),
    ("errno = 11004", "nxdomain", False),
    ("no such host is known", "nxdomain", False),
    ("os error 11001", "nxdomain", False),  # Rust's io::Error on Windows, any language of the text before it
    ("os error 11002", "temporary", False),
    ("os error 11004", "nxdomain", False),
    ("temporary error during hostname resolution", "temporary", False),
    ("ares_enotfound", "nxdomain", False),
    ("domain name not found", "nxdomain", False),
    ("timeout while contacting dns servers", "timeout", False),
    # issue #17 (held-out D): texts the generic rule could read in any runtime (the name quoted or `h:port` next to it)
    ("remote name could not be resolved", "nxdomain", True),  # .NET's WebException (WinSock's WSAHOST_NOT_FOUND)
    # the same with its first word overwritten by PowerShell's `At line:1 char:10` (held-out CP, spent)
    ("name could not be resolved: '", "nxdomain", True),
    ("server name or address could not be resolved", "nxdomain", True),  # WinHTTP 12007
    ("temporary failure resolving", "temporary", False),  # apt
    ("non-existing domain", "nxdomain", False),  # Erlang's inet:format_error(nxdomain)
    ("bad address '", "nxdomain", True),  # busybox's applets (not LWP's "(Bad address)": no quote after it)
    ("dns resolution failed", "other", False),  # gRPC, Kafka, Envoy: no reason given
    ("connection refused", "refused", False),  # only the DNS server's port (see generic_guards)
    # DNS rcodes (upper case only: see generic_guards; not REFUSED, which "connection refused" would trigger on every
    # line: the dig and nslookup rules read it), tools' texts
    ("nxdomain", "nxdomain", False),
    ("servfail", "servfail", False),
    ("host not found, try again", "temporary", False),  # hstrerror(TRY_AGAIN), as postfix prints it
    ("host not found", "nxdomain", False),
    ("unknown host", "nxdomain", True),
    ("nxdomain (non-existing domain)", "nxdomain", False),  # Erlang's inet error, lower case
    ("unknown socket error", "other", False),  # .NET's SocketError for EAI_FAIL and the like
    ("(bad hostname)", "other", False),  # Perl's LWP: "Can't connect to h:80 (Bad hostname)", no reason given
    # Verbs that say only that a name did not resolve (their object must be a host: see _VERB_NOT_DNS). "Could not
    # resolve 'h'" is read like curl's "Could not resolve host" and busybox's "can't resolve" (NXDOMAIN, assumed);
    # "failed to resolve" like redis-sentinel's and Celery's (no reason given: other).
    ("cannot resolve", "nxdomain", True),
    ("can not resolve", "nxdomain", True),  # issue #17 (held-out AX): the same verb as people type it, apart
    ("can't resolve", "nxdomain", True),
    ("could not resolve", "nxdomain", True),
    ("couldn't resolve", "nxdomain", True),
    ("unable to resolve", "nxdomain", True),
    ("failed to resolve", "other", False),
    # held-out HV-IC (spent): the verb in a reporter's sentence, present tense: only its object right after it is read
    # (generic.py's `_OBJECT_ONLY`)
    ("fails to resolve", "other", False),
    ("fail to resolve", "other", False),
    ("could not be resolved (", "other", False),  # issue #17 (held-out G): nginx's `h could not be resolved (3: ...)`
    ("failed to look up", "other", False),
    ("failed to lookup", "other", False),
    ("unable to look up", "other", False),
    ("lookup failed", "other", False),
    # issue #17 (held-out E, generic misses): reasons any runtime's wording shares
    (":nxdomain", "nxdomain", False),  # an Erlang/Elixir atom (`{:inet, [:inet], :nxdomain}`), lower case
    # (source-mined, session 53) the atom as Erlang prints it in a term: brod's `reason:{nxdomain,[{kpro_connection,...`
    # under `failed to connect to h:9092`, epgsql's `{error,nxdomain}`
    ("{nxdomain,", "nxdomain", False),
    # redis-rs' own text for an empty answer (`error=No address found for host`, its `host=` field the name)
    ("no address found for host", "nxdomain", False),
    ("{error,nxdomain}", "nxdomain", False),
    ("failed host lookup", "other", False),  # Dart's SocketException with no OS error after it
    ("no servers could be reached", "timeout", False),  # dig, nslookup: the name is on the command above
    # nslookup's "** server can't find NAME: REFUSED" (BIND), "*** UnKnown can't find NAME: ..." (Windows): the kind is
    # what follows the name (read as a verb: see generic_kind.VERBS)
    ("server can't find", "other", False),
    ("unknown can't find", "other", False),
    ("status: refused", "refused", False),  # dig's header (REFUSED alone is not read: see the rcodes above)
    # issue #17 (held-out F): reasons the six spent sets showed in more than one runtime's wording
    ("resource temporarily unavailable (", "temporary", False),  # .NET's EAI_AGAIN with `(h:port)` after it
    ("unknown mysql server host", "other", False),  # MySQL's 2005; the errno after the name says how
    ("unknown server host", "other", False),  # MariaDB's wording
    (": try again", "temporary", False),  # musl's EAI_AGAIN after Go's `lookup h` or libpq's `to address` (guarded)
    ("no route to host", "other", False),  # only on the way to the DNS server's port (guarded like connection refused)
    ("host is down", "other", False),
    ("etimeout", "timeout", False),  # c-ares' codes as Node prints them after `query*`/`getaddrinfo` (guarded)
    ("eservfail", "servfail", False),
    ("enodata", "nxdomain", False),
    ("erefused", "refused", False),
)
REASON_TEXTS += SURVEY_REASONS  # issue #17: reasons surveyed from the runtimes' source (generic_reasons_survey.py)
REASON_TEXTS += SURVEY2_REASONS  # issue #17: a second survey of the runtimes' source (generic_reasons_survey2.py)
REASON_TEXTS += HELDOUT_G_REASONS  # issue #17 (held-out G): phrases that name the host after them (generic_named.py)
REASON_TEXTS += HELDOUT_H_REASONS  # issue #17 (held-out H): generic_lines.py
REASON_TEXTS += SURVEY3_REASONS  # issue #17: the cluster products' own texts (generic_reasons_survey3.py)
REASON_TEXTS += (
    HELDOUT_J_REASONS  # issue #17 (held-out J): Go's `lookup h: device or resource busy` (generic_phrases.py)
)
REASON_TEXTS += HELDOUT_L_REASONS  # issue #17 (after held-out L): libcurl's thread failure (generic_reasons_l.py)
REASON_TEXTS += HELDOUT_M_REASONS  # issue #17 (after held-out M): nginx's missing resolver (generic_reasons_m.py)
REASON_TEXTS += SURVEY5_REASONS  # issue #17: the DNS tools' own outputs (generic_reasons_survey5.py)
REASON_TEXTS += APK_REASONS  # issue #17: apk's `DNS lookup error`
REASON_TEXTS += TIMEOUT_REASONS  # issue #17: nslookup's and RubyGems' timeouts
REASON_TEXTS += AIOHTTP_BRACKET_REASONS  # issue #17 (held-out K, R): aiohttp's `[Try again]`
REASON_TEXTS += SURVEY6_REASONS  # issue #17: the products in the cluster's path (generic_reasons_survey6.py)
REASON_TEXTS += (
    TRANSPORT_REASONS  # issue #17 (after held-out X): Go's dial to :53 unreachable (generic_reasons_transport)
)
REASON_TEXTS += STATEMENT_REASONS  # issue #17: a failed look-up stated in any program's words (generic_statements.py)


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


FILE_SUFFIXES = words(
    "py js ts go java rb cs cc cpp c h rs kt scala dart ex exs erl lua sh pl swift m jsx tsx vue php json xml yaml yml"
    " html htm txt log conf cfg jar so dll exe png jpg md lock toml ini pem crt key zip gz tar class pyc mjs cjs"
)
# A source or config file where a name would be (`./helper.js could not be resolved`, a Java frame's `Utils.java:1028`):
# the statements' and the JVM traces' one list. Not FILE_SUFFIXES above, which holds country codes (`pl`, `py`, `sh`,
# `md`) its callers let through by a candidate's tier.
SOURCE_FILE_SUFFIXES = words(
    "js ts jsx tsx mjs cjs vue json yaml yml toml xml html htm css scss properties java class jar kt php"
    " rb go lock txt ini cfg conf gradle h c cpp hpp proto dll exe lua exs erl scala dart swift pyc sql"
    " log hcl tfvars tpl tmpl j2 ps1 bat groovy clj"
)
# The first label of a reverse-DNS package or class path (`com.google.firebase`, `androidx.core`), not a host.
PACKAGE_ROOTS = words("com org net io androidx android kotlin kotlinx scala java javax jdk sun")
# A program's prose before a resolver's text (`failed to resolve endpoint: Name or service not known`, `Sync failed,
# retrying: ...`, `connection lost: ...`): no labelled paste names a host so (held-out CF-CH, probes).
PROSE_WORDS = words(
    """
    endpoint endpoints upstream downstream updates lost retrying reached required unreachable unavailable refused
    closed missing empty exception exceptions fetching downloading uploading sending receiving syncing tracer
    origin remote timeout
    """
)
# Words that stand where a name might: never a host of a failed lookup unless a quote says so.
WORDS = (
    words(
        """
    a an the to on in is of for and or due not no host hostname name names address addresses server servers lookup
    dns error errors failed failure unable unknown null nil none true false resolve resolved resolving resolution
    lookups component components server_version_num
    found temporary temporarily could cannot can couldn't service services network remote it this that with from
    by at as be was were been has have had will would should may might some any all request requests connection
    connect connecting proxy domain domains query record records broker node nodes search main default local
    localdomain internet system socket http https tcp udp ipv4 ipv6 info warn warning fatal debug trace exception
    caused message reason code status again try retry retrying here there url uri using use type value key data
    information associated probably string port maybe because when while after before then also just only still even
    what until but than every each if so unless whenever
    which who why how where my your our their its we you they he she me us them errno syscall hostname getaddrinfo
    gethostbyname gethostbyaddr getnameinfo querysrv querya queryaaaa resolve4 resolve6 dnslookup lookuphost
    sconosciuto inconnu unbekannt desconocido desconhecido onbekend okand nieznany
    rcode opcode flags ssh scp sftp curl wget ping nslookup telnet rsync ncat socat read write dial connect recv send
    sendto recvfrom getaddrinfow getaddrinfoexw details detail description desc cause
    file files download fetch headers header body response
    err io set
    dependency dependencies package packages artifact artifacts module modules plugin plugins repository repositories
    requirement requirements class
    specified given provided supplied
    pod pods secret secrets configmap configmaps namespace namespaces deployment deployments statefulset statefulsets
    daemonset daemonsets replicaset replicasets
    result results
    number
    """
    )
    | PROSE_WORDS
)
# `user.notice`, `daemon.err`: a syslog facility and priority, not a name.
SYSLOG_PRIORITIES = words("emerg alert crit err error warn warning notice info debug")
TLDS = words(
    "com net org io co dev app info biz cloud me ai tech xyz site online edu gov mil int network local internal svc"
    " cluster lan home corp localdomain consul test example invalid arpa intranet private"
)
# `Zend_Http_Client_Adapter_Exception`, `cares_failure`: a class or status name, not a host.
NOT_A_HOST_ENDINGS = ("exception", "error", "_failure", "_failed")
