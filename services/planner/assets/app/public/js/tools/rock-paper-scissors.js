// @ts-check
// Rock-paper-scissors against the computer. Score = wins; best = the longest winning streak.
import { createGame, numberOption } from './game-kit.js';
import { el } from '../dom.js';

const HANDS = [
  { id: 'rock', glyph: '✊', key: 'r', beats: 'scissors' },
  { id: 'paper', glyph: '✋', key: 'p', beats: 'rock' },
  { id: 'scissors', glyph: '✌️', key: 's', beats: 'paper' },
];

/** @param {any} section @param {import('../sections/section-context.js').SectionContext} ctx */
export function render(section, ctx) {
  const game = createGame(section, ctx, { id: 'rock-paper-scissors', scoreLabel: 'Streak' });
  const bestOf = numberOption(game.options.bestOf, 0, 0, 15);
  // "First to five": the match ends when either side has that many wins.
  const target = numberOption(game.options.target, 0, 0, 15);
  const matchOver = () =>
    (bestOf > 0 && record.win + record.lose >= bestOf) ||
    (target > 0 && Math.max(record.win, record.lose) >= target);
  const result = el('p', { className: 'game-word rps-result', text: '?' });
  const tally = el('p', { className: 'muted rps-tally' });
  let streak = 0;
  let record = { win: 0, lose: 0, draw: 0 };

  function reset() {
    streak = 0;
    record = { win: 0, lose: 0, draw: 0 };
    result.textContent = '?';
    const match = bestOf ? ' (best of ' + bestOf + ').' : target ? ' (first to ' + target + ').' : '.';
    game.setStatus('Choose with a button or press R, P or S' + match);
    drawTally();
  }

  function drawTally() {
    // The score of both sides in words, as a person keeps it: "Score: you 2, computer 1".
    tally.textContent = 'Score: you ' + record.win + ', computer ' + record.lose + ' · Draws ' + record.draw;
  }

  /** @param {string} id */
  function play(id) {
    if (matchOver()) return;
    const you = /** @type {typeof HANDS[number]} */ (HANDS.find((h) => h.id === id));
    const them = HANDS[Math.floor(Math.random() * HANDS.length)];
    result.textContent = you.glyph + ' vs ' + them.glyph;
    if (you.id === them.id) {
      record.draw++;
      game.setStatus('Both ' + you.id + ': a draw.');
    } else if (you.beats === them.id) {
      record.win++;
      streak++;
      game.setScore(streak);
      game.setStatus(you.id + ' beats ' + them.id + ': you win!');
      const best = game.best();
      if (best === null || streak > best) void game.finish(streak);
    } else {
      record.lose++;
      streak = 0;
      game.setScore(0);
      game.setStatus(them.id + ' beats ' + you.id + ': the computer wins.');
    }
    if (matchOver())
      game.setStatus(
        (record.win > record.lose ? 'You won the match ' : 'The computer won the match ') +
          record.win +
          '–' +
          record.lose +
          '.',
      );
    drawTally();
  }

  game.onKey((e) => {
    const hand = HANDS.find((h) => h.key === e.key.toLowerCase());
    if (hand) {
      e.preventDefault();
      play(hand.id);
    }
  });
  game.onRestart(reset);
  game.board.append(
    result,
    el(
      'div',
      { className: 'game-row' },
      HANDS.map((h) =>
        el('button', {
          type: 'button',
          className: 'secondary',
          'data-hand': h.id,
          text: h.glyph + ' ' + h.id,
          onclick: () => play(h.id),
        }),
      ),
    ),
    tally,
  );
  reset();
  return game.root;
}
