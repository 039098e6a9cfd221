// @ts-check
// A bar, line or pie chart drawn as inline SVG, with its numbers in a table under it for anyone who
// cannot see the drawing.
import { el, svg, uid } from '../dom.js';
import { formatNumber } from '../format.js';
import { aggregate } from '../formula.mjs';

const WIDTH = 640;
const HEIGHT = 300;
const PAD = { top: 16, right: 16, bottom: 56, left: 56 };
const PALETTE = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
];

/**
 * The group of a date: its day, the Monday of its week, its month (the default) or its year.
 * @param {string} iso @param {string | undefined} every
 */
export function dateGroup(iso, every) {
  const day = iso.slice(0, 10);
  if (every === 'day') return day;
  if (every === 'year') return day.slice(0, 4);
  if (every === 'week') {
    const d = new Date(day + 'T00:00:00Z');
    if (Number.isNaN(d.getTime())) return day;
    d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
    return d.toISOString().slice(0, 10);
  }
  return day.slice(0, 7);
}

/** @param {string} key @param {string | undefined} every */
function dateLabel(key, every) {
  const [y, m, d] = key.split('-').map(Number);
  if (every === 'year') return String(y);
  if (every === 'day' || every === 'week') {
    const text = new Date(y, m - 1, d).toLocaleDateString(undefined, { day: 'numeric', month: 'short' });
    return every === 'week' ? 'Week of ' + text : text;
  }
  return new Date(y, m - 1, 1).toLocaleDateString(undefined, { month: 'short', year: 'numeric' });
}

/**
 * Groups and their values: a reference groups by the referenced title, a date by month (in order) or
 * by the day, week or year the section's `every` names.
 * @param {any} section
 * @param {import('../store.js').Store} store
 * @returns {{ label: string, value: number }[]}
 */
export function chartData(section, store) {
  const collection = store.collection(section.collection);
  if (!collection) return [];
  const by = collection.fields.find((f) => f.name === section.by);
  if (!by) return [];
  const isDate = by.type === 'date' || by.type === 'datetime';
  /** @type {Map<string, Record<string, any>[]>} */
  const groups = new Map();
  if (by.type === 'choice' && by.options) for (const o of by.options) groups.set(o, []);
  for (const record of store.list(collection.name)) {
    const raw = record[by.name];
    if (raw === null || raw === undefined || raw === '') continue;
    const keys = Array.isArray(raw)
      ? raw.map(String)
      : [isDate ? dateGroup(String(raw), section.every) : String(raw)];
    for (const key of keys) groups.set(key, (groups.get(key) || []).concat([record]));
  }
  let entries = [...groups.entries()];
  if (isDate) entries.sort((a, b) => a[0].localeCompare(b[0]));
  else if (by.type === 'number' || by.type === 'rating') entries.sort((a, b) => Number(a[0]) - Number(b[0]));
  return entries.map(([key, rows]) => {
    let label = key;
    if (by.type === 'reference') label = store.refTitle(by, key) || key;
    else if (by.type === 'boolean') label = key === 'true' ? 'Yes' : 'No';
    else if (isDate) label = dateLabel(key, section.every);
    const value = aggregate(section.fn, section.fn === 'count' ? rows : rows.map((r) => r[section.field]));
    return { label, value: typeof value === 'number' ? value : 0 };
  });
}

/** @param {{ label: string, value: number }[]} data */
function bars(data) {
  const max = Math.max(1, ...data.map((d) => d.value));
  const inner = WIDTH - PAD.left - PAD.right;
  const band = inner / Math.max(1, data.length);
  const h = HEIGHT - PAD.top - PAD.bottom;
  return data.map((d, i) => {
    const barH = (Math.max(0, d.value) / max) * h;
    const x = PAD.left + i * band + band * 0.15;
    return svg('g', {}, [
      svg(
        'rect',
        {
          x: x.toFixed(1),
          y: (PAD.top + h - barH).toFixed(1),
          width: (band * 0.7).toFixed(1),
          height: barH.toFixed(1),
          fill: 'var(--accent)',
        },
        [svg('title', {}, [document.createTextNode(d.label + ': ' + formatNumber(d.value))])],
      ),
      label(PAD.left + i * band + band / 2, HEIGHT - PAD.bottom + 18, d.label),
    ]);
  });
}

/** @param {{ label: string, value: number }[]} data */
function line(data) {
  const max = Math.max(1, ...data.map((d) => d.value));
  const inner = WIDTH - PAD.left - PAD.right;
  const h = HEIGHT - PAD.top - PAD.bottom;
  const step = data.length > 1 ? inner / (data.length - 1) : 0;
  const points = data.map((d, i) => [
    PAD.left + (data.length > 1 ? i * step : inner / 2),
    PAD.top + h - (Math.max(0, d.value) / max) * h,
  ]);
  return [
    svg('polyline', {
      points: points.map((p) => p.map((n) => n.toFixed(1)).join(',')).join(' '),
      fill: 'none',
      stroke: 'var(--accent)',
      'stroke-width': 3,
    }),
    ...points.map((p, i) =>
      svg('circle', { cx: p[0].toFixed(1), cy: p[1].toFixed(1), r: 5, fill: 'var(--accent)' }, [
        svg('title', {}, [document.createTextNode(data[i].label + ': ' + formatNumber(data[i].value))]),
      ]),
    ),
    ...data.map((d, i) => label(points[i][0], HEIGHT - PAD.bottom + 18, d.label)),
  ];
}

/** @param {{ label: string, value: number }[]} data */
function pie(data) {
  const total = data.reduce((s, d) => s + Math.max(0, d.value), 0) || 1;
  const cx = WIDTH / 2;
  const cy = HEIGHT / 2;
  const r = HEIGHT / 2 - 20;
  let angle = -Math.PI / 2;
  // Empty groups get no slice (a zero-width one would draw a stray radius) but keep their colour.
  return data.flatMap((d, i) => {
    const share = Math.max(0, d.value) / total;
    if (share === 0) return [];
    const end = angle + share * Math.PI * 2;
    const large = share > 0.5 ? 1 : 0;
    const p = (/** @type {number} */ a) =>
      (cx + r * Math.cos(a)).toFixed(1) + ' ' + (cy + r * Math.sin(a)).toFixed(1);
    const path =
      share >= 0.9999
        ? `M ${cx - r} ${cy} a ${r} ${r} 0 1 0 ${2 * r} 0 a ${r} ${r} 0 1 0 ${-2 * r} 0`
        : `M ${cx} ${cy} L ${p(angle)} A ${r} ${r} 0 ${large} 1 ${p(end)} Z`;
    angle = end;
    return svg(
      'path',
      { d: path, fill: PALETTE[i % PALETTE.length], stroke: 'var(--surface)', 'stroke-width': 2 },
      [svg('title', {}, [document.createTextNode(d.label + ': ' + formatNumber(d.value))])],
    );
  });
}

/** @param {number} x @param {number} y @param {string} text */
function label(x, y, text) {
  return svg('text', { x: x.toFixed(1), y, 'text-anchor': 'middle', 'font-size': 13, fill: 'currentColor' }, [
    document.createTextNode(text.length > 14 ? text.slice(0, 13) + '…' : text),
  ]);
}

/** @param {any} section @param {import('./section-context.js').SectionContext} ctx */
export function renderChartSection(section, ctx) {
  const holder = el('div', { className: 'chart' });
  const titleId = uid('chart-title');
  const draw = () => {
    const data = chartData(section, ctx.store);
    if (data.every((d) => d.value === 0)) {
      holder.replaceChildren(el('p', { className: 'empty', text: 'Nothing to chart yet' }));
      return;
    }
    const marks = section.chart === 'pie' ? pie(data) : section.chart === 'line' ? line(data) : bars(data);
    const axis =
      section.chart === 'pie'
        ? []
        : [
            svg('line', {
              x1: PAD.left,
              y1: HEIGHT - PAD.bottom,
              x2: WIDTH - PAD.right,
              y2: HEIGHT - PAD.bottom,
              stroke: 'currentColor',
              'stroke-opacity': 0.4,
            }),
          ];
    const drawing = svg(
      'svg',
      {
        viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
        role: 'img',
        'aria-labelledby': titleId,
        class: 'chart-svg chart-' + section.chart,
      },
      [svg('title', { id: titleId }, [document.createTextNode(section.title)]), ...axis, ...marks],
    );
    const legend =
      section.chart === 'pie'
        ? el(
            'ul',
            { className: 'legend' },
            data.map((d, i) =>
              el('li', {}, [
                el('span', { className: 'swatch', style: 'background:' + PALETTE[i % PALETTE.length] }),
                d.label + ' (' + formatNumber(d.value) + ')',
              ]),
            ),
          )
        : null;
    const table = el('details', { className: 'chart-data' }, [
      el('summary', { text: 'Data' }),
      el('div', { className: 'table-wrap' }, [
        el('table', {}, [
          el('thead', {}, [
            el('tr', {}, [
              el('th', { scope: 'col', text: 'Group' }),
              el('th', { scope: 'col', text: 'Value' }),
            ]),
          ]),
          el(
            'tbody',
            {},
            data.map((d) =>
              el('tr', {}, [
                el('td', { text: d.label }),
                el('td', { className: 'num', text: formatNumber(d.value) }),
              ]),
            ),
          ),
        ]),
      ]),
    ]);
    holder.replaceChildren(drawing, legend || '', table);
  };
  ctx.onCleanup(ctx.store.subscribe(draw));
  draw();
  return el('section', { className: 'card chart-section', id: ctx.sectionId }, [
    el('h2', { text: section.title }),
    holder,
  ]);
}
