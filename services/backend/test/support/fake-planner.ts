import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { FileMap, Plan, PlanRequest, PlanResponse } from '@isekai/contracts';

/** Words the fake planner refuses, as the real one refuses gibberish; the suggestions it offers. */
export const GIBBERISH = 'asdfgh qwerty';
/** Refused on the event stream (an `error` event with status 422) rather than as a plain 422. */
export const GIBBERISH_ON_STREAM = 'zxcvb poiuy';
export const CHANGE_GIBBERISH = 'xyzzy plugh';
/** A change the fake answers with the current files unchanged. */
export const NO_OP_CHANGE = 'leave it exactly as it is';
export const SUGGESTIONS = ['a to-do list with due dates', 'a countdown timer'];
export const CHANGE_SUGGESTIONS = ['add a field called "priority"', 'make the header dark blue'];

/** A working app that shows `heading`, in the shape the sandbox runs. */
export function appFiles(heading: string): FileMap {
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${heading}</title></head><body><h1>${heading}</h1></body></html>`;
  return {
    'manifest.json': JSON.stringify({ name: heading, entry: 'server.js', runtime: 'node' }),
    'package.json': JSON.stringify({ type: 'module', scripts: { start: 'node server.js' } }),
    'server.js': `import http from 'node:http';
const page = ${JSON.stringify(page)};
http
  .createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page);
  })
  .listen(Number(process.env.PORT), '127.0.0.1');
`,
  };
}

function planFor(title: string): Plan {
  return {
    spec: {
      version: 2,
      kind: 'custom',
      blueprint: 'fake',
      title,
      description: '',
      collections: [],
      pages: [],
      theme: { mode: 'light', colors: {} },
      options: {},
    },
    summary: `A page that says ${title}.`,
    steps: ['faked'],
    notes: [],
  };
}

type Answer =
  | { plan: PlanResponse }
  | { refuse: { code: string; message: string; suggestions: string[] }; onStream?: boolean };

/** What the real planner would answer, decided by the words of the prompt. */
function answer(request: PlanRequest): Answer {
  const { prompt, current } = request;
  if (!current && prompt.includes(GIBBERISH))
    return {
      refuse: {
        code: 'prompt-not-understood',
        message: 'I could not tell what app "asdfgh qwerty" is.',
        suggestions: SUGGESTIONS,
      },
    };
  if (!current && prompt.includes(GIBBERISH_ON_STREAM))
    return {
      refuse: {
        code: 'prompt-not-understood',
        message: 'I could not tell what app "zxcvb poiuy" is.',
        suggestions: SUGGESTIONS,
      },
      onStream: true,
    };
  if (current && prompt.includes(CHANGE_GIBBERISH))
    return {
      refuse: {
        code: 'change-not-understood',
        message: 'I did not understand the change "xyzzy plugh".',
        suggestions: CHANGE_SUGGESTIONS,
      },
    };
  if (current && prompt.includes(NO_OP_CHANGE))
    return { plan: { plan: current.plan, files: current.files, engine: 'fake', notes: [] } };
  return { plan: { plan: planFor(prompt), files: appFiles(prompt), engine: 'fake', notes: [] } };
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString());
}

function sse(res: ServerResponse, event: string, data: unknown): void {
  res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
}

export interface FakePlanner {
  url: string;
  /** Every plan request received, in order. */
  received: PlanRequest[];
  stop(): Promise<void>;
}

/** A planner over real HTTP on loopback that answers as the real one does: SSE plans, 422 refusals. */
export async function startFakePlanner(): Promise<FakePlanner> {
  const received: PlanRequest[] = [];
  const server: Server = createServer((req, res) => {
    void (async () => {
      if (req.method === 'GET' && req.url === '/health') {
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
        return;
      }
      if (req.method !== 'POST' || req.url !== '/v1/plans') {
        res.writeHead(404).end();
        return;
      }
      const request = (await readJson(req)) as PlanRequest;
      received.push(request);
      const reply = answer(request);
      if ('refuse' in reply && !reply.onStream) {
        const { code, message, suggestions } = reply.refuse;
        res.writeHead(422, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { code, message, details: { suggestions } } }));
        return;
      }
      res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8' });
      sse(res, 'progress', { stage: 'reading', message: 'Reading the prompt.' });
      if ('refuse' in reply) {
        const { code, message, suggestions } = reply.refuse;
        sse(res, 'error', { error: { code, message, details: { suggestions } }, status: 422 });
      } else {
        sse(res, 'plan', reply.plan);
      }
      res.end();
    })().catch(() => res.writeHead(500).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
