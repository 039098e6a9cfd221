// @ts-check
// What every game shares, put together: the bar (game-bar.js), the best kept in the app's own collection
// (game-best.js), keys heard only by the game they belong to (game-keys.js), pause and restart, timers
// stopped when the page changes, and the sides of a game for two (game-sides.js). The helpers games use
// for options, drawing and input are exported from here too, so a game imports from one place.
import { el } from '../dom.js';
import { useStylesheet } from './stylesheet.js';
import { createBar } from './game-bar.js';
import { keepBest } from './game-best.js';
import { routeKeys } from './game-keys.js';
import { choiceOption, LEVELS, levelName } from './game-options.js';
import { sideNames } from './game-sides.js';

export { LEVELS, choiceOption, levelName, numberOption, shuffle } from './game-options.js';
export { gameCanvas, themeColors } from './game-canvas.js';
export { arrowFocus, direction, onSwipe, touchPad } from './game-input.js';
export { gameClock } from './game-clock.js';

/**
 * @typedef {{
 *   id: string,
 *   lowerIsBetter?: boolean,
 *   pausable?: boolean,
 *   scoreLabel?: string,
 *   unit?: string,
 *   field?: string,
 *   keepsBest?: boolean,
 *   levels?: boolean,
 * }} GameSetup
 */
/** @typedef {import('./game-options.js').Level} Level */

/**
 * The frame of a game: `root` (focusable; keys reach `onKey` only while focus is inside it), `board` for the
 * game itself, the score bar, and the best result kept in the collection named by `section.options.scores`.
 * @param {any} section
 * @param {import('../sections/section-context.js').SectionContext} ctx
 * @param {GameSetup} setup
 */
export function createGame(section, ctx, setup) {
  useStylesheet('/css/games.css');
  const options = section.options || {};
  const kept = keepBest(ctx, options, setup);
  let score = 0;
  let paused = false;
  /** @type {() => void} */
  let restartHandler = () => {};
  /** @type {(paused: boolean) => void} */
  let pauseHandler = () => {};
  /** @type {((e: KeyboardEvent) => void) | null} */
  let keyHandler = null;
  let level = /** @type {Level} */ (
    choiceOption(
      options.difficulty,
      LEVELS.map(([value]) => value),
      'normal',
    )
  );
  const bar = createBar(setup, options, {
    level,
    onLevel: (chosen) => {
      level = /** @type {Level} */ (chosen);
      restart();
    },
    onPause: () => setPaused(!paused),
    onRestart: () => restart(),
  });
  const statusText = el('p', { className: 'game-status', 'aria-live': 'polite' });
  const board = el('div', { className: 'game-board' });
  const root = el('div', { className: 'game game-' + setup.id, tabindex: '0', 'data-game': setup.id }, [
    bar.bar,
    board,
    statusText,
  ]);
  const showBest = () => bar.showBest(kept.best());

  /** @param {number} value */
  function setScore(value) {
    score = value;
    bar.setScore(value);
  }

  /** @param {string} text */
  function setStatus(text) {
    statusText.textContent = text;
  }

  /** @param {boolean} value */
  function setPaused(value) {
    if (!setup.pausable) return;
    paused = value;
    bar.showPaused(paused);
    root.classList.toggle('is-paused', paused);
    pauseHandler(paused);
  }

  function restart() {
    paused = false;
    bar.showPaused(false);
    root.classList.remove('is-paused');
    setScore(0);
    setStatus('');
    restartHandler();
    root.focus({ preventScroll: true });
  }

  /**
   * A finished round: kept as a record of the scores collection (every result, so a person can see them),
   * and the best shown at once. @param {number} value @param {Record<string, unknown>} [extra]
   */
  function finish(value, extra) {
    const saved = kept.keep(value, extra);
    showBest();
    return saved.then(showBest, (error) => {
      setStatus('The score could not be saved: ' + (error && error.message ? error.message : 'try again'));
    });
  }

  /** @param {KeyboardEvent} e */
  function handleKey(e) {
    const target = /** @type {HTMLElement} */ (e.target);
    const typing = target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA');
    if (!typing && setup.pausable && (e.key === 'p' || e.key === 'P' || e.key === 'Escape')) {
      setPaused(!paused);
      e.preventDefault();
      return;
    }
    // Enter or Space on a focused button presses that button, not the game.
    if (target && target.tagName === 'BUTTON' && (e.key === 'Enter' || e.key === ' ')) return;
    if (keyHandler) {
      bar.offerPause();
      keyHandler(e);
    }
  }
  routeKeys(root, handleKey, ctx);
  // Clicking the game gives it the keyboard, so arrow keys play instead of scrolling the page.
  board.addEventListener('pointerdown', () => {
    bar.offerPause();
    if (!root.contains(document.activeElement)) root.focus({ preventScroll: true });
  });
  ctx.onCleanup(ctx.store.subscribe(showBest));
  showBest();

  return {
    root,
    board,
    options,
    setScore,
    setStatus,
    stat: bar.stat,
    /**
     * The two sides of a game for two as a person reads them ("Sam (White)", "Blue", "White"), shown in the
     * bar from the start so both are named before the first move.
     * @param {[string, string]} own @param {{ colored?: boolean }} [how]
     */
    sides(own, how) {
      const sides = sideNames(options, own, how);
      bar.stat('Players', sides.map((s) => s.name).join(' vs '));
      return sides;
    },
    /** The difficulty chosen in the picker (or the prompt's, until a person picks another). */
    get level() {
      return level;
    },
    /** The difficulty as a person reads it: "Easy", "Medium", "Hard", or the prompt's words for them. */
    get levelName() {
      return levelName(options, level);
    },
    finish,
    best: kept.best,
    restart,
    get score() {
      return score;
    },
    get paused() {
      return paused;
    },
    setPaused,
    /** @param {() => void} fn */
    onRestart(fn) {
      restartHandler = fn;
    },
    /** @param {(paused: boolean) => void} fn */
    onPause(fn) {
      pauseHandler = fn;
    },
    /** @param {(e: KeyboardEvent) => void} fn */
    onKey(fn) {
      keyHandler = fn;
    },
    /** setInterval that stops with the page. @param {() => void} fn @param {number} ms */
    every(fn, ms) {
      const timer = setInterval(fn, ms);
      ctx.onCleanup(() => clearInterval(timer));
      return () => clearInterval(timer);
    },
    /** setTimeout that stops with the page. @param {() => void} fn @param {number} ms */
    later(fn, ms) {
      const timer = setTimeout(fn, ms);
      ctx.onCleanup(() => clearTimeout(timer));
      return () => clearTimeout(timer);
    },
    /** An animation loop (seconds since the last frame, at most 1/20 s) that skips while paused. @param {(dt: number) => void} step */
    frames(step) {
      let last = performance.now();
      let handle = requestAnimationFrame(function tick(now) {
        const dt = Math.min(0.05, (now - last) / 1000);
        last = now;
        if (!paused) step(dt);
        handle = requestAnimationFrame(tick);
      });
      ctx.onCleanup(() => cancelAnimationFrame(handle));
    },
  };
}

/** @typedef {ReturnType<typeof createGame>} Game */
