#!/usr/bin/env bash
# Install what the tests need, then run ruff, mypy and every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-deps.sh
bash scripts/install.sh dev
.venv/bin/ruff check src tests
.venv/bin/ruff format --check src tests
.venv/bin/mypy
.venv/bin/pytest -q -p no:cacheprovider -n auto --maxprocesses 4 --dist loadgroup
