#!/usr/bin/env bash
# Sets up (if needed) the dashboard's .venv plus the test-only packages and the Dask engine's
# (requirements-dask.txt, so the engine is tested), and runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
stamp=.venv/.requirements-dev.sha
want=$(cat requirements-dev.txt requirements-dask.txt | sha256sum | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt -r requirements-dask.txt
  echo "$want" > "$stamp"
fi
exec .venv/bin/python -m pytest -q -p no:cacheprovider "$@"
