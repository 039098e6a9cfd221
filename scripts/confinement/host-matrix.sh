#!/bin/sh
# Which defences a host gets, for every combination this host can play: root or a normal user, with or
# without a delegated cgroup, with or without bubblewrap (hidden in a private mount namespace by binding
# /dev/null over it). Each case starts the built sandbox and checks /health (health-check.mjs): exactly
# the expected defences are off, each with a note saying why. As root: host-matrix.sh [user]
set -eu
repo="$(cd "$(dirname "$0")/../.." && pwd)"
user="${1:-isekai-ci}"
id "$user" >/dev/null 2>&1 || useradd --create-home --shell /bin/sh "$user"
check="$repo/scripts/confinement/health-check.mjs"
delegate="$repo/services/sandbox/scripts/cgroup-delegate.sh"
version="v$([ -e /sys/fs/cgroup/cgroup.controllers ] && echo 2 || echo 1)"
view=bubblewrap,networkNamespace,moduleAllowList,separateUser,userNamespace
failed=0
case_() {
  label="$1"
  shift
  echo "== $label (cgroup $version)"
  "$@" || failed=1
}
without_bwrap() {
  unshare -m sh -c 'mount --bind /dev/null "$(command -v bwrap)" && exec "$@"' hide-bwrap "$@"
}
as_user() {
  runuser -u "$user" -- env HOME=/tmp PATH="$PATH" START_TIMEOUT_MS="${START_TIMEOUT_MS:-10000}" "$@"
}
case_ "root, bubblewrap" node "$check" --expect-off userNamespace
case_ "root, no bubblewrap" without_bwrap node "$check" --expect-off "$view"
case_ "$user, delegated cgroup, bubblewrap" "$delegate" "$user" -- env HOME=/tmp PATH="$PATH" START_TIMEOUT_MS="${START_TIMEOUT_MS:-10000}" node "$check" --expect-off separateUser
case_ "$user, delegated cgroup, no bubblewrap" without_bwrap "$delegate" "$user" -- env HOME=/tmp PATH="$PATH" START_TIMEOUT_MS="${START_TIMEOUT_MS:-10000}" node "$check" --expect-off "$view"
case_ "$user, no delegation, bubblewrap" as_user node "$check" --expect-off cgroups,separateUser
case_ "$user, no delegation, no bubblewrap" without_bwrap runuser -u "$user" -- env HOME=/tmp PATH="$PATH" START_TIMEOUT_MS="${START_TIMEOUT_MS:-10000}" node "$check" --expect-off "cgroups,$view"
exit "$failed"
