"""The actions podnet's Slack side permits, and who may take each (`PODNET_PERMISSIONS`); read with the
settings, decided in `bot.slack.access`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, get_args

Action = Literal["diagnose", "check", "capture", "rerun", "summary", "help"]
ACTIONS: tuple[Action, ...] = get_args(Action)
_ID = re.compile(r"^[UWS][A-Z0-9]{2,20}$")


@dataclass(frozen=True)
class Audience:
    everyone: bool = False
    users: frozenset[str] = frozenset()
    groups: tuple[str, ...] = ()

    @classmethod
    def of(cls, ids: list[str]) -> Audience:
        if "*" in ids:
            return cls(everyone=True)
        return cls(
            False, frozenset(i for i in ids if not i.startswith("S")), tuple(i for i in ids if i.startswith("S"))
        )

    def describe(self) -> str:
        if self.everyone:
            return "everyone"
        return ", ".join([*sorted(self.users), *self.groups]) or "nobody"


def parse_permissions(text: str, operators: list[str]) -> dict[Action, Audience]:
    """`PODNET_PERMISSIONS` over the defaults; raises ValueError naming what is wrong."""
    table: dict[Action, Audience] = {
        "diagnose": Audience(everyone=True),
        "rerun": Audience(everyone=True),
        "summary": Audience(everyone=True),
        "help": Audience(everyone=True),
        "check": Audience.of(operators),
        "capture": Audience.of(operators),
    }
    for part in (p.strip() for p in text.split(";") if p.strip()):
        action, sep, who = part.partition("=")
        action = action.strip()
        if not sep or action not in ACTIONS or action == "help":
            raise ValueError(f"{part!r}: expected action=who with action one of {', '.join(ACTIONS[:-1])}")
        ids = [i for i in re.split(r"[,\s]+", who) if i]
        bad = [i for i in ids if i != "*" and not _ID.match(i)]
        if bad:
            raise ValueError(f"{action}: not a user or user-group ID: {', '.join(bad)}")
        table[action] = Audience.of(ids)
    return table
