"""CJK letters around a name (issue #17, held-out N): a Chinese or Japanese message writes a name with no space
between it and the words around it (NewLife.Redis's "failed to resolve the address of host h": 解析主机, the name,
的地址失败, a fullwidth exclamation mark, `Name does not resolve`). The host pattern is ASCII, so the letters already
end the token; here they end a single-word name like a space or punctuation does, and the words for "host"/"domain
name" right before it name it as strongly as `host` does."""

from __future__ import annotations

import re

# CJK punctuation, kana, CJK unified ideographs, Hangul, fullwidth forms
_CJK = re.compile("[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff00-\uffef]")
# 主机 (host), 域名 (domain name), 主机名 (host name), ホスト (host), 호스트 (host)
CJK_HOST_LEAD = r"|(?:\u4e3b\u673a\u540d|\u4e3b\u673a|\u57df\u540d|\u30db\u30b9\u30c8|\ud638\uc2a4\ud2b8)\s{0,2}"
"""An alternative of `generic_candidates._STRONG_KEYWORD`: a CJK word for host right before the name."""


def cjk_at(text: str, at: int) -> bool:
    """A CJK letter or fullwidth punctuation at `at` (after a name's trailing dot, if any): the end of a name
    written without a space."""
    if text.startswith(".", at):
        at += 1
    return at < len(text) and _CJK.match(text, at) is not None
