#!/bin/sh
# Builds podnet's wheel and installs it, with exactly the locked dependencies (uv.lock, hashes checked),
# into a new virtualenv at DEST. The Dockerfile runs this; so does a test, which then runs `podnet` from
# DEST against the lab — what the image holds, checked without a container engine.
#   usage: deploy/install-venv.sh DEST   (UV: the uv binary, default `uv`; PYTHON: default python3)
set -eu
dest=${1:?usage: install-venv.sh DEST}
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
