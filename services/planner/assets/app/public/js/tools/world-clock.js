// @ts-check
// The time now in each city the prompt named (options.cities: [{ name, zone }]), ticking each second,
// with the day and the offset from here; a person can add a city from the built-in list.
import { el } from '../dom.js';
import { labelled, toolRoot } from './tool-fields.js';

/** @typedef {{ name: string, zone: string }} City */

/** @param {string} zone */
function validZone(zone) {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Hours the zone is ahead of this browser's zone, now: "+5 h", "−3:30 h", "same time". @param {string} zone @param {Date} now */
function offsetFromHere(zone, now) {
  const wall = (/** @type {string | undefined} */ z) => {
    const p = new Intl.DateTimeFormat('en-US', {
      timeZone: z,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    })
      .formatToParts(now)
      .reduce(
        (acc, part) => ((acc[part.type] = Number(part.value)), acc),
        /** @type {Record<string, number>} */ ({}),
      );
    return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) / 60000;
  };
  const minutes = wall(zone) - wall(undefined);
  if (minutes === 0) return 'same time as here';
  const sign = minutes > 0 ? '+' : '−';
  const abs = Math.abs(minutes);
  return (
    sign + Math.floor(abs / 60) + (abs % 60 ? ':' + String(abs % 60).padStart(2, '0') : '') + ' h from here'
  );
}

/** @param {any} section @param {import('../sections/section-context.js').SectionContext} ctx */
export function render(section, ctx) {
  /** @type {City[]} */
  const cities = (Array.isArray(section.options?.cities) ? section.options.cities : []).filter(
    (c) => c && validZone(c.zone),
  );
  /** @type {City[]} */
  const choices = (Array.isArray(section.options?.choices) ? section.options.choices : []).filter(
    (c) => c && validZone(c.zone),
  );
  const list = el('ul', { className: 'clock-list' });
  const hour12 = section.options?.hour12 === true;
  /** @type {{ city: City, li: HTMLElement, time: HTMLElement, day: HTMLElement, offset: HTMLElement }[]} */
  let rows = [];

  const draw = () => {
    rows = cities.map((city) => {
      const time = el('time', { className: 'clock-time' });
      const day = el('span', { className: 'clock-day muted' });
      const offset = el('span', { className: 'clock-offset muted' });
      const remove = el('button', {
        type: 'button',
        className: 'secondary small',
        text: '×',
        'aria-label': 'Remove ' + city.name,
        onclick: () => {
          cities.splice(cities.indexOf(city), 1);
          draw();
        },
      });
      const li = el('li', { className: 'clock' }, [
        el('div', { className: 'clock-city' }, [
          el('strong', { text: city.name }),
          el('span', { className: 'muted clock-zone', text: city.zone.replace(/_/g, ' ') }),
        ]),
        time,
        el('div', { className: 'clock-meta' }, [day, offset]),
        remove,
      ]);
      li.dataset.zone = city.zone;
      return { city, li, time, day, offset };
    });
    list.replaceChildren(...rows.map((r) => r.li));
    tick();
  };

  const tick = () => {
    const now = new Date();
    for (const r of rows) {
      r.time.textContent = now.toLocaleTimeString(undefined, {
        timeZone: r.city.zone,
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        // hour12: false reads as the h24 cycle in Chromium's en-US ("24:05" past midnight): name h23.
        ...(hour12 ? { hour12: true } : { hourCycle: 'h23' }),
      });
      r.time.setAttribute('datetime', now.toISOString());
      r.day.textContent = now.toLocaleDateString(undefined, {
        timeZone: r.city.zone,
        weekday: 'short',
        day: 'numeric',
        month: 'short',
      });
      r.offset.textContent = offsetFromHere(r.city.zone, now);
    }
  };

  const picker = /** @type {HTMLSelectElement} */ (
    el('select', {}, [
      el('option', { value: '', text: 'Choose a city…' }),
      ...choices.map((c, i) => el('option', { value: String(i), text: c.name })),
    ])
  );
  picker.addEventListener('change', () => {
    const city = choices[Number(picker.value)];
    if (city && !cities.some((c) => c.name === city.name)) {
      cities.push(city);
      draw();
    }
    picker.value = '';
  });

  draw();
  const timer = setInterval(tick, 1000);
  ctx.onCleanup(() => clearInterval(timer));
  return toolRoot(
    'world-clock',
    [list, choices.length ? labelled('Add a city', picker).wrap : null].filter((n) => n !== null),
  );
}
