import type { ToolEntry } from '../tool.types.js';
import { readGroupShare } from './group-size.js';
import { readCount } from './read-count.js';

// Tools of chance: a pick from a list, random teams, dice and a coin.

const PEOPLE =
  /\b(names?|people|persons?|students?|pupils?|players?|entrants?|kids|children|members?|participants?|guests?|winners?)\b/i;

export const CHANCE_TOOLS: readonly ToolEntry[] = [
  {
    id: 'random-picker',
    name: 'Random picker',
    kind: 'tool',
    synonyms: [
      'random picker',
      'random name picker',
      'pick a name',
      'pick at random',
      'choose at random',
      'name from a hat',
      'random chooser',
      'decision maker',
      'raffle',
      'giveaway picker',
      'spin the wheel',
      'choose for me',
      'name picker',
      'draw a winner',
    ],
    description:
      'Picks an entry at random from a list, optionally leaving picked entries out of the next pick.',
    options: {},
    actions: ['Pick one', 'Choose one', 'Draw one', 'Spin', 'Select one', 'Decide'],
    // A list of people is "Names" on the page, the word a person looks for; anything else is entries.
    readOptions: (prompt) => ({ itemsLabel: PEOPLE.test(prompt) ? 'Names' : 'Entries' }),
  },
  {
    id: 'team-maker',
    name: 'Team maker',
    kind: 'tool',
    synonyms: [
      'team maker',
      'team generator',
      'random teams',
      'split into groups',
      'group maker',
      'divide into teams',
      'pick teams',
      'random groups',
      // A seating plan alone is a wedding's records; one made at random is this tool.
      'seating plan maker',
      'seating plan generator',
      'random seating plan',
      'random seating',
    ],
    description: 'Shares a list of people out into balanced random teams of names.',
    options: { teams: 2 },
    actions: [
      'Make teams',
      'Split into teams',
      'Shuffle',
      'Divide into teams',
      'Generate teams',
      'Pick teams',
    ],
    readOptions: (prompt) => ({ ...readGroupShare(prompt) }),
  },
  {
    id: 'dice-roller',
    name: 'Dice roller and coin flip',
    kind: 'tool',
    synonyms: [
      'dice roller',
      'roll dice',
      'dice',
      'coin flip',
      'flip a coin',
      'heads or tails',
      'd20',
      'random number',
      'board game dice',
      'toss a coin',
    ],
    description:
      'Rolls one to ten dice of 4 to 100 sides with their total, and flips a coin keeping count of heads and tails.',
    options: { dice: 2, sides: 6 },
    actions: ['Roll', 'Throw'],
    readOptions: (prompt) => {
      const sides = /\bd(4|6|8|10|12|20|100)\b/i.exec(prompt);
      const dice = readCount(prompt, /dice|die/, 1, 10);
      return { ...(sides && { sides: Number(sides[1]) }), ...(dice && { dice }) };
    },
  },
];
