import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppResponse, FileMap } from '@isekai/contracts';
import { appPorts } from '@isekai/test-kit';
import { openDatabase } from '../src/data/database.js';
import { createStore } from '../src/data/store.js';
import { createActivity } from '../src/domain/activity.js';
import { createVersionStore } from '../src/domain/version-store.js';
import { startPlatform, type Platform } from './support/platform.js';

const ASSET = 'public/js/format.js';
const HTML = 'public/index.html';
const OLDER_LINE = '// formatting as an older release of Isekai wrote it';

/**
 * The app as an older release made it: version 1's plan with one generated asset rendered differently,
 * stored as the current version while the backend is down, through the store the backend uses.
 */
async function storeAsAnOlderReleaseMadeIt(platform: Platform, appId: string): Promise<void> {
  await platform.backend.kill('SIGTERM');
  const db = openDatabase(platform.databasePath);
  try {
    const store = createStore(db);
    const { source, prompt, plan, files, engine, notes } = store.versions.getVersion(appId, 1)!;
    createVersionStore({ store, activity: createActivity(store) }).store(appId, {
      source,
      prompt,
      plan,
      files: { ...files, [ASSET]: `${OLDER_LINE}\n${files[ASSET]}` },
      engine,
      notes,
    });
  } finally {
    db.close();
  }
  await platform.backend.start();
}

/**
 * A platform upgrade changes what the renderer makes of a stored spec. A change by prompt must take
 * today's render for every file nobody edited, and keep (only) the files a person edited.
 */
describe('a change by prompt after an upgrade of the platform', () => {
  let platform: Platform;
  beforeAll(async () => {
    platform = await startPlatform({ appPorts: appPorts(4) });
  });
  afterAll(async () => {
    await platform?.stop();
  });

  it('takes today’s render of a stale file, keeps the hand edit, and names only the edited file', async () => {
    const created = await platform.api('/api/apps?wait=true', {
      method: 'POST',
      json: { prompt: 'a book catalog with title, author and year' },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const app = created.body as AppResponse;
    const today = (await platform.api(`/api/apps/${app.id}/files`)).body.files as FileMap;
    await storeAsAnOlderReleaseMadeIt(platform, app.id);
    const stale = (await platform.api(`/api/apps/${app.id}/files`)).body.files as FileMap;
    expect(stale[ASSET]).toContain(OLDER_LINE);

    const edited = await platform.api(`/api/apps/${app.id}/files?wait=true`, {
      method: 'PATCH',
      json: { files: { [HTML]: stale[HTML]!.replace('</main>', '<p>Shelved by hand</p>\n</main>') } },
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    const { status, body } = await platform.api(`/api/apps/${app.id}/prompts?wait=true`, {
      method: 'POST',
      json: { prompt: 'make it dark' },
    });

    expect(status, JSON.stringify(body)).toBe(200);
    const files = (await platform.api(`/api/apps/${app.id}/files`)).body.files as FileMap;
    expect(files[ASSET]).toBe(today[ASSET]);
    expect(files[HTML]).toContain('<p>Shelved by hand</p>');
    expect(files[HTML]).toContain('data-theme="dark"');
    const steps = (body as AppResponse).plan!.steps;
    expect(steps.filter((step) => step.startsWith('Kept the hand edits'))).toEqual([
      `Kept the hand edits in ${HTML}.`,
    ]);
  });
});
