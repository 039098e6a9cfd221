import { describe, expect, it } from 'vitest';
import { buildLaunchPlan } from './launch-plan.builder.js';

const host = { usageSampling: true, processListing: true, processGroups: true };

describe(buildLaunchPlan.name, () => {
  it('runs node with a heap limit on the absolute entry, with exactly four variables', () => {
    const plan = buildLaunchPlan(
      {
        id: 'abcdef123456',
        appDir: '/srv/apps/abcdef123456',
        entry: 'src/server.js',
        port: 9003,
        limits: { memoryMb: 64, cpuPercent: 50, timeoutMs: 60000 },
      },
      host,
      '/usr/bin/node',
    );
    expect(plan.command).toBe('/usr/bin/node');
    expect(plan.args).toEqual(['--max-old-space-size=64', '/srv/apps/abcdef123456/src/server.js']);
    expect(plan.cwd).toBe('/srv/apps/abcdef123456');
    expect(plan.env).toEqual({
      PORT: '9003',
      NODE_ENV: 'production',
      APP_ID: 'abcdef123456',
      HOME: '/srv/apps/abcdef123456',
    });
  });
});
