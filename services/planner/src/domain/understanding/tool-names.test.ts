// The tool a name ends on is the tool built, whatever older blueprint a word before it would call up:
// a "quiz night scoreboard" keeps the score of a quiz, it is no quiz.
import { describe, expect, it } from 'vitest';
import { understandPrompt } from './understand.js';

async function toolBuilt(prompt: string): Promise<string> {
  try {
    const { spec } = await understandPrompt(prompt);
    const section = spec.pages.flatMap((p) => p.sections).find((s) => s.type === 'tool');
    return section && 'blueprint' in section ? section.blueprint : spec.kind;
  } catch {
    return 'refused';
  }
}

const TABLE: [string, string][] = [
  ['Quiz night scoreboard\n- four teams\n- a +1 and a -1 for each team', 'tally-counter'],
  ['pub quiz scoreboard for six teams', 'tally-counter'],
  ['Quiz scoreboard: three teams, plus and minus for each', 'tally-counter'],
  ['Trivia quiz tally\n- two teams', 'tally-counter'],
  ['Quiz night dice\n- roll two dice', 'dice-roller'],
  ['Spelling quiz name picker\n- paste the class list', 'random-picker'],
  ['Quiz night raffle\n- paste the names of everyone who came', 'random-picker'],
  ['Quiz team maker: paste names and split them into four teams', 'team-maker'],
  ['Quiz whiteboard for the kids', 'drawing-canvas'],
  ['Music quiz metronome', 'metronome'],
  ['Flashcards word counter', 'word-counter'],
];

describe('the tool a name ends on is built over a blueprint named before it', () => {
  it.each(TABLE)('%s', async (prompt, tool) => {
    expect(await toolBuilt(prompt)).toBe(tool);
  });

  it('keeps the blueprint a name ends on', async () => {
    // The quiz blueprint is a game of its own, with no catalogue tool section.
    expect(await toolBuilt('a quiz with a timer')).toBe('game');
  });
});
