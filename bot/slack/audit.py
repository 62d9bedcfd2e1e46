"""The audit log (`PODNET_AUDIT_LOG`, JSON lines): who asked for what, and every command run on a node.

Audit first: a job's intent is written before it starts, and each node's commands before they are sent
(the runner's `before_exec`), so a run that is killed half-way still left its trace. When the log cannot
be written, nothing runs: the writer raises `OSError`, the job stops with a reason in its thread and the
runner turns commands it could not audit into "not run"; `/readyz` says so too (`problem()`).
Results (exit statuses) are appended once the run is over.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

Line = dict[str, Any]


class AuditLog:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()

    def _write(self, lines: Sequence[Line]) -> None:
        """Raises OSError when the log cannot be written (then the caller must not run what it describes)."""
        now = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        text = "".join(json.dumps({"time": now, **line}) + "\n" for line in lines)
        with self._lock, open(self.path, "a") as fh:
            fh.write(text)
            fh.flush()

    def intent(self, job_id: str, user: str, origin: str, request: str, *, cluster: str | None = None) -> None:
        line = {"diagnosis_id": job_id, "user": user, "origin": origin, "phase": "intent", "request": request}
        self._write([_with_cluster(line, cluster)])

    def commands(
        self, job_id: str, user: str, origin: str, node: str, commands: Sequence[str], *, cluster: str | None = None
    ) -> None:
        self._write(
            [
                _with_cluster(
                    {
                        "diagnosis_id": job_id,
                        "user": user,
                        "origin": origin,
                        "phase": "run",
                        "node": node,
                        "command": c,
                    },
                    cluster,
                )
                for c in commands
            ]
        )

    def results(
        self,
        job_id: str,
        user: str,
        origin: str,
        audit: Sequence[tuple[str, str, int | None]],
        *,
        cluster: str | None = None,
    ) -> None:
        self._write(
            [
                _with_cluster(
                    {
                        "diagnosis_id": job_id,
                        "user": user,
                        "origin": origin,
                        "node": node,
                        "command": command,
                        "exit_status": status,
                    },
                    cluster,
                )
                for node, command, status in audit
            ]
        )

    def refused(self, user: str, origin: str, action: str, reason: str) -> None:
        self._write([{"user": user, "origin": origin, "action": action, "refused": reason}])

    def problem(self) -> str | None:
        """/readyz: None when the log can be appended to, else why not."""
        try:
            with open(self.path, "a"):
                return None
        except OSError as err:
            return f"the audit log {self.path} cannot be written: {err.strerror or err}"


def _with_cluster(line: Line, cluster: str | None) -> Line:
    """Every line of a job names the cluster it ran in (the only one's name when there is one)."""
    return {**line, "cluster": cluster} if cluster is not None else line
