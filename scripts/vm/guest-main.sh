#!/bin/sh
# PID 1 of the test VM after switch_root: runs the checks, prints the verdict line the host looks for,
# and powers the VM off (sysrq: the host's own poweroff needs systemd).
"/bin/sh" "$1/scripts/vm/guest-tests.sh" "$1"
status=$?
if [ "$status" -eq 0 ]; then echo "ISEKAI-VM-RESULT: pass"; else echo "ISEKAI-VM-RESULT: fail (exit $status)"; fi
sync
echo 1 >/proc/sys/kernel/sysrq
echo o >/proc/sysrq-trigger
sleep 30
