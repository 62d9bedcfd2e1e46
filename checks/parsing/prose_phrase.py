"""A bare word that ends a phrase of the program's own prose is not the name it failed to look up.

`Unable to reach identity provider: Name or service not known`, `socket connection error while opening: [Errno -2]
...`: the word before the resolver's text is the last of the program's words, and the name (if the paste shows one)
is elsewhere. A name so bare is read where a word that takes an object stands before it (`connect to redis: ...`,
`resolve host db: ...`, `ping web: ...`), or a role noun (`database postgres: ...`), or nothing but punctuation.
Found by probing before held-out CI-CL.
"""

from __future__ import annotations

import re

from checks.parsing.generic_words import WORDS, words

_LEAD = re.compile(r"(?<![\w.:/@$%{}<>\[\]-])([a-z]{3,20}) \Z")
# Words after which a bare word is the object looked up: verbs of reaching a peer, a peer's role, a tool.
OBJECT_LEADS = words(
    """
    reach reaching contact contacting ping pinging dial dialing dialling find finding lookup query querying open
    access accessing call calling use via named called against toward towards into onto upon
    enotfound eai_again
    database db cluster instance master replica primary secondary backend frontend registry mirror repository repo
    bucket container pod peer gateway router machine box target sentinel queue cache store api app application
    client agent worker controller manager daemon host vhost realm tenant namespace bastion jump relay smarthost
    """
)
# A bare word after one of these opens a clause of prose (`while opening`, `during handshake`), or is the data a
# program moves, not a peer (`Failed to send telemetry:`, `Cannot download bundle:`, `Failed to fetch feed:`).
_CLAUSE_OPENERS = words(
    """
    while whilst during
    send sending fetch fetching download downloading upload uploading load loading publish publishing push pushing
    pull pulling install installing update updating refresh refreshing sync syncing export exporting import importing
    submit submitting flush flushing report reporting
    """
)


def ends_prose_phrase(text: str, start: int) -> bool:
    """Whether the bare word at `start` is the last word of a phrase of prose: the word before it is a lower-case word
    that takes no peer for its object (`identity provider`, `send telemetry`), or opens a clause (`while opening`)."""
    lead = _LEAD.search(text, max(0, start - 22), start)
    if lead is None:
        return False
    word = lead.group(1)
    return word in _CLAUSE_OPENERS or (word not in WORDS and word not in OBJECT_LEADS)
