import { AppError } from '@isekai/service-kit';
import type { ChatModel } from './chat-model.js';

/** Errors from the model that mean "no answer", as opposed to a bad answer: these can fall back. */
export const UNAVAILABLE_CODES = new Set([
  'planner-model-unavailable',
  'planner-model-timeout',
  'planner-model-busy',
  'planner-model-rejected',
]);

/** The caller went away (the backend cancelled the app's planning): the model call is dropped. */
export function planCancelled(): AppError {
  return new AppError({
    code: 'plan-cancelled',
    status: 499,
    message: 'The caller cancelled the plan; the model call was stopped.',
  });
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** Any failure of a model call as an error a person can act on; `timedOut` when our own deadline fired. */
export function modelFailure(
  error: unknown,
  chat: ChatModel,
  timeoutMs: number,
  timedOut: boolean,
): AppError {
  const where = `${chat.model} at ${chat.endpoint}`;
  const name = error instanceof Error ? error.name : '';
  if (timedOut || name === 'APIConnectionTimeoutError') {
    return new AppError({
      code: 'planner-model-timeout',
      status: 504,
      message: `The language model (${where}) did not finish within ${Math.round(timeoutMs / 1000)} s. Try again, use a faster model, raise LLM_TIMEOUT_MS, or set LLM_FALLBACK=offline.`,
      cause: error,
    });
  }
  const status = statusOf(error);
  if (status === 401 || status === 403) {
    return new AppError({
      code: 'planner-model-rejected',
      status: 502,
      message: `The model endpoint ${chat.endpoint} refused the request (${status}); check LLM_API_KEY.`,
      cause: error,
    });
  }
  if (status === 404) {
    return new AppError({
      code: 'planner-model-rejected',
      status: 502,
      message: `The model endpoint ${chat.endpoint} does not know the model "${chat.model}" (404); check LLM_MODEL and LLM_BASE_URL.`,
      cause: error,
    });
  }
  if (status === 429) {
    return new AppError({
      code: 'planner-model-busy',
      status: 503,
      message: `The language model (${where}) is rate limited (429); try again in a minute.`,
      cause: error,
    });
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new AppError({
    code: 'planner-model-unavailable',
    status: 503,
    message: `Could not get an answer from the language model (${where}): ${reason}. Check that it is running and that LLM_BASE_URL is right, or set LLM_FALLBACK=offline.`,
    cause: error,
  });
}
