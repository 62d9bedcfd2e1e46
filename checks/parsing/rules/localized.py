# ruff: noqa: RUF001  (the messages are in Cyrillic, CJK and accented Latin on purpose)
"""Localized resolver errors: .NET/PowerShell's "The remote name could not be resolved", Windows ping's "could not
find host", .NET's "No such host is known (host:port)", and wget's "unable to resolve host address" and
"Resolving X... failed", as Windows and wget print them in other languages.

The wget texts are the translations in wget's own message catalog (`wget.mo`); the Windows texts are those found
printed in public threads and code (tests/unit/parsing/examples_issue17.py names each with its source).
"""

from __future__ import annotations

import re

from checks.parsing.document import Segment
from checks.parsing.kinds import classify_resolution
from checks.parsing.model import FailureKind
from checks.parsing.rules.base import Build, Hit, Rule, fixed, hit, rx

# Quotes localized programs put around names: ASCII, typographic, German „…“, French « … » (with no-break spaces),
# Japanese 「…」.
_LQ = "[\"'`\u2018\u2019\u201a\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a\u300c\u300d\u00a0 ]{0,3}"

# .NET Framework WebException.Message for NameResolutionFailure: "<text>: 'name'".
_REMOTE_NAME_TEXTS = (
    r"Der\sRemotename\skonnte\snicht\saufgelöst\swerden",  # de
    r"Le\snom\sdistant\sn['\u2019]a\spas\spu\sêtre\srésolu",  # fr
    r"No\sse\spuede\sresolver\sel\snombre\sremoto",  # es
    r"O\snome\sremoto\snão\spôde\sser\sresolvido",  # pt-BR
    r"(?:Невозможно|Не\sудалось)\sразрешить\sудаленное\sимя",  # ru
    r"未能解析此远程名称",  # zh-CN
    r"無法解析遠端名稱",  # zh-TW
    r"リモート名を解決できませんでした。?",  # ja
)
_REMOTE_NAME = rx(r"(?:" + "|".join(_REMOTE_NAME_TEXTS) + r")\s{0,3}[:：]\s{0,3}" + _LQ + r"(?P<host>{H})")

# Windows ping: "Ping request could not find host NAME. Please check the name and try again."
_PING_TEXTS = (
    r"Ping-Anforderung\skonnte\sHost\s" + _LQ + r"(?P<h1>{H})" + _LQ + r"\snicht\sfinden",  # de
    r"La\srequête\sPing\sn['\u2019]a\spas\spu\strouver\sl['\u2019]hôte\s(?P<h2>{H})",  # fr
    r"La\ssolicitud\sde\sping\sno\spudo\sencontrar\sel\shost\s(?P<h3>{H})",  # es
    r"A\ssolicitação\sping\snão\spôde\sencontrar\so\shost\s(?P<h4>{H})",  # pt-BR
    r"При\sпроверке\sсвязи\sне\sудалось\sобнаружить\sузел\s(?P<h5>{H})",  # ru
    r"Ping\s?请求找不到主机\s(?P<h6>{H})",  # zh-CN
    r"ping\s?要求ではホスト\s(?P<h7>{H})\sが見つかりませんでした",  # ja
)
_WINDOWS_PING = rx("|".join(_PING_TEXTS))

# .NET Core's HttpRequestException / SocketException, Java on Windows: "No such host is known. (name[:port])".
_NO_SUCH_HOST = rx(
    r"(?:No\ssuch\shost\sis\sknown|Der\sangegebene\sHost\sist\sunbekannt|不知道这样的主机|そのようなホストは不明です"
    r"|Этот\sхост\sнеизвестен)[.。]?\s{0,3}\((?P<host>{H})(?::(?P<port>\d{1,5}))?\)"
)

# wget: "unable to resolve host address %s" from wget.mo.
_WGET_TEXTS = (
    r"Host-Adresse\s" + _LQ + r"(?P<h1>{H})" + _LQ + r"\s?kann\snicht\saufgelöst\swerden",  # de
    r"impossible\sde\srésoudre\sl['\u2019]adresse\sde\sl['\u2019]hôte\s" + _LQ + r"(?P<h2>{H})",  # fr
    r"no\sse\spudo\sresolver\sla\sdirección\sdel\sequipo\s" + _LQ + r"(?P<h3>{H})",  # es
    r"não\sfoi\spossível\sresolver\sendereço\sde\smáquina\s" + _LQ + r"(?P<h4>{H})",  # pt-BR
    r"impossível\sresolver\so\sendereço\sdo\sservidor\s" + _LQ + r"(?P<h5>{H})",  # pt
    r"не\sудаётся\sразрешить\sадрес\s" + _LQ + r"(?P<h6>{H})",  # ru
    r"无法解析主机地址\s?" + _LQ + r"(?P<h7>{H})",  # zh-CN
    r"無法解析主機位址\s?" + _LQ + r"(?P<h8>{H})",  # zh-TW
    r"ホストアドレス\s" + _LQ + r"(?P<h9>{H})" + _LQ + r"\sを解決できませんでした",  # ja
    r"impossibile\srisolvere\sl['\u2019]indirizzo\sdell['\u2019]host\s" + _LQ + r"(?P<h10>{H})",  # it
    r"nie\sudało\ssię\srozwiązać\sadresu\shosta\s" + _LQ + r"(?P<h11>{H})",  # pl
)
_WGET = rx("|".join(_WGET_TEXTS))
# wget: "Resolving %s... " then "failed: %s.\n" (the reason is glibc's, localized too).
_WGET_RESOLVING = rx(
    r"(?:Auflösen\sdes\sHostnamens|Résolution\sde|Resolviendo|Resolvendo|A\sresolver|Распознаётся|Risoluzione\sdi"
    r"|Translacja|正在解析主机|正在查找主機)\s{1,3}(?P<host>{H})(?:\s{1,3}\([^()\n]{0,300}\))?\s{0,3}(?:\.\.\.|\u2026)"
    r"(?=(?P<rest>[^\n]{0,120}))"
    r"|(?P<jhost>{H})(?:\s{1,3}\([^()\n]{0,300}\))?\sをDNSに問いあわせています\.\.\.(?=(?P<jrest>[^\n]{0,120}))"
)


def _one_of(kind: FailureKind, *, assumed: bool = False) -> Build:
    """For rules whose alternatives (one per language) each name the host in their own group."""

    def build(m: re.Match[str], seg: Segment) -> Hit | None:
        at = next((k for k, v in m.groupdict().items() if k.startswith("h") and v), None)
        if at is None:
            return None
        return Hit(m.group(at), kind, seg.start + m.start(at), seg.start + m.end(at), exact=True, assumed=assumed)

    return build


def _wget_resolving(m: re.Match[str], seg: Segment) -> Hit | None:
    rest = m.group("rest") if m.group("host") else m.group("jrest")
    kind = classify_resolution(rest or "")
    if kind is None:
        return None  # "Resolving x (x)... 1.2.3.4": it resolved
    if m.group("host"):
        return hit(m, seg, kind)
    return Hit(m.group("jhost"), kind, seg.start + m.start("jhost"), seg.start + m.end("jhost"))


RULES: tuple[Rule, ...] = (
    Rule(
        "dotnet-remote-name-localized",
        (
            "remotename konnte nicht",
            "nom distant n",
            "resolver el nombre remoto",
            "nome remoto não",
            "разрешить удаленное имя",
            "未能解析此远程名称",
            "無法解析遠端名稱",
            "リモート名を解決できませんでした",
        ),
        _REMOTE_NAME,
        fixed("nxdomain", exact=True, assumed=True),
    ),
    Rule(
        "windows-ping-localized",
        (
            "ping-anforderung konnte host",
            "requête ping n",
            "solicitud de ping no pudo",
            "solicitação ping não",
            "не удалось обнаружить узел",
            "请求找不到主机",
            "要求ではホスト",
        ),
        _WINDOWS_PING,
        _one_of("nxdomain"),
    ),
    Rule(
        "no-such-host-is-known-host",
        (
            "no such host is known",
            "der angegebene host ist unbekannt",
            "不知道这样的主机",
            "そのようなホストは不明です",
            "этот хост неизвестен",
        ),
        _NO_SUCH_HOST,
        fixed("nxdomain"),
    ),
    Rule(
        "wget-localized",
        (
            "kann nicht aufgelöst werden",
            "impossible de résoudre l",
            "no se pudo resolver la dirección",
            "não foi possível resolver endereço",
            "impossível resolver o endereço",
            "не удаётся разрешить адрес",
            "无法解析主机地址",
            "無法解析主機位址",
            "を解決できませんでした",
            "impossibile risolvere l",
            "nie udało się rozwiązać adresu",
        ),
        _WGET,
        _one_of("nxdomain", assumed=True),
    ),
    Rule(
        "wget-resolving-localized",
        (
            "auflösen des hostnamens",
            "résolution de",
            "resolviendo",
            "resolvendo",
            "a resolver",
            "распознаётся",
            "risoluzione di",
            "translacja",
            "正在解析主机",
            "正在查找主機",
            "をdnsに問いあわせています",
        ),
        _WGET_RESOLVING,
        _wget_resolving,
    ),
)
