import type { AppSpecV1 } from '@isekai/contracts';

function joinWords(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1] ?? ''}`;
}

/**
 * A sentence about the app built from the spec alone, never from the prompt, so a removed field
 * disappears from the description too.
 */
export function describeSpec(spec: AppSpecV1): string {
  const entity = spec.entities[0];
  if (spec.kind === 'data' && entity) {
    const fields = entity.fields.map((f) => f.label.toLowerCase());
    return `Keep track of ${entity.plural.toLowerCase()}${fields.length > 0 ? ` with ${joinWords(fields)}` : ''}.`;
  }
  const byBlueprint: Record<string, string> = {
    board: 'Move cards between columns as work progresses.',
    habits: 'Check off habits each day and watch your streaks grow.',
    'week-planner': 'Plan every day of the week in one place.',
    chat: 'Talk with everyone in one room; new messages appear on their own.',
    poll: 'Vote and see the results as a bar chart.',
    'csv-viewer': 'Open a CSV file or paste CSV text to see it as a table.',
    'markdown-editor': 'Write Markdown and see the preview as you type.',
    'json-formatter': 'Paste JSON to validate and format it.',
    'password-generator': 'Generate strong random passwords.',
    pomodoro: 'Work in focused sessions with short breaks in between.',
    stopwatch: 'Time anything and record lap times.',
    countdown: 'See how much time is left.',
    timer: 'Set a timer and get a signal when it is done.',
    'unit-converter': 'Convert between units.',
    'tip-calculator': 'Work out the tip and split the bill.',
    calculator: 'A simple calculator.',
    flashcards: 'Learn with flashcards: flip to see the answer.',
    quiz: 'Answer the questions and see your score.',
    'tic-tac-toe': 'Play tic-tac-toe with a friend.',
    'landing-page': 'Welcome! Find out what we offer and when we are open.',
  };
  return byBlueprint[spec.blueprint] ?? 'A small app.';
}
