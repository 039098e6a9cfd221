import { useEffect, useRef } from 'react';
import { API_KEY_PREFIX, type ApiKeyInfo } from '@isekai/contracts';
import { api } from '../api/api-client.js';
import type { ApiError } from '../api/api-error.js';
import { storeApiKey } from '../api/api-key.js';
import { useTextSubmit } from '../hooks/use-text-submit.js';
import { ErrorNotice } from './error-notice.js';

/** Shown instead of the workspace when this Isekai wants an API key and has none it accepts. */
export function KeyPrompt({
  refusal,
  onSignedIn,
}: {
  refusal: ApiError | null;
  onSignedIn: (key: ApiKeyInfo | null) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const {
    text: key,
    setText: setKey,
    busy,
    error,
    submit,
  } = useTextSubmit(
    async (candidate) => {
      const answer = await api.session(candidate);
      // A key the server accepts is described; keysRequired false means keys were switched off meanwhile.
      if (answer.key) storeApiKey(candidate); // throws when storage is disabled: shown below, like a refusal
      onSignedIn(answer.key);
    },
    () => input.current?.select(),
  );
  const shown = error ?? refusal;

  return (
    <main id="main" tabIndex={-1} className="key-prompt">
      <h1>Sign in to Isekai</h1>
      <p className="muted">
        This Isekai asks for an API key. You see and change only the apps made with your key.
      </p>
      <form onSubmit={submit}>
        <label htmlFor="api-key">API key</label>
        <div className="form-row">
          <input
            id="api-key"
            ref={input}
            type="password"
            name="api-key"
            autoComplete="off"
            spellCheck={false}
            required
            placeholder={`${API_KEY_PREFIX}…`}
            aria-describedby="api-key-help"
            value={key}
            onChange={(e) => setKey(e.target.value)}
          />
          <button type="submit" className="primary" disabled={busy}>
            Sign in
          </button>
        </div>
      </form>
      {shown !== null && <ErrorNotice error={shown} />}
      <p id="api-key-help" className="muted small">
        An administrator creates keys on the Isekai host with <code>npm run keys -- create &lt;name&gt;</code>
        .
      </p>
    </main>
  );
}
