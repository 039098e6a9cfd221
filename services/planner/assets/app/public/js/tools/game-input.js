// @ts-check
// The ways a person moves in a game besides its own buttons: arrow keys and WASD as directions, arrow
// keys between the buttons of a grid, swipes, and on-screen keys for touch.
import { el } from '../dom.js';

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
