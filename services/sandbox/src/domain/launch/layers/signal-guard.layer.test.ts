import { describe, expect, it } from 'vitest';
import { signalGuardProgram } from './signal-guard.layer.js';

interface Instruction {
  code: number;
  jt: number;
  jf: number;
  k: number;
}

function decode(bytes: Buffer): Instruction[] {
  const out: Instruction[] = [];
  for (let at = 0; at < bytes.length; at += 8) {
    out.push({
      code: bytes.readUInt16LE(at),
      jt: bytes.readUInt8(at + 2),
      jf: bytes.readUInt8(at + 3),
      k: bytes.readUInt32LE(at + 4),
    });
  }
  return out;
}

/** A tiny classic-BPF interpreter for the instructions the guard uses: what the kernel would answer. */
function verdict(program: Instruction[], data: { arch: number; nr: number; arg0: number }): number {
  let a = 0;
  for (let pc = 0; pc < program.length; pc++) {
    const { code, jt, jf, k } = program[pc]!;
    if (code === 0x20) a = k === 0 ? data.nr : k === 4 ? data.arch : k === 16 ? data.arg0 : Number.NaN;
    else if (code === 0x15) pc += a === k ? jt : jf;
    else if (code === 0x35) pc += a >= k ? jt : jf;
    else if (code === 0x06) return k;
    else throw new Error(`unexpected instruction ${code}`);
  }
  throw new Error('fell off the end');
}

const ALLOW = 0x7fff0000;
const EPERM = 0x00050001;
const X64 = 0xc000003e;

describe(signalGuardProgram.name, () => {
  const program = decode(signalGuardProgram('x64')!);

  it.each([
    ['kill', 62],
    ['tkill', 200],
    ['tgkill', 234],
    ['rt_sigqueueinfo', 129],
    ['rt_tgsigqueueinfo', 297],
    ['pidfd_open', 434],
  ])('refuses %s on pid 1', (_name, nr) => {
    expect(verdict(program, { arch: X64, nr, arg0: 1 })).toBe(EPERM);
  });

  it('allows signals to the app’s own processes and every other call', () => {
    expect(verdict(program, { arch: X64, nr: 62, arg0: 2 })).toBe(ALLOW);
    expect(verdict(program, { arch: X64, nr: 62, arg0: 0 })).toBe(ALLOW);
    expect(verdict(program, { arch: X64, nr: 0, arg0: 1 })).toBe(ALLOW); // read(1, …)
  });

  it('refuses every call of another ABI (i386, x32)', () => {
    expect(verdict(program, { arch: 0x40000003, nr: 37, arg0: 1 })).toBe(EPERM);
    expect(verdict(program, { arch: X64, nr: 0x40000000 + 62, arg0: 1 })).toBe(EPERM);
  });

  it('has no program for an architecture it does not know', () => {
    expect(signalGuardProgram('mips')).toBeNull();
  });
});
