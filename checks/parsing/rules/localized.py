# ruff: noqa: RUF001  (the messages are in Cyrillic, CJK and accented Latin on purpose)
"""Localized resolver errors: .NET/PowerShell's "The remote name could not be resolved", Windows ping's "could not
find host", .NET's "No such host is known (host:port)", and wget's "unable to resolve host address" and
"Resolving X... failed", as Windows and wget print them in other languages.

The wget texts are the translations in wget's own message catalog (`wget.mo`); the Windows texts are those found
printed in public threads and code (tests/unit/parsing/examples_issue17.py names each with its source). One rule per
language and message; languages share short trigger words ("resolv", "ping", "解析"), since every trigger costs a
scan of the whole paste, and each regex starts with its own literal words, so it skips other text quickly.
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.kinds import classify_resolution
from checks.parsing.rules.base import Build, Hit, Rule, fixed, hit, rx

# Quotes localized programs put around names: ASCII, typographic, German „…“, French « … » (with no-break spaces),
# Japanese 「…」.
_LQ = "[\"'`\u2018\u2019\u201a\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a\u300c\u300d\u00a0 ]{0,3}"
_APOS = "['\u2019]"

# (language, trigger, regex with a `host` group): .NET Framework's WebException.Message for NameResolutionFailure,
# "<text>: 'name'".
_REMOTE_NAME: tuple[tuple[str, str, str], ...] = (
    ("de", "aufgelöst", r"Der\sRemotename\skonnte\snicht\saufgelöst\swerden"),
    ("fr", "rés", r"Le\snom\sdistant\sn" + _APOS + r"a\spas\spu\sêtre\srésolu"),
    ("es", "resolv", r"No\sse\spuede\sresolver\sel\snombre\sremoto"),
    ("pt", "resolv", r"O\snome\sremoto\snão\spôde\sser\sresolvido"),
    ("ru", "разрешить", r"(?:Невозможно|Не\sудалось)\sразрешить\sудаленное\sимя"),
    ("zh", "解析", r"未能解析此远程名称"),
    ("zh-tw", "解析", r"無法解析遠端名稱"),
    ("ja", "解決できませんでした", r"リモート名を解決できませんでした。?"),
)
# held-out IT-JA (spent): the Dutch text; it and the six after it as Microsoft's localized docs print the message. The
# name always in .NET's quotes: the words alone are also a sentence's, before prose (review: `... omgezet: controleer
# de DNS-instellingen`)
_REMOTE_NAME_QUOTED: tuple[tuple[str, str, str], ...] = (
    ("nl", "omgezet", r"De\sexterne\snaam\skan\sniet\sworden\somgezet"),
    ("it", "risolvere", r"(?:Impossibile|Non\sè\sstato\spossibile)\srisolvere\sil\snome\sremoto"),
    ("pl", "rozpoznać", r"Nie\smożna\srozpoznać\snazwy\szdalnej"),
    ("ko", "원격 이름을", r"원격\s이름을\s확인할\s수\s없습니다\.?"),
    ("tr", "çözümlenemedi", r"Uzak\sad\sçözümlenemedi\.?"),
    ("sv", "fjärrnamnet", r"Det\sgick\sinte\satt\smatcha\sfjärrnamnet\.?"),
    ("cs", "vzdálený název", r"Vzdálený\snázev\snelze\s(?:rozpoznat|přeložit)\.?"),
)

# Windows ping: "Ping request could not find host NAME. Please check the name and try again."
# each trigger a word of its own text, not `ping` (review, session 59: `Skipping`, `Mapping`, `Stopping` started the
# nine rules on every line of a CI or journal log, spending its fruitless segments)
_PING: tuple[tuple[str, str, str], ...] = (
    (
        "de",
        "ping-anforderung",
        r"Ping-Anforderung\skonnte\sHost\s" + _LQ + r"(?P<host>{H})" + _LQ + r"\snicht",
    ),
    (
        "fr",
        "requête",
        r"La\srequête\sPing\sn" + _APOS + r"a\spas\spu\strouver\sl" + _APOS + r"hôte\s(?P<host>{H})",
    ),
    ("es", "solicitud", r"La\ssolicitud\sde\sping\sno\spudo\sencontrar\sel\shost\s(?P<host>{H})"),
    ("pt", "solicitação", r"A\ssolicitação\sping\snão\spôde\sencontrar\so\shost\s(?P<host>{H})"),
    ("ru", "не удалось обнаружить узел", r"При\sпроверке\sсвязи\sне\sудалось\sобнаружить\sузел\s(?P<host>{H})"),
    ("zh", "请求找不到主机", r"Ping\s?请求找不到主机\s(?P<host>{H})"),
    ("zh-tw", "要求找不到主機", r"Ping\s?要求找不到主機\s(?P<host>{H})"),
    ("ko", "요청에서", r"Ping\s요청에서\s호스트\s(?P<host>{H})을\(를\)\s찾을\s수\s없습니다"),
    ("it", "richiesta", r"Richiesta\sping:\simpossibile\strovare\sl" + _APOS + r"host\s(?P<host>{H})"),
    ("ja", "要求ではホスト", r"ping\s?要求ではホスト\s(?P<host>{H})\sが見つかりませんでした"),
)

# .NET Core's HttpRequestException / SocketException, Java on Windows: "No such host is known. (name[:port])".
_NO_SUCH_HOST: tuple[tuple[str, str, str], ...] = (
    ("en", "no such host is known", r"No\ssuch\shost\sis\sknown"),
    ("de", "der angegebene host ist unbekannt", r"Der\sangegebene\sHost\sist\sunbekannt"),
    ("zh", "不知道这样的主机", r"不知道这样的主机"),
    ("zh-tw", "不知道這樣的主機", r"不知道這樣的主機"),
    ("ja", "そのようなホストは不明です", r"そのようなホストは不明です"),
    ("ru", "этот хост неизвестен", r"Этот\sхост\sнеизвестен"),
    ("pt", "este host não é conhecido", r"Este\shost\snão\sé\sconhecido"),
    # WSANO_DATA (11004), "The requested name is valid, but no data of the requested type was found": NODATA, NXDOMAIN
    (
        "es-nodata",
        "no se encontraron datos del tipo solicitado",
        r"El\snombre\ssolicitado\ses\sválido\spero\sno\sse\sencontraron\sdatos\sdel\stipo\ssolicitado",
    ),
)
# not a log4j line's logger at its end (Kafka's `[...] WARN ... No such host is known. (org.apache.kafka.clients.
# NetworkClient)`; found by a synthetic phrase probe): a lower-case package path, then a capitalised class
_HOST_IN_PARENS = (
    r"[.。]?\s{0,3}\((?!(?:[a-z][a-z0-9_]{0,40}\.){1,12}[A-Z][A-Za-z0-9_$]{0,80}\))"
    r"(?P<host>{H})(?::(?P<port>\d{1,5}))?\)"
)

# wget: "unable to resolve host address %s", from wget.mo.
_WGET: tuple[tuple[str, str, str], ...] = (
    (
        "de",
        "aufgelöst",
        r"Host-Adresse\s" + _LQ + r"(?P<host>{H})" + _LQ + r"\s?kann\snicht\saufgelöst",
    ),
    ("fr", "rés", r"impossible\sde\srésoudre\sl" + _APOS + r"adresse\sde\sl" + _APOS + r"hôte\s"),
    ("es", "resolv", r"no\sse\spudo\sresolver\sla\sdirección\sdel\sequipo\s"),
    ("pt-br", "resolv", r"não\sfoi\spossível\sresolver\sendereço\sde\smáquina\s"),
    ("pt", "resolv", r"impossível\sresolver\so\sendereço\sdo\sservidor\s"),
    ("ru", "разрешить", r"не\sудаётся\sразрешить\sадрес\s"),
    ("zh", "解析", r"无法解析主机地址\s?"),
    ("zh-tw", "解析", r"無法解析主機位址\s?"),
    ("ja", "解決できませんでした", r"ホストアドレス\s" + _LQ + r"(?P<host>{H})" + _LQ + r"\sを解決できませんでした"),
    ("it", "risol", r"impossibile\srisolvere\sl" + _APOS + r"indirizzo\sdell" + _APOS + r"host\s"),
    ("pl", "nie udało się rozwiązać adresu", r"nie\sudało\ssię\srozwiązać\sadresu\shosta\s"),
)

# wget: "Resolving %s... " then "failed: %s.\n" (the reason is glibc's, localized too).
_WGET_RESOLVING: tuple[tuple[str, str, str], ...] = (
    ("de", "auflösen des hostnamens", r"Auflösen\sdes\sHostnamens"),
    ("fr", "rés", r"Résolution\sde"),
    ("es", "resolv", r"Resolviendo"),
    ("pt", "resolv", r"Resolvendo"),
    ("ru", "распознаётся", r"Распознаётся"),
    ("it", "risol", r"Risoluzione\sdi"),
    ("zh", "解析", r"正在解析主机"),
    ("zh-tw", "正在查找主機", r"正在查找主機"),
)
_RESOLVING_TAIL = (
    r"\s{1,3}(?P<host>{H})(?:\s{1,3}\([^()\n]{0,300}\))?\s{0,3}(?:\.\.\.|\u2026)(?=(?P<rest>[^\n]{0,120}))"
)


def _wget_resolving(m: re.Match[str], seg: Segment) -> Hit | None:
    kind = classify_resolution(m.group("rest"))
    return hit(m, seg, kind) if kind else None  # no reason: "Resolving x (x)... 1.2.3.4", it resolved


def _rules(name: str, table: tuple[tuple[str, str, str], ...], build: Build, *, tail: str = "") -> tuple[Rule, ...]:
    """One rule per language, `name-<lang>`: its text, then the (quoted) name unless the text places it, then `tail`."""
    return tuple(
        Rule(
            f"{name}-{lang}",
            (trigger,),
            rx(text + ("" if "(?P<host>" in text or "(?P<host>" in tail else _LQ + r"(?P<host>{H})") + tail),
            build,
        )
        for lang, trigger, text in table
    )


RULES: tuple[Rule, ...] = (
    # .NET gives no reason; read like curl's "Could not resolve host" (HELDOUT.md's recorded choice): NXDOMAIN, assumed.
    *_rules(
        "dotnet-remote-name",
        _REMOTE_NAME,
        fixed("nxdomain", exact=True, assumed=True),
        tail=r"\s{0,3}[:\uff1a]\s{0,3}" + _LQ + r"(?P<host>{H})",
    ),
    *_rules(
        "dotnet-remote-name",
        _REMOTE_NAME_QUOTED,
        fixed("nxdomain", exact=True, assumed=True),
        tail=r"\s{0,3}:\s{0,3}[\"'\u2018\u201c\u201e\u00ab]\u00a0?(?P<host>{H})[\"'\u2019\u201d\u00bb\u00a0]",
    ),
    *_rules("windows-ping", _PING, fixed("nxdomain", exact=True)),
    *_rules("no-such-host-is-known", _NO_SUCH_HOST, fixed("nxdomain"), tail=_HOST_IN_PARENS),
    # wget gives no reason here; read like busybox's "can't resolve" (HELDOUT.md's recorded choice): NXDOMAIN, assumed.
    *_rules("wget", _WGET, fixed("nxdomain", exact=True, assumed=True)),
    *_rules("wget-resolving", _WGET_RESOLVING, _wget_resolving, tail=_RESOLVING_TAIL),
)
