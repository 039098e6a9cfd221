// {"type": "nav", "pages": ["Pricing", "About", "Contact"]}: each page is one click away in the
// navigation and shows its title; the navigation (or the title) leads back home.
import { visit } from '../browser.mjs';
import { headingInView, navLink, settle } from './locate.mjs';

/** The home page's first visible heading: what a person sees come back on returning home. */
function homeHeading(page) {
  return page
    .locator('h1:visible, h2:visible')
    .first()
    .innerText()
    .catch(() => null);
}

async function goHome(page) {
  const home = page.locator('nav a:visible, nav button:visible').filter({ hasText: /^\s*home\s*$/i });
  const title = page.locator('header a:visible, [role=banner] a:visible').first();
  const first = page.locator('nav a:visible, nav button:visible').first();
  for (const link of [home, title, first]) {
    if ((await link.count()) > 0) {
      await link.first().click();
      await settle(page);
      return true;
    }
  }
  return false;
}

export async function navProbe(page, url, probe) {
  await visit(page, url);
  const heading = (await homeHeading(page))?.trim();
  if (!heading) return { ok: false, detail: 'the home page has no h1 or h2 heading' };
  for (const name of probe.pages) {
    const link = await navLink(page, name);
    if (!link) return { ok: false, detail: `no navigation link for ${name}` };
    await link.click();
    await settle(page);
    if (!(await headingInView(page, name)))
      return { ok: false, detail: `after clicking ${name} no heading naming it is in view` };
  }
  if (!(await goHome(page))) return { ok: false, detail: 'no link back to the home page' };
  if (!(await headingInView(page, heading)))
    return { ok: false, detail: `back home, its heading "${heading.slice(0, 40)}" is not in view` };
  return { ok: true, detail: `reached ${probe.pages.join(', ')} and came back home` };
}
