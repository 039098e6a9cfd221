import { describe, expect, it } from 'vitest';
import { healthProblems } from './health-banner.js';

describe(healthProblems.name, () => {
  it('is empty when every service is ok', () => {
    expect(
      healthProblems({
        status: 'ok',
        services: { backend: { status: 'ok' }, planner: { status: 'ok' } },
        timestamp: '',
      }),
    ).toEqual([]);
  });

  it('names a failing service and what it means for the person', () => {
    const problems = healthProblems({
      status: 'down',
      failing: ['planner'],
      services: {
        backend: { status: 'ok' },
        planner: { status: 'down', message: 'The planner service cannot be reached.' },
      },
      timestamp: '',
    });

    expect(problems).toEqual([
      'The planner is down: new apps and changes by prompt cannot be built until it is back; running apps keep working. The planner service cannot be reached.',
    ]);
  });

  it('says the backend is not answering when /health cannot be read', () => {
    expect(healthProblems('unreachable')[0]).toContain('backend is not answering');
  });
});
