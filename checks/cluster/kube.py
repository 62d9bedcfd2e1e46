"""The kubernetes client, behind `ApiSource`: the only module of podnet that imports `kubernetes`.

Reads are plain GETs of the REST paths, decoded as JSON dicts: the client's generated API classes
(CoreV1Api alone is a 30,000-line module) and typed models cost about a second of start-up in every
CLI run, for objects of which podnet reads a handful of fields. Every call carries `_request_timeout`
(the client otherwise waits forever on an unreachable API); the client's exceptions become podnet's
(ApiStatus, ApiUnavailable) here.
"""

from __future__ import annotations

import json
from typing import Any

import urllib3
from kubernetes import client, config
from kubernetes.client.exceptions import ApiException
from kubernetes.config.config_exception import ConfigException

from checks.cluster.read import Cluster
from checks.errors import ApiStatus, ApiUnavailable

REQUEST_TIMEOUT = (5, 15)  # connect, read (seconds)
PROBE_TIMEOUT = (2, 3)  # a readiness probe must answer quickly


DEFAULT_KUBECONFIG = "~/.kube/config"


def load_api_client(
    kubeconfig: str | None = None, *, in_cluster: bool = False, context: str | None = None
) -> client.ApiClient:
    """A client from `kubeconfig` (a path, or several joined by ':' as in KUBECONFIG; default
    ~/.kube/config) and its `context` (default: its current context), or from the pod's service account
    when `in_cluster` and no kubeconfig is given. The caller decides (bot/settings.py reads KUBECONFIG and
    KUBERNETES_SERVICE_HOST, and each cluster's table of PODNET_CLUSTERS)."""
    try:
        if kubeconfig or not in_cluster:
            return config.new_client_from_config(config_file=kubeconfig or DEFAULT_KUBECONFIG, context=context)
        cfg = client.Configuration()
        config.load_incluster_config(client_configuration=cfg)
        return client.ApiClient(cfg)
    except (ConfigException, OSError, TypeError) as err:
        raise ApiUnavailable(f"no usable Kubernetes credentials: {err}") from err


def _status_message(err: ApiException) -> str:
    try:
        return str(json.loads(err.body or "{}").get("message") or err.reason)
    except ValueError:
        return str(err.reason)


class NotJson(ApiUnavailable):
    """The API answered 2xx with something that is not JSON."""


class KubeApiSource:
    def __init__(self, api: client.ApiClient, timeout: Any = REQUEST_TIMEOUT) -> None:
        self.api = api
        self.timeout = timeout

    def get(self, path: str, query: dict[str, str] | None = None) -> dict[str, Any]:
        try:
            data: dict[str, Any] = json.loads(self._body(path, query, "application/json") or b"{}")
            return data
        except ValueError as err:  # not JSON
            raise NotJson(f"the Kubernetes API sent something that is not JSON reading {path}: {err}") from err

    def get_text(self, path: str, query: dict[str, str] | None = None) -> str:
        """A text body (a pod's log, text/plain), decoded as UTF-8 with errors replaced."""
        return self._body(path, query, "text/plain, */*").decode("utf-8", "replace")

    def _body(self, path: str, query: dict[str, str] | None, accept: str) -> bytes:
        try:
            method, url, headers, _, _ = self.api.param_serialize(
                method="GET",
                resource_path=path,
                query_params=list((query or {}).items()),
                header_params={"Accept": accept},
                auth_settings=["BearerToken"],
            )
            response = self.api.call_api(method, url, header_params=headers, _request_timeout=self.timeout)
            response.read()
            if not 200 <= response.status <= 299:
                raise ApiException(http_resp=response)
            return bytes(response.data or b"")
        except ApiException as err:
            if not err.status:  # the client's wrapping of a TLS or connection failure
                raise ApiUnavailable(f"cannot reach the Kubernetes API ({err.reason})") from err
            raise ApiStatus(int(err.status), str(err.reason), _status_message(err)) from err
        except (urllib3.exceptions.HTTPError, OSError) as err:
            raise ApiUnavailable(f"cannot reach the Kubernetes API ({type(err).__name__}: {err})") from err


class KubeCluster(Cluster):
    """The engine's ClusterReader over a kubernetes ApiClient."""

    def __init__(self, api: client.ApiClient) -> None:
        super().__init__(KubeApiSource(api))
        self.api = api

    def close(self) -> None:
        self.api.close()


def probe_api(api: client.ApiClient) -> str | None:
    """None when the API server answers its version endpoint; otherwise why not, in one line (for a
    readiness check: the bot is only useful while it can read the cluster)."""
    try:
        KubeApiSource(api, PROBE_TIMEOUT).get("/version")
    except ApiStatus as err:
        return f"the Kubernetes API answered {err.status}: {err.message}"
    except NotJson:  # it answered: reachable
        return None
    except ApiUnavailable as err:
        return str(err)
    return None
