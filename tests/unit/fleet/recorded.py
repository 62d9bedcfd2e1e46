"""Two recorded clusters for the many-clusters tests: `prod` healthy, with a Service `billing` in
`payments` that only it has; `staging` with node-2's route to the CoreDNS block gone (a `routing`
problem). Both have `default-keystone` in `onecloud`. The TOML that configures them, beside a shared
SSH key in the environment."""

from __future__ import annotations

from pathlib import Path

from checks.cluster.memory import RecordedApi
from checks.cluster.read import Cluster
from tests.unit.steps.builder import SERVICES_PATH, Case, items, replace_in

CLUSTERS_TOML = """
[clusters.prod]
kubeconfig = "kube/prod.yaml"
context = "prod-admin"
ssh_key = "/keys/prod"
channels = ["C0PROD", "C0PLATFORM"]
summary_channel = "C0PRODOPS"

[clusters.staging]
in_cluster = true
ssh_user = "ops"
channels = ["C0STAGING", "C0PLATFORM"]
"""

ROUTE_TO_COREDNS = "10.40.52.128/26 via 10.40.52.128 dev vxlan.calico onlink \n"


def add_billing(objects: dict) -> None:  # type: ignore[type-arg]
    items(objects, SERVICES_PATH).append(
        {
            "metadata": {"name": "billing", "namespace": "payments", "uid": "b1"},
            "spec": {"clusterIP": "10.96.40.40", "ports": [{"port": 443, "protocol": "TCP"}]},
        }
    )


def billing_answers(outputs: dict) -> None:  # type: ignore[type-arg]
    """The nodes' recorded lookups of default-keystone, as CoreDNS answers them for billing.payments."""
    for recorded in outputs.values():
        for key, value in list(recorded.items()):
            if "default-keystone.onecloud" in key and isinstance(value, str):
                answer = value.replace("default-keystone.onecloud", "billing.payments")
                recorded[key.replace("default-keystone.onecloud", "billing.payments")] = answer.replace(
                    "10.96.118.37", "10.96.40.40"
                )


CASES = {
    "prod": Case("prod", cluster=add_billing, nodes=billing_answers),
    "staging": Case("staging", nodes=replace_in("node-2", "ip-route", ROUTE_TO_COREDNS, "")),
}


class RecordedCluster(Cluster):
    """A recorded cluster closed as the API client's is (KubeCluster.close)."""

    closed = 0

    def close(self) -> None:
        RecordedCluster.closed += 1


def reader(name: str | None) -> RecordedCluster:
    return RecordedCluster(RecordedApi(CASES[name or "prod"].objects()))


def write_clusters(directory: Path, text: str = CLUSTERS_TOML) -> Path:
    path = directory / "clusters.toml"
    path.write_text(text)
    return path
