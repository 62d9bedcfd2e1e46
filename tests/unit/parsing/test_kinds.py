"""The kind tables read resolver texts as the labelling conventions do (checks/parsing/kinds.py)."""

from __future__ import annotations

import pytest

from checks.parsing.kinds import classify, classify_dotnet_socket, classify_resolution, from_rcode_number


@pytest.mark.parametrize(
    ("message", "want"),
    [
        # .NET on Linux: EAI_AGAIN as SocketError.TryAgain, printed with and without its native code
        ("(00000001, 11): Resource temporarily unavailable", "temporary"),
        ("Resource temporarily unavailable", "temporary"),
        ("(00000005, 0xFFFDFFFF): Name or service not known", "nxdomain"),
        ("No such host is known", "nxdomain"),
        # a connection's failure is not the lookup's
        ("(00000001, 111): Connection refused", None),
        ("Connection timed out", None),
        ("Unknown error -1", None),
    ],
)
def test_dotnet_socket_messages(message: str, want: str | None) -> None:
    assert classify_dotnet_socket(message) == want


def test_eagain_text_alone_is_not_a_resolution_word() -> None:
    # only inside a .NET SocketException is EAGAIN's text about the lookup; elsewhere it is a transport word
    assert classify_resolution("Resource temporarily unavailable") is None
    assert classify("Resource temporarily unavailable") == "temporary"


def test_luasocket_noname_text_is_nxdomain() -> None:
    assert classify_resolution("host or service not provided, or not known") == "nxdomain"


@pytest.mark.parametrize(
    ("number", "want"),
    [("2", "servfail"), ("3", "nxdomain"), ("5", "refused"), ("1", "other"), ("4", "other"), ("0", None), ("00", None)],
)
def test_numeric_rcodes_one_table(number: str, want: str | None) -> None:
    # Twisted's `rCode=N`, lua-resty-dns's `server returned error code: N`, Kong's and dig-like `response code N`
    assert from_rcode_number(number) == want
