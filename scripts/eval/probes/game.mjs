/* global document -- page.evaluate callbacks run in the browser */
// {"type": "game", "keys"?: ["ArrowLeft"], "click"?: "canvas" | "<button text>"}: after the game is
// started, a move (keys, a click, or the plain game probe's button) changes the board, score or canvas.
import { visit } from '../browser.mjs';
import { gameProbe } from '../probes.mjs';
import { settle, waitForText } from './locate.mjs';

/** Text and every canvas's pixels, so a drawn board counts as much as a written one. */
const boardState = (page) =>
  page.evaluate(() => {
    const canvases = Array.from(document.querySelectorAll('canvas')).map((c) => {
      try {
        return c.toDataURL();
      } catch {
        return '';
      }
    });
    return `${document.body.innerText}\n${canvases.join('\n')}`;
  });

export async function declaredGameProbe(page, url, probe) {
  await visit(page, url);
  if (!probe.keys && !probe.click) return gameProbe(page);
  const start = page.getByRole('button', { name: /^\s*(start|play|new game)/i }).first();
  if ((await start.count()) > 0) {
    await start.click();
    await settle(page);
  }
  const before = await boardState(page);
  if (probe.click === 'canvas') {
    const canvas = page.locator('canvas:visible').first();
    if ((await canvas.count()) === 0) return { ok: false, detail: 'no canvas to click' };
    await canvas.click();
  } else if (probe.click) {
    const target = page.getByRole('button', { name: new RegExp(probe.click, 'i') }).first();
    if ((await target.count()) === 0) return { ok: false, detail: `no "${probe.click}" button` };
    await target.click();
  }
  await page
    .locator('body')
    .focus()
    .catch(() => undefined);
  for (const key of probe.keys ?? []) {
    await page.keyboard.press(key);
    await page.waitForTimeout(120);
  }
  const moved = await waitForText(page, (t) => t !== before, boardState);
  return moved.ok
    ? { ok: true, detail: 'the game answered the move' }
    : { ok: false, detail: 'the move changed nothing' };
}
