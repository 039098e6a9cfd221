// @ts-check
// Blackjack (21) against the dealer: hit or stand, the dealer draws to 17, a natural pays 3 to 2.
// Score = chips, from 100 with a bet of 10 a hand; the most chips ever held is the best.
import { createGame, numberOption, shuffle } from './game-kit.js';
import { el } from '../dom.js';

const SUITS = ['♠', '♥', '♦', '♣'];
const RANKS = ['A', '2', '3', '4', '5', '6', '7', '8', '9', '10', 'J', 'Q', 'K'];
const START_CHIPS = 100;

/** @typedef {{ rank: string, suit: string }} Card */

/** The best total of a hand: aces count 11 unless that would go over 21. @param {Card[]} hand */
export function total(hand) {
  let sum = 0;
  let aces = 0;
  for (const card of hand) {
    if (card.rank === 'A') aces++;
    sum += card.rank === 'A' ? 11 : /^[JQK]$/.test(card.rank) ? 10 : Number(card.rank);
  }
  while (sum > 21 && aces-- > 0) sum -= 10;
  return sum;
}

/** @param {Card} card */
const named = (card) => card.rank + card.suit;

/** @param {any} section @param {import('../sections/section-context.js').SectionContext} ctx */
export function render(section, ctx) {
  const game = createGame(section, ctx, { id: 'blackjack', scoreLabel: 'Chips' });
  const bet = numberOption(game.options.bet, 10, 1, 50);
  const decks = numberOption(game.options.decks, 1, 1, 8);
  const dealerRow = el('p', { className: 'game-word blackjack-hand', 'data-hand': 'dealer' });
  const playerRow = el('p', { className: 'game-word blackjack-hand', 'data-hand': 'player' });
  /** @param {string} text @param {() => void} onclick */
  const button = (text, onclick) => el('button', { type: 'button', text, onclick });
  const hitButton = button('Hit', () => hit());
  const standButton = button('Stand', () => stand());
  const dealButton = el('button', {
    type: 'button',
    className: 'secondary',
    text: 'Deal',
    onclick: () => deal(),
  });
  /** @type {Card[]} */
  let shoe = [];
  /** @type {Card[]} */
  let player = [];
  /** @type {Card[]} */
  let dealer = [];
  let chips = START_CHIPS;
  let playing = false;

  function draw() {
    if (shoe.length < 15)
      shoe = shuffle(
        Array.from({ length: decks }).flatMap(() =>
          SUITS.flatMap((suit) => RANKS.map((rank) => ({ rank, suit }))),
        ),
      );
    return /** @type {Card} */ (shoe.pop());
  }

  function show() {
    const hidden = playing ? [named(dealer[0]), '🂠'] : dealer.map(named);
    dealerRow.textContent = 'Dealer: ' + hidden.join(' ') + (playing ? '' : ' (' + total(dealer) + ')');
    playerRow.textContent = 'You: ' + player.map(named).join(' ') + ' (' + total(player) + ')';
    standButton.toggleAttribute('disabled', !playing);
    // A new hand only once this one is settled: dealing again must not drop a losing hand's bet.
    dealButton.toggleAttribute('disabled', playing);
    game.setScore(chips);
  }

  /** @param {number} won chips won (negative when lost) @param {string} text */
  function settle(won, text) {
    playing = false;
    chips += won;
    show();
    const broke = chips < bet;
    game.setStatus(
      text +
        (broke ? ' Out of chips: Restart for a new ' + START_CHIPS + '.' : ' Deal or Hit for the next hand.'),
    );
    // The most chips held is kept as it is reached, so leaving mid-run loses nothing.
    const best = game.best();
    if (won > 0 && (best === null || chips > best)) void game.finish(chips);
  }

  function deal() {
    if (chips < bet) return game.setStatus('Out of chips: press Restart for a new ' + START_CHIPS + '.');
    player = [draw(), draw()];
    dealer = [draw(), draw()];
    playing = true;
    show();
    if (total(player) === 21)
      return total(dealer) === 21
        ? settle(0, 'Both have blackjack: a push.')
        : settle(Math.round(bet * 1.5), 'Blackjack! You win ' + Math.round(bet * 1.5) + '.');
    game.setStatus('Bet ' + bet + '. Hit (H) for a card or stand (S).');
  }

  function hit() {
    if (!playing) return deal();
    player.push(draw());
    show();
    const sum = total(player);
    if (sum > 21) settle(-bet, 'Bust with ' + sum + ': you lose ' + bet + '.');
    else if (sum === 21) stand();
    else game.setStatus('You have ' + sum + ': hit (H) or stand (S)?');
  }

  function stand() {
    if (!playing) return;
    while (total(dealer) < 17) dealer.push(draw());
    const you = total(player);
    const them = total(dealer);
    if (them > 21) settle(bet, 'The dealer busts with ' + them + ': you win ' + bet + '.');
    else if (you > them) settle(bet, you + ' beats ' + them + ': you win ' + bet + '.');
    else if (you < them) settle(-bet, them + ' beats ' + you + ': you lose ' + bet + '.');
    else settle(0, 'Both ' + you + ': a push.');
  }

  function reset() {
    chips = START_CHIPS;
    shoe = [];
    deal();
  }

  game.onKey((e) => {
    const key = e.key.toLowerCase();
    const act = { h: hit, s: stand, d: deal, n: deal }[key];
    if (act && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      act();
    }
  });
  game.onRestart(reset);
  game.board.append(
    dealerRow,
    playerRow,
    el('div', { className: 'game-row' }, [hitButton, standButton, dealButton]),
  );
  reset();
  return game.root;
}
