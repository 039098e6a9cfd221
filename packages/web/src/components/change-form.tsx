import { useEffect, useRef } from 'react';
import type { AppEvent, AppResponse } from '@isekai/contracts';
import { api } from '../api/api-client.js';
import { useTextSubmit } from '../hooks/use-text-submit.js';
import { changeRejection, changeUnchanged, rejectionFromError } from '../state/rejection.js';
import { ErrorNotice } from './error-notice.js';
import { RejectionNotice } from './rejection-notice.js';

/**
 * A follow-up prompt: the planner edits the app and a new version is started. A change it did not
 * understand stores nothing; its words and suggestions come back on the events, and the prompt is put
 * back in the box to be reworded.
 */
export function ChangeForm({ app, events }: { app: AppResponse; events: AppEvent[] }) {
  const {
    text: prompt,
    setText: setPrompt,
    busy,
    error,
    submit,
  } = useTextSubmit((text) => api.changeApp(app.id, text));
  const building = app.status === 'planning' || app.status === 'deploying';
  const rejected = changeRejection(events);
  const rejection = rejected ?? rejectionFromError(error, prompt);
  const unchanged = changeUnchanged(events);

  // Once per rejection, never over something typed since, and only after the send has settled: the
  // event can arrive before the answer to the POST, whose success empties the box.
  const refilled = useRef<number | undefined>(undefined);
  const rejectedId = rejected?.eventId;
  const rejectedPrompt = rejected?.prompt;
  useEffect(() => {
    if (busy || !rejectedPrompt || refilled.current === rejectedId) return;
    refilled.current = rejectedId;
    setPrompt((typed) => typed || rejectedPrompt);
  }, [busy, rejectedId, rejectedPrompt, setPrompt]);

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
      {rejection ? (
        <RejectionNotice rejection={rejection} onPick={setPrompt} />
      ) : error !== null ? (
        <ErrorNotice error={error} />
      ) : (
        unchanged && (
          <p className="notice" role="status">
            {unchanged}
          </p>
        )
      )}
    </form>
  );
}
