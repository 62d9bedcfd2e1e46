"""`host_settings`' two readers over one set of setting shapes (review 2, finding 9): `nearest` names the setting
nearest the error; `only` names nothing where the error's paste block holds settings for two different hosts."""

from __future__ import annotations

import pytest

from checks.parsing import host_settings
from checks.parsing.document import Document, Segment


def _segment(text: str, trigger: str = "failed to lookup") -> Segment:
    (seg,) = Document(text).segments([trigger])
    return seg


_TWO = "  - SMTP_HOST=mail.internal\n  - DB_HOST=postgres\nSMTP error: failed to lookup address information: x"
_ONE_MASKED = 'failed to lookup address information: x\n      hostname: "****.database.windows.net",\n      port: 1433'


@pytest.mark.parametrize(
    ("text", "nearest", "only"),
    [
        (_TWO, "postgres", None),  # two hosts in the block: which one failed is unknown
        (
            "  - SMTP_HOST=mail.internal\nSMTP error: failed to lookup address information: x",
            "mail.internal",
            "mail.internal",
        ),
        (_ONE_MASKED, "****.database.windows.net", "****.database.windows.net"),  # a mask with letters left
        ('failed to lookup address information: x\n  hostname: "***"', None, None),  # a mask alone names nothing
        # a blank line ends the block: the setting beyond it does not make the block's one setting ambiguous
        (
            "  - DB_HOST=postgres\nfailed to lookup address information: x\n\n  - SMTP_HOST=mail.internal",
            "postgres",
            "postgres",
        ),
        ("failed to lookup address information: x", None, None),
    ],
)
def test_nearest_and_only(text: str, nearest: str | None, only: str | None) -> None:
    seg = _segment(text)
    assert host_settings.nearest(seg) == nearest
    assert host_settings.only(seg) == only
