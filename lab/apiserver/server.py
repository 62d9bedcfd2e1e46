"""STAND-IN for kube-apiserver (no apiserver binary can run here): the lab model over the real wire
protocol, so that the unmodified `kubernetes` Python client and `kubectl` work against it.

Served: discovery (/api, /apis, /version), get and list of every lab resource (cluster-wide, per
namespace, by name), labelSelector/fieldSelector, limit/continue, server-side Table printing for
kubectl, bearer-token authentication, RBAC rules per token (ClusterRole PolicyRule semantics, so a
token bound to a restricted role gets 403 exactly where a real cluster would refuse), and errors as
`Status` objects with the apiserver's reasons and messages. It is read-only: writes get 405.
"""

from __future__ import annotations

import base64
import json
import ssl
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from lab.apiserver import pod_logs, resources
from lab.apiserver.meta import K8S_VERSION, Obj, ResourceKey
from lab.apiserver.objects import build_objects
from lab.apiserver.rbac import Identity
from lab.apiserver.selectors import SelectorError, field_matcher, label_matcher
from lab.model import LabModel


class Tokens:
    """Bearer tokens and their rules, re-read when the file changes (tests bind new roles live)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._mtime = -1
        self._tokens: dict[str, Identity] = {}

    def get(self, token: str) -> Identity | None:
        with self._lock:
            mtime = self.path.stat().st_mtime_ns
            if mtime != self._mtime:
                self._tokens, self._mtime = load_tokens(self.path), mtime
            return self._tokens.get(token)


def load_tokens(path: Path) -> dict[str, Identity]:
    raw = json.loads(path.read_text())
    return {token: Identity.from_dict(entry) for token, entry in raw["tokens"].items()}


class ApiError(Exception):
    def __init__(self, code: int, reason: str, message: str, details: Obj | None = None) -> None:
        super().__init__(message)
        self.code, self.reason, self.message, self.details = code, reason, message, details

    def status(self) -> Obj:
        out: Obj = {
            "kind": "Status",
            "apiVersion": "v1",
            "metadata": {},
            "status": "Failure",
            "message": self.message,
            "reason": self.reason,
            "code": self.code,
        }
        if self.details is not None:
            out["details"] = self.details
        return out


def not_found(plural: str, name: str) -> ApiError:
    return ApiError(404, "NotFound", f'{plural} "{name}" not found', {"name": name, "kind": plural})


_MAJOR, _MINOR = K8S_VERSION[1:].split(".")[:2]
VERSION: Obj = {
    "major": _MAJOR,
    "minor": _MINOR,
    "gitVersion": K8S_VERSION,
    "platform": "linux/amd64",
    "goVersion": "go1.21.9",
    "compiler": "gc",
    "gitTreeState": "clean",
    "buildDate": "2024-04-16T00:00:00Z",
    "gitCommit": "podnet-lab-stand-in",
}
WRITE_VERBS = {"POST": "create", "PUT": "update", "PATCH": "patch", "DELETE": "delete"}
NO_RESOURCE = ApiError(404, "NotFound", "the server could not find the requested resource", {})


class Store:
    """The current objects, rebuilt from the lab's state file whenever it changes."""

    def __init__(self, state: Path) -> None:
        self.state = state
        self._lock = threading.Lock()
        self._mtime = -1
        self._version = 0
        self._objects: dict[ResourceKey, list[Obj]] = {}

    def snapshot(self) -> tuple[int, dict[ResourceKey, list[Obj]]]:
        with self._lock:
            mtime = self.state.stat().st_mtime_ns
            if mtime != self._mtime:
                model = LabModel.load(self.state)
                self._version += 1
                self._objects = build_objects(model)
                for objs in self._objects.values():
                    for obj in objs:
                        obj["metadata"]["resourceVersion"] = str(self._version)
                self._mtime = mtime
            return self._version, self._objects


@dataclass
class Request:
    group: str
    version: str
    plural: str
    namespace: str | None
    name: str | None
    subresource: str | None = None  # "exec", "log", "proxy", "status", …

    @property
    def resource(self) -> str:
        """The resource as RBAC names it: "pods", or "pods/exec" for a subresource."""
        return f"{self.plural}/{self.subresource}" if self.subresource else self.plural


def parse_path(path: str) -> Request | None:
    parts = [p for p in path.split("/") if p]
    if len(parts) >= 2 and parts[0] == "api":
        group, version, rest = "", parts[1], parts[2:]
    elif len(parts) >= 3 and parts[0] == "apis":
        group, version, rest = parts[1], parts[2], parts[3:]
    else:
        return None
    namespace = None
    if len(rest) >= 3 and rest[0] == "namespaces":
        namespace, rest = rest[1], rest[2:]
    elif len(rest) == 2 and rest[0] == "namespaces":
        return Request(group, version, "namespaces", None, rest[1])
    if len(rest) == 1:
        return Request(group, version, rest[0], namespace, None)
    if len(rest) == 2:
        return Request(group, version, rest[0], namespace, rest[1])
    if len(rest) >= 3:  # …/nodes/node-1/proxy/metrics, …/pods/x/exec
        return Request(group, version, rest[0], namespace, rest[1], rest[2])
    return None


def _list_kind(kind: str) -> str:
    return kind + "List"


class ApiServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], store: Store, tokens: Tokens, tls: ssl.SSLContext | None) -> None:
        self.store = store
        self.tokens = tokens
        self.tls = tls
        super().__init__(address, Handler)

    def finish_request(self, request: Any, client_address: Any) -> None:
        # TLS handshake in the connection's own thread, not in the accept loop.
        if self.tls is not None:
            try:
                request = self.tls.wrap_socket(request, server_side=True)
            except (ssl.SSLError, OSError):
                return
        super().finish_request(request, client_address)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # TCP_NODELAY, as Go's net/http (and so the kube-apiserver) sets on every connection: headers and
    # body go out as separate TLS records, and with Nagle the body waited out the client's delayed ACK,
    # 40 ms on every request of a keep-alive connection.
    disable_nagle_algorithm = True
    server: ApiServer

    def log_message(self, format: str, *args: Any) -> None:
        pass

    # --- responses ----------------------------------------------------------------------------
    def _send(self, code: int, body: Obj) -> None:
        data = json.dumps(body, separators=(",", ":")).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-cache, private")
        self.end_headers()
        self.wfile.write(data)

    def _error(self, err: ApiError) -> None:
        self._send(err.code, err.status())

    def _identity(self) -> Identity | None:
        header = self.headers.get("Authorization", "")
        if not header.startswith("Bearer "):
            return None
        return self.server.tokens.get(header[len("Bearer ") :].strip())

    # --- verbs --------------------------------------------------------------------------------
    def do_GET(self) -> None:
        try:
            self._get()
        except ApiError as err:
            self._error(err)
        except SelectorError as err:
            self._error(ApiError(400, "BadRequest", str(err)))

    def _refuse_write(self) -> None:
        """Authorized like any request (403 where RBAC refuses, as a real apiserver would), then refused:
        the stand-in serves no writes (405)."""
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        try:
            identity = self._identity()
            if identity is None:
                raise ApiError(401, "Unauthorized", "Unauthorized")
            req = parse_path(urlsplit(self.path).path.rstrip("/"))
            rt = resources.find(req.group, req.version, req.plural) if req else None
            if req is None or rt is None:
                raise NO_RESOURCE
            verb = WRITE_VERBS[self.command]
            if verb == "delete" and req.name is None:
                verb = "deletecollection"
            self._authorize(identity, verb, rt, req)
            raise ApiError(405, "MethodNotAllowed", "the podnet lab API stand-in is read-only (podnet never writes)")
        except ApiError as err:
            self._error(err)

    do_POST = do_PUT = do_PATCH = do_DELETE = _refuse_write

    def _get(self) -> None:
        url = urlsplit(self.path)
        query = {k: v[-1] for k, v in parse_qs(url.query).items()}
        path = url.path.rstrip("/") or "/"
        if path in ("/healthz", "/readyz", "/livez"):
            data = b"ok"
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
            return
        identity = self._identity()
        if identity is None:
            raise ApiError(401, "Unauthorized", "Unauthorized")
        discovery = VERSION if path == "/version" else self._discovery(path)
        if discovery is not None:
            self._send(200, discovery)
            return
        req = parse_path(path)
        if req is None:
            raise NO_RESOURCE
        rt = resources.find(req.group, req.version, req.plural)
        if (
            rt is None
            or (req.namespace is not None and not rt.namespaced)
            or (rt.optional and rt.key not in self.server.store.snapshot()[1])  # a CRD this lab does not have
        ):
            raise NO_RESOURCE
        if query.get("watch") in ("1", "true"):
            self._authorize(identity, "watch", rt, req)
            raise ApiError(405, "MethodNotAllowed", "watch is not supported by the podnet lab API stand-in")
        verb = "get" if req.name else "list"
        self._authorize(identity, verb, rt, req)
        if req.subresource is not None:
            self._subresource(req, query)  # allowed: pods/NAME/log is served, no other subresource
            return
        version, objects = self.server.store.snapshot()
        items = objects.get(rt.key, [])
        if req.namespace is not None:
            items = [o for o in items if o["metadata"].get("namespace") == req.namespace]
        if req.name is not None:
            obj = next((o for o in items if o["metadata"]["name"] == req.name), None)
            if obj is None:
                raise not_found(req.plural, req.name)
            self._respond_objects(rt, [obj], version, single=True)
            return
        if "labelSelector" in query:
            match = label_matcher(query["labelSelector"])
            items = [o for o in items if match(o)]
        if "fieldSelector" in query:
            fmatch = field_matcher(query["fieldSelector"], rt.kind)
            items = [o for o in items if fmatch(o)]
        items = sorted(items, key=lambda o: (o["metadata"].get("namespace", ""), o["metadata"]["name"]))
        items, cont = self._page(items, query)
        self._respond_objects(rt, items, version, single=False, cont=cont)

    def _subresource(self, req: Request, query: dict[str, str]) -> None:
        """coredns-health: a pod's log (text/plain, the kubelet's query parameters)."""
        if not (req.plural == "pods" and req.subresource == "log" and req.namespace and req.name):
            raise NO_RESOURCE
        _, objects = self.server.store.snapshot()
        rt = resources.find("", "v1", "pods")
        pods = [o for o in (objects.get(rt.key, []) if rt else []) if o["metadata"]["namespace"] == req.namespace]
        pod = next((o for o in pods if o["metadata"]["name"] == req.name), None)
        if pod is None:
            raise not_found("pods", req.name or "")
        try:
            data = pod_logs.log_body(self.server.store.state.parent / "logs", pod, query)
        except pod_logs.LogError as err:
            raise ApiError(err.code, err.reason, err.message) from err
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-cache, private")
        self.end_headers()
        self.wfile.write(data)

    def _page(self, items: list[Obj], query: dict[str, str]) -> tuple[list[Obj], str]:
        start = 0
        if query.get("continue"):
            try:
                start = int(base64.urlsafe_b64decode(query["continue"].encode()).decode())
            except (ValueError, UnicodeDecodeError) as err:
                raise ApiError(400, "BadRequest", "continue key is not valid") from err
        limit = int(query.get("limit") or 0)
        if limit <= 0:
            return items[start:], ""
        end = start + limit
        cont = base64.urlsafe_b64encode(str(end).encode()).decode() if end < len(items) else ""
        return items[start:end], cont

    def _authorize(self, identity: Identity, verb: str, rt: resources.ResourceType, req: Request) -> None:
        if identity.can(verb, rt.key.group, req.resource, req.name, req.namespace):
            return
        what = f'{rt.key.plural} "{req.name}"' if req.name else rt.key.plural
        scope = f'in the namespace "{req.namespace}"' if req.namespace else "at the cluster scope"
        raise ApiError(
            403,
            "Forbidden",
            f'{what} is forbidden: User "{identity.user}" cannot {verb} resource "{req.resource}" '
            f'in API group "{rt.key.group}" {scope}',
            {"name": req.name, "kind": rt.key.plural} if req.name else {"kind": rt.key.plural},
        )

    def _respond_objects(
        self, rt: resources.ResourceType, items: list[Obj], version: int, *, single: bool, cont: str = ""
    ) -> None:
        accept = self.headers.get("Accept", "")
        if "as=Table" in accept:
            self._send(200, self._table(rt, items, version, cont))
            return
        if single:
            self._send(200, items[0])
            return
        custom = rt.key.group.endswith("projectcalico.org")
        listed = items if custom else [{k: v for k, v in o.items() if k not in ("kind", "apiVersion")} for o in items]
        meta: Obj = {"resourceVersion": str(version)}
        if cont:
            meta["continue"] = cont
        self._send(
            200, {"kind": _list_kind(rt.kind), "apiVersion": rt.group_version, "metadata": meta, "items": listed}
        )

    def _table(self, rt: resources.ResourceType, items: Iterable[Obj], version: int, cont: str) -> Obj:
        include_object = "Object" in (self.path.split("includeObject=")[1:] or [""])[0]
        rows = []
        for obj in items:
            embedded = (
                obj
                if include_object
                else {"kind": "PartialObjectMetadata", "apiVersion": "meta.k8s.io/v1", "metadata": obj["metadata"]}
            )
            rows.append({"cells": [c.cell(obj) for c in rt.columns], "object": embedded})
        meta: Obj = {"resourceVersion": str(version)}
        if cont:
            meta["continue"] = cont
        return {
            "kind": "Table",
            "apiVersion": "meta.k8s.io/v1",
            "metadata": meta,
            "columnDefinitions": [
                {"name": c.name, "type": c.type, "format": c.format, "description": c.name, "priority": c.priority}
                for c in rt.columns
            ],
            "rows": rows,
        }

    def _discovery(self, path: str) -> Obj | None:
        present = self.server.store.snapshot()[1].keys()
        groups = resources.groups(present)
        if path == "/api":
            return {
                "kind": "APIVersions",
                "versions": ["v1"],
                "serverAddressByClientCIDRs": [{"clientCIDR": "0.0.0.0/0", "serverAddress": "127.0.0.1"}],
            }
        if path == "/apis":
            return {
                "kind": "APIGroupList",
                "apiVersion": "v1",
                "groups": [self._group(g, vs) for g, vs in groups.items() if g],
            }
        parts = [p for p in path.split("/") if p]
        if parts[0] == "apis" and len(parts) == 2 and parts[1] in groups:
            return {"kind": "APIGroup", "apiVersion": "v1", **self._group(parts[1], groups[parts[1]])}
        gv = None
        if parts == ["api", "v1"]:
            gv = ("", "v1")
        elif parts[0] == "apis" and len(parts) == 3 and parts[2] in groups.get(parts[1], []):
            gv = (parts[1], parts[2])
        if gv is None:
            return None
        return {
            "kind": "APIResourceList",
            "apiVersion": "v1",
            "groupVersion": f"{gv[0]}/{gv[1]}" if gv[0] else gv[1],
            "resources": [rt.discovery() for rt in resources.served(present) if (rt.key.group, rt.key.version) == gv],
        }

    @staticmethod
    def _group(name: str, versions: list[str]) -> Obj:
        gvs = [{"groupVersion": f"{name}/{v}", "version": v} for v in versions]
        return {"name": name, "versions": gvs, "preferredVersion": gvs[0]}
