import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error.js';
import { anEvent } from '../test-support/builders.js';
import { changeRejection, changeUnchanged, creationRejection, rejectionFromError } from './rejection.js';

const SUGGESTIONS = ['a reading list', 'a habit tracker'];

describe(creationRejection.name, () => {
  it('gives the first prompt back with the planner’s words and suggestions', () => {
    const rejected = anEvent('rejected', {
      message: 'No app in “asdf”.',
      data: { suggestions: SUGGESTIONS },
    });
    const events = [anEvent('created', { data: { prompt: 'asdf' } }), anEvent('planning'), rejected];

    expect(creationRejection(events)).toEqual({
      prompt: 'asdf',
      message: 'No app in “asdf”.',
      suggestions: SUGGESTIONS,
      eventId: rejected.id,
    });
  });

  it('is null for an app the planner understood', () => {
    expect(
      creationRejection([anEvent('created', { data: { prompt: 'a todo list' } }), anEvent('planned')]),
    ).toBeNull();
  });
});

describe(changeRejection.name, () => {
  it('is the latest change’s rejection, with the prompt that was asked', () => {
    const events = [
      anEvent('change-requested', { data: { prompt: 'make it sparkle' } }),
      anEvent('change-rejected', {
        message: 'Not a change I know.',
        data: { suggestions: ['make it dark'] },
      }),
    ];

    expect(changeRejection(events)).toMatchObject({
      prompt: 'make it sparkle',
      message: 'Not a change I know.',
      suggestions: ['make it dark'],
    });
  });

  it('is gone once another change is asked for', () => {
    const events = [
      anEvent('change-requested', { data: { prompt: 'make it sparkle' } }),
      anEvent('change-rejected'),
      anEvent('change-requested', { data: { prompt: 'make it dark' } }),
    ];

    expect(changeRejection(events)).toBeNull();
  });
});

describe(rejectionFromError.name, () => {
  it('reads the 422 of a create with wait, and nothing else', () => {
    const refusal = new ApiError({
      code: 'prompt-not-understood',
      status: 422,
      message: 'No app in that.',
      details: { suggestions: SUGGESTIONS },
    });
    const other = new ApiError({ code: 'invalid-request', status: 400, message: 'prompt is required' });

    expect(rejectionFromError(refusal, 'asdf')).toEqual({
      prompt: 'asdf',
      message: 'No app in that.',
      suggestions: SUGGESTIONS,
    });
    expect(rejectionFromError(other, 'asdf')).toBeNull();
  });
});

describe(changeUnchanged.name, () => {
  it("gives the planner's words for a change that found everything already there", () => {
    const events = [
      anEvent('change-requested'),
      anEvent('planned'),
      anEvent('change-unchanged', { message: 'Nothing changed: the FAQ was already there.' }),
    ];
    expect(changeUnchanged(events)).toBe('Nothing changed: the FAQ was already there.');
  });

  it('says nothing once another change has been asked for, or when the change made a version', () => {
    const unchanged = anEvent('change-unchanged', { message: 'Nothing changed.' });
    expect(changeUnchanged([unchanged, anEvent('change-requested')])).toBeNull();
    expect(changeUnchanged([anEvent('change-requested'), anEvent('running')])).toBeNull();
  });
});
