import { useState } from 'react';
import type { AppResponse } from '@isekai/contracts';
import { api } from '../api/api-client.js';
import { useTextSubmit } from '../hooks/use-text-submit.js';
import { rejectionFromError, type Rejection } from '../state/rejection.js';
import { ErrorNotice } from './error-notice.js';
import { RejectionNotice } from './rejection-notice.js';

export const EXAMPLE_PROMPTS = [
  'a recipe manager with ingredients, cooking time and a 1-5 star rating',
  'Build a todo list application',
  'expense tracker with categories and a monthly chart',
  'pomodoro timer with 25 minute work and 5 minute break cycles',
  'kanban board with todo, doing and done columns',
  'a book catalog with title, author, year, genre and whether I have read it',
];

/**
 * The first screen: describe an app in a sentence, or start from an example. `rejected` is the last
 * prompt the planner did not understand: it is back in the box, with what to try instead.
 */
export function NewApp({
  onCreated,
  rejected = null,
}: {
  onCreated: (app: AppResponse) => void;
  rejected?: Rejection | null;
}) {
  const [shownRejection, setShownRejection] = useState(rejected);
  const {
    text: prompt,
    setText: setPrompt,
    busy,
    error,
    submit,
  } = useTextSubmit(
    async (text) => {
      setShownRejection(null);
      onCreated(await api.createApp(text));
    },
    undefined,
    rejected?.prompt ?? '',
  );
  const rejection = shownRejection ?? rejectionFromError(error, prompt);

  return (
    <section className="new-app-view" aria-labelledby="new-app-title">
      <h1 id="new-app-title">What should your app do?</h1>
      <p className="muted">
        Describe it in a sentence. Isekai plans it, writes it and runs it here, usually in a few seconds.
      </p>
      <form onSubmit={submit} className="prompt-form">
        <label htmlFor="new-prompt" className="visually-hidden">
          Describe your app
        </label>
        <textarea
          id="new-prompt"
          name="prompt"
          rows={3}
          maxLength={4000}
          value={prompt}
          placeholder="a reading list with title, author and a 1-5 rating"
          onChange={(e) => setPrompt(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit(e);
          }}
        />
        <div className="form-row">
          <span className="muted small">Ctrl+Enter to generate</span>
          <button type="submit" className="primary" disabled={busy || !prompt.trim()}>
            {busy ? 'Sending…' : 'Generate'}
          </button>
        </div>
      </form>
      {rejection ? (
        <RejectionNotice rejection={rejection} onPick={setPrompt} />
      ) : (
        error !== null && <ErrorNotice error={error} />
      )}
      <h2 className="examples-title">Or start from an example</h2>
      <ul className="examples">
        {EXAMPLE_PROMPTS.map((example) => (
          <li key={example}>
            <button type="button" className="example" onClick={() => setPrompt(example)}>
              {example}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
