"""Parser for `uname -r` (the running kernel release).

Format: uname(1) `-r, --kernel-release`, i.e. the kernel's UTS release string: `MAJOR.MINOR[.PATCH][EXTRA]`
as built from the kernel Makefile's VERSION, PATCHLEVEL, SUBLEVEL and EXTRAVERSION/LOCALVERSION
("6.18.44-fc-v657", "3.10.0-1160.el7.x86_64", "5.15.0-91-generic").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checks.outputs._common import lines_of

_RELEASE = re.compile(r"^(?P<major>\d+)\.(?P<minor>\d+)(?:\.(?P<patch>\d+))?")


@dataclass(frozen=True)
class KernelVersion:
    """The release's numbers (patch 0 when absent); all None when raw is not a kernel release."""

    major: int | None
    minor: int | None
    patch: int | None
    raw: str

    def as_tuple(self) -> tuple[int, int, int] | None:
        """(major, minor, patch) for comparisons, or None when the release did not parse."""
        if self.major is None or self.minor is None or self.patch is None:
            return None
        return (self.major, self.minor, self.patch)


def parse_uname_r(text: str) -> KernelVersion:
    """The first non-blank line of `uname -r` output as a KernelVersion."""
    lines = lines_of(text)
    raw = lines[0].strip() if lines else ""
    match = _RELEASE.match(raw)
    if match is None:
        return KernelVersion(None, None, None, raw)
    return KernelVersion(int(match["major"]), int(match["minor"]), int(match["patch"] or 0), raw)
