#!/bin/sh
# The cgroup v2 test in a VM: boots the host's Debian kernel with a cgroup-v2-only command line under
# qemu, shares the host's root (its Node, bubblewrap and this built checkout) read-only over 9p, runs
# guest-tests.sh inside as root and passes when the guest says so. Bounded by VM_TIMEOUT_S (default 540).
# Software emulation by default; VM_ACCEL=kvm where /dev/kvm works.
set -eu
repo="$(cd "$(dirname "$0")/../.." && pwd)"
here="$repo/scripts/vm"
need=""
command -v qemu-system-x86_64 >/dev/null || need="$need qemu-system-x86"
# A static busybox: the plain busybox package (initramfs-tools pulls it in) is linked dynamically.
busybox="$(command -v busybox || true)"
{ [ -n "$busybox" ] && ! ldd "$busybox" >/dev/null 2>&1; } || need="$need busybox-static"
ls /boot/vmlinuz-* >/dev/null 2>&1 || need="$need linux-image-amd64"
if [ -n "$need" ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq $need
fi
for built in services/sandbox/dist/index.js services/backend/dist/index.js services/planner/dist/index.js; do
  [ -e "$repo/$built" ] || { echo "run-cgroup-v2.sh: $built is missing: build first (npm run build)" >&2; exit 1; }
done
kernel="$(ls /boot/vmlinuz-* | sort -V | tail -1)"
release="${kernel#/boot/vmlinuz-}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$here/build-initramfs.sh" "$release" "$work/initrd.gz"
echo "booting $release (cgroup v2 only, ${VM_ACCEL:-tcg}) with $repo shared read-only"
status=0
timeout --kill-after=10 "${VM_TIMEOUT_S:-540}" qemu-system-x86_64 \
  -accel "${VM_ACCEL:-tcg}" -cpu max -smp 2 -m 2048 \
  -nographic -no-reboot -nic none \
  -kernel "$kernel" -initrd "$work/initrd.gz" \
  -append "console=ttyS0 quiet loglevel=3 panic=-1 systemd.unified_cgroup_hierarchy=1 cgroup_no_v1=all isekai.repo=$repo" \
  -virtfs local,path=/,mount_tag=hostroot,security_model=none,readonly=on,multidevs=remap \
  </dev/null | tee "$work/console.log" || status=$?
[ "$status" -eq 124 ] && echo "run-cgroup-v2.sh: the VM did not finish within ${VM_TIMEOUT_S:-540} s" >&2
grep -q '^ISEKAI-VM-RESULT: pass' "$work/console.log"
