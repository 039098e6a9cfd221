// @ts-check
// Compound growth year by year as an inline SVG bar chart: what was put in, and the interest on top.
import { el, svg } from '../../dom.js';
import { formatOutput } from './format.js';

const W = 600;
const H = 240;
const PAD = { left: 8, right: 8, top: 12, bottom: 24 };

/**
 * Balance at the end of each year: yearly rate (%) compounded `perYear` times, `contribution` added at
 * each year's end, the same model as the compound-interest calculator's formulas.
 */
export function growth(principal, rate, years, contribution, perYear) {
  const k = perYear > 0 ? perYear : 1;
  const g = Math.pow(1 + rate / 100 / k, k) - 1;
  const rows = [];
  let balance = principal;
  let added = principal;
  for (let year = 1; year <= Math.min(100, Math.round(years)); year++) {
    balance = balance * (1 + g) + contribution;
    added += contribution;
    rows.push({ year, balance, added });
  }
  return rows;
}

/** @param {{ principal: string, rate: string, years: string, contribution?: string, perYear?: string }} extra */
export function growthExtra(extra) {
  const chart = svg('svg', {
    viewBox: '0 0 ' + W + ' ' + H,
    class: 'calc-chart',
    role: 'img',
  });
  const caption = el('p', { className: 'muted calc-chart-caption' });
  const legend = el('p', { className: 'calc-legend' }, [
    el('span', { className: 'key added' }),
    'Put in',
    el('span', { className: 'key interest' }),
    'Interest',
  ]);
  const node = el('figure', { className: 'calc-extra calc-growth' }, [chart, legend, caption]);
  return {
    node,
    /** @param {Record<string, any>} scope @param {boolean} valid */
    update(scope, valid) {
      const num = (/** @type {string | undefined} */ name) => (name ? Number(scope[name]) || 0 : 0);
      const rows = valid
        ? growth(
            num(extra.principal),
            num(extra.rate),
            num(extra.years),
            num(extra.contribution),
            num(extra.perYear),
          )
        : [];
      node.hidden = rows.length === 0;
      if (node.hidden) return;
      const top = Math.max(...rows.map((r) => r.balance), 1);
      const slot = (W - PAD.left - PAD.right) / rows.length;
      const y = (/** @type {number} */ v) => H - PAD.bottom - (v / top) * (H - PAD.top - PAD.bottom);
      const bars = rows.flatMap((r, i) => {
        const x = PAD.left + i * slot + slot * 0.15;
        const w = slot * 0.7;
        const label = 'Year ' + r.year + ': ' + formatOutput(r.balance, { format: 'money' });
        return [
          svg('rect', { x, y: y(r.added), width: w, height: H - PAD.bottom - y(r.added), class: 'added' }, [
            svg('title', {}, [document.createTextNode(label)]),
          ]),
          svg('rect', {
            x,
            y: y(r.balance),
            width: w,
            height: Math.max(0, y(r.added) - y(r.balance)),
            class: 'interest',
          }),
        ];
      });
      const step = Math.ceil(rows.length / 10);
      const ticks = rows
        .filter((r) => r.year % step === 0 || r.year === 1)
        .map((r) =>
          svg('text', { x: PAD.left + (r.year - 0.5) * slot, y: H - 6, 'text-anchor': 'middle' }, [
            document.createTextNode(String(r.year)),
          ]),
        );
      chart.replaceChildren(...bars, ...ticks);
      const last = rows[rows.length - 1];
      const text =
        'Balance after ' +
        last.year +
        ' years: ' +
        formatOutput(last.balance, { format: 'money' }) +
        ', of which ' +
        formatOutput(last.balance - last.added, { format: 'money' }) +
        ' is interest.';
      chart.setAttribute('aria-label', text);
      caption.textContent = text;
    },
  };
}
