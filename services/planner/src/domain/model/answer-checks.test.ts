import { describe, expect, it } from 'vitest';
import { checkFiles } from './answer-checks.js';

const SERVER =
  "const http = require('node:http');\nhttp.createServer((q, s) => s.end('ok')).listen(Number(process.env.PORT), '127.0.0.1');\n";
const MANIFEST = '{"name":"A","entry":"server.js","runtime":"node"}';

describe(checkFiles.name, () => {
  it('passes a small valid app', async () => {
    const checked = await checkFiles(
      { 'manifest.json': MANIFEST, 'server.js': SERVER, 'public/app.js': 'document.title = "x";' },
      'A',
    );
    expect(checked.problems).toEqual([]);
    expect(checked.entry).toBe('server.js');
  });

  it('adds a missing manifest and says so', async () => {
    const checked = await checkFiles({ 'server.js': SERVER }, 'Notes');
    expect(JSON.parse(checked.files['manifest.json']!)).toEqual({
      name: 'Notes',
      entry: 'server.js',
      runtime: 'node',
    });
    expect(checked.fixes).toHaveLength(1);
  });

  it('finds syntax errors in server and browser files, with the line', async () => {
    const checked = await checkFiles(
      { 'manifest.json': MANIFEST, 'server.js': `${SERVER}\nfunction (`, 'public/app.js': 'if (x {' },
      'A',
    );
    expect(checked.problems).toEqual([
      expect.stringMatching(/^server\.js does not parse: SyntaxError/),
      expect.stringMatching(/^public\/app\.js does not parse/),
    ]);
  });

  it('checks ES modules with node --check', async () => {
    const good = await checkFiles(
      {
        'manifest.json': MANIFEST,
        'server.js': `import http from 'node:http';\nexport const port = process.env.PORT;\n`,
      },
      'A',
    );
    expect(good.problems).toEqual([]);
    const bad = await checkFiles(
      {
        'manifest.json': MANIFEST,
        'server.js': `import http from 'node:http';\nprocess.env.PORT; export const = 1;\n`,
      },
      'A',
    );
    expect(bad.problems).toEqual([expect.stringMatching(/server\.js does not parse/)]);
  });

  it('refuses packages that are not in the store, and unsafe paths, and a missing PORT', async () => {
    const checked = await checkFiles(
      {
        'manifest.json': MANIFEST,
        'server.js': "const express = require('express');\nconst h = require('preact/hooks');\n",
        '../x.js': '1',
      },
      'A',
    );
    expect(checked.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/leaves the app's folder/),
        'server.js must listen on process.env.PORT',
        expect.stringMatching(/"express" is not available/),
      ]),
    );
    expect(checked.problems.join(' ')).not.toContain('"preact/hooks"');
  });

  it('refuses scripts from other sites in HTML', async () => {
    const checked = await checkFiles(
      {
        'manifest.json': MANIFEST,
        'server.js': SERVER,
        'public/index.html':
          '<script src="https://cdn.example.com/react.js"></script><a href="https://example.com">ok</a>',
      },
      'A',
    );
    expect(checked.problems).toEqual([expect.stringMatching(/loads a file from another site/)]);
  });
});
