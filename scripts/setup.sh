#!/usr/bin/env bash
# Set up everything audiodigest needs on Debian/Ubuntu: system packages, a virtual
# environment in .venv, and the package itself (editable). Safe to run again.
#
#   scripts/setup.sh          runtime only
#   scripts/setup.sh --test   also the test tools (pytest, a headless Chromium, gPodder, podget)
#
# It prints one line per step. What apt and pip print (build warnings, notices) is kept aside
# and shown in full only when a step fails.
#
# The test set-up also installs Dask's distributed and openssl (the cluster tests start a real
# one, TLS included).
set -euo pipefail
cd "$(dirname "$0")/.."
with_test=0
[ "${1:-}" = "--test" ] && with_test=1

# quietly STEP COMMAND...: run COMMAND with its output kept aside; on failure show it all
quietly() {
  local step=$1 log status=0
  shift
  log=$(mktemp)
  "$@" >"$log" 2>&1 || status=$?
  if [ $status -ne 0 ]; then
    echo "setup: $step failed (exit status $status):" >&2
    cat "$log" >&2
    rm -f "$log"
    exit $status
  fi
  rm -f "$log"
}

apt_packages=(espeak-ng libespeak-ng1 ffmpeg fonts-dejavu-core python3-venv)
[ $with_test = 1 ] && apt_packages+=(chromium gpodder podget sox openssl)

missing=()
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing system packages: ${missing[*]}" >&2
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  quietly "apt-get update" $sudo apt-get update -qq
  quietly "installing ${missing[*]}" env DEBIAN_FRONTEND=noninteractive \
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv" >&2
  quietly "creating .venv" "$python" -m venv .venv
fi
echo "setup: installing audiodigest and its Python packages into .venv (minutes the first time)" >&2
# pip older than 24 mis-resolves lxml[html-clean] (pulled in by trafilatura)
quietly "upgrading pip" .venv/bin/python -m pip install -q --disable-pip-version-check \
  --upgrade "pip>=24"
if [ $with_test = 1 ]; then
  quietly "installing audiodigest[test]" .venv/bin/python -m pip install -q \
    --disable-pip-version-check -e ".[test,piper,dask]"
else
  quietly "installing audiodigest" .venv/bin/python -m pip install -q \
    --disable-pip-version-check -e .
fi
echo "setup: ready (.venv/bin/audiodigest)" >&2
