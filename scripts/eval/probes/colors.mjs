/* global document, getComputedStyle -- page.evaluate callbacks run in the browser */
// {"type": "colors", "background"?: "ivory", "header"?: "navy", "components"?: "forest green"}: the
// colours a person named are the ones painted, within a small tolerance.
import { formatHex, parse } from 'culori';
import { visit } from '../browser.mjs';
import { eachNavPage } from './locate.mjs';

/** Largest per-channel difference (0–255) allowed: rounding and slight tints, not another colour. */
export const CHANNEL_TOLERANCE = 8;

/** A CSS colour from a prompt ("forest green", "#1e3a5f", "rgb(…)") as culori reads it, or null. */
export function parseColour(text) {
  const raw = String(text).trim().toLowerCase();
  return parse(raw) ?? parse(raw.replace(/[\s-]+/g, '')) ?? null;
}

/** True when two colours differ by at most CHANNEL_TOLERANCE on each of red, green and blue. */
export function sameColour(a, b) {
  const x = parseColour(a);
  const y = parseColour(b);
  if (!x || !y) return false;
  const to255 = (c) => ['r', 'g', 'b'].map((k) => Math.round((c[k] ?? 0) * 255));
  const [p, q] = [to255(x), to255(y)];
  return p.every((v, i) => Math.abs(v - q[i]) <= CHANNEL_TOLERANCE);
}

/**
 * The alpha of a computed colour, present only as a fourth component: "rgba(0, 0, 0, 0)" or "rgb(0 0 0 / 0)".
 * "rgb(128, 0, 0)" has none: its last 0 is the blue channel, and maroon is not transparent.
 */
export const ALPHA_COMPONENT =
  /^rgba?\(\s*[\d.]+(?:\s*,\s*|\s+)[\d.]+(?:\s*,\s*|\s+)[\d.]+\s*[,/]\s*([\d.]+)\s*\)$/;

/** True when a computed background colour paints something (not "transparent", not an alpha of 0). */
export function isOpaque(css, alphaComponent = ALPHA_COMPONENT) {
  const alpha = css.match(alphaComponent);
  return css !== 'transparent' && !(alpha && Number(alpha[1]) === 0);
}

/** The painted colours: the page's, the header's, and each visible button's (as seen, through transparency). */
function paintedColours(page) {
  return page.evaluate((alphaSource) => {
    const alphaComponent = new RegExp(alphaSource);
    // isOpaque, restated here because this runs in the page.
    const opaque = (c) => {
      const alpha = c.match(alphaComponent);
      return c !== 'transparent' && !(alpha && Number(alpha[1]) === 0);
    };
    const seen = (el) => {
      for (let node = el; node; node = node.parentElement) {
        const bg = getComputedStyle(node).backgroundColor;
        if (opaque(bg)) return bg;
      }
      return 'rgb(255, 255, 255)';
    };
    const header = document.querySelector('header, [role=banner]');
    const buttons = Array.from(
      document.querySelectorAll(
        'button, input[type=submit], input[type=button], [role=button], a.button, a.btn, a[class*="button"]',
      ),
    ).filter((b) => b.checkVisibility());
    return {
      background: seen(document.body),
      header: header ? seen(header) : null,
      components: buttons.map((b) => seen(b)),
    };
  }, ALPHA_COMPONENT.source);
}

export async function colorsProbe(page, url, probe) {
  await visit(page, url);
  const painted = await paintedColours(page);
  // A home page of links has no button to judge: the first page of the navigation that has one is used.
  if (probe.components && painted.components.length === 0)
    await eachNavPage(page, url, async (p) => {
      painted.components = (await paintedColours(p)).components;
      return painted.components.length > 0;
    });
  const wrong = [];
  for (const part of ['background', 'header', 'components']) {
    if (!probe[part]) continue;
    if (!parseColour(probe[part]))
      return { ok: false, detail: `"${probe[part]}" is not a colour culori knows` };
    const actual = [painted[part]].flat().filter(Boolean);
    if (!actual.some((c) => sameColour(c, probe[part])))
      wrong.push(
        `${part} is ${actual.length ? [...new Set(actual.map((c) => formatHex(parseColour(c))))].join('/') : 'not found'}, not ${probe[part]} (${formatHex(parseColour(probe[part]))})`,
      );
  }
  return wrong.length
    ? { ok: false, detail: wrong.join('; ') }
    : { ok: true, detail: 'the named colours are painted' };
}
