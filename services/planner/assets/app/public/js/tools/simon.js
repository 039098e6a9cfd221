// @ts-check
// Simon: watch the pads light up, then repeat the sequence; each round adds one. Score = longest sequence.
import { createGame } from './game-kit.js';
import { el } from '../dom.js';

const PADS = ['#2e9e44', '#d62828', '#e9b10b', '#1f6fd1'];
const FLASH_MS = { easy: 650, normal: 450, hard: 300 };

/** @param {any} section @param {import('../sections/section-context.js').SectionContext} ctx */
export function render(section, ctx) {
  const game = createGame(section, ctx, { id: 'simon', levels: true });
  const flash = () => FLASH_MS[game.level];
  const grid = el('div', { className: 'game-grid simon-pads', role: 'group', 'aria-label': 'Simon pads' });
  grid.style.gridTemplateColumns = 'repeat(2, 1fr)';
  grid.style.maxWidth = '280px';
  const pads = PADS.map((color, i) => {
    const pad = el('button', {
      type: 'button',
      className: 'simon-pad',
      'data-pad': String(i),
      'aria-label': 'Pad ' + (i + 1),
      onclick: () => press(i),
    });
    pad.style.background = color;
    pad.style.opacity = '0.45';
    return pad;
  });
  grid.append(...pads);
  /** @type {number[]} */
  let sequence = [];
  let position = 0;
  let listening = false;
  /** @type {(() => void)[]} */
  let timers = [];

  /** @param {number} i @param {number} ms */
  function light(i, ms) {
    pads[i].style.opacity = '1';
    timers.push(game.later(() => (pads[i].style.opacity = '0.45'), ms));
  }

  function stopTimers() {
    timers.forEach((stop) => stop());
    timers = [];
    pads.forEach((p) => (p.style.opacity = '0.45'));
  }

  function playBack() {
    listening = false;
    position = 0;
    game.setStatus('Watch…');
    sequence.forEach((pad, k) => timers.push(game.later(() => light(pad, flash() * 0.7), 500 + k * flash())));
    timers.push(
      game.later(
        () => {
          listening = true;
          game.setStatus('Your turn: ' + sequence.length + (sequence.length === 1 ? ' pad.' : ' pads.'));
        },
        500 + sequence.length * flash(),
      ),
    );
  }

  function start() {
    stopTimers();
    sequence = [Math.floor(Math.random() * 4)];
    playBack();
  }

  function reset() {
    stopTimers();
    sequence = [];
    listening = false;
    game.setStatus('Press Start (or Enter); then click the pads or press 1–4.');
  }

  /** @param {number} i */
  function press(i) {
    // A pad pressed before the first round still answers: it lights, and says what to do.
    if (!listening) {
      if (sequence.length) return;
      light(i, 180);
      return game.setStatus('Press Start to see the first colour, then repeat it.');
    }
    light(i, 180);
    if (sequence[position] !== i) {
      listening = false;
      game.setStatus('Wrong pad: you repeated ' + (sequence.length - 1) + '. Start again.');
      void game.finish(sequence.length - 1);
      return;
    }
    position++;
    if (position === sequence.length) {
      game.setScore(sequence.length);
      sequence.push(Math.floor(Math.random() * 4));
      playBack();
    }
  }

  game.onKey((e) => {
    if (/^[1-4]$/.test(e.key)) {
      e.preventDefault();
      press(Number(e.key) - 1);
    } else if (e.key === 'Enter' && !listening) {
      e.preventDefault();
      start();
    }
  });
  game.onRestart(reset);
  game.board.append(
    grid,
    el('button', { type: 'button', className: 'simon-start', text: 'Start', onclick: start }),
  );
  reset();
  return game.root;
}
