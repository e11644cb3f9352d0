#!/usr/bin/env bash
# Set up everything audiodigest needs on Debian/Ubuntu: system packages, a virtual
# environment in .venv, and the package itself (editable). Safe to run again.
#
#   scripts/setup.sh          runtime only
#   scripts/setup.sh --test   also the test tools (pytest, a headless Chromium, gPodder, podget)
#                             and Dask's distributed and openssl (the cluster tests start a real
#                             one, TLS included)
set -euo pipefail
cd "$(dirname "$0")/.."
with_test=0
[ "${1:-}" = "--test" ] && with_test=1

apt_packages=(espeak-ng libespeak-ng1 ffmpeg fonts-dejavu-core python3-venv)
[ $with_test = 1 ] && apt_packages+=(chromium gpodder podget sox openssl)

missing=()
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing system packages: ${missing[*]}" >&2
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv" >&2
  "$python" -m venv .venv
fi
# pip older than 24 mis-resolves lxml[html-clean] (pulled in by trafilatura)
.venv/bin/python -m pip install -q --upgrade "pip>=24"
if [ $with_test = 1 ]; then
  .venv/bin/python -m pip install -q -e ".[test,piper,dask]"
else
  .venv/bin/python -m pip install -q -e .
fi
echo "setup: ready (.venv/bin/audiodigest)" >&2
