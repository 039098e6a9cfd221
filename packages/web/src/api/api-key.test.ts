import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-error.js';
import {
  authorizationHeader,
  clearApiKey,
  onKeyRefused,
  readApiKey,
  reportKeyRefusal,
  storeApiKey,
} from './api-key.js';

const KEY = 'isk_0123456789abcdefghijklmnopqrstuv';
const refusal = (code: string, status = 401) => new ApiError({ code, status, message: `${code} happened` });

afterEach(() => localStorage.clear());

describe('api key store', () => {
  it('keeps a key until it is cleared', () => {
    expect(readApiKey()).toBeNull();

    storeApiKey(KEY);
    expect(readApiKey()).toBe(KEY);

    clearApiKey();
    expect(readApiKey()).toBeNull();
  });

  it('makes a bearer header of a key, and no header of none', () => {
    expect(authorizationHeader(KEY)).toEqual({ authorization: `Bearer ${KEY}` });
    expect(authorizationHeader(null)).toEqual({});
  });
});

describe(reportKeyRefusal.name, () => {
  it('forgets a key the server calls invalid, and tells every listener', () => {
    storeApiKey(KEY);
    const listener = vi.fn();
    const stop = onKeyRefused(listener);

    reportKeyRefusal(refusal('api-key-invalid'));
    stop();

    expect(readApiKey()).toBeNull();
    expect(listener).toHaveBeenCalledWith(expect.objectContaining({ code: 'api-key-invalid' }));
  });

  it('keeps the key when the server only says one is required', () => {
    storeApiKey(KEY);
    const listener = vi.fn();
    const stop = onKeyRefused(listener);

    reportKeyRefusal(refusal('api-key-required'));
    stop();

    expect(readApiKey()).toBe(KEY);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('ignores failures that are not about the key', () => {
    storeApiKey(KEY);
    const listener = vi.fn();
    const stop = onKeyRefused(listener);

    reportKeyRefusal(refusal('app-not-found', 404));
    reportKeyRefusal(refusal('app-quota-exceeded', 403));
    stop();

    expect(readApiKey()).toBe(KEY);
    expect(listener).not.toHaveBeenCalled();
  });

  it('stops telling a listener once it unsubscribed', () => {
    const listener = vi.fn();
    onKeyRefused(listener)();

    reportKeyRefusal(refusal('api-key-required'));

    expect(listener).not.toHaveBeenCalled();
  });
});
