import type { ToolEntry } from '../tool.types.js';
import { CITIES, findCities } from './city-zones.js';
import { readCount } from './read-count.js';

// Tools that keep time: clocks of the cities named, and a metronome at the tempo named.

const DEFAULT_CITIES = ['New York', 'London', 'Tokyo', 'Sydney'];

export const TIME_TOOLS: readonly ToolEntry[] = [
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
];
