"""A word that begins a `::` path is never a host (issue #17, held-out X).

Ruby (`SSHKit::Runner::ExecuteError`), C++ (`boost::asio::ip`), Rust (`tokio::net::lookup_host`) and Perl
(`IO::Socket::INET`) join a class or module path with `::`; the exception's class on a Capistrano failure
(`SSHKit::Runner::ExecuteError: Exception while executing as deploy@h: getaddrinfo: ...`) is no name looked up.
An IPv6 address also has `::` after a group (`fd00::1`, `fe80::abcd`): a word made only of hex digits is left alone.
"""

from __future__ import annotations

_HEX = frozenset("0123456789abcdefABCDEF")


def class_path_head(text: str, raw: str, end: int) -> bool:
    """Whether the word `raw`, ending at `end` in `text`, is followed by `::` and a path's next name."""
    return (
        text.startswith("::", end)
        and text[end + 2 : end + 3].isalpha()
        and not text.startswith(":", end + 3)
        and not all(c in _HEX for c in raw)
    )
