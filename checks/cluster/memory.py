"""An ApiSource over recorded API objects: the cluster as JSON, for tests and replays without a cluster.

`objects` maps a REST path (`/api/v1/nodes`, `/apis/crd.projectcalico.org/v1/ippools`, …) to the JSON the
API answers there (a List for collections); `refused` maps a path to the HTTP status it answers instead
(403 to test RBAC, 500 for a broken API). A path in neither answers 404, as the API does. `texts` maps a
path to a text body (a pod's log, `…/pods/NAME/log`), served by `get_text`.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from checks.cluster.read import Cluster
from checks.errors import ApiStatus

REASONS = {401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 500: "Internal Server Error"}


class RecordedApi:
    def __init__(
        self,
        objects: Mapping[str, dict[str, Any]],
        refused: Mapping[str, int] | None = None,
        texts: Mapping[str, str] | None = None,
    ) -> None:
        self.objects = dict(objects)
        self.refused = dict(refused or {})
        self.texts = dict(texts or {})
        self.requests: list[tuple[str, dict[str, str]]] = []  # what was read, in order

    def _check(self, path: str, query: dict[str, str] | None, known: Mapping[str, Any]) -> None:
        self.requests.append((path, dict(query or {})))
        status = self.refused.get(path)
        if status is None and path not in known:
            status = 404
        if status is not None:
            reason = REASONS.get(status, "Error")
            raise ApiStatus(status, reason, f"{reason.lower()}: GET {path} (recorded)")

    def get(self, path: str, query: dict[str, str] | None = None) -> dict[str, Any]:
        self._check(path, query, self.objects)
        return copy.deepcopy(self.objects[path])

    def get_text(self, path: str, query: dict[str, str] | None = None) -> str:
        self._check(path, query, self.texts)
        return self.texts[path]


def recorded_cluster(
    objects: Mapping[str, dict[str, Any]],
    refused: Mapping[str, int] | None = None,
    texts: Mapping[str, str] | None = None,
) -> Cluster:
    return Cluster(RecordedApi(objects, refused, texts))
