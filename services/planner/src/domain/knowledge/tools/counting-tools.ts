import nlp from 'compromise';
import type { ToolEntry } from '../tool.types.js';

// Counting by hand: a tally for one thing (birds at the feeder, people through a door), or a scoreboard
// with a counter for each player or team.

const SIDES = /\b(\S+)\s+(players|teams|sides|people|kids|counters)\b/i;
const SCORE = /\b(score|scores|scoreboard|points?)\b/i;

/** How many counters, and what each counts: "two players" are Player 1 and Player 2. */
function readCounters(prompt: string): { counters?: number; side?: string } {
  const m = SIDES.exec(prompt);
  const n = m ? Number(/^\d+$/.test(m[1]!) ? m[1] : (nlp(m[1]!).numbers().get() as number[])[0]) : NaN;
  if (Number.isInteger(n) && n >= 1 && n <= 8) {
    const side = m![2]!
      .toLowerCase()
      .replace(/s$/, '')
      .replace(/^(people|kid)$/, 'player');
    return { counters: n, side: side === 'counter' ? 'count' : side };
  }
  return SCORE.test(prompt) ? { counters: 2, side: 'player' } : {};
}

export const COUNTING_TOOLS: readonly ToolEntry[] = [
  {
    id: 'tally-counter',
    name: 'Tally counter',
    kind: 'tool',
    synonyms: [
      'tally counter',
      'click counter',
      'clicker counter',
      'people counter',
      // Counted by hand, a tap each: laps swum, rows knitted, reps lifted.
      'lap counter',
      'row counter',
      'stitch counter',
      'rep counter',
      'headcount clicker',
      'scoreboard',
      'score keeper',
      'score counter',
      'keep score',
      'point counter',
      'tally',
    ],
    description:
      'Counts by hand with a big + and − for each counter, one or several side by side (a scoreboard), and a reset.',
    options: { counters: 1, side: 'count' },
    readOptions: readCounters,
  },
];
