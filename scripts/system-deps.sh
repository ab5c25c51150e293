#!/usr/bin/env bash
# System packages the tests use, from Debian: chromium for the browser test, and a
# PostgreSQL server that the storage tests start on a temporary port and data directory.
# Installs only what is missing; needs root (or sudo) the first time.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || need+=(postgresql)
if [ ${#need[@]} -eq 0 ]; then
    exit 0
fi
run=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then run=(sudo); else
        echo "system-deps: need root to install: ${need[*]} (apt-get install ${need[*]})" >&2
        exit 1
    fi
fi
export DEBIAN_FRONTEND=noninteractive
"${run[@]}" apt-get install -y --no-install-recommends "${need[@]}" >/dev/null \
    || { "${run[@]}" apt-get update >/dev/null && "${run[@]}" apt-get install -y --no-install-recommends "${need[@]}" >/dev/null; }
