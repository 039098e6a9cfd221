import { EventSource, type FetchLike } from 'eventsource';
import { toApiError } from './api-error.js';
import { authorizationHeader, readApiKey, reportKeyRefusal } from './api-key.js';

/** Each (re)connection reads the key afresh, so a stream opened before signing in again uses the new one. */
const fetchWithApiKey: FetchLike = async (url, init) => {
  const response = await fetch(url, {
    ...init,
    headers: { ...init.headers, ...authorizationHeader(readApiKey()) },
  });
  // A 401 ends the stream for good, like any answer but 200; the rest of the UI learns why, to ask for a key.
  if (response.status === 401) {
    const body: unknown = await response
      .clone()
      .json()
      .catch(() => null);
    reportKeyRefusal(toApiError(401, body));
  }
  return response;
};

/**
 * Server-sent events with the API key. The browser's own EventSource cannot send headers, which would leave
 * a cookie or the URL to carry the key; this one is WHATWG-compatible (named events, reconnection with
 * Last-Event-ID) and fetches through us.
 */
export function openEventStream(url: string): EventSource {
  return new EventSource(url, { fetch: fetchWithApiKey });
}
