#!/bin/sh
# /init of the test VM: loads 9p, mounts the host's root read-only, gives it fresh /proc, /sys, /dev, a
# cgroup2-only /sys/fs/cgroup and tmpfs scratch space, and runs scripts/vm/guest-tests.sh of the
# checkout the kernel command line names (isekai.repo=…) inside it (guest-main.sh).
export PATH=/bin
mount -t proc proc /proc
mount -t sysfs sys /sys
mount -t devtmpfs dev /dev
for module in virtio_ring virtio virtio_pci_modern_dev virtio_pci_legacy_dev virtio_pci netfs fscache 9pnet 9pnet_virtio 9p; do
  [ -e "/modules/$module.ko" ] && insmod "/modules/$module.ko"
done
repo=""
for arg in $(cat /proc/cmdline); do
  case "$arg" in isekai.repo=*) repo="${arg#isekai.repo=}" ;; esac
done
verdict() {
  echo "ISEKAI-VM-RESULT: $1"
  sync
  poweroff -f
}
mount -t 9p -o trans=virtio,version=9p2000.L,ro,msize=262144,cache=loose hostroot /host || verdict "fail (no 9p root)"
mount -t proc proc /host/proc
mount -t sysfs sys /host/sys
mount -t cgroup2 cgroup2 /host/sys/fs/cgroup || verdict "fail (no cgroup2)"
mount -t devtmpfs dev /host/dev
mount -t tmpfs -o mode=1777 tmp /host/tmp
mount -t tmpfs run /host/run
mount -t tmpfs home /host/root
# Vitest keeps its cache below node_modules/.vite: a scratch copy in the VM, the host's stays untouched.
[ -d "/host$repo/node_modules/.vite" ] && mount -t tmpfs vite "/host$repo/node_modules/.vite"
# switch_root, not chroot: the kernel refuses a user namespace to a chrooted process, and a normal
# user's sandbox needs one.
exec switch_root /host /bin/sh "$repo/scripts/vm/guest-main.sh" "$repo"
