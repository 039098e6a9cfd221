import type { Request, Response } from 'express';
import { openSse } from './sse.js';

export interface SseMessage {
  event: string;
  data: string;
  id?: string;
}

/** Splits a server-sent event body into messages as they arrive (comments and heartbeats are skipped). */
export async function* readSseMessages(body: ReadableStream<Uint8Array>): AsyncGenerator<SseMessage> {
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of body) {
    buffer += decoder.decode(chunk, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) !== -1) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = /^event: ?(.*)$/m.exec(block)?.[1];
      const id = /^id: ?(.*)$/m.exec(block)?.[1];
      const data = block
        .split('\n')
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice(5).replace(/^ /, ''))
        .join('\n');
      if (event && data) yield id === undefined ? { event, data } : { event, data, id };
    }
  }
}

/**
 * Passes another service's JSON event stream on to this response through `openSse`, so the relayed stream
 * has the same headers and heartbeat as one of our own. Ends when either side goes away.
 */
export async function relaySse(req: Request, res: Response, body: ReadableStream<Uint8Array>): Promise<void> {
  const stream = openSse(req, res);
  try {
    for await (const message of readSseMessages(body)) {
      stream.send(message.event, JSON.parse(message.data) as unknown, message.id);
    }
  } catch {
    // The upstream went away or the client left (which aborts the upstream): either way the relay is over.
  } finally {
    stream.end();
  }
}
