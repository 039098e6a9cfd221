#!/bin/sh
# Runs inside the test VM (a cgroup-v2-only kernel, no systemd), from the host's checkout shared
# read-only. As on a systemd host, the checks start in a non-root group that already holds another
# process, so the sandbox has to move them into a leaf before it can hand out controllers. Then the same
# checks as a normal user in a subtree delegated the way systemd's Delegate=yes does it.
set -u
repo="$1"
user="${ISEKAI_VM_USER:-isekai-ci}"
cd "$repo"
export HOME=/root PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin
# Software emulation: an app (and the host trial) may take this long to start.
export START_TIMEOUT_MS=150000
ip link set lo up
echo "kernel $(uname -r); cgroup2 controllers: $(cat /sys/fs/cgroup/cgroup.controllers)"
[ -e /sys/fs/cgroup/memory ] && { echo "cgroup v1 is mounted: not a v2-only host"; exit 1; }
echo "+memory +cpu +pids" >/sys/fs/cgroup/cgroup.subtree_control
mkdir -p /sys/fs/cgroup/ci
echo $$ >/sys/fs/cgroup/ci/cgroup.procs
sleep 100000 &
neighbour=$!
failed=0
echo "== as root, in /ci beside process $neighbour"
node scripts/vm/guest-checks.mjs || failed=1
if grep -qx "$neighbour" /sys/fs/cgroup/ci/isekai-leaf/cgroup.procs; then
  echo "ok - root: the process beside the sandbox was moved into ci/isekai-leaf with it"
else
  echo "not ok - root: process $neighbour is not in ci/isekai-leaf"
  failed=1
fi
kill "$neighbour"
if id "$user" >/dev/null 2>&1; then
  echo "== as $user, in a delegated subtree"
  services/sandbox/scripts/cgroup-delegate.sh "$user" -- env HOME=/tmp PATH="$PATH" node scripts/vm/guest-checks.mjs || failed=1
  echo "== as $user without a delegated subtree: /health must say what is missing and the fix"
  runuser -u "$user" -- env HOME=/tmp PATH="$PATH" START_TIMEOUT_MS="$START_TIMEOUT_MS" \
    node scripts/confinement/health-check.mjs --expect-off cgroups,separateUser || failed=1
else
  echo "not ok - no user $user to run the normal-user checks as (useradd $user)"
  failed=1
fi
exit "$failed"
