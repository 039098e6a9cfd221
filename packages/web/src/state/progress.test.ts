import { describe, expect, it } from 'vitest';
import type { AppSpecV1 } from '@isekai/contracts';
import { anEvent } from '../test-support/builders.js';
import { progressFrom } from './progress.js';

const spec: AppSpecV1 = {
  kind: 'data',
  blueprint: 'data-app',
  title: 'Recipe Manager',
  description: 'Recipes',
  entities: [
    {
      name: 'recipe',
      label: 'Recipe',
      plural: 'Recipes',
      fields: [{ name: 'name', label: 'Name', type: 'text' }],
    },
  ],
  features: ['search'],
  theme: 'light',
  options: {},
};

const states = (events: ReturnType<typeof anEvent>[]) =>
  progressFrom(events)?.steps.map((s) => `${s.key}:${s.state}`);

describe(progressFrom.name, () => {
  it('is null before anything started', () => {
    expect(progressFrom([])).toBeNull();
  });

  it('shows planning as the first step of a new app', () => {
    expect(states([anEvent('created'), anEvent('planning')])).toEqual([
      'plan:active',
      'files:pending',
      'start:pending',
    ]);
  });

  it('shows what the planner understood once it has planned', () => {
    const progress = progressFrom([
      anEvent('created'),
      anEvent('planned', {
        message: 'A recipe manager.',
        data: {
          spec,
          notes: ['No photos yet.'],
          steps: ['parsed'],
          files: ['server.js', 'public/index.html'],
          engine: 'offline',
        },
      }),
    ]);

    expect(progress?.spec?.title).toBe('Recipe Manager');
    expect(progress?.notes).toEqual(['No photos yet.']);
    expect(progress?.files).toEqual(['server.js', 'public/index.html']);
    expect(progress?.steps.map((s) => s.state)).toEqual(['done', 'active', 'pending']);
  });

  it('ends done when the app runs', () => {
    const progress = progressFrom([
      anEvent('created'),
      anEvent('planned', { data: { spec } }),
      anEvent('version', { data: { version: 1, files: 4 } }),
      anEvent('deploying', { data: { status: 'deploying' } }),
      anEvent('running', { data: { status: 'running' } }),
    ]);

    expect(progress?.outcome).toBe('done');
    expect(progress?.steps.every((s) => s.state === 'done')).toBe(true);
    expect(progress?.steps[1]?.detail).toBe('4 files stored as version 1');
  });

  it('marks the step under way as failed, with the reason, when planning fails', () => {
    const progress = progressFrom([
      anEvent('created'),
      anEvent('planning'),
      anEvent('failed', { message: 'The planner is not answering.' }),
    ]);

    expect(progress?.outcome).toBe('failed');
    expect(progress?.error).toBe('The planner is not answering.');
    expect(progress?.steps[0]?.state).toBe('failed');
  });

  it('follows only the latest piece of work', () => {
    const progress = progressFrom([
      anEvent('created'),
      anEvent('running'),
      anEvent('change-requested'),
      anEvent('planning'),
    ]);

    expect(progress?.kind).toBe('change');
    expect(progress?.outcome).toBe('working');
  });

  it('skips planning for a restore', () => {
    expect(
      states([
        anEvent('restoring'),
        anEvent('version', { data: { version: 3, files: 4 } }),
        anEvent('deploying'),
      ]),
    ).toEqual(['files:done', 'start:active']);
  });

  it('says the app stays stopped when it was stored without starting', () => {
    expect(progressFrom([anEvent('files-edited'), anEvent('version'), anEvent('stopped')])?.outcome).toBe(
      'stopped',
    );
  });

  it('shows what a language model is doing on the plan step while it writes', () => {
    const progress = progressFrom([
      anEvent('created'),
      anEvent('planning'),
      anEvent('planning-progress', {
        message: 'Writing server.js (120 tokens so far).',
        data: { stage: 'model-writing', file: 'server.js' },
      }),
    ]);

    expect(progress?.steps[0]).toMatchObject({
      key: 'plan',
      state: 'active',
      detail: 'Writing server.js (120 tokens so far).',
    });
  });

  it('ends cancelled, not failed, when the owner cancels a build or a change', () => {
    const build = progressFrom([
      anEvent('created'),
      anEvent('planning'),
      anEvent('cancel-requested'),
      anEvent('failed', {
        message: 'Cancelled by its owner before the plan was finished.',
        data: { code: 'generation-cancelled' },
      }),
    ]);
    const change = progressFrom([
      anEvent('change-requested'),
      anEvent('planning'),
      anEvent('change-cancelled', { message: 'Cancelled.' }),
    ]);

    expect(build).toMatchObject({
      outcome: 'cancelled',
      error: 'Cancelled by its owner before the plan was finished.',
    });
    expect(change?.outcome).toBe('cancelled');
    expect(states([anEvent('created'), anEvent('change-cancelled')])).toEqual([
      'plan:failed',
      'files:pending',
      'start:pending',
    ]);
  });

  it('works again from the plan step when a failed start goes back to the model', () => {
    const progress = progressFrom([
      anEvent('created'),
      anEvent('planned', { data: { files: ['server.js'] } }),
      anEvent('version', { data: { files: 1, version: 1 } }),
      anEvent('deploying'),
      anEvent('failed', { message: 'The app exited at start.' }),
      anEvent('repairing', { message: 'Sending its log to the model, repair 1 of 2.' }),
    ]);

    expect(progress).toMatchObject({ outcome: 'working', error: undefined });
    expect(progress?.steps.map((s) => `${s.key}:${s.state}`)).toEqual([
      'plan:active',
      'files:pending',
      'start:pending',
    ]);
  });

  it('keeps the run before a change the planner did not understand, and what happened after it', () => {
    const progress = progressFrom([
      anEvent('created'),
      anEvent('planned', { message: 'A recipe manager.', data: { spec } }),
      anEvent('version', { data: { version: 1 } }),
      anEvent('running'),
      anEvent('change-requested', { data: { prompt: 'make it sparkle' } }),
      anEvent('planning'),
      anEvent('change-rejected', { message: 'No change in that.' }),
      anEvent('stopped', { message: 'Stopped on request.' }),
    ]);

    expect(progress?.kind).toBe('create');
    expect(progress?.summary).toBe('A recipe manager.');
    expect(progress?.outcome).toBe('stopped');
    expect(progress?.error).toBeUndefined();
  });

  it('says a first prompt was not understood when there is no run before it', () => {
    const progress = progressFrom([
      anEvent('created'),
      anEvent('planning'),
      anEvent('rejected', { message: 'No app in that.' }),
    ]);

    expect(progress?.outcome).toBe('rejected');
    expect(progress?.error).toBe('No app in that.');
  });
});
