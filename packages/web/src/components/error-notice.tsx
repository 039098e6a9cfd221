import { describeError } from '../api/api-error.js';

/** Every failure the UI shows goes through here: a title, the API's own words, and what to do next. */
export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const advice = describeError(error);
  return (
    <div className="notice notice-error" role="alert">
      <strong>{advice.title}</strong>
      <p>{advice.message}</p>
      {advice.hint && <p className="hint">{advice.hint}</p>}
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
