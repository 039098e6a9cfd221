// @ts-check
// A puzzle's clock in words ("Time 1:05"): it starts with the first move and stops when the round ends.

/** @param {number} seconds */
const clockText = (seconds) => Math.floor(seconds / 60) + ':' + String(seconds % 60).padStart(2, '0');

/** @param {import('./game-kit.js').Game} game */
export function gameClock(game) {
  const show = game.stat('Time', clockText(0));
  let startedAt = 0;
  /** @type {(() => void) | null} */
  let stopTicking = null;
  const seconds = () => (startedAt ? Math.floor((performance.now() - startedAt) / 1000) : 0);
  const halt = () => {
    if (stopTicking) stopTicking();
    stopTicking = null;
  };
  return {
    /** The first move starts the clock; later ones leave it running. */
    start() {
      if (startedAt) return;
      startedAt = performance.now();
      stopTicking = game.every(() => show(clockText(seconds())), 250);
    },
    /** The round is over: the time it took, in seconds, stays shown. */
    stop() {
      halt();
      show(clockText(seconds()));
      return seconds();
    },
    reset() {
      halt();
      startedAt = 0;
      show(clockText(0));
    },
  };
}
