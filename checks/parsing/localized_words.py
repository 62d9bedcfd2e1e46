# ruff: noqa: RUF001  (the messages are in Cyrillic, CJK and accented Latin on purpose)
"""Resolver errors as localized systems print them, and what kind each is.

glibc's `gai_strerror`/`herror` texts are the translations in glibc's own message catalog (`libc.mo`, read on
this machine from /usr/share/locale/<lang>/LC_MESSAGES/libc.mo with Python's gettext); the Windows (WinSock)
texts are those Windows prints for WSAHOST_NOT_FOUND (11001, "No such host is known"), as found in public code
and logs (see tests/unit/parsing/examples_issue17.py). Lower-case, as `kinds` compares them.
"""

from __future__ import annotations

from checks.parsing.model import FailureKind

# glibc: EAI_NONAME "Name or service not known", EAI_AGAIN "Temporary failure in name resolution", EAI_NODATA
# "No address associated with hostname" (NODATA, read as NXDOMAIN), herror HOST_NOT_FOUND "Unknown host".
GLIBC: tuple[tuple[str, FailureKind], ...] = (
    # de
    ("der name oder der dienst ist nicht bekannt", "nxdomain"),
    ("temporärer fehler bei der namensauflösung", "temporary"),
    ("zu diesem hostnamen gehört keine adresse", "nxdomain"),
    ("unbekannter rechner", "nxdomain"),
    # fr
    ("nom ou service inconnu", "nxdomain"),
    ("échec temporaire dans la résolution du nom", "temporary"),
    ("aucune adresse associée avec le nom de l'hôte", "nxdomain"),
    ("hôte inconnu", "nxdomain"),
    # es
    ("nombre o servicio desconocido", "nxdomain"),
    ("fallo temporal en la resolución del nombre", "temporary"),
    ("no existe ninguna dirección asociada al nombre", "nxdomain"),
    # zh_CN, zh_TW
    ("未知的名称或服务", "nxdomain"),
    ("域名解析暂时失败", "temporary"),
    ("没有与主机名关联的地址", "nxdomain"),
    ("未知的主机", "nxdomain"),
    ("名稱或服務未知", "nxdomain"),
    ("解析名稱時發生暫時性錯誤", "temporary"),
    # ja
    ("名前またはサービスが不明です", "nxdomain"),
    ("名前解決に一時的に失敗しました", "temporary"),
    ("ホスト名にアドレスが割り当てられていません", "nxdomain"),
    ("不明なホストです", "nxdomain"),
    # ru
    ("неизвестное имя или служба", "nxdomain"),
    ("временный сбой в разрешении имен", "temporary"),
    ("с именем узла не связано ни одного адреса", "nxdomain"),
    ("неизвестный узел", "nxdomain"),
    # pt_BR, pt
    ("nome ou serviço desconhecido", "nxdomain"),  # also the start of pt's "desconhecidos"
    ("falha temporário na resolução de nome", "temporary"),
    ("falha temporária na resolução de nome", "temporary"),
    ("não há endereço associado com o nome", "nxdomain"),
    ("host desconhecido", "nxdomain"),
    # it, ko, pl, tr
    ("nome o servizio sconosciuto", "nxdomain"),
    ("errore temporaneo nella risoluzione del nome", "temporary"),
    ("이름 혹은 서비스를 알 수 없습니다", "nxdomain"),
    ("ta nazwa lub usługa jest nieznana", "nxdomain"),
    ("odwzorowanie nazwy jest chwilowo niemożliwe", "temporary"),
    ("isim ya da servis bilinmiyor", "nxdomain"),
)

# Windows WSAHOST_NOT_FOUND (11001), "No such host is known", in the languages it was found printed (de, zh, ja, ru,
# pt, nl), and WSANO_DATA (11004) in Spanish and Chinese (.NET's `SocketException (0x80004005): 请求的名称有效`, a
# full-width comma U+FF0C, `但是找不到请求的类型的数据。`, as the Windows message table prints it).
WINDOWS: tuple[tuple[str, FailureKind], ...] = (
    ("der angegebene host ist unbekannt", "nxdomain"),
    ("不知道这样的主机", "nxdomain"),
    ("不知道這樣的主機", "nxdomain"),
    ("そのようなホストは不明です", "nxdomain"),
    ("этот хост неизвестен", "nxdomain"),
    ("este host não é conhecido", "nxdomain"),
    ("host is onbekend", "nxdomain"),
    ("no se encontraron datos del tipo solicitado", "nxdomain"),  # WSANO_DATA (11004): NODATA
    ("请求的名称有效\uff0c但是找不到请求的类型的数据", "nxdomain"),  # WSANO_DATA (11004): NODATA
)

LOCALIZED_RESOLUTION_WORDS: tuple[tuple[str, FailureKind], ...] = GLIBC + WINDOWS
