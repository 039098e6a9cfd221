// @ts-check
// Which game hears a key: the one that has the focus, or, while nothing that takes keys has it, the game
// played last (the first on the page until one is played), so typing on a page plays its game.

/** The game that last had the focus or a click. @type {HTMLElement | null} */
let lastPlayed = null;

/** What types or presses with keys of its own: a key there is not a move. */
export const TAKES_KEYS = 'input, textarea, select, button, a[href], [contenteditable], [role="textbox"]';

/**
 * No game and nothing that takes keys has the focus: the page's body, or its heading (focused on arriving
 * at a page), so a key pressed there goes to the game played last.
 */
function keysAreFree() {
  const focused = document.activeElement;
  if (!focused || focused === document.body) return true;
  return !focused.closest('[data-game]') && !focused.matches(TAKES_KEYS);
}

/**
 * Sends to `onKey` the keys pressed inside `root` and the stray keys of the page that belong to it.
 * @param {HTMLElement} root @param {(e: KeyboardEvent) => void} onKey
 * @param {import('../sections/section-context.js').SectionContext} ctx
 */
export function routeKeys(root, onKey, ctx) {
  root.addEventListener('keydown', onKey);
  // A game that redraws its buttons drops the focus with them (to the page's body): keys then still go to
  // the game played last, and to no other.
  const markPlayed = () => (lastPlayed = root);
  root.addEventListener('focusin', markPlayed);
  root.addEventListener('pointerdown', markPlayed);
  /** @param {KeyboardEvent} e */
  const stray = (e) => {
    if (!lastPlayed || !lastPlayed.isConnected) lastPlayed = root;
    if (keysAreFree() && lastPlayed === root && root.isConnected) onKey(e);
  };
  document.addEventListener('keydown', stray);
  ctx.onCleanup(() => document.removeEventListener('keydown', stray));
}
