"""The small part of RFC 6455 (WebSocket) that the Slack STAND-IN needs, server side.

Slack's Socket Mode servers speak plain RFC 6455; this module lets the stand-in speak it with
the standard library alone: the opening handshake answer (``Sec-WebSocket-Accept``), text
frames, the client-to-server masking rule, ping/pong, close, and fragmented messages.
Server frames are never masked (RFC 6455 §5.1); a client frame that is not masked is a
protocol error and closes the connection with 1002.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import logging
import socket
import struct
import threading
from dataclasses import dataclass
from enum import IntEnum
from typing import Protocol

log = logging.getLogger(__name__)

_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"  # RFC 6455 §1.3


class Opcode(IntEnum):
    """Frame opcodes (RFC 6455 §5.2)."""

    CONTINUATION = 0x0
    TEXT = 0x1
    BINARY = 0x2
    CLOSE = 0x8
    PING = 0x9
    PONG = 0xA


class Readable(Protocol):
    """A buffered byte stream (``socket.makefile("rb")``, a request handler's ``rfile``)."""

    def read(self, size: int, /) -> bytes: ...


class ConnectionClosed(Exception):
    """The peer closed the connection (close frame or end of stream)."""

    def __init__(self, code: int = 1006, reason: str = "") -> None:
        super().__init__(f"websocket closed ({code} {reason})".strip())
        self.code = code
        self.reason = reason


class ProtocolError(Exception):
    """The peer broke RFC 6455; the connection is closed with 1002."""


def accept_key(sec_websocket_key: str) -> str:
    """The ``Sec-WebSocket-Accept`` answer for a client's ``Sec-WebSocket-Key`` (RFC 6455 §4.2.2)."""
    digest = hashlib.sha1((sec_websocket_key.strip() + _GUID).encode("ascii")).digest()
    return base64.b64encode(digest).decode("ascii")


def encode_frame(opcode: Opcode, payload: bytes, *, mask_key: bytes | None = None, fin: bool = True) -> bytes:
    """One frame; ``mask_key`` only for client frames (tests use it to play the client)."""
    first = (0x80 if fin else 0) | int(opcode)
    length = len(payload)
    mask_bit = 0x80 if mask_key is not None else 0
    if length <= 125:
        header = struct.pack("!BB", first, mask_bit | length)
    elif length <= 0xFFFF:
        header = struct.pack("!BBH", first, mask_bit | 126, length)
    else:
        header = struct.pack("!BBQ", first, mask_bit | 127, length)
    if mask_key is None:
        return header + payload
    return header + mask_key + _unmask(payload, mask_key)


def _unmask(data: bytes, key: bytes) -> bytes:
    repeated = (key * (len(data) // 4 + 1))[: len(data)]
    return (int.from_bytes(data, "big") ^ int.from_bytes(repeated, "big")).to_bytes(len(data), "big")


@dataclass(frozen=True)
class Frame:
    """A decoded frame."""

    opcode: Opcode
    payload: bytes
    fin: bool
    masked: bool


def _read_exact(stream: Readable, size: int) -> bytes:
    chunks: list[bytes] = []
    remaining = size
    while remaining:
        chunk = stream.read(remaining)
        if not chunk:
            raise ConnectionClosed(1006, "end of stream")
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def read_frame(stream: Readable) -> Frame:
    """Read one frame from a buffered stream, unmasking a masked payload."""
    first, second = _read_exact(stream, 2)
    if first & 0x70:
        raise ProtocolError("reserved bits set without a negotiated extension")
    try:
        opcode = Opcode(first & 0x0F)
    except ValueError as exc:
        raise ProtocolError(f"unknown opcode {first & 0x0F:#x}") from exc
    length = second & 0x7F
    if length == 126:
        (length,) = struct.unpack("!H", _read_exact(stream, 2))
    elif length == 127:
        (length,) = struct.unpack("!Q", _read_exact(stream, 8))
    masked = bool(second & 0x80)
    key = _read_exact(stream, 4) if masked else b""
    payload = _read_exact(stream, length)
    if masked:
        payload = _unmask(payload, key)
    return Frame(opcode, payload, bool(first & 0x80), masked)


@dataclass(frozen=True)
class Message:
    """A complete data message (a text or binary frame and its continuations)."""

    opcode: Opcode
    data: bytes

    @property
    def text(self) -> str:
        return self.data.decode("utf-8")


class WebSocketConnection:
    """The server end of one upgraded connection: thread-safe sends, a blocking receive loop."""

    def __init__(self, sock: socket.socket, stream: Readable, *, require_mask: bool = True) -> None:
        self._sock = sock
        self._stream = stream
        self._require_mask = require_mask
        self._send_lock = threading.Lock()
        self._closed = threading.Event()
        self.pings_received = 0
        self.pongs_received = 0

    @property
    def closed(self) -> bool:
        return self._closed.is_set()

    def _send(self, opcode: Opcode, payload: bytes) -> None:
        with self._send_lock:
            if self._closed.is_set() and opcode is not Opcode.CLOSE:
                raise ConnectionClosed(1006, "already closed")
            self._sock.sendall(encode_frame(opcode, payload))

    def send_text(self, text: str) -> None:
        self._send(Opcode.TEXT, text.encode("utf-8"))

    def send_ping(self, payload: bytes = b"") -> None:
        self._send(Opcode.PING, payload)

    def close(self, code: int = 1000, reason: str = "") -> None:
        """Send a close frame (once) and shut the socket down, which ends the receive loop."""
        if self._closed.is_set():
            return
        self._closed.set()
        with contextlib.suppress(OSError):
            self._send(Opcode.CLOSE, struct.pack("!H", code) + reason.encode("utf-8")[:120])
        self._shutdown()

    def _shutdown(self) -> None:
        with contextlib.suppress(OSError):
            self._sock.shutdown(socket.SHUT_RDWR)

    def receive(self) -> Message:
        """The next data message; answers pings, counts pongs, honours close.

        Raises ``ConnectionClosed`` when the peer closes or the stream ends.
        """
        parts: list[bytes] = []
        first_opcode: Opcode | None = None
        while True:
            try:
                frame = read_frame(self._stream)
            except ProtocolError as exc:
                log.warning("websocket protocol error: %s", exc)
                self.close(1002, "protocol error")
                raise ConnectionClosed(1002, str(exc)) from exc
            except (OSError, ValueError) as exc:
                self._closed.set()
                raise ConnectionClosed(1006, str(exc)) from exc
            if self._require_mask and not frame.masked:
                self.close(1002, "client frames must be masked")
                raise ConnectionClosed(1002, "unmasked client frame")
            if frame.opcode is Opcode.PING:
                self.pings_received += 1
                self._send(Opcode.PONG, frame.payload)
                continue
            if frame.opcode is Opcode.PONG:
                self.pongs_received += 1
                continue
            if frame.opcode is Opcode.CLOSE:
                code = struct.unpack("!H", frame.payload[:2])[0] if len(frame.payload) >= 2 else 1005
                reason = frame.payload[2:].decode("utf-8", "replace")
                self.close(code if code != 1005 else 1000, "")
                raise ConnectionClosed(code, reason)
            if frame.opcode is Opcode.CONTINUATION:
                if first_opcode is None:
                    self.close(1002, "continuation without a start")
                    raise ConnectionClosed(1002, "continuation without a start")
            else:
                first_opcode = frame.opcode
            parts.append(frame.payload)
            if frame.fin:
                return Message(first_opcode, b"".join(parts))
