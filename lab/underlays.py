"""Named labs' own underlays: lab `a`'s nodes, bastion and upstream DNS on 10.51.x, the next lab's on
10.52.x, … (the default lab keeps 10.41.0.0/16). A lab takes the first /16 of 10.51 to 10.63 that no other
lab on the machine holds (read from their state files), under one machine-wide lock, so two `podnet lab
up --name …` at once never pick the same. Every address is derived from the model's `underlay`
(`LabModel.move_underlay`), so the namespaces, SSH, CoreDNS's upstream, the faults and the API all follow.
"""

from __future__ import annotations

import fcntl
import json
from collections.abc import Iterator
from contextlib import contextmanager

from lab.model import LabModel
from lab.paths import LabPaths, base_dir, lab_dirs

FIRST_OCTET, LAST_OCTET = 51, 63  # inside NAMED_UNDERLAYS (10.48.0.0/12)


class NoUnderlayLeft(ValueError):
    pass


def candidates() -> list[str]:
    return [f"10.{octet}.0.0/16" for octet in range(FIRST_OCTET, LAST_OCTET + 1)]


def held(except_root: object = None) -> set[str]:
    """The underlays other labs' state files name (a lab whose creator crashed still holds its own)."""
    out = set()
    for d in lab_dirs():
        if d == except_root:
            continue
        try:
            out.add(str(json.loads((d / "state.json").read_text())["underlay"]))
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return out


def choose(paths: LabPaths) -> str:
    taken = held(paths.root)
    free = [n for n in candidates() if n not in taken]
    if not free:
        raise NoUnderlayLeft(f"every named lab underlay ({len(candidates())}) is taken; take a lab down first")
    return free[0]


@contextmanager
def reserved(paths: LabPaths, model: LabModel) -> Iterator[None]:
    """For a named lab: pick its underlay and move the model onto it, holding the machine-wide lock until
    the block ends (the lab's state file, which names the underlay, is written inside it)."""
    if not paths.name:
        yield
        return
    lock = base_dir().with_name("podnet-labs-underlay.lock")
    lock.parent.mkdir(parents=True, exist_ok=True)
    with open(lock, "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        model.move_underlay(choose(paths))
        yield
