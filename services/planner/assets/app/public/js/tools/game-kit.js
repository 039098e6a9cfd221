// @ts-check
// What every game shares: the score bar (score, best, restart, pause), the best score kept in the app's
// own collection, keys heard only while the game has focus, timers stopped when the page changes, and
// the theme's colours for canvas drawing.
import { el } from '../dom.js';
import { useStylesheet } from './stylesheet.js';

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

/** The difficulties a game with `levels` offers, by the option's value and the name a person reads. */
export const LEVELS = /** @type {const} */ ([
  ['easy', 'Easy'],
  ['normal', 'Medium'],
  ['hard', 'Hard'],
]);
/** @typedef {'easy' | 'normal' | 'hard'} Level */

/** The game that last had the focus or a click. @type {HTMLElement | null} */
let lastPlayed = null;

/** What types or presses with keys of its own: a key there is not a move. */
const TAKES_KEYS = 'input, textarea, select, button, a[href], [contenteditable], [role="textbox"]';

/**
 * No game and nothing that takes keys has the focus: the page's body, or its heading (focused on arriving
 * at a page), so a key pressed there goes to the game played last.
 */
function keysAreFree() {
  const focused = document.activeElement;
  if (!focused || focused === document.body) return true;
  return !focused.closest('[data-game]') && !focused.matches(TAKES_KEYS);
}

/** The app's theme colours, read when drawing so a theme change shows at once. @param {Record<string, any>} [options] */
export function themeColors(options) {
  const style = getComputedStyle(document.documentElement);
  const read = (/** @type {string} */ name, /** @type {string} */ fallback) =>
    style.getPropertyValue(name).trim() || fallback;
  return {
    accent: (options && typeof options.color === 'string' && options.color) || read('--accent', '#2563eb'),
    text: read('--text', '#111827'),
    bg: read('--bg', '#ffffff'),
    surface: read('--surface', '#f3f4f6'),
    muted: read('--muted', '#6b7280'),
  };
}

/** A number option within bounds, or the fallback. @param {unknown} value @param {number} fallback @param {number} min @param {number} max */
export function numberOption(value, fallback, min, max) {
  const n = Number(value);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, Math.round(n))) : fallback;
}

/** @param {unknown} value @param {string[]} allowed @param {string} fallback */
export function choiceOption(value, allowed, fallback) {
  const text = String(value || '').toLowerCase();
  return allowed.includes(text) ? text : fallback;
}

/** @template T @param {T[]} list @returns {T[]} */
export function shuffle(list) {
  const copy = list.slice();
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/** A canvas with a fixed drawing size that scales down to fit narrow screens. @param {number} width @param {number} height @param {string} label */
export function gameCanvas(width, height, label) {
  const canvas = /** @type {HTMLCanvasElement} */ (
    el('canvas', { className: 'game-canvas', width, height, role: 'img', 'aria-label': label })
  );
  canvas.style.aspectRatio = width + ' / ' + height;
  return canvas;
}

/** On-screen buttons for touch: each sends the same key a keyboard would. @param {HTMLElement} root @param {[string, string][]} keys label, key */
export function touchPad(root, keys) {
  const arrows = keys.length === 4 && keys.every(([, key]) => key.startsWith('Arrow'));
  return el(
    'div',
    { className: arrows ? 'game-pad is-arrows' : 'game-pad' },
    keys.map(([label, key]) =>
      el('button', {
        type: 'button',
        className: 'secondary',
        text: label,
        'aria-label': label,
        'data-key': key,
        onpointerdown: (/** @type {PointerEvent} */ e) => {
          e.preventDefault();
          root.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
        },
        onclick: (/** @type {MouseEvent} */ e) => {
          // A keyboard "click" (Enter on a focused button) has no pointer down before it.
          if (e.detail === 0) root.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
        },
      }),
    ),
  );
}

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
  const collection = typeof options.scores === 'string' ? options.scores : '';
  const stored = () => Boolean(collection && ctx.store.collection(collection));
  // A shared scores collection tells games apart by its `game` field; a game's own collection has none.
  const field = setup.field || 'score';
  const shared = () => Boolean(ctx.store.collection(collection)?.fields.some((f) => f.name === 'game'));
  const better = (/** @type {number} */ a, /** @type {number} */ b) => (setup.lowerIsBetter ? a < b : a > b);
  /** @type {number | null} */
  let sessionBest = null;
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

  const scoreText = el('span', { className: 'game-score', 'data-score': '0', text: '0' });
  const bestText = el('span', { className: 'game-best', text: '–' });
  const statusText = el('p', { className: 'game-status', 'aria-live': 'polite' });
  const pauseButton = el('button', {
    type: 'button',
    className: 'secondary small game-pause',
    text: 'Pause',
    onclick: () => setPaused(!paused),
  });
  const restartButton = el('button', {
    type: 'button',
    className: 'small game-restart',
    text: 'Restart',
    onclick: () => restart(),
  });
  // A picker, not buttons: choosing a difficulty starts a new game, it is not a move in this one.
  const levelPicker = setup.levels
    ? el('label', { className: 'game-level' }, [
        'Difficulty ',
        el(
          'select',
          {
            onchange: (/** @type {Event} */ e) => {
              level = /** @type {Level} */ (/** @type {HTMLSelectElement} */ (e.target).value);
              restart();
            },
          },
          LEVELS.map(([value, name]) => {
            const option = el('option', { value, text: name });
            if (value === level) option.setAttribute('selected', '');
            return option;
          }),
        ),
      ])
    : null;
  // Level, lives, whose turn: what a game shows beside its score, in words (see `stat`).
  const stats = el('span', { className: 'game-stats' });
  const bar = el('div', { className: 'game-bar' }, [
    el('span', {}, [(setup.scoreLabel || 'Score') + ' ', scoreText]),
    setup.keepsBest === false ? null : el('span', {}, ['Best ', bestText]),
    stats,
    levelPicker,
    el('span', { className: 'game-buttons' }, [setup.pausable ? pauseButton : null, restartButton]),
  ]);
  const board = el('div', { className: 'game-board' });
  const root = el('div', { className: 'game game-' + setup.id, tabindex: '0', 'data-game': setup.id }, [
    bar,
    board,
    statusText,
  ]);

  function storedBest() {
    if (!stored()) return null;
    const scores = ctx.store
      .list(collection)
      .filter((r) => (!shared() || r.game === setup.id) && typeof r[field] === 'number')
      .map((r) => /** @type {number} */ (r[field]));
    if (scores.length === 0) return null;
    return setup.lowerIsBetter ? Math.min(...scores) : Math.max(...scores);
  }

  function best() {
    const kept = storedBest();
    if (kept === null) return sessionBest;
    if (sessionBest === null) return kept;
    return better(sessionBest, kept) ? sessionBest : kept;
  }

  function showBest() {
    const value = best();
    bestText.textContent = value === null ? '–' : String(value) + (setup.unit ? ' ' + setup.unit : '');
    bestText.setAttribute('data-best', value === null ? '' : String(value));
  }

  /** @param {number} value */
  function setScore(value) {
    score = value;
    scoreText.textContent = String(value) + (setup.unit ? ' ' + setup.unit : '');
    scoreText.setAttribute('data-score', String(value));
  }

  /**
   * A named value shown in the bar ("Level 2", "Lives 3", "Turn Red"); returns its setter.
   * @param {string} label @param {string | number} value
   */
  function stat(label, value) {
    const shown = el('span', {
      className: 'game-stat',
      'data-stat': label.toLowerCase(),
      text: String(value),
    });
    stats.append(el('span', {}, [label + ' ', shown]));
    return (/** @type {string | number} */ next) => {
      shown.textContent = String(next);
    };
  }

  /** @param {string} text */
  function setStatus(text) {
    statusText.textContent = text;
  }

  /** @param {boolean} value */
  function setPaused(value) {
    if (!setup.pausable) return;
    paused = value;
    pauseButton.textContent = paused ? 'Resume' : 'Pause';
    root.classList.toggle('is-paused', paused);
    pauseHandler(paused);
  }

  function restart() {
    paused = false;
    pauseButton.textContent = 'Pause';
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
    if (sessionBest === null || better(value, sessionBest)) sessionBest = value;
    showBest();
    if (!stored()) return Promise.resolve();
    /** @type {Record<string, unknown>} */
    const record = Object.assign(
      { [field]: value, date: new Date().toISOString().slice(0, 10) },
      extra || {},
    );
    if (shared()) record.game = setup.id;
    return ctx.store.save(collection, null, record).then(showBest, (error) => {
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
    if (keyHandler) keyHandler(e);
  }
  root.addEventListener('keydown', handleKey);
  // A game that redraws its buttons drops the focus with them (to the page's body): keys then still go to
  // the game played last, and to no other.
  const markPlayed = () => (lastPlayed = root);
  root.addEventListener('focusin', markPlayed);
  root.addEventListener('pointerdown', markPlayed);
  /** @param {KeyboardEvent} e */
  const stray = (e) => {
    // Before anything was played, typing on a page plays its first game, as a person expects.
    if (!lastPlayed || !lastPlayed.isConnected) lastPlayed = root;
    if (keysAreFree() && lastPlayed === root && root.isConnected) handleKey(e);
  };
  document.addEventListener('keydown', stray);
  ctx.onCleanup(() => document.removeEventListener('keydown', stray));
  // Clicking the game gives it the keyboard, so arrow keys play instead of scrolling the page.
  board.addEventListener('pointerdown', () => {
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
    stat,
    /** The difficulty chosen in the picker (or the prompt's, until a person picks another). */
    get level() {
      return level;
    },
    /** The difficulty as a person reads it: "Easy", "Medium", "Hard". */
    get levelName() {
      return (LEVELS.find(([value]) => value === level) || LEVELS[1])[1];
    },
    finish,
    best,
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

/** Arrow keys and WASD as directions. @param {string} key @returns {'up' | 'down' | 'left' | 'right' | null} */
export function direction(key) {
  const map = /** @type {Record<string, 'up' | 'down' | 'left' | 'right'>} */ ({
    ArrowUp: 'up',
    ArrowDown: 'down',
    ArrowLeft: 'left',
    ArrowRight: 'right',
    w: 'up',
    s: 'down',
    a: 'left',
    d: 'right',
    W: 'up',
    S: 'down',
    A: 'left',
    D: 'right',
  });
  return map[key] || null;
}

/**
 * Arrow keys move focus between the buttons of a grid (Enter or Space then presses one).
 * @param {HTMLElement} grid @param {number | (() => number)} columns a function where the grid can resize
 */
export function arrowFocus(grid, columns) {
  grid.addEventListener('keydown', (e) => {
    const dir = e.key.startsWith('Arrow') ? direction(e.key) : null;
    if (!dir) return;
    const cells = /** @type {HTMLElement[]} */ ([...grid.querySelectorAll('button')]);
    const index = cells.indexOf(/** @type {HTMLElement} */ (document.activeElement));
    const width = typeof columns === 'function' ? columns() : columns;
    const step = { up: -width, down: width, left: -1, right: 1 }[dir];
    const next = cells[index === -1 ? 0 : index + step];
    if (next) {
      next.focus();
      e.preventDefault();
      e.stopPropagation();
    }
  });
}

/** Swipes on a touch screen as directions. @param {HTMLElement} node @param {(dir: 'up' | 'down' | 'left' | 'right') => void} fn */
export function onSwipe(node, fn) {
  /** @type {{ x: number, y: number } | null} */
  let start = null;
  node.addEventListener('pointerdown', (e) => (start = { x: e.clientX, y: e.clientY }));
  node.addEventListener('pointerup', (e) => {
    if (!start) return;
    const dx = e.clientX - start.x;
    const dy = e.clientY - start.y;
    start = null;
    if (Math.max(Math.abs(dx), Math.abs(dy)) < 24) return;
    fn(Math.abs(dx) > Math.abs(dy) ? (dx > 0 ? 'right' : 'left') : dy > 0 ? 'down' : 'up');
  });
}
