// @ts-check
// A loan's amortization table by year: what each year's payments paid of interest and of the loan, and
// the balance left. Reads the loan, the yearly rate (%) and the term (years) from the calculator's values.
import { el } from '../../dom.js';
import { formatOutput } from './format.js';

const MONEY = { format: 'money' };

/** @param {number} principal @param {number} yearlyRate percent @param {number} years */
export function schedule(principal, yearlyRate, years) {
  const r = yearlyRate / 100 / 12;
  const n = Math.round(years * 12);
  const payment = r === 0 ? principal / n : (principal * r) / (1 - Math.pow(1 + r, -n));
  const rows = [];
  let balance = principal;
  for (let year = 1; year * 12 <= n + 11 && balance > 0.005; year++) {
    let interest = 0;
    let paid = 0;
    for (let m = 0; m < 12 && (year - 1) * 12 + m < n; m++) {
      const i = balance * r;
      const p = Math.min(balance, payment - i);
      interest += i;
      paid += p;
      balance -= p;
    }
    rows.push({ year, interest, paid, balance: Math.max(0, balance) });
  }
  return { payment, rows };
}

/** @param {{ principal: string, rate: string, years: string }} extra */
export function amortizationExtra(extra) {
  const body = el('tbody');
  const node = el('details', { className: 'calc-extra calc-amortization' }, [
    el('summary', { text: 'Amortization table' }),
    el('div', { className: 'table-scroll' }, [
      el('table', {}, [
        el('thead', {}, [
          el('tr', {}, [
            el('th', { scope: 'col', text: 'Year' }),
            el('th', { scope: 'col', text: 'Interest' }),
            el('th', { scope: 'col', text: 'Paid off' }),
            el('th', { scope: 'col', text: 'Balance' }),
          ]),
        ]),
        body,
      ]),
    ]),
  ]);
  return {
    node,
    /** @param {Record<string, any>} scope @param {boolean} valid */
    update(scope, valid) {
      const principal = Number(scope[extra.principal]);
      const rate = Number(scope[extra.rate]);
      const years = Number(scope[extra.years]);
      node.hidden = !valid || !(principal > 0) || !(years > 0) || !(rate >= 0);
      if (node.hidden) return;
      body.replaceChildren(
        ...schedule(principal, rate, years).rows.map((row) =>
          el('tr', {}, [
            el('th', { scope: 'row', text: String(row.year) }),
            el('td', { text: formatOutput(row.interest, MONEY) }),
            el('td', { text: formatOutput(row.paid, MONEY) }),
            el('td', { text: formatOutput(row.balance, MONEY) }),
          ]),
        ),
      );
    },
  };
}
