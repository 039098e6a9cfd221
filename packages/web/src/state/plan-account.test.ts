import { describe, expect, it } from 'vitest';
import type { Plan } from '@isekai/contracts';
import { anEvent } from '../test-support/builders.js';
import { accountOfProgress } from './plan-account.js';
import { progressFrom } from './progress.js';

const plan = (summary: string): Plan => ({
  spec: {
    title: 'Old',
    kind: 'data',
    blueprint: 'data-app',
    description: '',
    entities: [],
    features: [],
    theme: 'light',
    options: {},
  } as unknown as Plan['spec'],
  summary,
  built: ['Books: a table'],
  leftOut: ['Payments: apps have no network'],
  steps: [],
  notes: [],
});

describe(accountOfProgress.name, () => {
  it('takes built and left out from the planned event when it has them', () => {
    const progress = progressFrom([
      anEvent('created'),
      anEvent('planned', {
        message: 'A library.',
        data: { built: ['Loans: a table'], leftOut: ['Reminders'] },
      }),
    ])!;

    expect(accountOfProgress(progress, null)).toMatchObject({
      built: ['Loans: a table'],
      leftOut: ['Reminders'],
    });
  });

  it('takes them from the app’s plan when it is the same plan, and never from another one', () => {
    const events = [anEvent('created'), anEvent('planned', { message: 'A library.' })];
    const progress = progressFrom(events)!;

    expect(accountOfProgress(progress, plan('A library.'))).toMatchObject({
      built: ['Books: a table'],
      leftOut: ['Payments: apps have no network'],
    });
    expect(accountOfProgress(progress, plan('The version before.'))).toMatchObject({
      built: [],
      leftOut: [],
    });
  });
});
