"""Node's `getaddrinfo CODE h` quoted in someone's prose (issue #17, recall by generalisation): `I get 500 getaddrinfo
ENOTFOUND immich-server error.`, `an error relating to getaddrinfo EAI_AGAIN redis in the ... logs` (held-out H and N).
Node's message puts the name right after the code, so the word there is the name even when the sentence goes on
after it (the generic rule otherwise wants a single word to end where a name would: `_terminated`). Not when the word
there is the sentence's own (`getaddrinfo ENOTFOUND and then crash`, `... EAI_AGAIN is returned`): a word of
`generic_words.WORDS` is never taken from prose."""

from __future__ import annotations

import re

from checks.parsing.generic_words import WORDS

_NODE_CODE_LEAD = re.compile(r"\bgetaddrinfo\s(?:ENOTFOUND|EAI_AGAIN)\s$")


def after_node_code(text: str, start: int, host: str) -> bool:
    """The token `host` at `start` comes right after Node's `getaddrinfo ENOTFOUND ` / `getaddrinfo EAI_AGAIN `, and is
    not a word of the sentence going on."""
    if host in WORDS:
        return False
    return _NODE_CODE_LEAD.search(text, max(0, start - 30), start) is not None
