#!/usr/bin/env bash
# Sets up (if needed) and starts the dashboard on the seeds.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/streamlit run app.py "$@"
