import type { PlanProgress } from '@isekai/contracts';
import { fileBeingWritten } from './answer-format.js';

export type ProgressListener = (progress: PlanProgress) => void;

/** Token counts are sent at most this often, so a fast model does not flood the app's event history. */
const TOKEN_REPORT_MS = 1000;

/**
 * Watches a streamed answer: says when the model starts a new file, and how far it has got. Streamed
 * chunks stand in for tokens until the endpoint reports the exact count at the end.
 */
export function trackProgress(onProgress: ProgressListener, attempt: number, now: () => number = Date.now) {
  let streamed = '';
  let chunks = 0;
  let file: string | undefined;
  let lastReport = now();
  return {
    onText(text: string): void {
      streamed += text;
      chunks += 1;
      // Only the tail can hold a new marker; a marker split across chunks is complete by now.
      const current = fileBeingWritten(streamed.slice(-(text.length + 400))) ?? file;
      if (current && current !== file) {
        file = current;
        lastReport = now();
        onProgress({
          stage: 'model-writing',
          message: `The model is writing ${file}.`,
          file,
          tokens: chunks,
          attempt,
        });
      } else if (now() - lastReport >= TOKEN_REPORT_MS) {
        lastReport = now();
        onProgress({
          stage: 'model-writing',
          message: `The model has written about ${chunks} tokens${file ? ` (now ${file})` : ''}.`,
          ...(file ? { file } : {}),
          tokens: chunks,
          attempt,
        });
      }
    },
    finish(outputTokens?: number): void {
      onProgress({
        stage: 'model-done',
        message: `The model finished its answer (${outputTokens ?? chunks} tokens).`,
        tokens: outputTokens ?? chunks,
        attempt,
      });
    },
  };
}
