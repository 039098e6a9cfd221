import type { AppResponse } from '@isekai/contracts';
import { api } from '../api/api-client.js';
import { useTextSubmit } from '../hooks/use-text-submit.js';
import { ErrorNotice } from './error-notice.js';

/** A follow-up prompt: the planner edits the app and a new version is started. */
export function ChangeForm({ app }: { app: AppResponse }) {
  const {
    text: prompt,
    setText: setPrompt,
    busy,
    error,
    submit,
  } = useTextSubmit((text) => api.changeApp(app.id, text));
  const building = app.status === 'planning' || app.status === 'deploying';

  return (
    <form className="change-form" onSubmit={submit}>
      <label htmlFor="change-prompt" className="visually-hidden">
        Change this app
      </label>
      <input
        id="change-prompt"
        name="prompt"
        maxLength={4000}
        value={prompt}
        placeholder="Change it: “add a due date”, “make it dark”, “remove the rating”…"
        onChange={(e) => setPrompt(e.target.value)}
      />
      <button
        type="submit"
        className="primary"
        disabled={busy || building || app.version === 0 || !prompt.trim()}
      >
        {busy ? 'Sending…' : 'Change'}
      </button>
      {error !== null && <ErrorNotice error={error} />}
    </form>
  );
}
