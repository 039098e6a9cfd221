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

/** The latest event of a type that answers the latest change prompt, if it has come, with its index. */
function answerToLatestChange(events: AppEvent[], type: string): { event: AppEvent; index: number } | null {
  for (let index = events.length - 1; index >= 0; index--) {
    const event = events[index]!;
    if (event.type === 'change-requested') return null;
    if (event.type === type) return { event, index };
  }
  return null;
}

/** The latest change prompt's rejection, while no later change has been asked for. */
export function changeRejection(events: AppEvent[]): Rejection | null {
  const answer = answerToLatestChange(events, REJECTION_EVENTS.change);
  if (!answer) return null;
  const asked = events.slice(0, answer.index).findLast((e) => e.type === 'change-requested');
  return rejectionFromEvent(answer.event, promptOf(asked));
}

/** The planner's words when the latest change prompt asked for what the app already has (no version). */
export function changeUnchanged(events: AppEvent[]): string | null {
  return answerToLatestChange(events, 'change-unchanged')?.event.message ?? null;
}
