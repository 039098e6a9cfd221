#!/bin/sh
# Runs a command as a normal user inside a cgroup that user owns, so a sandbox started by that user can
# give each app its memory, CPU and pids limits: what systemd's Delegate=yes does, for hosts (and CI)
# without a systemd user session. cgroup v1: one group per controller; cgroup v2: one group below the
# root with memory, cpu and pids enabled, its directory and delegation files owned by the user.
#   cgroup-delegate.sh <user> -- <command> [args…]        (as root)
set -eu
user="$1"
shift
[ "${1:-}" = -- ] && shift
[ "$(id -u)" = 0 ] || { echo "cgroup-delegate.sh: run it as root" >&2; exit 1; }
name="isekai-user-$user"
if [ -e /sys/fs/cgroup/cgroup.controllers ]; then
  echo "+memory +cpu +pids" >/sys/fs/cgroup/cgroup.subtree_control
  group="/sys/fs/cgroup/$name"
  mkdir -p "$group"
  chown "$user" "$group" "$group/cgroup.procs" "$group/cgroup.subtree_control" "$group/cgroup.threads"
  # A group that already hands controllers down may hold no process: join its leaf, as the sandbox would.
  if [ -n "$(cat "$group/cgroup.subtree_control")" ]; then
    group="$group/isekai-leaf"
    mkdir -p "$group"
    chown "$user" "$group" "$group/cgroup.procs" "$group/cgroup.subtree_control" "$group/cgroup.threads"
  fi
  echo $$ >"$group/cgroup.procs"
else
  for controller in memory cpu cpuacct pids; do
    mount="/sys/fs/cgroup/$controller"
    [ -e "$mount/cgroup.procs" ] || { echo "cgroup-delegate.sh: no cgroup v1 $controller at $mount" >&2; exit 1; }
    group="$(realpath "$mount")/$name"
    mkdir -p "$group"
    chown -R "$user" "$group"
    echo $$ >"$group/cgroup.procs"
  done
fi
exec runuser -u "$user" -- "$@"
