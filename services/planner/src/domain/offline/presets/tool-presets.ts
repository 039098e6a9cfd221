import { capitalize, titleCase } from '../words.js';
import { quizFor, deckFor } from './content-banks.js';
import type { Preset } from './preset.types.js';
import { entity, f, numberBefore } from './preset-helpers.js';

const UNIT_CATEGORIES = ['length', 'weight', 'temperature', 'volume', 'speed', 'area', 'time', 'data'];

/** Yearly dates people count down to; month is 1-12. */
const OCCASIONS: [RegExp, string, number, number][] = [
  [/new year'?s? eve|new year|nye/, "New Year's Eve", 1, 1],
  [/christmas|xmas/, 'Christmas', 12, 25],
  [/halloween/, 'Halloween', 10, 31],
  [/valentine/, "Valentine's Day", 2, 14],
  [/summer/, 'Summer', 6, 21],
  [/spring/, 'Spring', 3, 20],
];

function countdownTarget(lower: string): { label: string; month: number; day: number } {
  for (const [pattern, label, month, day] of OCCASIONS) {
    if (pattern.test(lower)) return { label, month, day };
  }
  const named = /\bcountdown (?:to|until|for) (?:my |the |our )?([a-z' ]{3,30})/.exec(lower)?.[1]?.trim();
  return { label: named ? titleCase(named) : 'the big day', month: 1, day: 1 };
}

function business(lower: string): string {
  const match =
    /\bfor (?:a |an |my |our |the )?([a-z' -]+?)(?:\s+(?:with|that|which|showing|including|in|called|named)\b|[,.;]|$)/.exec(
      lower,
    );
  return match?.[1] ? titleCase(match[1].trim()) : 'Coffee Shop';
}

export const TOOL_PRESETS: Preset[] = [
  {
    id: 'csv-viewer',
    test: /\bcsv (?:viewer|reader|explorer|browser|preview|table)\b|\bview(?:er)? (?:for )?csv\b|\bopen csv\b/,
    build: () => ({ kind: 'viewer', blueprint: 'csv-viewer', title: 'CSV Viewer', takesFields: false }),
  },
  {
    id: 'markdown',
    test: /\bmarkdown\b/,
    build: () => ({
      kind: 'text-tool',
      blueprint: 'markdown-editor',
      title: 'Markdown Editor',
      takesFields: false,
    }),
  },
  {
    id: 'json',
    test: /\bjson\b/,
    build: () => ({
      kind: 'text-tool',
      blueprint: 'json-formatter',
      title: 'JSON Formatter',
      takesFields: false,
    }),
  },
  {
    id: 'password',
    test: /\bpassword|passphrase\b/,
    build: ({ lower }) => ({
      kind: 'text-tool',
      blueprint: 'password-generator',
      title: 'Password Generator',
      options: { length: Math.min(128, Math.max(4, numberBefore(lower, /(?:characters?|chars?|long)/, 16))) },
      takesFields: false,
    }),
  },
  {
    id: 'pomodoro',
    test: /\bpomodoro\b|\bfocus timer\b|\bwork (?:and|\/) break\b/,
    build: ({ lower }) => ({
      kind: 'timer',
      blueprint: 'pomodoro',
      title: 'Pomodoro Timer',
      options: {
        workMinutes: Math.min(180, numberBefore(lower, /(?:work|focus)/, 25)),
        breakMinutes: Math.min(60, numberBefore(lower, /(?:short )?break/, 5)),
      },
      takesFields: false,
    }),
  },
  {
    id: 'stopwatch',
    test: /\bstop ?watch\b|\blap times?\b/,
    build: () => ({ kind: 'timer', blueprint: 'stopwatch', title: 'Stopwatch', takesFields: false }),
  },
  {
    id: 'countdown',
    test: /\bcount ?down\b|\bdays (?:until|till|left)\b/,
    build: ({ lower }) => {
      const target = countdownTarget(lower);
      return {
        kind: 'timer',
        blueprint: 'countdown',
        title: `Countdown to ${target.label}`,
        options: { target },
        takesFields: false,
      };
    },
  },
  {
    id: 'timer',
    test: /\b(timer|egg timer|kitchen timer)\b/,
    build: ({ lower }) => ({
      kind: 'timer',
      blueprint: 'timer',
      title: 'Timer',
      options: { minutes: numberBefore(lower, /(?:timer|minutes?)/, 5) },
      takesFields: false,
    }),
  },
  {
    id: 'unit-converter',
    test: /\b(unit converter|convert(?:er|s|ing)?\b.*\b(?:units?|length|weight|temperature|volume|speed|celsius|fahrenheit|miles|km|kg|pounds))\b|\b(temperature|length|weight) converter\b/,
    build: ({ lower }) => {
      const named = UNIT_CATEGORIES.filter(
        (c) => lower.includes(c) || (c === 'temperature' && /celsius|fahrenheit/.test(lower)),
      );
      return {
        kind: 'calculator',
        blueprint: 'unit-converter',
        title: 'Unit Converter',
        options: { categories: named.length > 0 ? named : ['length', 'weight', 'temperature'] },
        takesFields: false,
      };
    },
  },
  {
    id: 'tip-calculator',
    test: /\btip\b|\bsplit(?:s|ting)? the bill\b|\bbill splitter\b/,
    build: () => ({
      kind: 'calculator',
      blueprint: 'tip-calculator',
      title: 'Tip Calculator',
      takesFields: false,
    }),
  },
  {
    id: 'calculator',
    test: /\bcalculator\b/,
    build: () => ({ kind: 'calculator', blueprint: 'calculator', title: 'Calculator', takesFields: false }),
  },
  {
    id: 'flashcards',
    test: /\bflash ?cards?\b|\bvocabulary trainer\b/,
    build: ({ lower }) => {
      const deck = deckFor(lower);
      return {
        kind: 'game',
        blueprint: 'flashcards',
        title: deck.title,
        entity: entity('card', 'Card', 'Cards'),
        coreFields: [
          f('front', { type: 'text', required: true }),
          f('back', { type: 'text', required: true }),
        ],
        options: { seed: deck.cards, frontLabel: deck.frontLabel, backLabel: deck.backLabel },
        takesFields: false,
        notes: deck.note ? [deck.note] : [],
      };
    },
  },
  {
    id: 'quiz',
    test: /\b(quiz|trivia|questions? (?:game|about))\b/,
    build: ({ lower }) => {
      const quiz = quizFor(lower);
      return {
        kind: 'game',
        blueprint: 'quiz',
        title: quiz.title,
        options: { questions: quiz.questions },
        takesFields: false,
        notes: quiz.note ? [quiz.note] : [],
      };
    },
  },
  {
    id: 'tic-tac-toe',
    test: /\b(tic[- ]?tac[- ]?toe|noughts and crosses|x and o)\b/,
    build: () => ({ kind: 'game', blueprint: 'tic-tac-toe', title: 'Tic-Tac-Toe', takesFields: false }),
  },
  {
    id: 'landing-page',
    test: /\b(landing page|home ?page for|web ?site for|one-?pager|marketing page|site for (?:a|an|my|our) )/,
    build: ({ lower }) => {
      const name = business(lower);
      const food =
        /\b(coffee|cafe|café|bakery|restaurant|bar|pizza|tea|bistro|diner|food|juice|ice cream|burger)\b/.test(
          lower,
        );
      return {
        kind: 'content',
        blueprint: 'landing-page',
        title: capitalize(name),
        options: { business: name, food },
        takesFields: false,
      };
    },
  },
];
