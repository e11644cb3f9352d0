#!/usr/bin/env bash
# Set up everything the tests need (system packages, .venv with the test extras) and run the
# whole suite (ruff and mypy --strict first, then pytest). Extra arguments go to pytest:  scripts/test.sh -k publish -x
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
export CI="${CI:-}"
.venv/bin/ruff check --quiet audiodigest tests bench
echo "test: mypy --strict audiodigest" >&2
.venv/bin/mypy --strict audiodigest
exec .venv/bin/python -m pytest "$@"
