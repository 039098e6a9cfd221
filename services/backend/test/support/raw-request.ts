import { Agent, request } from 'node:http';

export type RawOutcome =
  | { kind: 'answered'; status: number }
  /** The connection ended before an answer: what a server may do to an upload it refused early. */
  | { kind: 'cut'; error: string }
  | { kind: 'hung' }
  /** Node's client would not send it (a character no request line may have): not sent at all. */
  | { kind: 'unsendable'; error: string };

const agent = new Agent({ keepAlive: true, maxSockets: 32 });

/**
 * Sends a request exactly as given (path byte for byte, any method and body) and resolves with its
 * status once the headers arrive; a stream (SSE) is cut after `streamMs`. No answer in `timeoutMs` is `hung`.
 */
export function sendRaw(
  port: number,
  {
    method,
    path,
    headers,
    body,
  }: { method: string; path: string; headers: Record<string, string>; body?: Buffer },
  { timeoutMs = 20_000, streamMs = 300 } = {},
): Promise<RawOutcome> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (outcome: RawOutcome) => {
      if (settled) return;
      settled = true;
      resolve(outcome);
    };
    const timer = setTimeout(() => {
      settle({ kind: 'hung' });
      outgoing.destroy();
    }, timeoutMs);
    let outgoing: ReturnType<typeof request>;
    try {
      outgoing = request({ host: '127.0.0.1', port, method, path, headers, agent }, (response) => {
        clearTimeout(timer);
        settle({ kind: 'answered', status: response.statusCode ?? 0 });
        const cut = setTimeout(() => response.destroy(), streamMs);
        response.on('close', () => clearTimeout(cut));
        response.on('error', () => undefined);
        response.resume();
      });
    } catch (error) {
      clearTimeout(timer);
      settle({ kind: 'unsendable', error: (error as NodeJS.ErrnoException).code ?? String(error) });
      return;
    }
    outgoing.on('error', (error) => {
      clearTimeout(timer);
      settle({ kind: 'cut', error: (error as NodeJS.ErrnoException).code ?? error.message });
    });
    outgoing.end(body);
  });
}

export function closeRawAgent(): void {
  agent.destroy();
}
