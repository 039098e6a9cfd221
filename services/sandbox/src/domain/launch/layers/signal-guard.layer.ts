/**
 * In a user namespace every app runs as the sandbox's own uid, so the kernel's uid check no longer stops
 * an app from signalling its namespace's pid 1 (bubblewrap's monitor). A seccomp filter, handed to
 * bubblewrap on fd 5, refuses every way of signalling pid 1 with EPERM; other pids in the app's own pid
 * namespace are its own processes, and host pids are not visible in it at all.
 */
export const SIGNAL_GUARD_FD = 5;

/** Audit arch and the numbers of kill, tkill, tgkill, rt_sigqueueinfo, rt_tgsigqueueinfo, pidfd_open. */
const ARCHES: Record<string, { audit: number; signalling: number[]; x32: boolean }> = {
  x64: { audit: 0xc000003e, signalling: [62, 200, 234, 129, 297, 434], x32: true },
  arm64: { audit: 0xc00000b7, signalling: [129, 130, 131, 138, 240, 434], x32: false },
};

const LD_ABS = 0x20;
const JEQ = 0x15;
const JGE = 0x35;
const RET = 0x06;
const RET_ALLOW = 0x7fff0000;
const RET_EPERM = 0x00050000 | 1;
const NR_OFFSET = 0;
const ARCH_OFFSET = 4;
const FIRST_ARG_OFFSET = 16; // low 32 bits of args[0] on a little-endian machine
const X32_BIT = 0x40000000;

interface Instruction {
  code: number;
  jt: number;
  jf: number;
  k: number;
}

/** The classic BPF program (struct sock_filter[]) for this machine's architecture; null when unknown. */
export function signalGuardProgram(arch: string = process.arch): Buffer | null {
  const known = ARCHES[arch];
  if (!known) return null;
  const { audit, signalling, x32 } = known;
  const program: Instruction[] = [];
  program.push({ code: LD_ABS, jt: 0, jf: 0, k: ARCH_OFFSET });
  program.push({ code: JEQ, jt: 0, jf: -1, k: audit }); // another ABI: refuse everything
  program.push({ code: LD_ABS, jt: 0, jf: 0, k: NR_OFFSET });
  if (x32) program.push({ code: JGE, jt: -1, jf: 0, k: X32_BIT }); // x32 calls: refuse
  const firstCheck = program.length; // jumps to "deny" before here are placeholders (-1), fixed below
  signalling.forEach((nr, index) => {
    const last = index === signalling.length - 1;
    // jt: to the argument check; jf: the next call number, or allow after the last one.
    program.push({ code: JEQ, jt: signalling.length - index - 1, jf: last ? 2 : 0, k: nr });
  });
  program.push({ code: LD_ABS, jt: 0, jf: 0, k: FIRST_ARG_OFFSET });
  program.push({ code: JEQ, jt: 1, jf: 0, k: 1 });
  program.push({ code: RET, jt: 0, jf: 0, k: RET_ALLOW });
  program.push({ code: RET, jt: 0, jf: 0, k: RET_EPERM });
  const deny = program.length - 1;
  // The argument check sits right after the call numbers: fix the early jumps to "deny" now.
  for (let at = 0; at < firstCheck; at++) {
    const instruction = program[at]!;
    if (instruction.jt === -1) instruction.jt = deny - at - 1;
    if (instruction.jf === -1) instruction.jf = deny - at - 1;
  }
  const bytes = Buffer.alloc(program.length * 8);
  program.forEach(({ code, jt, jf, k }, index) => {
    bytes.writeUInt16LE(code, index * 8);
    bytes.writeUInt8(jt, index * 8 + 2);
    bytes.writeUInt8(jf, index * 8 + 3);
    bytes.writeUInt32LE(k >>> 0, index * 8 + 4);
  });
  return bytes;
}

/** Opens the filter file on fd 5 for bubblewrap, then execs the rest. */
const OPEN_ON_FD = `exec ${SIGNAL_GUARD_FD}<"$1" || exit 125; shift; exec "$@"`;

export function withSignalGuard(filterFile: string, inner: string[]): string[] {
  return ['/bin/sh', '-c', OPEN_ON_FD, 'isekai-signal-guard', filterFile, ...inner];
}

/** bubblewrap's argument that installs the filter read from fd 5 on the app. */
export function signalGuardArgs(): string[] {
  return ['--seccomp', String(SIGNAL_GUARD_FD)];
}
