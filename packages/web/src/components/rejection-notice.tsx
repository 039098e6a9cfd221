import type { Rejection } from '../state/rejection.js';

/**
 * Under a prompt box: the planner's words on what it could not make sense of, and prompts it would
 * understand, each one a button that puts it in the box. Calm in tone: nothing broke.
 */
export function RejectionNotice({
  rejection,
  onPick,
}: {
  rejection: Rejection;
  onPick: (suggestion: string) => void;
}) {
  return (
    <div className="notice rejection" role="status">
      <strong>Isekai did not understand that</strong>
      <p>{rejection.message}</p>
      {rejection.suggestions.length > 0 && (
        <>
          <p className="muted small">Try one of these:</p>
          <ul className="suggestions">
            {rejection.suggestions.map((suggestion) => (
              <li key={suggestion}>
                <button type="button" className="suggestion" onClick={() => onPick(suggestion)}>
                  {suggestion}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
