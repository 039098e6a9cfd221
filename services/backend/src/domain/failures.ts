import { AppError, isAppError } from '@isekai/service-kit';
import type { Activity } from './activity.js';

/** Every failure becomes an AppError a person can read; anything else is a bug, told without its insides. */
export function asAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  return new AppError({
    code: 'internal-error',
    status: 500,
    message: 'Something went wrong while building the app; try again.',
    cause: error,
  });
}

/** The app could not be built or started: it is `failed`, with the reason on the app and in its events. */
export function markFailed(activity: Activity, appId: string, error: AppError): void {
  activity.change(
    appId,
    { status: 'failed', error: { code: error.code, message: error.message } },
    { type: 'failed', message: error.message, data: { code: error.code } },
  );
}

/** Work that needs a stored version (a change, an edit, a start) before the first one is built. */
export function appNotReady(): AppError {
  return new AppError({
    code: 'app-not-ready',
    status: 409,
    message: 'The app has no version yet; wait until its first version is built.',
  });
}

/** The planner's 422 for a prompt it could not make sense of (`details.suggestions` says what would work). */
const NOT_UNDERSTOOD = new Set(['prompt-not-understood', 'change-not-understood']);

export function isNotUnderstood(error: unknown): error is AppError {
  return isAppError(error) && error.status === 422 && NOT_UNDERSTOOD.has(error.code);
}

/** The planner's suggestions on a refusal, or none. */
export function suggestionsOf(error: AppError): string[] {
  const details = error.details as { suggestions?: unknown } | undefined;
  const suggestions = details?.suggestions;
  return Array.isArray(suggestions) ? suggestions.filter((s): s is string => typeof s === 'string') : [];
}

/** A refusal as the client gets it: the planner's code and message, its suggestions under `details`. */
export function refusal(code: string, message: string, suggestions: string[]): AppError {
  return new AppError({ code, status: 422, message, details: { suggestions } });
}
