import { useCallback, useEffect, useState } from 'react';
import type { ApiKeyInfo } from '@isekai/contracts';
import type { ApiError } from '../api/api-error.js';
import { api } from '../api/api-client.js';
import { clearApiKey, isKeyRefusal, onKeyRefused } from '../api/api-key.js';

export type Session =
  | { state: 'checking' }
  /** `key` is null when this Isekai needs none. */
  | { state: 'open'; key: ApiKeyInfo | null }
  /** `refusal` is the 401 that sent the person here, when a call was refused rather than never made. */
  | { state: 'key-needed'; refusal: ApiError | null };

/** Whether the workspace can show or the key prompt must: asked of GET /api/session, and changed by any 401 for the key. */
export function useSession() {
  const [session, setSession] = useState<Session>({ state: 'checking' });
  useEffect(() => onKeyRefused((refusal) => setSession({ state: 'key-needed', refusal })), []);

  const refresh = useCallback(() => {
    api.session().then(
      ({ keysRequired, key }) => {
        if (!keysRequired) {
          // Without keys the UI sends what it always did: no Authorization header, so no leftover key either.
          clearApiKey();
          setSession({ state: 'open', key: null });
        } else {
          setSession(key ? { state: 'open', key } : { state: 'key-needed', refusal: null });
        }
      },
      (failure: unknown) => {
        // A refused key was reported above. Anything else (a backend that is down) leaves the workspace to show its own errors.
        if (!isKeyRefusal(failure))
          setSession((old) => (old.state === 'checking' ? { state: 'open', key: null } : old));
      },
    );
  }, []);
  useEffect(refresh, [refresh]);

  const signedIn = useCallback((key: ApiKeyInfo | null) => setSession({ state: 'open', key }), []);
  const signOut = useCallback(() => {
    clearApiKey();
    setSession({ state: 'key-needed', refusal: null });
  }, []);
  return { session, refresh, signedIn, signOut };
}
