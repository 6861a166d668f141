#!/bin/sh
# Installs the Debian packages named in a list file (one per line, # comments) that are missing.
# As root it runs apt-get; otherwise it prints the one command to run and fails.
set -eu
list=${1:-system-packages.txt}
[ -f "$list" ] || exit 0
missing=""
for pkg in $(sed 's/#.*//' "$list"); do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
        || missing="$missing $pkg"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
    echo "missing system packages:$missing" >&2
    echo "run: sudo apt-get install -y$missing" >&2
    exit 1
fi
echo "installing system packages:$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends $missing >/dev/null
