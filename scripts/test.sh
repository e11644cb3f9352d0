#!/usr/bin/env bash
# Set up everything the tests need (system packages, .venv with the test extras) and run the
# whole suite. Extra arguments go to pytest:  scripts/test.sh -k publish -x
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
export CI="${CI:-}"
exec .venv/bin/python -m pytest "$@"
