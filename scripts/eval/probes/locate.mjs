/* global document, window, innerHeight -- page.evaluate callbacks run in the browser */
// Finding what a person looks for: a page in the navigation, the form that adds a thing, a heading in
// view. By visible text and role only, so any app that follows the conventions in prompts/README.md
// can be judged, whoever wrote it.
import { randomBytes } from 'node:crypto';
import { visit } from '../browser.mjs';
import { wordForms } from '../words.mjs';

export const SETTLE_MS = 5000;

export const newMarker = (prefix = 'Eval') => `${prefix}${randomBytes(3).toString('hex')}`;

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A word in singular or plural, as a whole word; "order line" also matches "Order-lines". */
export function wordPattern(word) {
  const forms = wordForms(word).map((f) => escape(f).replace(/\s+/g, '[\\s-]*'));
  return new RegExp(`(^|[^a-z])(${forms.join('|')})($|[^a-z])`, 'i');
}

/** Lets the page answer a click: its requests settle, then a short pause for rendering. */
export async function settle(page) {
  await page.waitForLoadState('networkidle', { timeout: SETTLE_MS }).catch(() => undefined);
  await page.waitForTimeout(200);
}

/** Text a person reads, plus values the app wrote into fields the probe did not fill itself. */
export function readAnswer(page) {
  return page.evaluate(() => {
    const fields = Array.from(document.querySelectorAll('input, textarea, output, select')).filter(
      (f) => !f.hasAttribute('data-eval-filled'),
    );
    return `${document.body.innerText}\n${fields.map((f) => f.value).join('\n')}`;
  });
}

/** Polls the page until `test` holds on what it reads, for at most SETTLE_MS. */
export async function waitForText(page, test, read = (p) => p.evaluate(() => document.body.innerText)) {
  const deadline = Date.now() + SETTLE_MS;
  for (;;) {
    const text = await read(page);
    if (test(text) || Date.now() >= deadline) return { ok: test(text), text };
    await page.waitForTimeout(100);
  }
}

/** The navigation link (or tab button) whose text names the word; null when there is none. */
export async function navLink(page, word) {
  const links = page
    .locator('nav a:visible, nav button:visible, [role=navigation] a:visible, [role=tab]:visible')
    .filter({ hasText: wordPattern(word) });
  return (await links.count()) > 0 ? links.first() : null;
}

const NAV_LINKS = 'nav a:visible, [role=navigation] a:visible';
/** Pages beyond this many in the navigation are not visited: a run's time stays bounded. */
export const MAX_NAV_PAGES = 8;

/**
 * Calls `visitPage(page)` on the home page and then on each page its navigation links to, in order,
 * so what an app shows across its pages can be read. Leaves the browser on the last page.
 */
export async function eachNavPage(page, url, visitPage) {
  await visit(page, url);
  await visitPage(page);
  const count = Math.min(await page.locator(NAV_LINKS).count(), MAX_NAV_PAGES);
  for (let i = 0; i < count; i++) {
    const link = page.locator(NAV_LINKS).nth(i);
    if ((await link.count()) === 0) break;
    // Links that leave the app (another origin, a download) are not its pages.
    const href = (await link.getAttribute('href')) ?? '';
    if (/^(https?:)?\/\//i.test(href) && !href.startsWith(new URL(url).origin)) continue;
    await link.click();
    await settle(page);
    if (await visitPage(page)) return;
  }
}

/** Opens the app at its home and, when the navigation has a page for the word, that page. */
export async function openPageFor(page, url, word) {
  await visit(page, url);
  const link = await navLink(page, word);
  if (link) {
    await link.click();
    await settle(page);
  }
}

/** What names a form: its aria-label, legend, headings, submit text and the heading just before it. */
function formTitle(form) {
  return form.evaluate((f) => {
    const parts = [f.getAttribute('aria-label') ?? ''];
    const labelledBy = f.getAttribute('aria-labelledby');
    if (labelledBy) parts.push(document.getElementById(labelledBy)?.innerText ?? '');
    for (const el of f.querySelectorAll('legend, h1, h2, h3, h4, button, input[type=submit]'))
      parts.push(el.innerText || el.value || '');
    // The nearest heading above the form, climbing a few levels (a card's or a dialog's title).
    let node = f;
    for (let depth = 0; node && depth < 4; depth++, node = node.parentElement) {
      let sibling = node.previousElementSibling;
      while (sibling && !/^H[1-4]$/.test(sibling.tagName) && !sibling.querySelector('h1, h2, h3, h4'))
        sibling = sibling.previousElementSibling;
      if (sibling) {
        const heading = /^H[1-4]$/.test(sibling.tagName)
          ? sibling
          : Array.from(sibling.querySelectorAll('h1, h2, h3, h4')).at(-1);
        parts.push(heading.innerText);
        break;
      }
    }
    return parts.join(' \n ');
  });
}

async function visibleForms(page) {
  const forms = page.locator('form');
  const found = [];
  for (let i = 0; i < (await forms.count()); i++)
    if (await forms.nth(i).isVisible()) found.push(forms.nth(i));
  return found;
}

/**
 * The visible form that adds the word's records (or is the word's form: "sign up"), on the current page.
 * When none shows, an "Add …"/"New …" button that names the word is pressed first (forms in dialogs).
 * With `loose`, the only form on the page is taken even if nothing names it.
 */
export async function findForm(page, word, { loose = true } = {}) {
  const pattern = wordPattern(word);
  // "sign up" also names a "Sign-up" or "Signup" form.
  const squashed = word.toLowerCase().replace(/[^a-z]/g, '');
  const names = (title) =>
    pattern.test(title) ||
    title
      .toLowerCase()
      .replace(/[^a-z]/g, '')
      .includes(squashed);
  for (let attempt = 0; attempt < 2; attempt++) {
    const forms = await visibleForms(page);
    for (const form of forms) if (names(await formTitle(form))) return form;
    if (loose && forms.length === 1) return forms[0];
    if (attempt === 0) {
      const opener = page
        .locator('button:visible, a:visible, [role=button]:visible')
        .filter({ hasText: /^\s*(\+|add|new|create|sign|book|register|rsvp|join)/i })
        .filter({ hasText: pattern });
      if ((await opener.count()) === 0) break;
      await opener.first().click();
      await settle(page);
    }
  }
  return null;
}

/** True when a visible heading (h1–h4) containing the word is inside the viewport. */
export async function headingInView(page, word) {
  const headings = page.locator('h1, h2, h3, h4').filter({ hasText: wordPattern(word) });
  for (let i = 0; i < (await headings.count()); i++) {
    const inView = await headings.nth(i).evaluate((h) => {
      const box = h.getBoundingClientRect();
      return h.checkVisibility() && box.height > 0 && box.bottom > 0 && box.top < innerHeight;
    });
    if (inView) return true;
  }
  return false;
}

/** True when a visible heading (h1–h4) names the word, wherever it is on the page. */
export async function hasHeading(page, word) {
  return (
    (await page
      .locator('h1:visible, h2:visible, h3:visible, h4:visible')
      .filter({ hasText: wordPattern(word) })
      .count()) > 0
  );
}

/** Text of the smallest list item, row or card that holds the text, or null. */
export function containerText(page, text) {
  return page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, window.NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent.includes(wanted)) continue;
      const holder = node.parentElement.closest(
        'tr, li, article, [role=row], [role=listitem], dl, .card, section, dialog',
      );
      if (holder && holder.checkVisibility()) return holder.innerText;
    }
    return null;
  }, text);
}
