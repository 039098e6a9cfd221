// @ts-check
// The bar over a game: its score, its best (in the prompt's word for it: "Best", "High score"), what else
// it shows in words (level, lives, whose turn), the difficulty picker, and Restart and Pause.
import { el } from '../dom.js';
import { LEVELS, levelName } from './game-options.js';

/**
 * @param {{ scoreLabel?: string, unit?: string, keepsBest?: boolean, levels?: boolean, pausable?: boolean }} setup
 * @param {Record<string, any>} options
 * @param {{ level: string, onLevel: (level: string) => void, onPause: () => void, onRestart: () => void }} on
 */
export function createBar(setup, options, on) {
  const unit = setup.unit ? ' ' + setup.unit : '';
  const scoreText = el('span', { className: 'game-score', 'data-score': '0', text: '0' });
  const bestText = el('span', { className: 'game-best', text: '–' });
  const bestLabel = typeof options.bestLabel === 'string' && options.bestLabel ? options.bestLabel : 'Best';
  // Hidden until the game is played: before that, Pause is no move and would be the first button to press.
  const pauseButton = el('button', {
    type: 'button',
    className: 'secondary small game-pause',
    text: 'Pause',
    hidden: true,
    onclick: on.onPause,
  });
  const restartButton = el('button', {
    type: 'button',
    className: 'small game-restart',
    text: 'Restart',
    onclick: on.onRestart,
  });
  // A picker, not buttons: choosing a difficulty starts a new game, it is not a move in this one.
  const levelPicker = setup.levels
    ? el('label', { className: 'game-level' }, [
        'Difficulty ',
        el(
          'select',
          {
            onchange: (/** @type {Event} */ e) =>
              on.onLevel(/** @type {HTMLSelectElement} */ (e.target).value),
          },
          LEVELS.map(([value]) => {
            const option = el('option', { value, text: levelName(options, value) });
            if (value === on.level) option.setAttribute('selected', '');
            return option;
          }),
        ),
      ])
    : null;
  const stats = el('span', { className: 'game-stats' });
  const bar = el('div', { className: 'game-bar' }, [
    el('span', {}, [(setup.scoreLabel || 'Score') + ' ', scoreText]),
    setup.keepsBest === false ? null : el('span', {}, [bestLabel + ' ', bestText]),
    stats,
    levelPicker,
    el('span', { className: 'game-buttons' }, [restartButton, setup.pausable ? pauseButton : null]),
  ]);

  return {
    bar,
    /** @param {number} value */
    setScore(value) {
      scoreText.textContent = String(value) + unit;
      scoreText.setAttribute('data-score', String(value));
    },
    /** @param {number | null} value */
    showBest(value) {
      bestText.textContent = value === null ? '–' : String(value) + unit;
      bestText.setAttribute('data-best', value === null ? '' : String(value));
    },
    /**
     * A named value shown in the bar ("Level 2", "Lives 3", "Turn Red"); returns its setter.
     * @param {string} label @param {string | number} value
     */
    stat(label, value) {
      const shown = el('span', {
        className: 'game-stat',
        'data-stat': label.toLowerCase(),
        text: String(value),
      });
      stats.append(el('span', {}, [label + ' ', shown]));
      return (/** @type {string | number} */ next) => {
        shown.textContent = String(next);
      };
    },
    /** @param {boolean} paused */
    showPaused(paused) {
      pauseButton.textContent = paused ? 'Resume' : 'Pause';
    },
    /** The game is being played: Pause is offered. */
    offerPause() {
      pauseButton.hidden = false;
    },
  };
}
