#!/usr/bin/env bash
# Brings everything up on a fresh Debian machine (as root): installs podnet and its lab, builds a
# 3-node Calico VXLAN cluster in network namespaces, breaks it the way the runbook describes, shows
# the failure from inside the client pod, and has podnet diagnose it from the pasted error.
# `.venv/bin/podnet lab down` removes it all.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
podnet=.venv/bin/podnet

$podnet lab down >/dev/null
$podnet lab up
eval "$($podnet lab env)"
$podnet lab status

echo
echo "== healthy: the client pod resolves default-keystone through the cluster DNS (10.96.0.10)"
$podnet lab pod-exec default-region -- getent hosts default-keystone

echo
echo "== breaking it: node-2 loses its route to the CoreDNS block (the runbook's 'Routing Problem')"
$podnet lab break route-missing --node node-2
echo "\$ podnet lab pod-exec default-region -- getent hosts default-keystone"
if $podnet lab pod-exec default-region -- env RES_OPTIONS="timeout:1 attempts:1" getent hosts default-keystone; then
  echo "unexpected: the lookup still works" >&2; exit 1
fi
echo "(no answer: 'lookup default-keystone: i/o timeout', as in the runbook's error)"
echo
echo "== podnet diagnoses it from the pasted error alone"
error='{"error":{"class":"DNSError","code":499,"details":"Post \"https://default-keystone:30357/v3/auth/tokens\": dial tcp: lookup default-keystone: i/o timeout"}}'
echo "\$ podnet diagnose '$error'"
COLUMNS=${COLUMNS:-120} $podnet diagnose "$error" || true

echo
echo "The lab stays up (broken) for you to explore:"
echo "  eval \"\$($podnet lab env)\"; kubectl get pods -A -o wide; ssh -F \$PODNET_SSH_CONFIG node-2 'ip route'"
echo "  $podnet check node-2; $podnet lab fix; $podnet diagnose '<paste>'; $podnet lab faults; $podnet lab down"
