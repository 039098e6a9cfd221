/** Recorded model answers in the format the system prompt asks for: good, broken and malformed. */

function answer(
  files: Record<string, string>,
  plan = { title: 'Fake Notes', summary: 'A notes page written by the fake model.', notes: [] as string[] },
): string {
  const sections = Object.entries(files).map(
    ([path, content]) => `=== FILE: ${path} ===\n${content.trim()}\n`,
  );
  return `Here is the app.\n=== PLAN ===\n${JSON.stringify(plan)}\n${sections.join('')}=== END ===\n`;
}

const MANIFEST = '{"name": "Fake Notes", "entry": "server.js", "runtime": "node"}';

/** A small working app: a page with a heading and /health, on PORT at 127.0.0.1. */
export function serverSource(heading: string, beforeListen = ''): string {
  return `'use strict';
const http = require('node:http');
const fs = require('node:fs');
const path = require('node:path');
fs.mkdirSync(path.join(__dirname, 'data'), { recursive: true });
${beforeListen}
const page = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fake Notes</title></head><body><h1>${heading}</h1><p>Notes written by the fake model.</p></body></html>';
http.createServer((req, res) => {
  if (req.url === '/health') { res.writeHead(200, { 'content-type': 'application/json' }); return res.end('{"status":"ok"}'); }
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(page);
}).listen(Number(process.env.PORT), '127.0.0.1');
`;
}

export const GOOD_APP = answer({ 'manifest.json': MANIFEST, 'server.js': serverSource('Fake Notes') });

/** Same app, fenced in markdown as models often do, and with no manifest (the checks add one). */
export const FENCED_APP_WITHOUT_MANIFEST = answer({
  'server.js': `\`\`\`js\n${serverSource('Fenced Notes')}\`\`\``,
});

export const SYNTAX_ERROR_APP = answer({
  'manifest.json': MANIFEST,
  'server.js': serverSource('Fake Notes').replace('res.end(page);\n}', 'res.end(page);\n'),
});

export const NPM_MODULE_APP = answer({
  'manifest.json': MANIFEST,
  'server.js': `const express = require('express');\n${serverSource('Fake Notes')}`,
});

/** Passes every check but dies at start: it reads a settings file it never wrote. */
export const CRASHING_APP = answer({
  'manifest.json': MANIFEST,
  'server.js': serverSource(
    'Fake Notes',
    "const settings = JSON.parse(fs.readFileSync(path.join(__dirname, 'settings.json'), 'utf8'));",
  ),
});

export const REPAIRED_APP = answer(
  { 'manifest.json': MANIFEST, 'server.js': serverSource('Repaired Notes') },
  { title: 'Fake Notes', summary: 'Removed the read of a settings file that does not exist.', notes: [] },
);

export const MALFORMED_ANSWER =
  'Sure! I would build a notes app with a list and a form. Let me know if you want the code.';
