import { ApiError } from './api-error.js';

/**
 * The API key lives in localStorage, which is scoped by origin (port included), and leaves only as an
 * Authorization header on same-origin requests. Never a cookie: cookies are scoped by host alone, so one
 * would reach the generated apps, hostile code served from other ports of this same host. Never a URL:
 * query strings end up in logs.
 */
const STORAGE_NAME = 'isekai-api-key';

export function readApiKey(): string | null {
  try {
    return localStorage.getItem(STORAGE_NAME);
  } catch {
    return null; // storage can be disabled; the prompt then asks on every visit
  }
}

export function storeApiKey(key: string): void {
  localStorage.setItem(STORAGE_NAME, key);
}

export function clearApiKey(): void {
  try {
    localStorage.removeItem(STORAGE_NAME);
  } catch {
    // nothing was kept
  }
}

/** The header every API call carries: empty without a key, so an Isekai without keys sees the requests it always did. */
export function authorizationHeader(key: string | null): Record<string, string> {
  return key ? { authorization: `Bearer ${key}` } : {};
}

type KeyRefusalListener = (refusal: ApiError) => void;
const listeners = new Set<KeyRefusalListener>();

/** Called with the 401 whenever the API asks for a key or refuses the one sent, wherever that call was made. */
export function onKeyRefused(listener: KeyRefusalListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function isKeyRefusal(error: unknown): error is ApiError {
  return (
    error instanceof ApiError &&
    error.status === 401 &&
    (error.code === 'api-key-required' || error.code === 'api-key-invalid')
  );
}

/** A refused key (revoked, or mistyped long ago) is forgotten, so the next visit asks instead of failing again. */
export function reportKeyRefusal(error: ApiError): void {
  if (!isKeyRefusal(error)) return;
  if (error.code === 'api-key-invalid') clearApiKey();
  for (const listener of listeners) listener(error);
}
