// @ts-check
// Line icons for feature cards, drawn as SVG in currentColor so they take the theme's accent. A feature's
// words choose a fitting icon (speed: a bolt, privacy: a shield...), each icon once per grid.
import { svg } from './parts.js';

/** Icon name -> shapes on a 24x24 grid. @type {Record<string, [string, Record<string, string | number>][]>} */
const SHAPES = {
  bolt: [['path', { d: 'M13 2 4 14h7l-1 8 9-12h-7z' }]],
  shield: [
    ['path', { d: 'M12 3 4 6v6c0 5 3.5 8 8 9 4.5-1 8-4 8-9V6z' }],
    ['path', { d: 'm9 12 2 2 4-4' }],
  ],
  chat: [['path', { d: 'M4 5h16v11H9l-5 4z' }]],
  clock: [
    ['circle', { cx: 12, cy: 12, r: 9 }],
    ['path', { d: 'M12 7v5l3 2' }],
  ],
  chart: [['path', { d: 'M4 20V10m6 10V4m6 16v-7m4 7H2' }]],
  heart: [['path', { d: 'M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.5-7 10-7 10z' }]],
  people: [
    ['circle', { cx: 9, cy: 8, r: 3.5 }],
    ['path', { d: 'M2.5 20c.8-3.5 3.4-5.5 6.5-5.5s5.7 2 6.5 5.5' }],
    ['path', { d: 'M16 4.8a3.5 3.5 0 0 1 0 6.4M18 14.8c1.8.8 3 2.6 3.5 5.2' }],
  ],
  phone: [
    ['rect', { x: 7, y: 2.5, width: 10, height: 19, rx: 2 }],
    ['path', { d: 'M11 18h2' }],
  ],
  leaf: [['path', { d: 'M5 19c0-9 6-14 15-14 0 9-5 15-14 15zM5 19l7-7' }]],
  tag: [
    ['path', { d: 'M3 12V4h8l10 10-8 8z' }],
    ['circle', { cx: 7.5, cy: 8.5, r: 1.5 }],
  ],
  star: [['path', { d: 'm12 3 2.7 5.6 6.1.9-4.4 4.3 1 6.1L12 17l-5.4 2.9 1-6.1-4.4-4.3 6.1-.9z' }]],
  spark: [['path', { d: 'M12 3v5m0 8v5M3 12h5m8 0h5M6 6l3 3m6 6 3 3M18 6l-3 3m-6 6-3 3' }]],
  globe: [
    ['circle', { cx: 12, cy: 12, r: 9 }],
    ['path', { d: 'M3 12h18M12 3c3 3 3 15 0 18M12 3c-3 3-3 15 0 18' }],
  ],
  check: [
    ['circle', { cx: 12, cy: 12, r: 9 }],
    ['path', { d: 'm8 12 3 3 5-6' }],
  ],
};

/** Words in a feature's title or text -> icon. Checked in order; the first that matches wins. */
const HINTS = [
  [/fast|quick|speed|instant|power|energy/i, 'bolt'],
  [/secur|safe|privacy|private|protect|trust/i, 'shield'],
  [/support|help|chat|message|talk|contact|advice/i, 'chat'],
  [/time|hour|schedul|remind|deadline|24\/7/i, 'clock'],
  [/chart|report|analy|insight|data|stat|track|grow/i, 'chart'],
  [/love|care|health|well|friend|kind/i, 'heart'],
  [/team|together|share|collab|community|people|famil/i, 'people'],
  [/mobile|phone|app\b|device|anywhere/i, 'phone'],
  [/green|eco|organic|natur|fresh|plant|garden|local/i, 'leaf'],
  [/price|free|cheap|afford|save|deal|cost|plan/i, 'tag'],
  [/world|global|languag|international|travel|online/i, 'globe'],
  [/quality|best|award|premium|top|expert/i, 'star'],
];
const FALLBACK = ['spark', 'check', 'star', 'heart', 'globe', 'bolt'];

/**
 * The icon for a feature: the first hint its words match, skipping icons already used in the grid so
 * "Fresh daily" and "Local flour" do not both get a leaf; by position when nothing fits.
 * @param {string} words
 * @param {number} index
 * @param {Set<string>} [used]
 */
export function iconFor(words, index, used = new Set()) {
  const hinted = HINTS.filter(([pattern]) => /** @type {RegExp} */ (pattern).test(words)).map(
    ([, name]) => /** @type {string} */ (name),
  );
  const fallback = FALLBACK.slice(index % FALLBACK.length).concat(FALLBACK.slice(0, index % FALLBACK.length));
  const choice = [...hinted, ...fallback].find((name) => !used.has(name)) || fallback[0];
  used.add(choice);
  return choice;
}

/**
 * A decorative line icon (hidden from screen readers: the card's title says what it is).
 * @param {string} name one of the SHAPES
 * @returns {SVGElement}
 */
export function icon(name) {
  const shapes = SHAPES[name] || SHAPES.spark;
  return svg(
    'svg',
    {
      viewBox: '0 0 24 24',
      width: 24,
      height: 24,
      fill: 'none',
      stroke: 'currentColor',
      'stroke-width': 1.8,
      'stroke-linecap': 'round',
      'stroke-linejoin': 'round',
      'aria-hidden': 'true',
      focusable: 'false',
      class: 'cs-icon',
      'data-icon': name,
    },
    shapes.map(([tag, attrs]) => svg(tag, attrs)),
  );
}
