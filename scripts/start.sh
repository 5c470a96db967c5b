#!/usr/bin/env bash
# Sets up (if needed) and starts the dashboard on the seeds.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# serve.py serves app.py, importing what the pages need while the server starts.
exec .venv/bin/streamlit run serve.py "$@"
