"""How much work one user, one channel and everyone together may ask of podnet: sliding windows per user
and per channel, and a bounded queue. Kept in the process (each replica counts its own share), checked
before anything is queued, so one paste or one person cannot queue work ahead of everyone for an hour."""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

WINDOW = 600.0  # seconds


@dataclass
class RateLimits:
    per_user: int
    per_channel: int
    window: float = WINDOW
    clock: Callable[[], float] = time.monotonic
    _seen: dict[str, deque[float]] = field(default_factory=dict, init=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False)

    def _full(self, key: str, limit: int, now: float) -> float | None:
        """Seconds until `key` may ask again, or None when it may now."""
        times = self._seen.setdefault(key, deque())
        while times and now - times[0] >= self.window:
            times.popleft()
        return self.window - (now - times[0]) if len(times) >= limit else None

    def take(self, user: str, channel: str) -> str | None:
        """Count one request by `user` in `channel`; None when allowed, else why not (for the reply)."""
        with self._lock:
            now = self.clock()
            wait_user = self._full(f"user:{user}", self.per_user, now)
            wait_channel = self._full(f"channel:{channel}", self.per_channel, now)
            if wait_user is not None:
                return (
                    f"<@{user}> asked for {self.per_user} diagnoses in the last {self.window / 60:.0f} minutes, "
                    f"the most podnet runs for one person; try again in {wait_user / 60:.0f} min."
                )
            if wait_channel is not None:
                return (
                    f"This channel asked for {self.per_channel} diagnoses in the last {self.window / 60:.0f} "
                    f"minutes, the most podnet runs for one channel; try again in {wait_channel / 60:.0f} min."
                )
            self._seen[f"user:{user}"].append(now)
            self._seen[f"channel:{channel}"].append(now)
            return None
