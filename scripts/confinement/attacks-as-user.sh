#!/bin/sh
# The attack suite a second time, with the platform (the sandbox included) running as a normal user: the
# sandbox confines with bubblewrap in a user namespace and limits through a cgroup delegated to that
# user. First /health must report every defence on, except the one a normal user cannot have (a uid of
# its own per app), which it must report as not applicable. As root: attacks-as-user.sh [user]
set -eu
repo="$(cd "$(dirname "$0")/../.." && pwd)"
user="${1:-isekai-ci}"
id "$user" >/dev/null 2>&1 || useradd --create-home --shell /bin/sh "$user"
home="$(getent passwd "$user" | cut -d: -f6)"
# A clone under a private directory (root's home, a 0700 temporary folder) is not the user's to read:
# the folders above it are opened for traversal only (o+x, nothing listed or read), as CI clones are
# throwaway; a checkout people use is left as it is unless they run this.
if ! runuser -u "$user" -- test -r "$repo/services/sandbox/dist/index.js"; then
  dir="$repo"
  while [ "$dir" != "/" ]; do chmod o+x "$dir"; dir="$(dirname "$dir")"; done
  chmod -R o+rX "$repo"
fi
runuser -u "$user" -- test -r "$repo/services/sandbox/dist/index.js" ||
  { echo "attacks-as-user.sh: $user cannot read $repo (its parents must be world-readable)" >&2; exit 1; }
run_as_user() {
  "$repo/services/sandbox/scripts/cgroup-delegate.sh" "$user" -- env HOME="$home" PATH="$PATH" "$@"
}
run_as_user node "$repo/scripts/confinement/health-check.mjs"
# --configLoader runner: the default loader writes a bundled config into node_modules, which is root's.
cd "$repo"
run_as_user node node_modules/vitest/vitest.mjs run --configLoader runner --project integration services/backend/test/attacks
