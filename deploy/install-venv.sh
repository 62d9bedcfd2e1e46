#!/bin/sh
# Builds podnet's wheel and installs it, with exactly the locked dependencies (uv.lock, hashes checked),
# into a new virtualenv at DEST. The Dockerfile runs this; so does a test, which then runs `podnet` from
# DEST against the lab — what the image holds, checked without a container engine.
# With --without-lab (the image), the lab (`lab/`: network namespaces, stand-ins) is left out: a
# deployment diagnoses real clusters; `podnet lab` then says it is not part of the install. The wheel
# itself keeps the lab, for people trying podnet from a checkout or `pip install`.
#   usage: deploy/install-venv.sh DEST [--without-lab]   (UV: the uv binary, default `uv`; PYTHON: python3)
set -eu
dest=${1:?usage: install-venv.sh DEST [--without-lab]}
without_lab=0
case "${2:-}" in
  "") ;;
  --without-lab) without_lab=1 ;;
  *) echo "usage: install-venv.sh DEST [--without-lab]" >&2; exit 2 ;;
esac
uv=${UV:-uv}
src=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$uv" build --quiet --wheel --out-dir "$work" "$src"
"$uv" export --quiet --frozen --no-dev --no-emit-project --format requirements-txt \
  --project "$src" --output-file "$work/requirements.txt"
"$uv" venv --quiet --python "${PYTHON:-python3}" "$dest"
"$uv" pip install --quiet --python "$dest/bin/python" --require-hashes -r "$work/requirements.txt"
"$uv" pip install --quiet --python "$dest/bin/python" --no-deps "$work"/podnet-*.whl
if [ "$without_lab" -eq 1 ]; then
  site=$("$dest/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
  rm -rf "$site/lab"
  # and make sure it is gone (the build fails if `import lab` still finds it)
  "$dest/bin/python" -I -c 'import importlib.util, sys; sys.exit(importlib.util.find_spec("lab") is not None)'
fi
