import { useState, type FormEvent } from 'react';

/**
 * A one-field form: its text, and one submission at a time, sent trimmed. Busy while it runs; the text
 * is cleared when it succeeds, and its failure is kept for an ErrorNotice (and the text with it).
 */
export function useTextSubmit(
  send: (text: string) => Promise<unknown>,
  onFailure?: () => void,
  initialText = '',
) {
  const [text, setText] = useState(initialText);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = text.trim();
    if (!trimmed || busy) return;
    setBusy(true);
    setError(null);
    send(trimmed)
      .then(
        () => setText(''),
        (failure: unknown) => {
          setError(failure);
          onFailure?.();
        },
      )
      .finally(() => setBusy(false));
  };

  return { text, setText, busy, error, submit };
}
