import { describe, expect, it } from 'vitest';
import { anEvent } from '../test-support/builders.js';
import { editedFilesByVersion, latestChangePrompt } from './app-history.js';

const version = (n: number, source: string) => anEvent('version', { data: { version: n, source } });

describe(latestChangePrompt.name, () => {
  it('is null while the app is as its first prompt made it', () => {
    expect(
      latestChangePrompt([anEvent('created', { data: { prompt: 'a todo list' } }), version(1, 'create')]),
    ).toBeNull();
  });

  it('is the latest change that became a version, not one that was rejected after it', () => {
    const events = [
      version(1, 'create'),
      anEvent('change-requested', { data: { prompt: 'add a due date' } }),
      version(2, 'prompt'),
      anEvent('change-requested', { data: { prompt: 'make it sparkle' } }),
      anEvent('change-rejected'),
    ];

    expect(latestChangePrompt(events)).toBe('add a due date');
  });

  it('follows a restore back to the prompt of the version it restored', () => {
    const events = [
      version(1, 'create'),
      anEvent('change-requested', { data: { prompt: 'add a due date' } }),
      version(2, 'prompt'),
      anEvent('restoring', { data: { from: 1 } }),
      version(3, 'restore'),
    ];

    expect(latestChangePrompt(events)).toBeNull();
    expect(
      latestChangePrompt([...events, anEvent('restoring', { data: { from: 2 } }), version(4, 'restore')]),
    ).toBe('add a due date');
  });
});

describe(editedFilesByVersion.name, () => {
  it('gives each hand-edited version the files its edit named', () => {
    const events = [
      version(1, 'create'),
      anEvent('files-edited', { data: { paths: ['public/index.html', 'server.js'] } }),
      version(2, 'edit'),
      version(3, 'restore'),
    ];

    expect([...editedFilesByVersion(events)]).toEqual([[2, ['public/index.html', 'server.js']]]);
  });
});
