// @ts-check
// What the live tools (chat, poll) share: the store refreshed every few seconds while the section shows,
// so what other people send appears without a reload, and errors said in one place.
import { statusArea } from '../dom.js';
import { useStylesheet } from './stylesheet.js';

/**
 * @param {import('../sections/section-context.js').SectionContext} ctx
 * @param {() => void} draw called now and whenever the records change
 * @param {number} everyMs
 */
export function liveRecords(ctx, draw, everyMs) {
  useStylesheet('/css/live.css');
  const errors = statusArea();
  const refresh = () =>
    ctx.store.refresh().then(
      () => errors.say(''),
      (/** @type {unknown} */ e) => errors.say(e instanceof Error ? e.message : String(e), true),
    );
  ctx.onCleanup(ctx.store.subscribe(draw));
  const timer = setInterval(refresh, everyMs);
  ctx.onCleanup(() => clearInterval(timer));
  draw();
  return {
    errors,
    /** Runs a change, then shows what the server has; a refusal is said instead. @param {() => Promise<unknown>} change */
    async act(change) {
      try {
        await change();
        errors.say('');
        return true;
      } catch (e) {
        errors.say(e instanceof Error ? e.message : String(e), true);
        return false;
      }
    },
  };
}
