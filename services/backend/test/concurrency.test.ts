import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppResponse } from '@isekai/contracts';
import { appPorts } from '@isekai/test-kit';
import { answers } from './support/pages.js';
import { startPlatform, type Platform } from './support/platform.js';

/** The configured limit: 50 creations at once fit under it, a second burst runs into it. */
const GENERATIONS_PER_WINDOW = 60;
const PROMPTS = ['a todo list', 'a notes app with title and body', 'a guestbook with name and message'];

describe('creations at once', () => {
  let platform: Platform;
  const created: AppResponse[] = [];
  beforeAll(async () => {
    platform = await startPlatform({
      appPorts: appPorts(60),
      env: { RATE_LIMIT_GENERATIONS: String(GENERATIONS_PER_WINDOW) },
    });
  });
  afterAll(async () => {
    await platform?.stop();
  });

  /** `count` creations sent at once, each waiting for its app to run; no answer may be a 5xx or SQLITE_BUSY. */
  async function burst(count: number) {
    const responses = await Promise.all(
      Array.from({ length: count }, (_, i) =>
        platform.api('/api/apps?wait=true', {
          method: 'POST',
          json: { prompt: PROMPTS[i % PROMPTS.length] },
        }),
      ),
    );
    const statuses: Record<number, number> = {};
    for (const { status } of responses) statuses[status] = (statuses[status] ?? 0) + 1;
    const codes = responses.filter((r) => r.status !== 201).map((r) => r.body?.error?.code as string);
    console.log(
      `concurrency: ${count} creations at once, answered ${JSON.stringify(statuses)}; refusals ${[...new Set(codes)].join(', ') || 'none'}`,
    );
    expect(responses.filter((r) => r.status >= 500).map((r) => r.body)).toEqual([]);
    expect(JSON.stringify(responses.map((r) => r.body))).not.toContain('SQLITE_BUSY');
    const apps = responses.filter((r) => r.status === 201).map((r) => r.body as AppResponse);
    created.push(...apps);
    return { apps, refused: responses.filter((r) => r.status === 429) };
  }

  it('runs all of 50 creations sent at once, each on its own port', async () => {
    const { apps } = await burst(50);
    expect(apps).toHaveLength(50);
    expect(apps.map((app) => app.status)).toEqual(apps.map(() => 'running'));
    expect(new Set(apps.map((app) => app.port)).size).toBe(50);
    for (const app of apps) expect(await answers(app.url!)).toBe(true);
  });

  it('answers creations past the configured limit with a clean 429, and keeps nothing of them', async () => {
    const { apps, refused } = await burst(20);
    expect(apps).toHaveLength(GENERATIONS_PER_WINDOW - 50);
    expect(refused).toHaveLength(20 - apps.length);
    for (const { body, headers } of refused) {
      expect(body.error.code).toBe('rate-limited');
      expect(body.error.message).toEqual(expect.any(String));
      expect(headers.get('retry-after')).toMatch(/^\d+$/);
    }
    expect(new Set(created.map((app) => app.port)).size).toBe(GENERATIONS_PER_WINDOW);
    const { body: list } = await platform.api('/api/apps?limit=100');
    expect(list.apps).toHaveLength(GENERATIONS_PER_WINDOW);
    expect(platform.backend.output).not.toContain('SQLITE_BUSY');
  });
});
