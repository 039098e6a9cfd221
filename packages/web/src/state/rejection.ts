import { REJECTION_EVENTS, type AppEvent } from '@isekai/contracts';
import { ApiError } from '../api/api-error.js';

/** A prompt the planner could not make sense of: nothing was built, and here is what to try instead. */
export interface Rejection {
  prompt: string;
  message: string;
  suggestions: string[];
  /** The event it came from, so a form refills its box once per rejection. */
  eventId?: number;
}

/** The codes of a 422 from `?wait=true` (the UI itself sends without wait and reads the events). */
const NOT_UNDERSTOOD = new Set(['prompt-not-understood', 'change-not-understood']);

function suggestionsIn(value: unknown): string[] {
  const list = (value as { suggestions?: unknown } | null)?.suggestions;
  return Array.isArray(list) ? list.filter((s): s is string => typeof s === 'string' && s.trim() !== '') : [];
}

export function rejectionFromError(error: unknown, prompt: string): Rejection | null {
  if (!(error instanceof ApiError) || !NOT_UNDERSTOOD.has(error.code)) return null;
  return { prompt, message: error.message, suggestions: suggestionsIn(error.details) };
}

/** A `rejected` or `change-rejected` event: `message` and `suggestions` in its data. */
export function rejectionFromEvent(event: AppEvent, prompt: string): Rejection {
  const data = event.data ?? {};
  const message = typeof data.message === 'string' && data.message ? data.message : event.message;
  return { prompt, message, suggestions: suggestionsIn(data), eventId: event.id };
}

function promptOf(event: AppEvent | undefined): string {
  const prompt = event?.data?.prompt;
  return typeof prompt === 'string' ? prompt : '';
}

/** The rejection of a new app's first prompt (the `created` event carries the prompt), if any. */
export function creationRejection(events: AppEvent[]): Rejection | null {
  const rejected = events.find((e) => e.type === REJECTION_EVENTS.create);
  if (!rejected) return null;
  const created = events.find((e) => e.type === 'created');
  return rejectionFromEvent(rejected, promptOf(created));
}

/** The latest change prompt's rejection, while no later change has been asked for. */
export function changeRejection(events: AppEvent[]): Rejection | null {
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i]!;
    if (event.type === 'change-requested') return null;
    if (event.type === REJECTION_EVENTS.change) {
      const asked = events.slice(0, i).findLast((e) => e.type === 'change-requested');
      return rejectionFromEvent(event, promptOf(asked));
    }
  }
  return null;
}
