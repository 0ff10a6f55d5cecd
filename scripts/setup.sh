#!/usr/bin/env bash
# Installs what a fresh Debian machine with the .NET SDK lacks. Usage: scripts/setup.sh run|test
#   run:  packages the product needs at run time (apt-run.txt)
#   test: those plus what the tests need (apt-test.txt), then the hooks in setup.d/ (npm tools, ...)
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-run}"
lists=(scripts/apt-run.txt)
[ "$mode" = test ] && lists+=(scripts/apt-test.txt)

missing=()
for list in "${lists[@]}"; do
  while read -r pkg _; do
    [[ -z "${pkg:-}" || "$pkg" == \#* ]] && continue
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done < "$list"
done

if ((${#missing[@]})); then
  sudo=""; [ "$(id -u)" != 0 ] && sudo=sudo
  echo "setup: installing ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

for hook in scripts/setup.d/*.sh; do
  [ -e "$hook" ] || continue
  SETUP_MODE="$mode" bash "$hook"
done
