"""An upper- or mixed-case name in Node's own slot for it (issue #17, the generic rule widened after held-out W).

Node prints `getaddrinfo ENOTFOUND <hostname>` / `getaddrinfo EAI_AGAIN <hostname>` with the name exactly as it was
given: an upper-cased Compose service (`ENOTFOUND IMMICH`, held-out S) or a token pasted where the host belongs
(`ENOTFOUND HB1iBOkiV3PKDlmNp2ip5eS1`, held-out W) is still the name looked up. The generic rule refuses such tokens
elsewhere (an upper-case word is `ERROR`, a camel-case one a class: `NetworkingError`); in this slot they are the
name, unless the word is the sentence's own (`generic_words.WORDS`) or another error code (`ENOTFOUND EAI_AGAIN`).
The token must end where Node's message ends it (line end, space, quote, comma, `]`, `}`, `)` or `:port`).

A BACKSTOP for a specific rule (review 2, finding 13): with every rule on, `rules/languages.py`'s `node` rule
(`_node`) reads this slot first and the generic rule only reads lines where no specific rule found a name
(`parser.parse_with`). This keeps the generic rule, measured alone (`parse_with(specific=False)`), reading Node's
slot the same way, and reads it where Node's message is wrapped in a shape the specific regex does not match.
"""

from __future__ import annotations

import re

from checks.parsing.generic_words import WORDS

_NODE_CODE_LEAD = re.compile(r"\bgetaddrinfo\s(?:ENOTFOUND|EAI_AGAIN)\s$")
_SLOT_TOKEN = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?")
_ENDS = frozenset(" \t\n\"'`,]}):")
_ERROR_CODE = re.compile(r"E[A-Z]{2,}(?:_[A-Z]+)*")


def node_slot_name(text: str, start: int, raw: str) -> bool:
    """`raw` at `start` is the whole token right after Node's `getaddrinfo ENOTFOUND ` / `EAI_AGAIN `, with a letter, in
    upper or mixed case, and not a word or an error code: the name Node was given, as printed."""
    if raw.lower() in WORDS or _ERROR_CODE.fullmatch(raw) or not _SLOT_TOKEN.fullmatch(raw):
        return False
    if raw.islower() or not any(c.isalpha() for c in raw):
        return False  # lower-case names and numbers are the generic rule's own judgement
    end = start + len(raw)
    if end < len(text) and text[end] not in _ENDS:
        return False
    return _NODE_CODE_LEAD.search(text, max(0, start - 30), start) is not None
