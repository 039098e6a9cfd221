/* global document, innerWidth -- page.evaluate callbacks run in the browser */
// Always on: the first page fits a 360 px phone without scrolling sideways.
import { visit } from '../browser.mjs';

export const PHONE = { width: 360, height: 740 };

export async function narrowProbe(page, url) {
  const wide = page.viewportSize();
  await page.setViewportSize(PHONE);
  try {
    await visit(page, url);
    const { scrollWidth, width } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      width: innerWidth,
    }));
    return scrollWidth <= width + 1
      ? { ok: true, detail: `fits ${PHONE.width} px` }
      : { ok: false, detail: `${scrollWidth} px wide at ${PHONE.width} px: scrolls sideways` };
  } finally {
    if (wide) await page.setViewportSize(wide);
  }
}
