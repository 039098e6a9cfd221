import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MANIFEST_PATH, type AppSpec } from '@isekai/contracts';
import { EXAMPLE_SPECS, LIBRARY_SPEC } from '../../../test/support/example-specs.js';
import { COLLECTIONS_PATH, renderComposed } from './render-composed.js';

/** The spec index.html embeds, read back as the page script reads it. */
function embeddedSpec(html: string): unknown {
  const match = /<script type="application\/json" id="app-spec">([\s\S]*?)<\/script>/.exec(html);
  if (!match?.[1]) throw new Error('no embedded spec');
  return JSON.parse(match[1]);
}

/** Relative import specifiers of an ES module ("./dom.js", "../formula.mjs"). */
function importsOf(source: string): string[] {
  return [
    ...source.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+'(\.[^']+)'|^\s*import\s+'(\.[^']+)'/gm),
  ].map((m) => (m[1] ?? m[2])!);
}

function resolve(from: string, specifier: string): string {
  const parts = from.split('/').slice(0, -1);
  for (const segment of specifier.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.') parts.push(segment);
  }
  return parts.join('/');
}

const PARSE_MODULES = `
const fs = require('fs');
const vm = require('vm');
for (const file of process.argv.slice(1)) new vm.SourceTextModule(fs.readFileSync(file, 'utf8'), { identifier: file });
`;

describe('renderComposed', () => {
  for (const [name, spec] of Object.entries(EXAMPLE_SPECS)) {
    it(`renders the ${name} app as the assets plus what its spec decides`, () => {
      const files = renderComposed(spec);
      for (const path of [
        MANIFEST_PATH,
        'package.json',
        'server.js',
        COLLECTIONS_PATH,
        'public/index.html',
        'public/js/main.js',
        'public/js/formula.mjs',
        'public/js/integrity.mjs',
        'public/js/sections/content/index.js',
        'public/css/theme.css',
        'public/css/app.css',
        'public/css/content.css',
      ]) {
        expect(files, path).toHaveProperty([path]);
      }
      expect(JSON.parse(files[MANIFEST_PATH]!)).toEqual({
        name: spec.title,
        entry: 'server.js',
        runtime: 'node',
      });
      expect(JSON.parse(files[COLLECTIONS_PATH]!)).toEqual(spec.collections);
      expect(embeddedSpec(files['public/index.html']!)).toEqual(spec);
      // Nothing test-only or dotted leaks into the app.
      expect(Object.keys(files).filter((p) => /\.test\.|(^|\/)\./.test(p))).toEqual([]);
    });
  }

  it('lists the pages in the navigation except those marked nav: false, in order', () => {
    const spec: AppSpec = {
      ...LIBRARY_SPEC,
      pages: [...LIBRARY_SPEC.pages, { id: 'secret', title: 'Back office', nav: false, sections: [] }],
    };
    const html = renderComposed(spec)['public/index.html']!;
    const links = [
      ...html.matchAll(/<li><a href="#\/([a-z-]+)" data-page="[a-z-]+">([^<]+)<\/a><\/li>/g),
    ].map((m) => [m[1], m[2]]);
    expect(links).toEqual([
      ['books', 'Books'],
      ['members', 'Members'],
      ['loans', 'Loans'],
    ]);
    // The stylesheets come in the order that lets the theme's variables reach both others.
    const sheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)">/g)].map((m) => m[1]);
    expect(sheets).toEqual(['/css/theme.css', '/css/app.css', '/css/content.css']);
  });

  it('escapes words from the spec in the HTML and keeps "</script>" from ending the embedded spec', () => {
    const spec: AppSpec = { ...LIBRARY_SPEC, title: 'Books & <b>"things"</b></script>' };
    const html = renderComposed(spec)['public/index.html']!;
    expect(html).toContain('<title>Books &amp; &lt;b&gt;&quot;things&quot;&lt;/b&gt;&lt;/script&gt;</title>');
    expect((embeddedSpec(html) as AppSpec).title).toBe(spec.title);
  });

  it('ships JavaScript that parses, and every module the page imports', () => {
    const files = renderComposed(LIBRARY_SPEC);
    const dir = mkdtempSync(join(tmpdir(), 'isekai-composed-check-'));
    try {
      const modules: string[] = [];
      for (const [path, source] of Object.entries(files)) {
        if (!path.startsWith('public/') || !/\.m?js$/.test(path)) continue;
        const file = join(dir, path.replace(/\//g, '__'));
        writeFileSync(file, source);
        modules.push(file);
        for (const specifier of importsOf(source))
          expect(files, `${path} imports ${specifier}`).toHaveProperty([resolve(path, specifier)]);
      }
      // One process parses every ES module without running it (they need a browser); server.js is CommonJS.
      execFileSync(
        process.execPath,
        ['--experimental-vm-modules', '--no-warnings', '-e', PARSE_MODULES, ...modules],
        {
          stdio: 'pipe',
        },
      );
      const server = join(dir, 'server.cjs');
      writeFileSync(server, files['server.js']!);
      execFileSync(process.execPath, ['--check', server], { stdio: 'pipe' });
      expect(modules.length).toBeGreaterThan(10);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(importsOf(files['public/js/main.js']!)).toContain('./sections/content/index.js');
  }, 30_000);

  it('colours and fonts its own stylesheet only with variables that theme.css defines', () => {
    const files = renderComposed(LIBRARY_SPEC);
    const defined = new Set(
      [...files['public/css/theme.css']!.matchAll(/(--[a-z-]+)\s*:/g)].map((m) => m[1]),
    );
    const used = new Set([...files['public/css/app.css']!.matchAll(/var\((--[a-z-]+)/g)].map((m) => m[1]));
    expect([...used].filter((v) => !defined.has(v))).toEqual([]);
    // No colour literal in app.css: a colour named in a prompt must be able to reach every part.
    expect(files['public/css/app.css']!.match(/#[0-9a-f]{3,6}\b|rgb\(|hsl\(/gi)).toBeNull();
  });
});
