import { describe, expect, it } from 'vitest';
import { anApp, anEvent } from '../test-support/builders.js';
import { appsReducer, initialAppsState, listApps } from './apps-reducer.js';

describe(appsReducer.name, () => {
  describe('list-loaded', () => {
    it('keeps the API order and marks the list as loaded', () => {
      const state = appsReducer(initialAppsState, {
        type: 'list-loaded',
        apps: [anApp({ id: 'bbbbbbbbbbbb' }), anApp({ id: 'aaaaaaaaaaaa' })],
        nextCursor: null,
      });

      expect(state.loaded).toBe(true);
      expect(listApps(state).map((a) => a.id)).toEqual(['bbbbbbbbbbbb', 'aaaaaaaaaaaa']);
    });

    it('keeps an app created while the list was on its way, on top', () => {
      const created = anApp({ id: 'newnewnewnew', createdAt: '2026-11-21T11:00:00.000Z' });
      const before = appsReducer(initialAppsState, { type: 'app-loaded', app: created });

      const state = appsReducer(before, {
        type: 'list-loaded',
        apps: [anApp({ id: 'oldoldoldold' })],
        nextCursor: null,
      });

      expect(state.order).toEqual(['newnewnewnew', 'oldoldoldold']);
    });

    it('drops an app a list showed before and no longer has, as after a delete in another tab', () => {
      const created = appsReducer(initialAppsState, {
        type: 'app-loaded',
        app: anApp({ id: 'gonegonegone' }),
      });
      const listed = appsReducer(created, {
        type: 'list-loaded',
        apps: [anApp({ id: 'gonegonegone' })],
        nextCursor: null,
      });

      const state = appsReducer(listed, { type: 'list-loaded', apps: [], nextCursor: null });

      expect(listApps(state)).toEqual([]);
    });
  });

  describe('older pages', () => {
    const first = [anApp({ id: 'cccccccccccc' }), anApp({ id: 'bbbbbbbbbbbb' })];

    it('offers the next page the first one points to, and shows it below', () => {
      const listed = appsReducer(initialAppsState, { type: 'list-loaded', apps: first, nextCursor: 'Mg' });
      expect(listed.nextCursor).toBe('Mg');

      const state = appsReducer(listed, {
        type: 'older-loaded',
        apps: [anApp({ id: 'aaaaaaaaaaaa' })],
        nextCursor: null,
      });

      expect(listApps(state).map((a) => a.id)).toEqual(['cccccccccccc', 'bbbbbbbbbbbb', 'aaaaaaaaaaaa']);
      expect(state.nextCursor).toBeNull();
    });

    it('keeps the older apps and their cursor when the poll refreshes the first page', () => {
      const listed = appsReducer(initialAppsState, { type: 'list-loaded', apps: first, nextCursor: 'Mw' });
      const older = appsReducer(listed, {
        type: 'older-loaded',
        apps: [anApp({ id: 'aaaaaaaaaaaa' })],
        nextCursor: 'MQ',
      });

      const polled = appsReducer(older, {
        type: 'list-loaded',
        apps: [anApp({ id: 'dddddddddddd' }), ...first],
        nextCursor: 'Mw',
      });

      expect(polled.order).toEqual(['dddddddddddd', 'cccccccccccc', 'bbbbbbbbbbbb', 'aaaaaaaaaaaa']);
      expect(polled.nextCursor).toBe('MQ');
    });

    it('shows an app once when it appears both in an older page and, later, in the first', () => {
      const listed = appsReducer(initialAppsState, { type: 'list-loaded', apps: first, nextCursor: 'Mw' });
      const older = appsReducer(listed, {
        type: 'older-loaded',
        apps: [anApp({ id: 'aaaaaaaaaaaa' }), first[1]!],
        nextCursor: null,
      });
      const polled = appsReducer(older, {
        type: 'list-loaded',
        apps: [...first, anApp({ id: 'aaaaaaaaaaaa' })],
        nextCursor: null,
      });

      expect(polled.order).toEqual(['cccccccccccc', 'bbbbbbbbbbbb', 'aaaaaaaaaaaa']);
    });
  });

  describe('event-received', () => {
    it('moves the status along with the events that carry one', () => {
      const start = appsReducer(initialAppsState, { type: 'app-loaded', app: anApp() });

      const state = [
        anEvent('deploying', { data: { status: 'deploying' } }),
        anEvent('running', { data: { status: 'running', port: 9700 } }),
      ].reduce((s, event) => appsReducer(s, { type: 'event-received', event }), start);

      expect(state.byId.abcdefabcdef?.status).toBe('running');
      expect(state.events.abcdefabcdef).toHaveLength(2);
    });

    it('takes the version number from a version event', () => {
      const start = appsReducer(initialAppsState, { type: 'app-loaded', app: anApp({ version: 1 }) });

      const state = appsReducer(start, {
        type: 'event-received',
        event: anEvent('version', { data: { version: 2, source: 'prompt', files: 5 } }),
      });

      expect(state.byId.abcdefabcdef?.version).toBe(2);
    });

    it('ignores an event it already has, as after an SSE reconnect', () => {
      const event = anEvent('planning');
      const once = appsReducer(initialAppsState, { type: 'event-received', event });

      const twice = appsReducer(once, { type: 'event-received', event });

      expect(twice).toBe(once);
    });

    it('hides a deleted app from the list', () => {
      const start = appsReducer(initialAppsState, { type: 'app-loaded', app: anApp({ status: 'running' }) });

      const state = appsReducer(start, { type: 'event-received', event: anEvent('deleted') });

      expect(listApps(state)).toEqual([]);
    });
  });

  describe('app-removed', () => {
    it('removes the app from the list', () => {
      const start = appsReducer(initialAppsState, { type: 'app-loaded', app: anApp() });

      const state = appsReducer(start, { type: 'app-removed', id: 'abcdefabcdef' });

      expect(state.order).toEqual([]);
      expect(state.byId).toEqual({});
    });
  });
});
