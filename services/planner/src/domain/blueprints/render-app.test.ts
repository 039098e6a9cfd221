import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { explainUnsafePath, MANIFEST_PATH, type AppManifest } from '@isekai/contracts';
import { applyChange } from '../offline/change-parser.js';
import { parsePrompt } from '../offline/prompt-parser.js';
import { isMigratedV1 } from '../understanding/v1-blueprints.js';
import { renderApp } from './render-app.js';
import { BLUEPRINTS } from './registry.js';
import { readPromptSet } from '../../../../../scripts/eval/prompt-sets.mjs';

const publicPrompts = readPromptSet('public').map((p) => p.prompt);

const extraPrompts = [
  'a tic tac toe game',
  'a simple calculator',
  'a 10 minute kitchen timer',
  'a film watchlist with title, director, release year, my rating 1-10 and whether I have watched it, with search, sorting, filters, csv export and import and a chart',
  'flashcards to learn capitals',
  'a weekly planner',
];

/** Prompts whose blueprint this renderer still draws; the rest render as composed apps. */
const v1Prompts = [...publicPrompts, ...extraPrompts].filter(
  (prompt) => !isMigratedV1(parsePrompt(prompt).spec.blueprint),
);

const workDir = mkdtempSync(join(tmpdir(), 'planner-render-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function checkServerSyntax(source: string): string {
  const file = join(workDir, `server-${Math.random().toString(36).slice(2)}.js`);
  writeFileSync(file, source);
  const result = spawnSync(process.execPath, ['--check', file], { encoding: 'utf8' });
  return result.status === 0 ? '' : result.stderr;
}

/** Literal ids the page script looks up must exist in the page, or the script throws on load. */
function missingIds(html: string, script: string): string[] {
  const ids = [...script.matchAll(/\$\('#([A-Za-z0-9_-]+)[ '")]/g)].map((m) => m[1] ?? '');
  return [...new Set(ids)].filter((id) => !html.includes(`id="${id}"`));
}

describe(renderApp.name, () => {
  it.each(v1Prompts)('renders valid files for "%s"', (prompt) => {
    const { spec } = parsePrompt(prompt);
    const files = renderApp(spec);
    for (const path of Object.keys(files)) expect(explainUnsafePath(path), path).toBeNull();
    const manifest = JSON.parse(files[MANIFEST_PATH] ?? '') as AppManifest;
    expect(manifest).toEqual({ name: spec.title, entry: 'server.js', runtime: 'node' });
    expect(checkServerSyntax(files['server.js'] ?? '')).toBe('');
    const script = files['public/app.js'] ?? '';
    expect(() => new Script(script, { filename: 'app.js' })).not.toThrow();
    const html = files['public/index.html'] ?? '';
    expect(missingIds(html, script)).toEqual([]);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(Object.values(files).join('\n')).not.toContain(prompt);
    expect(renderApp(spec)).toEqual(files);
  });

  it('has a renderer for every blueprint the parser can choose', () => {
    for (const prompt of [...publicPrompts, ...extraPrompts]) {
      const { blueprint } = parsePrompt(prompt).spec;
      expect(isMigratedV1(blueprint) || blueprint in BLUEPRINTS, prompt).toBe(true);
    }
  });

  it('puts every label, header and button a person looks for into the served HTML', () => {
    const html =
      renderApp(
        parsePrompt('a book catalog with title, author, year, genre and whether I have read it').spec,
      )['public/index.html'] ?? '';
    for (const word of [
      '<th scope="col">Title</th>',
      '<th scope="col">Author</th>',
      '>Year<',
      '>Genre<',
      '>Read<',
      'Add book',
    ])
      expect(html).toContain(word);
  });

  it('renders a dark theme when asked', () => {
    const spec = applyChange(parsePrompt('a todo list').spec, 'make it dark').spec;
    expect(renderApp(spec)['public/index.html']).toContain('data-theme="dark"');
  });

  it('escapes what a person typed', () => {
    const spec = applyChange(parsePrompt('a todo list').spec, 'call it <script>alert(1)</script>').spec;
    const html = renderApp(spec)['public/index.html'] ?? '';
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;');
  });
});
