import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { isLeftByDeadSandbox } from './cgroup-files.js';

describe(isLeftByDeadSandbox.name, () => {
  it('keeps the groups of a sandbox that is alive, even when they are empty', () => {
    expect(isLeftByDeadSandbox(`isekai-${process.pid}-0a1b2c3d`)).toBe(false);
  });

  it('marks the groups of a sandbox whose process has ended', () => {
    const ended = spawnSync(process.execPath, ['-e', '0']).pid;
    expect(isLeftByDeadSandbox(`isekai-${ended}-0a1b2c3d`)).toBe(true);
  });

  it('ignores groups that are not a sandbox parent', () => {
    expect(isLeftByDeadSandbox('system.slice')).toBe(false);
  });
});
