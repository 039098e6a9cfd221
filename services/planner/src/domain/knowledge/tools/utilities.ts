import type { CollectionSpec } from '@isekai/contracts';
import { findColors } from '../../compose/color-words.js';
import type { ToolEntry } from '../tool.types.js';
import { CITIES, findCities } from './city-zones.js';
import { readGroupShare } from './group-size.js';
import { readTextLimit } from './text-limit.js';

// Everyday tools, each rendered by its own module public/js/tools/<id>.js. Their readOptions take from
// the prompt only what it names (cities, a tempo, a number of teams), so the defaults stand for the rest.

const DEFAULT_CITIES = ['New York', 'London', 'Tokyo', 'Sydney'];
const PEOPLE =
  /\b(names?|people|persons?|students?|pupils?|players?|entrants?|kids|children|members?|participants?|guests?|winners?)\b/i;

/** The first "<n> <word>" of a prompt within bounds: "4 teams", "120 bpm". */
function readCount(prompt: string, words: RegExp, min: number, max: number): number | undefined {
  const m = new RegExp(`\\b(\\d{1,4})\\s*(?:${words.source})\\b`, 'i').exec(prompt);
  const n = m ? Number(m[1]) : NaN;
  return n >= min && n <= max ? n : undefined;
}

const HABITS: [RegExp, string][] = [
  [/\b(exercis\w*|workouts?|gym|train(ing)?)\b/i, 'Exercise'],
  [/\b(run|running|jog\w*)\b/i, 'Running'],
  [/\b(read|reading|books?)\b/i, 'Reading'],
  [/\b(meditat\w*|mindful\w*)\b/i, 'Meditation'],
  [/\b(water|hydrat\w*)\b/i, 'Drink water'],
  [/\b(sleep|bed ?time)\b/i, 'Sleep 8 hours'],
  [/\b(journal\w*|diary|writing)\b/i, 'Journaling'],
  [/\b(walk|walking|steps)\b/i, 'Walking'],
  [/\b(yoga|stretch\w*)\b/i, 'Yoga'],
  [/\b(code|coding|programming)\b/i, 'Coding'],
  [/\b(practi[cs]e|piano|guitar|music)\b/i, 'Practice'],
  [/\b(no sugar|sugar free|no alcohol|sober)\b/i, 'No sugar'],
];

export const HABIT_COLLECTION: CollectionSpec = {
  name: 'habitDay',
  label: 'Habit day',
  plural: 'Habit days',
  titleField: 'date',
  fields: [
    { name: 'date', label: 'Date', type: 'date', required: true },
    { name: 'habit', label: 'Habit', type: 'text' },
  ],
};

export const UTILITY_TOOLS: readonly ToolEntry[] = [
  {
    id: 'world-clock',
    name: 'World clock',
    kind: 'tool',
    synonyms: [
      'world clock',
      'time zones',
      'clocks for cities',
      'what time is it in',
      'international clock',
      'time around the world',
      'city clocks',
      'global time',
      'timezone clock',
      'team time zones',
    ],
    description:
      'The current time in the cities named, ticking, with their date and offset; more cities can be added.',
    options: { cities: DEFAULT_CITIES.map((name) => CITIES.find((c) => c.name === name)), choices: CITIES },
    readOptions: (prompt) => {
      const cities = findCities(prompt);
      return cities.length ? { cities } : {};
    },
  },
  {
    id: 'metronome',
    name: 'Metronome',
    kind: 'tool',
    synonyms: [
      'metronome',
      'beat keeper',
      'tempo',
      'bpm',
      'click track',
      'music practice',
      'beats per minute',
      'rhythm',
      'tap tempo',
    ],
    description:
      'A metronome with a tempo from 30 to 240 beats a minute, an accented first beat, start and stop and tap tempo.',
    options: { bpm: 100, beats: 4 },
    readOptions: (prompt) => {
      const bpm = readCount(prompt, /bpm|beats? (?:a|per) minute/, 30, 240);
      const beats = /\b3\/4\b|waltz/i.test(prompt)
        ? 3
        : /\b6\/8\b/.test(prompt)
          ? 6
          : /\b2\/4\b/.test(prompt)
            ? 2
            : undefined;
      return { ...(bpm && { bpm }), ...(beats && { beats }) };
    },
  },
  {
    id: 'color-palette',
    name: 'Colour palette generator',
    kind: 'tool',
    synonyms: [
      'color palette',
      'colour palette',
      'palette generator',
      'color scheme',
      'colour scheme generator',
      'color picker',
      'matching colors',
      'color combinations',
      'hex colors',
      'brand colours',
    ],
    description:
      'Five colours that go together from a base colour and a harmony (analogous, complementary...), each copied as hex; lock the ones to keep.',
    options: { harmony: 'analogous' },
    readOptions: (prompt) => {
      const base = findColors(prompt)[0];
      const harmony = ['complementary', 'triadic', 'monochrome', 'analogous'].find((h) =>
        new RegExp(`\\b${h.slice(0, 7)}`, 'i').test(prompt),
      );
      return { ...(base && { base: base.hex }), ...(harmony && { harmony }) };
    },
  },
  {
    id: 'gradient',
    name: 'Gradient generator',
    kind: 'tool',
    synonyms: [
      'gradient generator',
      'css gradient',
      'color gradient',
      'colour gradient',
      'linear gradient',
      'radial gradient',
      'background gradient',
      'gradient maker',
      'blend colors',
    ],
    description:
      'A CSS gradient from two or three colours, an angle and a shape, previewed live with its CSS to copy.',
    options: {},
    readOptions: (prompt) => {
      const colors = findColors(prompt)
        .slice(0, 3)
        .map((c) => c.hex);
      return colors.length >= 2 ? { colors } : {};
    },
  },
  {
    id: 'lorem-ipsum',
    name: 'Lorem ipsum generator',
    kind: 'tool',
    synonyms: [
      'lorem ipsum',
      'placeholder text',
      'dummy text',
      'filler text',
      'text generator',
      'lipsum',
      'sample text',
      'fake paragraphs',
    ],
    description: 'Placeholder Latin text in paragraphs, sentences or words, ready to copy.',
    options: { count: 3 },
    readOptions: (prompt) => {
      const count = readCount(prompt, /paragraphs?/, 1, 100);
      return count ? { count } : {};
    },
  },
  {
    id: 'word-counter',
    name: 'Word and character counter',
    kind: 'tool',
    synonyms: [
      'word counter',
      'character counter',
      'word count',
      'count words',
      'letter counter',
      'character count',
      'essay length',
      'reading time',
      'text statistics',
      'count characters',
      'character limit',
      'characters left',
      'characters remaining',
      'words left',
      'length checker',
      'text length',
      'tweet length',
    ],
    description:
      'Counts the words, characters (with and without spaces), sentences and paragraphs of a text as it is typed, with its reading time, and what is left of a limit.',
    options: {},
    readOptions: (prompt) => {
      const limit = readTextLimit(prompt);
      return limit ? { limit } : {};
    },
  },
  {
    id: 'regex-tester',
    name: 'Regex tester',
    kind: 'tool',
    synonyms: [
      'regex tester',
      'regular expression',
      'regex',
      'regexp',
      'test a pattern',
      'pattern matcher',
      'regex checker',
      'regex debugger',
      'match text',
    ],
    description:
      'Tries a regular expression on a text as it is typed: matches highlighted, counted and listed with their groups; a bad pattern says what is wrong.',
    options: {},
  },
  {
    id: 'diff-checker',
    name: 'Diff checker',
    kind: 'tool',
    synonyms: [
      'diff checker',
      'text diff',
      'compare text',
      'compare two texts',
      'difference checker',
      'diff tool',
      'text compare',
      'find differences',
      'compare files',
    ],
    description: 'Compares two texts line by line and shows the lines added and removed.',
    options: {},
  },
  {
    id: 'qr-code',
    name: 'QR code generator',
    kind: 'tool',
    synonyms: [
      'qr code',
      'qr code generator',
      'qr generator',
      'make a qr code',
      'link to qr',
      'barcode generator',
      'qr maker',
      'wifi qr code',
      'scan code',
    ],
    description:
      'Makes a QR code of a link or a text as it is typed, with a choice of error correction, saved as PNG.',
    options: {},
    readOptions: (prompt) => {
      const link = /\bhttps?:\/\/[^\s"'<>]+/i.exec(prompt);
      return link ? { text: link[0].replace(/[.,;:!?)]+$/, '') } : {};
    },
    notes: ['The QR codes are drawn by uqr, served by the app from the sandbox module store.'],
  },
  {
    id: 'random-picker',
    name: 'Random picker',
    kind: 'tool',
    synonyms: [
      'random picker',
      'random name picker',
      'pick a name',
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
    readOptions: (prompt) => {
      const sides = /\bd(4|6|8|10|12|20|100)\b/i.exec(prompt);
      const dice = readCount(prompt, /dice|die/, 1, 10);
      return { ...(sides && { sides: Number(sides[1]) }), ...(dice && { dice }) };
    },
  },
  {
    id: 'drawing-canvas',
    name: 'Drawing canvas',
    kind: 'tool',
    synonyms: [
      'drawing app',
      'drawing canvas',
      'paint app',
      'sketch pad',
      'doodle',
      'whiteboard',
      'draw online',
      'finger painting',
      'sketchbook',
      'paint program',
    ],
    description:
      'A canvas to draw on with mouse, pen or finger: colours, brush sizes, eraser, undo, clear and save as PNG.',
    options: {},
  },
  {
    id: 'pixel-art',
    name: 'Pixel art editor',
    kind: 'tool',
    synonyms: [
      'pixel art',
      'pixel editor',
      'sprite editor',
      '8-bit art',
      'pixel drawing',
      'pixel painter',
      'grid drawing',
      'retro sprite maker',
    ],
    description:
      'Paint a small grid pixel by pixel with a palette, by mouse, touch or keyboard; kept in the browser and saved as PNG.',
    options: { size: 16 },
    readOptions: (prompt) => {
      const m = /\b(8|12|16|24|32)\s*(?:x|×|by)\s*\1\b/i.exec(prompt);
      return m ? { size: Number(m[1]) } : {};
    },
  },
  {
    id: 'habit-heatmap',
    name: 'Habit heatmap',
    kind: 'tool',
    synonyms: [
      'habit tracker',
      'habit heatmap',
      'streak tracker',
      'daily habit',
      'year in pixels',
      "don't break the chain",
      'habit calendar',
      'contribution graph',
      'track my habits',
      'daily check-in',
    ],
    description:
      "A year of a habit as a heatmap of days: mark each day it was kept, see the streaks; the days are kept in the app's data.",
    options: { collection: HABIT_COLLECTION.name, habits: ['Exercise'] },
    readOptions: (prompt) => {
      const habits = HABITS.filter(([pattern]) => pattern.test(prompt)).map(([, name]) => name);
      return habits.length ? { habits } : {};
    },
    collections: [HABIT_COLLECTION],
  },
];
