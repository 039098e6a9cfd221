import type { AppSpecV1 } from '@isekai/contracts';
import type { BlueprintOutput } from '../shared/blueprint.types.js';
import { escapeHtml } from '../shared/html.js';

const FOOD_MENU: [string, string, string][] = [
  ['Espresso', 'Rich, short and strong.', '2.50'],
  ['Cappuccino', 'Espresso with steamed milk and foam.', '3.40'],
  ['Flat white', 'Velvety microfoam over a double shot.', '3.60'],
  ['Fresh croissant', 'Baked every morning.', '2.80'],
  ['Seasonal cake', 'Ask us what is in the oven today.', '4.20'],
];
const SERVICE_MENU: [string, string, string][] = [
  ['Consultation', 'A first conversation about what you need.', 'Free'],
  ['Standard service', 'Our most popular option.', 'from 49'],
  ['Premium service', 'Everything, with priority.', 'from 99'],
];
const HOURS: [string, string][] = [
  ['Monday – Friday', '7:00 – 18:00'],
  ['Saturday', '8:00 – 17:00'],
  ['Sunday', '9:00 – 15:00'],
];

/** A one-page site with menu, opening hours and contact; static, so the server only serves files. */
export function renderLandingPage(spec: AppSpecV1): BlueprintOutput {
  const name = escapeHtml(spec.title);
  const food = spec.options.food !== false;
  const menu = (food ? FOOD_MENU : SERVICE_MENU)
    .map(
      ([item, text, price]) =>
        `<li><div><strong>${escapeHtml(item)}</strong><p class="muted">${escapeHtml(text)}</p></div><span class="price">${escapeHtml(price)}</span></li>`,
    )
    .join('');
  const hours = HOURS.map(([days, time]) => `<tr><th scope="row">${days}</th><td>${time}</td></tr>`).join('');
  return {
    main: `<section class="card hero" aria-labelledby="welcome">
<h2 id="welcome">Welcome to ${name}</h2>
<p>${food ? 'Good coffee, fresh bakes and a warm seat by the window.' : 'Friendly, reliable service from people who care.'}</p>
<div class="actions"><a class="button" href="#menu-title">See the menu</a><a class="button secondary" href="#hours-title">Opening hours</a></div>
</section>
<section class="card" aria-labelledby="menu-title">
<h2 id="menu-title">Menu</h2>
<ul class="plain menu">${menu}</ul>
</section>
<section class="card" aria-labelledby="hours-title">
<h2 id="hours-title">Opening hours</h2>
<table class="hours"><tbody>${hours}</tbody></table>
<p id="open-now" class="muted" aria-live="polite"></p>
</section>
<section class="card" aria-labelledby="contact-title">
<h2 id="contact-title">Find us</h2>
<p>12 Market Street · hello@example.com · 555-0100</p>
</section>
<footer class="muted center">© ${name}</footer>`,
    script: String.raw`
const now = new Date(); const day = now.getDay(); const hour = now.getHours() + now.getMinutes() / 60;
const open = day === 0 ? [9, 15] : day === 6 ? [8, 17] : [7, 18];
$('#open-now').textContent = hour >= open[0] && hour < open[1] ? 'We are open now.' : 'We are closed right now.';
`,
    css: '.hero { text-align: center; padding: 2rem 1rem; } .hero h2 { font-size: 1.8rem; } .menu li { display: flex; justify-content: space-between; gap: 1rem; border-bottom: 1px solid var(--border); padding-bottom: .5rem; } .menu p { margin: 0; } .price { font-weight: 700; white-space: nowrap; } a.button { text-decoration: none; }',
  };
}
