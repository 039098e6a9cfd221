import type { AppEvent, AppResponse } from '@isekai/contracts';

/** An app as GET /api/apps/:id returns it; override what the test is about. */
export function anApp(overrides: Partial<AppResponse> = {}): AppResponse {
  return {
    id: 'abcdefabcdef',
    name: 'Recipe Manager',
    prompt: 'a recipe manager',
    status: 'planning',
    desiredState: 'running',
    url: null,
    port: null,
    version: 0,
    plan: null,
    engine: null,
    limits: { memoryMb: 512, cpuPercent: 50, timeoutMs: 300_000 },
    usage: null,
    createdAt: '2026-11-21T10:00:00.000Z',
    updatedAt: '2026-11-21T10:00:00.000Z',
    ...overrides,
  };
}

let nextId = 1;

/** An event as the backend sends it on /events. */
export function anEvent(type: string, overrides: Partial<AppEvent> = {}): AppEvent {
  const id = nextId++;
  return {
    id,
    appId: 'abcdefabcdef',
    type,
    message: `${type} happened`,
    at: `2026-11-21T10:00:${String(id % 60).padStart(2, '0')}.000Z`,
    ...overrides,
  };
}
