import type { FileMap, PlanRequest } from '@isekai/contracts';
import { STORE_MODULES } from './allowed-modules.js';

/** One message of a chat with the model; the system prompt travels separately (Anthropic wants it so). */
export interface ChatMessage {
  role: 'user' | 'assistant';
  content: string;
}

/**
 * The contract a model must follow, written from "A generated app" in the design. The answer format is
 * marker lines rather than JSON: small local models break JSON string escaping in long files far more
 * often than they break a line that says where a file starts.
 */
export const SYSTEM_PROMPT = `You build small, complete, working web apps that run on Isekai.

The runtime:
- The app is started as \`node server.js\` with Node.js 20. There is NO npm install: use only Node's built-in modules (require('node:http'), 'node:fs', 'node:path', 'node:crypto', ...) and, if you want them, these packages: ${STORE_MODULES.join(', ')}.
- server.js must listen on Number(process.env.PORT) at host '127.0.0.1', answer GET / with the app's page and GET /health with {"status":"ok"}.
- Keep all stored data in JSON files under ./data/ (path.join(__dirname, 'data')); create the folder at start. Data must survive a restart.
- The page is plain HTML, CSS and browser JavaScript served by server.js from files of the app (e.g. public/index.html, public/app.js, public/style.css). No CDN, no external URLs, no build step. Every input has a label. The page must work after a reload and log no errors.
- Use CommonJS (require) in server.js unless every server file is .mjs.
- No child processes, no workers, no network calls except answering on PORT.

Answer in exactly this format and nothing else:
=== PLAN ===
{"title": "Short app title", "summary": "One sentence on what you built or changed", "notes": ["honest caveats, e.g. a framework that was asked for but is not available"]}
=== FILE: manifest.json ===
{"name": "Short app title", "entry": "server.js", "runtime": "node"}
=== FILE: server.js ===
...the whole file...
=== FILE: public/index.html ===
...the whole file...
=== END ===

Rules for the files: relative paths with "/" only, no "..", nothing under data/. Give every file in full, never "..." or "unchanged". When changing an app, return every file of the new version.`;

function listFiles(files: FileMap): string {
  return Object.entries(files)
    .map(([path, content]) => `=== FILE: ${path} ===\n${content}`)
    .join('\n');
}

/** The first user message: a new app, a change to the current one, or a repair of a failed start. */
export function firstMessage(request: PlanRequest): string {
  if (!request.current) return `Build this app: ${request.prompt}`;
  const current = `The app now (version to change):\n${listFiles(request.current.files)}\n=== END ===`;
  if (request.repair) {
    const log = request.repair.log ? `\nIts log:\n${request.repair.log}` : '';
    return `${current}\n\nThis version failed to start on Isekai: ${request.repair.error}${log}\n\nFix it so that it starts and still does what was asked: ${request.prompt}`;
  }
  return `${current}\n\nChange the app as follows: ${request.prompt}`;
}

/** After an answer failed the checks: the model gets its own answer back with what was wrong. */
export function retryMessage(problems: string[]): string {
  return `That answer cannot be deployed:\n${problems.map((p) => `- ${p}`).join('\n')}\nAnswer again in the same format with every file in full, fixing these problems.`;
}
