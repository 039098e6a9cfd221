import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPorts, launchChromium } from '@isekai/test-kit';
import type { AppSpec, SandboxAppState } from '@isekai/contracts';
import {
  aDeployRequest,
  anId,
  startTestSandbox,
  waitFor,
  type TestSandbox,
} from '../../sandbox/test/support/sandbox.harness.js';
import { renderComposed } from '../src/domain/compose/render-composed.js';
import { GAME_TOOLS } from '../src/domain/knowledge/tools/games.js';

// The chess game's rules reach the page from the sandbox's read-only module store: a composed app, run
// confined (bubblewrap view, permission model, no network), serves chess.js at /vendor/ and nothing else.
const CHESS = GAME_TOOLS.find((g) => g.id === 'chess');
const SPEC: AppSpec = {
  version: 2,
  kind: 'game',
  blueprint: 'composed',
  title: 'Chess',
  description: 'Chess for two.',
  theme: { mode: 'light', colors: {} },
  options: {},
  collections: [],
  pages: [
    {
      id: 'chess',
      title: 'Chess',
      sections: [{ type: 'tool', blueprint: 'chess', title: 'Chess', options: CHESS?.options ?? {} }],
    },
  ],
};

let sandbox: TestSandbox;
let port = 0;

beforeAll(async () => {
  sandbox = await startTestSandbox({ appPorts: appPorts(6) });
  const id = anId('vendor');
  const deployed = await sandbox.call<SandboxAppState>(
    'PUT',
    `/v1/apps/${id}`,
    aDeployRequest({ files: renderComposed(SPEC) }),
  );
  expect(deployed.status).toBeLessThan(300);
  const running = await waitFor(async () => {
    const state = await sandbox.call<SandboxAppState>('GET', `/v1/apps/${id}`);
    return state.body.status === 'running' && state.body.port ? state.body : null;
  });
  port = running.port ?? 0;
}, 30_000);

afterAll(async () => {
  await sandbox?.close();
});

describe('client libraries in the sandbox', () => {
  it('serves chess.js from the module store', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/vendor/chess.js/dist/esm/chess.js`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('class Chess');
  });

  it('gives the chess page its rules in Chromium', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`http://127.0.0.1:${port}/#/chess`);
      await page.locator('[data-square="e2"]', { hasText: '♙' }).waitFor({ timeout: 8000 });
      expect(await page.locator('[data-square]').count()).toBe(64);
      await expect.poll(() => page.locator('.game-status').textContent()).toMatch(/White to move/);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 20_000);

  it('serves no other package, no other file type and no way out', async () => {
    const base = `http://127.0.0.1:${port}/vendor`;
    const preact = await fetch(`${base}/preact/dist/preact.mjs`);
    expect(preact.status).toBe(404);
    expect(await preact.text()).toMatch(/not a client library/i);
    expect((await fetch(`${base}/chess.js/package.json`)).status).toBe(404);
    expect((await fetch(`${base}/chess.js/%2e%2e/preact/dist/preact.mjs`)).status).toBe(404);
    expect((await fetch(`${base}/chess.js/dist/esm/missing.js`)).status).toBe(404);
  });
});
