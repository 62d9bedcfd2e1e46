#!/usr/bin/env bash
# Installs everything podnet and its lab need on a Debian machine, as root: system packages (only
# those missing), then the locked Python dependencies into .venv. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$(id -u)" -ne 0 ]; then
  echo "setup: run as root (the lab builds network namespaces; apt-get installs packages)" >&2
  exit 2
fi

# command -> Debian package
declare -A WANT=(
  [ip]=iproute2 [bridge]=iproute2 [iptables]=iptables [sshd]=openssh-server [ssh]=openssh-client
  [tcpdump]=tcpdump [dnsmasq]=dnsmasq-base [socat]=socat [ethtool]=ethtool [dig]=bind9-dnsutils
  [curl]=curl [ping]=iputils-ping [sysctl]=procps [unshare]=util-linux [python3]=python3
  [conntrack]=conntrack  # the conntrack step's `conntrack -S` (helper "conntrack"; /proc is read without it)
)
missing=()
for cmd in "${!WANT[@]}"; do
  if ! command -v "$cmd" >/dev/null 2>&1 && [ ! -x "/usr/sbin/$cmd" ]; then
    missing+=("${WANT[$cmd]}")
  fi
done
python3 -c 'import venv, ensurepip' >/dev/null 2>&1 || missing+=(python3-venv)
# PostgreSQL server binaries: the history tests start a throw-away cluster of their own (initdb/pg_ctl).
if ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
  missing+=(postgresql)
  # only the binaries: no "main" cluster started on port 5432 as a side effect
  mkdir -p /etc/postgresql-common
  [ -e /etc/postgresql-common/createcluster.conf ] || echo "create_main_cluster = false" >/etc/postgresql-common/createcluster.conf
fi
need_kubectl=0
command -v kubectl >/dev/null 2>&1 || need_kubectl=1

if [ "${#missing[@]}" -gt 0 ] || [ "$need_kubectl" -eq 1 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  if [ "${#missing[@]}" -gt 0 ]; then
    # shellcheck disable=SC2046
    apt-get install -y -qq --no-install-recommends -o Dpkg::Options::=--force-confold $(printf '%s\n' "${missing[@]}" | sort -u) >/dev/null
  fi
  if [ "$need_kubectl" -eq 1 ]; then
    # kubectl where a Kubernetes apt repository is configured, else Debian's own client.
    if apt-cache policy kubectl 2>/dev/null | grep -q 'Candidate: [0-9]'; then
      apt-get install -y -qq kubectl >/dev/null
    else
      apt-get install -y -qq kubernetes-client >/dev/null
    fi
  fi
fi

# Python: uv (pinned) in its own small venv, then the project's locked dependencies in .venv.
PYTHON=${PYTHON:-python3}
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
  echo "setup: podnet needs Python >= 3.11 (found $("$PYTHON" --version))" >&2; exit 2; }
if [ ! -x .venv-tools/bin/uv ]; then
  "$PYTHON" -m venv .venv-tools
  .venv-tools/bin/pip install -q --disable-pip-version-check "uv==0.13.9"
fi
.venv-tools/bin/uv sync --frozen --quiet --python "$PYTHON"
echo "setup: system packages and .venv ready (podnet: .venv/bin/podnet)"
