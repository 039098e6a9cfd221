import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * What the fake model does for one request: stream a recorded answer, fail with a status, never answer,
 * or start streaming an answer (OpenAI format) and never finish it.
 */
export type FakeReply =
  { text: string } | { status: number; message?: string } | { hang: true } | { stall: string };

export interface ReceivedRequest {
  path: string;
  body: any;
  /** Every message's text joined, so a test can look for the error that was fed back. */
  text: string;
}

export interface FakeModelServer {
  /** Base URL for LLM_BASE_URL: OpenAI clients append /chat/completions, Anthropic /v1/messages. */
  openAiUrl: string;
  anthropicUrl: string;
  received: ReceivedRequest[];
  /** How many unfinished replies (hang, stall) the caller has walked away from, i.e. cancelled. */
  abandoned(): number;
  /** Replies are used in order; the last one repeats. */
  reply(...replies: FakeReply[]): void;
  stop(): Promise<void>;
}

/** Splits text into small chunks, as a real model streams tokens. */
function chunksOf(text: string): string[] {
  return text.match(/[\s\S]{1,24}/g) ?? [];
}

const OPENAI_CHUNK = {
  id: 'chatcmpl-fake',
  object: 'chat.completion.chunk',
  created: 0,
  model: 'fake-model',
};

function writeOpenAiPieces(res: ServerResponse, pieces: string[]): void {
  for (const piece of pieces)
    res.write(
      `data: ${JSON.stringify({ ...OPENAI_CHUNK, choices: [{ index: 0, delta: { content: piece }, finish_reason: null }] })}\n\n`,
    );
}

function streamOpenAi(res: ServerResponse, text: string): void {
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  const pieces = chunksOf(text);
  writeOpenAiPieces(res, pieces);
  res.write(
    `data: ${JSON.stringify({ ...OPENAI_CHUNK, choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] })}\n\n`,
  );
  res.write(
    `data: ${JSON.stringify({ ...OPENAI_CHUNK, choices: [], usage: { prompt_tokens: 10, completion_tokens: pieces.length, total_tokens: pieces.length + 10 } })}\n\n`,
  );
  res.end('data: [DONE]\n\n');
}

function streamAnthropic(res: ServerResponse, text: string): void {
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  const send = (event: string, data: unknown) =>
    res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  const pieces = chunksOf(text);
  send('message_start', {
    type: 'message_start',
    message: {
      id: 'msg_fake',
      type: 'message',
      role: 'assistant',
      content: [],
      model: 'fake-model',
      stop_reason: null,
      stop_sequence: null,
      usage: { input_tokens: 10, output_tokens: 1 },
    },
  });
  send('content_block_start', {
    type: 'content_block_start',
    index: 0,
    content_block: { type: 'text', text: '' },
  });
  for (const piece of pieces)
    send('content_block_delta', {
      type: 'content_block_delta',
      index: 0,
      delta: { type: 'text_delta', text: piece },
    });
  send('content_block_stop', { type: 'content_block_stop', index: 0 });
  send('message_delta', {
    type: 'message_delta',
    delta: { stop_reason: 'end_turn', stop_sequence: null },
    usage: { output_tokens: pieces.length },
  });
  send('message_stop', { type: 'message_stop' });
  res.end();
}

async function readBody(req: IncomingMessage): Promise<any> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
}

function textOf(body: any): string {
  const messages: any[] = body.messages ?? [];
  return [
    body.system ?? '',
    ...messages.map((m) => (typeof m.content === 'string' ? m.content : JSON.stringify(m.content))),
  ].join('\n');
}

/** An OpenAI-compatible and Anthropic-compatible model endpoint on loopback that answers from a script. */
export async function startFakeModelServer(): Promise<FakeModelServer> {
  let replies: FakeReply[] = [];
  const received: ReceivedRequest[] = [];
  const hanging = new Set<ServerResponse>();
  let abandoned = 0;
  const keepUnfinished = (res: ServerResponse) => {
    hanging.add(res);
    res.on('close', () => {
      if (hanging.delete(res)) abandoned++;
    });
  };
  const server: Server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      received.push({ path: req.url ?? '', body, text: textOf(body) });
      const reply = replies.length > 1 ? replies.shift()! : replies[0];
      if (!reply || 'hang' in reply) {
        keepUnfinished(res);
        return;
      }
      if ('stall' in reply) {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        writeOpenAiPieces(res, chunksOf(reply.stall));
        keepUnfinished(res);
        return;
      }
      if ('status' in reply) {
        res.writeHead(reply.status, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({ error: { message: reply.message ?? 'fake failure', type: 'server_error' } }),
        );
        return;
      }
      if (req.url?.endsWith('/chat/completions')) streamOpenAi(res, reply.text);
      else if (req.url?.endsWith('/messages')) streamAnthropic(res, reply.text);
      else res.writeHead(404).end();
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    openAiUrl: `http://127.0.0.1:${port}/v1`,
    anthropicUrl: `http://127.0.0.1:${port}`,
    received,
    abandoned: () => abandoned,
    reply(...next) {
      replies = next;
    },
    async stop() {
      const unfinished = [...hanging];
      hanging.clear();
      unfinished.forEach((res) => res.destroy());
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
