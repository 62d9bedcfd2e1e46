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

# glibc's catalog as its `po/` files held it over the years (session 51: every translation of the look-up texts in de,
# fr, es, pt_BR, ru, zh_CN, ja and ko across the files' history, from bminor/glibc's mirror; older systems print the
# older wordings), each by its code: EAI_NONAME, EAI_NODATA, NO_DATA, HOST_NOT_FOUND and EAI_ADDRFAMILY (no address
# of that family: NODATA) `nxdomain`; EAI_AGAIN and TRY_AGAIN `temporary`. EAI_FAIL's and NO_RECOVERY's are `other`
# (as `kinds` reads their English) and not listed.
GLIBC_CATALOG_HISTORY: tuple[tuple[str, FailureKind], ...] = (
    ("`host' desconocido", "nxdomain"),  # HOST_NOT_FOUND
    ("host desconocido", "nxdomain"),  # HOST_NOT_FOUND
    ("nombre de `host' no encontrado", "temporary"),  # TRY_AGAIN
    ("nombre de host no encontrado", "temporary"),  # TRY_AGAIN
    ("falha na procura do nome de host", "temporary"),  # TRY_AGAIN
    ("fehler beim auflösen des hostnamens", "temporary"),  # TRY_AGAIN
    ("zu diesem namen gehört keine adresse", "nxdomain"),  # NO_DATA
    ("die adressfamilie für hostnamen wird nicht unterstützt", "nxdomain"),  # EAI_ADDRFAMILY
    ("erreur de repérage du nom de l'hôte cible", "temporary"),  # TRY_AGAIN
    ("aucune adresse associée avec le nom", "nxdomain"),  # NO_DATA
    ("famille d'adresses non supportée pour le nom de l'hôte", "nxdomain"),  # EAI_ADDRFAMILY
    ("esta familia de direcciones no está soportada para el `host'", "nxdomain"),  # EAI_ADDRFAMILY
    ("família de endereços não suportada para nome de máquina", "nxdomain"),  # EAI_ADDRFAMILY
    ("сбой поиска имени узла", "temporary"),  # TRY_AGAIN
    ("с именем не связано ни одного адреса", "nxdomain"),  # NO_DATA
    ("семейство адресов не поддерживается для данного имени узла", "nxdomain"),  # EAI_ADDRFAMILY
    ("查找主机名失败", "temporary"),  # TRY_AGAIN
    ("没有与名字关联的地址", "nxdomain"),  # NO_DATA
    ("不支持主机名的地址族", "nxdomain"),  # EAI_ADDRFAMILY
    ("域名解析出现暂时性错误", "temporary"),  # EAI_AGAIN
    ("名称或服务未知", "nxdomain"),  # EAI_NONAME
    ("ホスト名の解決に失敗しました", "temporary"),  # TRY_AGAIN
    ("名前に対応するアドレスがありません", "nxdomain"),  # NO_DATA
    ("ホスト名に対する address family がサポートされていません", "nxdomain"),  # EAI_ADDRFAMILY
    ("알 수 없는 호스트", "nxdomain"),  # HOST_NOT_FOUND
    ("호스트 이름 탐색 실패", "temporary"),  # TRY_AGAIN
    ("이름과 대응하는 주소가 없음", "nxdomain"),  # NO_DATA
    ("호스트이름에 대한 주소군을 지원하지 않습니다", "nxdomain"),  # EAI_ADDRFAMILY
    ("name resolution에서 일시적인 실패", "temporary"),  # EAI_AGAIN
    ("호스트이름과 대응되는 주소가 없음", "nxdomain"),  # EAI_NODATA
    ("die adreßfamilie für hostnamen wird nicht unterstützt", "nxdomain"),  # EAI_ADDRFAMILY
    ("no existe una dirección asociada al nombre", "nxdomain"),  # NO_DATA
    ("no existe dirección asociada al nombre", "nxdomain"),  # NO_DATA
    ("이름과 대응되는 주소가 없음", "nxdomain"),  # NO_DATA
    ("имя или служба не известны", "nxdomain"),  # EAI_NONAME
    ("неизвестный хост", "nxdomain"),  # HOST_NOT_FOUND
    ("сбой поиска имени хоста", "temporary"),  # TRY_AGAIN
    ("семейство адресов не поддерживается для данного имени хоста", "nxdomain"),  # EAI_ADDRFAMILY
    ("с именем хоста не связано ни одного адреса", "nxdomain"),  # EAI_NODATA
    ("семейство адресов не поддерживатся для данного имени хоста", "nxdomain"),  # EAI_ADDRFAMILY
    ("主机名搜索失败", "temporary"),  # TRY_AGAIN
    ("不支持的主机名地址族", "nxdomain"),  # EAI_ADDRFAMILY
    ("hostnameのアドレスファミリはサポートされていません", "nxdomain"),  # EAI_ADDRFAMILY
    ("名前解決時の一時的な失敗", "temporary"),  # EAI_AGAIN
    ("ホスト名に対応するアドレスがありません", "nxdomain"),  # EAI_NODATA
    ("不明なホスト", "nxdomain"),  # HOST_NOT_FOUND
    ("ホスト名の検索に失敗しました", "temporary"),  # TRY_AGAIN
    ("名前またはサービスは不明です", "nxdomain"),  # EAI_NONAME
    ("호스트이름에 대한 주소군이 지원되지 않음", "nxdomain"),  # EAI_ADDRFAMILY
    ("name 혹은 서비스를 알 수 없습니다", "nxdomain"),  # EAI_NONAME
)

LOCALIZED_RESOLUTION_WORDS: tuple[tuple[str, FailureKind], ...] = GLIBC + WINDOWS + GLIBC_CATALOG_HISTORY
