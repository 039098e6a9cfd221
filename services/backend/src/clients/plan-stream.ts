import { PLAN_STREAM_EVENTS, type ErrorBody, type PlanProgress, type PlanResponse } from '@isekai/contracts';
import { AppError } from '@isekai/service-kit';

interface SseMessage {
  event: string;
  data: string;
}

/** Splits a server-sent event body into messages as they arrive. */
async function* readSse(body: ReadableStream<Uint8Array>): AsyncGenerator<SseMessage> {
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of body) {
    buffer += decoder.decode(chunk, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) !== -1) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = /^event: ?(.*)$/m.exec(block)?.[1];
      const data = block
        .split('\n')
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice(5).replace(/^ /, ''))
        .join('\n');
      if (event && data) yield { event, data };
    }
  }
}

/**
 * The planner's streamed answer: progress goes to the listener as it comes, the plan (or the
 * planner's error, with its own status: 503/504 tell a person the model is down or slow) ends it.
 */
export async function readPlanStream(
  response: Response,
  onProgress: (progress: PlanProgress) => void,
): Promise<PlanResponse> {
  if (!response.body)
    throw new AppError({ code: 'planner-error', status: 502, message: 'The planner sent an empty stream.' });
  for await (const message of readSse(response.body)) {
    if (message.event === PLAN_STREAM_EVENTS.progress) onProgress(JSON.parse(message.data) as PlanProgress);
    else if (message.event === PLAN_STREAM_EVENTS.plan) return JSON.parse(message.data) as PlanResponse;
    else if (message.event === PLAN_STREAM_EVENTS.error) {
      const body = JSON.parse(message.data) as ErrorBody & { status?: number };
      throw new AppError({ code: body.error.code, status: body.status ?? 502, message: body.error.message });
    }
  }
  throw new AppError({
    code: 'planner-error',
    status: 502,
    message: 'The planner ended its stream without a plan; try again.',
  });
}
