import { describe, expect, it } from 'vitest';
import { TOOLS_CATALOGUE } from '../knowledge/tools/index.js';
import { actionInPersonsWords } from './tool-action.js';

const entry = (id: string) => TOOLS_CATALOGUE.find((t) => t.id === id)!;

// The button says the verb the person used, in whatever form and wherever it stands in the sentence.
const TABLE: [string, string, string][] = [
  ['random-picker', 'spin the wheel name picker for deciding who presents first', 'Spin'],
  ['random-picker', 'a page where I list the members and it picks the next host at random', 'Pick one'],
  ['random-picker', 'raffle tool: paste the entrants and draw a winner', 'Draw one'],
  ['random-picker', 'Can you make something that chooses a restaurant for us from a list?', 'Choose one'],
  ['random-picker', 'Dinner decider\n- type the options\n- it decides for us', 'Decide'],
  ['random-picker', 'a random name picker for my class', 'Pick one'],
  ['team-maker', 'random team generator: paste names and split them into two teams', 'Split into teams'],
  ['team-maker', 'shuffle my pupils into tables of four', 'Shuffle'],
  ['team-maker', 'I want to divide the kids into three groups at random', 'Divide into teams'],
  ['team-maker', 'team maker for five-a-side', 'Make teams'],
  ['dice-roller', 'a page that throws two dice for our board game', 'Throw'],
  ['dice-roller', 'd20 roller for our D&D group', 'Roll'],
];

// A verb that says what is counted ("how many to throw") is not the press: the verb said after it is.
const COUNTED: [string, string, string][] = [
  ['dice-roller', 'a dice page where I pick how many to throw, then roll', 'Roll'],
  ['dice-roller', 'choose how many dice to throw and roll them for yahtzee', 'Roll'],
  ['dice-roller', 'Dice for Risk\n- how many to throw\n- a roll button', 'Roll'],
  ['random-picker', 'a raffle where I say how many to draw and it picks the winners', 'Pick one'],
  ['random-picker', 'paste the names, set how many to pick, then spin', 'Spin'],
  ['random-picker', 'Prize draw: how many to choose, and a button that draws them', 'Draw one'],
  ['team-maker', 'say how many to split into and shuffle the class', 'Shuffle'],
  ['team-maker', 'type the players, how many to divide into, and make teams', 'Make teams'],
  ['dice-roller', 'how much to roll is up to me; it throws the dice', 'Throw'],
  ['random-picker', 'our names in a list, how many to select, and it decides', 'Decide'],
];

describe('a tool’s main button takes the verb the person used', () => {
  it.each(TABLE)('%s: %s', (id, prompt, label) => {
    expect(actionInPersonsWords(entry(id), prompt)).toEqual({ action: label });
  });

  it.each(COUNTED)('%s, a verb of what is counted: %s', (id, prompt, label) => {
    expect(actionInPersonsWords(entry(id), prompt)).toEqual({ action: label });
  });

  it('leaves a tool without button labels as it is', () => {
    expect(actionInPersonsWords(entry('word-counter'), 'count the words I type')).toEqual({});
  });
});
