#!/bin/sh
# Builds the VM's initramfs: a static busybox, the virtio and 9p modules of the host's Debian kernel, and
# init.sh as /init. Everything else (Node, the built project, bubblewrap) comes from the host over 9p.
#   build-initramfs.sh <kernel-release> <out.cpio.gz>
set -eu
release="$1"
out="$2"
here="$(cd "$(dirname "$0")" && pwd)"
busybox="$(command -v busybox)" || { echo "build-initramfs.sh: apt-get install busybox-static" >&2; exit 1; }
# The initramfs has no C library: Debian's plain busybox package is linked dynamically and the kernel would
# find no working init.
if ldd "$busybox" >/dev/null 2>&1; then
  echo "build-initramfs.sh: $busybox is linked dynamically; apt-get install busybox-static" >&2
  exit 1
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin" "$work/modules" "$work/proc" "$work/sys" "$work/dev" "$work/host"
cp "$busybox" "$work/bin/busybox"
for tool in sh mount umount insmod mkdir echo cat sleep poweroff chroot switch_root ls; do
  ln -s busybox "$work/bin/$tool"
done
# In dependency order: insmod (unlike modprobe) loads exactly the file it is given.
for module in virtio_ring virtio virtio_pci_modern_dev virtio_pci_legacy_dev virtio_pci netfs fscache 9pnet 9pnet_virtio 9p; do
  file="$(modinfo -k "$release" -n "$module")"
  case "$file" in
    *.ko) cp "$file" "$work/modules/$module.ko" ;;
    *.ko.xz) xz -dc "$file" >"$work/modules/$module.ko" ;;
    *.ko.zst) zstd -qdc "$file" >"$work/modules/$module.ko" ;;
    *) echo "build-initramfs.sh: $module is built in or missing ($file)" >&2 ;;
  esac
done
cp "$here/init.sh" "$work/init"
chmod +x "$work/init"
(cd "$work" && find . | cpio -o -H newc --quiet | gzip -1) >"$out"
