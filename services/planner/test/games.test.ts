import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '@isekai/test-kit';
import type { AppSpec } from '@isekai/contracts';
import { checkSpec } from '../src/domain/compose/check-spec.js';
import { renderComposed } from '../src/domain/compose/render-composed.js';
import { GAME_TOOLS } from '../src/domain/knowledge/tools/games.js';
import { startGeneratedApp, stopGeneratedApp, writeApp, type RunningApp } from './helpers.js';

// Every game in a real app process, played in Debian's Chromium at phone width: keys and clicks change
// its board, canvas or score, Restart starts over, best scores survive a reload, chess refuses illegal moves.
const CHESS_DIR = dirname(createRequire(import.meta.url).resolve('chess.js/package.json'));

/** One page per game, each with its catalogue options; shorter rounds where a test waits for the end. */
function gamesSpec(): AppSpec {
  const quicker: Record<string, Record<string, unknown>> = {
    'typing-test': { seconds: 10 },
    hangman: { themes: ['animals', 'sports'] },
  };
  const collections = [
    ...new Map(GAME_TOOLS.flatMap((g) => g.collections ?? []).map((c) => [c.name, c])).values(),
  ];
  const section = (id: string) => {
    const g = GAME_TOOLS.find((t) => t.id === id);
    return {
      type: 'tool' as const,
      blueprint: id,
      title: g?.name,
      options: { ...g?.options, ...(quicker[id] ?? {}) },
    };
  };
  return {
    version: 2,
    kind: 'game',
    blueprint: 'composed',
    title: 'Arcade',
    description: 'Every game.',
    theme: { mode: 'light', colors: {} },
    options: {},
    collections,
    pages: [
      ...GAME_TOOLS.map((g) => ({
        id: g.id,
        title: g.name,
        sections: [section(g.id)],
      })),
      // Tic-tac-toe as two people play it at one screen.
      {
        id: 'tic-tac-toe-for-two',
        title: 'Tic-tac-toe for two',
        sections: [{ ...section('tic-tac-toe'), options: { ...section('tic-tac-toe').options, players: 2 } }],
      },
      // Checkers as the prompt named its players and their colours.
      {
        id: 'checkers-named',
        title: 'Checkers for Sam and Priya',
        sections: [
          {
            ...section('checkers'),
            options: {
              names: ['Sam', 'Priya'],
              colors: [
                { name: 'Blue', hex: '#0000ff' },
                { name: 'White', hex: '#ffffff' },
              ],
            },
          },
        ],
      },
      // Pong for two on one keyboard.
      {
        id: 'pong-for-two',
        title: 'Pong for two',
        sections: [{ ...section('pong'), options: { ...section('pong').options, players: 2 } }],
      },
      // Two games on one page: keys reach only the one being played.
      { id: 'pair', title: 'Pair', sections: [section('tic-tac-toe'), section('connect-four')] },
    ],
  };
}

let browser: Browser;
let touch: Page;
let app: RunningApp | null = null;
let dir = '';
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  const spec = gamesSpec();
  expect(checkSpec(spec)).toEqual([]);
  dir = mkdtempSync(join(tmpdir(), 'isekai-games-'));
  await writeApp(dir, renderComposed(spec));
  // Outside the sandbox the app finds client libraries in a node_modules beside it, as a download would.
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(CHESS_DIR, join(dir, 'node_modules', 'chess.js'));
  app = await startGeneratedApp(dir);
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 360, height: 780 } });
  page = await context.newPage();
  page.setDefaultTimeout(8000);
  // A phone: taps, not clicks, and no mouse at all.
  const phone = await browser.newContext({
    viewport: { width: 360, height: 780 },
    hasTouch: true,
    isMobile: true,
  });
  touch = await phone.newPage();
  touch.setDefaultTimeout(8000);
  touch.on('pageerror', (error) => problems.push(`uncaught on touch: ${error.message}`));
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
}, 30_000);

afterAll(async () => {
  await browser?.close();
  await stopGeneratedApp(app);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Opens a game's page and waits for its module; the game has the keyboard. */
async function open(id: string): Promise<Locator> {
  await page.goto(`${app?.url}/#/${id}`);
  const game = page.locator(`[data-game="${id}"]`);
  await game.waitFor();
  await game.focus();
  return game;
}

/** The game's board as it looks: its DOM, and the pixels of its canvas if it has one. */
async function look(game: Locator): Promise<string> {
  return game.locator('.game-board').evaluate((board) => {
    const canvas = board.querySelector('canvas');
    return board.innerHTML + (canvas ? canvas.toDataURL() : '');
  });
}

async function score(game: Locator): Promise<number> {
  return Number(await game.locator('.game-score').getAttribute('data-score'));
}

async function restart(game: Locator): Promise<void> {
  await game.locator('.game-restart').click();
  expect(await score(game)).toBe(0);
}

async function noHorizontalScroll(): Promise<void> {
  const [scroll, width] = await page.evaluate<[number, number]>(
    '[document.documentElement.scrollWidth, window.innerWidth]',
  );
  expect(scroll).toBeLessThanOrEqual(width);
}

/** Paused, a canvas game stands still; resumed, it moves again. */
async function pauseFreezes(game: Locator): Promise<void> {
  await page.keyboard.press('p');
  await expect.poll(() => game.evaluate((n) => n.classList.contains('is-paused'))).toBe(true);
  const paused = await look(game);
  await page.waitForTimeout(250);
  expect(await look(game)).toBe(paused);
  await page.keyboard.press('p');
}

async function changesAfter(game: Locator, act: () => Promise<void>): Promise<string> {
  const before = await look(game);
  await act();
  await expect.poll(() => look(game)).not.toBe(before);
  return look(game);
}

describe('games in Chromium', () => {
  it('every game renders at 360 px with no horizontal scroll', async () => {
    for (const g of GAME_TOOLS) {
      await open(g.id);
      await noHorizontalScroll();
    }
    expect(problems).toEqual([]);
  }, 30_000);

  it('snake, breakout, pong, space invaders and falling blocks move, pause and restart', async () => {
    for (const id of ['snake', 'breakout', 'pong', 'space-invaders', 'falling-blocks']) {
      const game = await open(id);
      await changesAfter(game, async () => {
        await page.keyboard.press(id === 'snake' ? 'ArrowDown' : id === 'pong' ? 'ArrowUp' : ' ');
        await page.waitForTimeout(200);
      });
      await pauseFreezes(game);
      await restart(game);
    }
    expect(problems).toEqual([]);
  }, 30_000);

  it('flappy waits for the first flap, then flies', async () => {
    const game = await open('flappy');
    const still = await look(game);
    await page.waitForTimeout(200);
    expect(await look(game)).toBe(still);
    await changesAfter(game, () => page.keyboard.press(' '));
    await restart(game);
    await expect.poll(() => look(game)).toBe(still);
  });

  it('2048 slides tiles with the keys and with the touch buttons', async () => {
    const game = await open('2048');
    const tiles = () => game.locator('.tile-2048').evaluateAll((n) => n.map((t) => t.textContent).join(','));
    const start = await tiles();
    for (const key of ['ArrowLeft', 'ArrowUp', 'ArrowRight', 'ArrowDown']) await page.keyboard.press(key);
    expect(await tiles()).not.toBe(start);
    const afterKeys = await tiles();
    for (const label of ['Left', 'Up', 'Right', 'Down'])
      await game.getByRole('button', { name: label }).click();
    expect(await tiles()).not.toBe(afterKeys);
    await restart(game);
    expect((await tiles()).split(',').filter(Boolean)).toHaveLength(2);
  });

  it('minesweeper opens squares and flags them; memory turns cards', async () => {
    let game = await open('minesweeper');
    await game.locator('[data-index="0"]').click();
    expect(await game.locator('.mine-open').count()).toBeGreaterThan(0);
    const closed = game.locator('.mine-closed').first();
    await closed.click({ button: 'right' });
    expect(await game.locator('.mine-closed', { hasText: '⚑' }).count()).toBe(1);
    await restart(game);
    expect(await game.locator('.mine-open').count()).toBe(0);

    game = await open('memory');
    await game.locator('[data-index="0"]').click();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    expect(await game.locator('.card-open').count()).toBe(2);
    expect(await score(game)).toBe(1);
    await restart(game);
    await expect.poll(() => game.locator('.card-open').count()).toBe(0);
  });

  it('hangman and the five-letter word game take typed letters', async () => {
    let game = await open('hangman');
    await page.keyboard.press('e');
    await expect.poll(() => game.locator('[data-letter="e"]').isDisabled()).toBe(true);
    await game.locator('[data-letter="a"]').click();
    await expect.poll(() => game.locator('[data-letter="a"]').isDisabled()).toBe(true);
    await restart(game);
    await expect.poll(() => game.locator('[data-letter="e"]').isDisabled()).toBe(false);

    game = await open('word-guess');
    await page.keyboard.type('apple');
    await page.keyboard.press('Enter');
    expect(await game.locator('[data-mark]').count()).toBe(5);
    expect(await score(game)).toBe(1);
    await restart(game);
    expect(await game.locator('[data-mark]').count()).toBe(0);
  });

  it('sudoku is a valid puzzle that takes digits', async () => {
    const game = await open('sudoku');
    const grid = await game
      .locator('[data-index]')
      .evaluateAll((n) => n.map((c) => Number(c.textContent || 0)));
    expect(grid).toHaveLength(81);
    for (let i = 0; i < 81; i++) {
      if (!grid[i]) continue;
      const r = Math.floor(i / 9);
      const c = i % 9;
      const clash = grid.some((v, j) => {
        if (j === i || v !== grid[i]) return false;
        const rr = Math.floor(j / 9);
        const cc = j % 9;
        return (
          rr === r ||
          cc === c ||
          (Math.floor(rr / 3) === Math.floor(r / 3) && Math.floor(cc / 3) === Math.floor(c / 3))
        );
      });
      expect(clash).toBe(false);
    }
    const empty = grid.indexOf(0);
    await game.locator(`[data-index="${empty}"]`).click();
    await page.keyboard.press('5');
    await expect.poll(() => game.locator(`[data-index="${empty}"]`).textContent()).toBe('5');
    await restart(game);
  });

  it('chess makes a legal move and refuses an illegal one', async () => {
    const game = await open('chess');
    const square = (s: string) => game.locator(`[data-square="${s}"]`);
    await expect.poll(() => square('e2').textContent()).toBe('♙');
    await square('e2').click();
    await square('e4').click();
    await expect.poll(() => square('e4').textContent()).toBe('♙');
    await expect.poll(() => square('e2').textContent()).toBe('');
    await expect.poll(() => game.locator('.game-status').textContent()).toMatch(/Black to move/);
    // The black queen cannot jump over her own pawn.
    await square('d8').click();
    await square('d5').click();
    await expect.poll(() => game.locator('.game-status').textContent()).toMatch(/not allowed/);
    await expect.poll(() => square('d8').textContent()).toBe('♛');
    await expect.poll(() => square('d5').textContent()).toBe('');
    await restart(game);
    await expect.poll(() => square('e2').textContent()).toBe('♙');
  });

  it('checkers, connect four and tic-tac-toe take moves', async () => {
    let game = await open('checkers');
    await game.locator('[data-index="40"]').click();
    await game.locator('[data-index="33"]').click();
    await expect.poll(() => game.locator('[data-index="33"]').getAttribute('data-piece')).toBe('r');
    await expect.poll(() => game.locator('.game-status').textContent()).toMatch(/Black to move/);
    await restart(game);
    await expect.poll(() => game.locator('[data-index="33"]').getAttribute('data-piece')).toBe('');

    game = await open('connect-four');
    await page.keyboard.press('4');
    await expect.poll(() => game.locator('[data-index="38"]').getAttribute('data-disc')).toBe('1');
    await expect.poll(() => game.locator('[data-disc="2"]').count()).toBe(1);
    await restart(game);
    expect(await game.locator('[data-disc="1"]').count()).toBe(0);

    game = await open('tic-tac-toe');
    await page.keyboard.press('5');
    await expect.poll(() => game.locator('[data-index="4"]').textContent()).toBe('X');
    expect(await game.getByRole('button', { name: /: O$/ }).count()).toBe(1);
    await restart(game);
    await expect.poll(() => game.locator('[data-index="4"]').textContent()).toBe('');
  });

  it('sends keys only to the game being played when a page has two', async () => {
    await page.goto(`${app?.url}/#/pair`);
    const ttt = page.locator('[data-game="tic-tac-toe"]');
    const four = page.locator('[data-game="connect-four"]');
    await four.waitFor();
    await ttt.focus();
    await page.keyboard.press('5');
    await expect.poll(() => ttt.locator('[data-index="4"]').textContent()).toBe('X');
    expect(await four.locator('[data-disc="1"]').count()).toBe(0);
    await four.focus();
    await page.keyboard.press('1');
    await expect.poll(() => four.locator('[data-disc="1"]').count()).toBe(1);
    expect(await ttt.getByRole('button', { name: /: X$/ }).count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it('whack-a-mole scores a hit, simon a repeated pad, the 15-puzzle a slide', async () => {
    let game = await open('whack-a-mole');
    await page.keyboard.press('Enter');
    const mole = await game.locator('.mole-up').getAttribute('data-index');
    await game.locator('.mole-up').dispatchEvent('pointerdown');
    expect(await score(game)).toBe(1);
    expect(mole).not.toBeNull();
    await restart(game);

    game = await open('simon');
    await page.keyboard.press('Enter');
    // Watch the playback: the pad lit first is the sequence's only pad.
    const litPad = () =>
      game
        .locator('.simon-pad')
        .evaluateAll((pads) =>
          pads.findIndex((p) => (p as unknown as { style: { opacity: string } }).style.opacity === '1'),
        );
    let pad = -1;
    await expect
      .poll(async () => (pad = await litPad()), { interval: 20, timeout: 4000 })
      .toBeGreaterThanOrEqual(0);
    await expect.poll(() => game.locator('.game-status').textContent()).toMatch(/Your turn/);
    await page.keyboard.press(String(pad + 1));
    expect(await score(game)).toBe(1);
    await restart(game);

    game = await open('fifteen-puzzle');
    for (const key of ['ArrowLeft', 'ArrowUp', 'ArrowRight', 'ArrowDown']) {
      await page.keyboard.press(key);
      if ((await score(game)) > 0) break;
    }
    expect(await score(game)).toBe(1);
    await restart(game);
  });

  it('best scores are stored in the app and survive a reload', async () => {
    // Reaction time: the lowest time is the best.
    let game = await open('reaction-time');
    await page.keyboard.press(' ');
    await expect
      .poll(() => game.locator('.reaction-area').getAttribute('data-state'), { timeout: 5000 })
      .toBe('go');
    await page.keyboard.press(' ');
    const ms = await score(game);
    expect(ms).toBeGreaterThan(0);
    await expect.poll(() => game.locator('.game-best').getAttribute('data-best')).toBe(String(ms));

    // Rock-paper-scissors: a winning streak of at least one.
    game = await open('rock-paper-scissors');
    for (let i = 0; i < 60 && (await score(game)) === 0; i++) await page.keyboard.press('r');
    expect(await score(game)).toBeGreaterThan(0);

    // Typing test (a 10-second round here): words per minute and accuracy in their own collection.
    game = await open('typing-test');
    const words = await game
      .locator('.typing-text span')
      .evaluateAll((n) => n.map((s) => s.textContent?.trim()));
    await game.locator('.typing-input').click();
    for (const word of words.slice(0, 6)) await page.keyboard.type(`${word} `);
    await expect
      .poll(() => game.locator('.game-status').textContent(), { timeout: 12_000 })
      .toMatch(/words per minute/);
    const wpm = await score(game);
    expect(wpm).toBeGreaterThan(0);

    const stored = (await (await fetch(`${app?.url}/api/score`)).json()) as { game: string; score: number }[];
    expect(stored.find((r) => r.game === 'reaction-time')?.score).toBe(ms);
    expect(stored.some((r) => r.game === 'rock-paper-scissors' && r.score >= 1)).toBe(true);
    const typed = (await (await fetch(`${app?.url}/api/typingResult`)).json()) as {
      wpm: number;
      accuracy: number;
    }[];
    expect(typed).toEqual([expect.objectContaining({ wpm, accuracy: 100 })]);

    await page.reload();
    game = await open('reaction-time');
    await expect.poll(() => game.locator('.game-best').getAttribute('data-best')).toBe(String(ms));
    game = await open('rock-paper-scissors');
    await expect.poll(() => game.locator('.game-best').getAttribute('data-best')).not.toBe('');
    game = await open('typing-test');
    await expect.poll(() => game.locator('.game-best').getAttribute('data-best')).toBe(String(wpm));
    expect(problems).toEqual([]);
  }, 30_000);
});

describe('what games show and offer', () => {
  it("shows its state in words: level, lines, lives, waves, the other side's score, whose turn", async () => {
    const stats = async (id: string) => {
      const game = await open(id);
      return game.locator('.game-bar').innerText();
    };
    expect(await stats('falling-blocks')).toMatch(/Level 1[\s\S]*Lines 0/);
    expect(await stats('breakout')).toMatch(/Lives 3/);
    expect(await stats('space-invaders')).toMatch(/Wave 1[\s\S]*Lives 3/);
    expect(await stats('pong')).toMatch(/Your score 0[\s\S]*Computer 0/);
    expect(await stats('checkers')).toMatch(/Players Red vs Black[\s\S]*Turn Red/);
    expect(await stats('chess')).toMatch(/Players White vs Black[\s\S]*Turn White/);
    expect(await stats('connect-four')).toMatch(/Your score 0[\s\S]*Players Red vs Yellow[\s\S]*Computer 0/);
    expect(await stats('tic-tac-toe')).toMatch(/Your score 0[\s\S]*Computer 0/);
    expect(await stats('breakout')).toMatch(/Lives 3[\s\S]*Level 1/);
    expect(await stats('falling-blocks')).toMatch(/Next [IOTJLZS]\b/);
    expect(await stats('hangman')).toMatch(/Lives 7/);
    expect(await stats('typing-test')).toMatch(/Accuracy 100 %/);
    expect(await stats('fifteen-puzzle')).toMatch(/Time 0:00/);
    const game = await open('checkers');
    await game.locator('[data-index="40"]').click();
    await game.locator('[data-index="33"]').click();
    await expect.poll(() => game.locator('.game-bar').innerText()).toMatch(/Turn Black/);
  });

  it('names the players and their colours as the prompt gave them, and plays pong for two', async () => {
    let game = page.locator('[data-game="checkers"]');
    await page.goto(`${app?.url}/#/checkers-named`);
    await game.waitFor();
    expect(await game.locator('.game-bar').innerText()).toMatch(
      /Sam \(Blue\) vs Priya \(White\)[\s\S]*Turn Sam/,
    );
    // Sam's pieces are painted blue.
    expect(await game.locator('[data-index="40"]').getAttribute('style')).toMatch(
      /(^|;\s*)color: rgb\(0, 0, 255\)/,
    );
    await page.goto(`${app?.url}/#/pong-for-two`);
    game = page.locator('[data-game="pong"]');
    await game.waitFor();
    await game.focus();
    expect(await game.locator('.game-bar').innerText()).toMatch(/Player 1 score 0[\s\S]*Player 2 score 0/);
    expect(await game.locator('.game-level').count()).toBe(0);
    await changesAfter(game, async () => {
      await page.keyboard.press('w');
      await page.keyboard.press('ArrowDown');
    });
  });

  it('offers Pause only once the game is played, so it is never the first thing to press', async () => {
    const game = await open('snake');
    expect(await game.locator('.game-pause').isVisible()).toBe(false);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => game.locator('.game-pause').isVisible()).toBe(true);
  });

  it('answers the first press of any button: a simon pad before Start, the flap button, a tile not by the gap', async () => {
    const said = (game: Locator) => game.locator('.game-status').textContent();
    let game = await open('simon');
    await game.locator('.simon-pads button').first().click();
    await expect.poll(() => said(game)).toMatch(/Press Start to see/);
    game = await open('flappy');
    await changesAfter(game, () => game.getByRole('button', { name: 'Flap' }).click());
    game = await open('fifteen-puzzle');
    const before = await said(game);
    const tiles = game.locator('[data-tile]');
    for (let i = 0; i < 16 && (await said(game)) === before; i++) await tiles.nth(i).click();
    expect(await said(game)).not.toBe(before);
  });

  it('types into the typing test from a key pressed anywhere on the page', async () => {
    const game = await open('typing-test');
    await page.locator('body').focus();
    await page.evaluate('document.activeElement && document.activeElement.blur()');
    await page.keyboard.press('t');
    await expect.poll(() => game.locator('.typing-input').inputValue()).toBe('t');
  });

  it('offers the difficulties and starts a new game at the one picked', async () => {
    let game = await open('sudoku');
    const clues = () =>
      game.locator('[data-index]').evaluateAll((n) => n.filter((c) => c.textContent).length);
    expect(await game.locator('.game-level option').allInnerTexts()).toEqual(['Easy', 'Medium', 'Hard']);
    const easy = await clues();
    await game.locator('.game-level select').selectOption('hard');
    await expect.poll(() => game.locator('.game-status').textContent()).toMatch(/^Hard puzzle/);
    expect(await clues()).toBeLessThan(easy);

    game = await open('minesweeper');
    expect(await game.locator('[data-index]').count()).toBe(64);
    await game.locator('.game-level select').selectOption('hard');
    await expect.poll(() => game.locator('[data-index]').count()).toBe(144);
  });

  it('takes typed keys on a page before its game was clicked, and says what a click that is no move means', async () => {
    await page.goto(`${app?.url}/#/word-guess`);
    let game = page.locator('[data-game="word-guess"]');
    await game.waitFor();
    await page.keyboard.type('crane');
    await page.keyboard.press('Enter');
    await expect.poll(() => game.locator('[data-mark]').count()).toBe(5);

    game = await open('checkers');
    const status = await game.locator('.game-status').textContent();
    await game.locator('[data-index="0"]').click();
    await expect.poll(() => game.locator('.game-status').textContent()).not.toBe(status);
    expect(await game.locator('.game-status').textContent()).toMatch(/Red to move/);
  });

  it('lets two people take turns at tic-tac-toe, with no computer and no difficulty', async () => {
    await page.goto(`${app?.url}/#/tic-tac-toe-for-two`);
    const game = page.locator('[data-game="tic-tac-toe"]');
    await game.waitFor();
    await game.focus();
    expect(await game.locator('.game-level').count()).toBe(0);
    await page.keyboard.press('5');
    await expect.poll(() => game.locator('.game-bar').innerText()).toMatch(/Turn O/);
    await page.keyboard.press('1');
    await expect.poll(() => game.locator('[data-index="0"]').textContent()).toBe('O');
    expect(await game.getByRole('button', { name: /: [XO]$/ }).count()).toBe(2);
    await expect.poll(() => game.locator('.game-bar').innerText()).toMatch(/Turn X/);
  });

  it('guesses a number with higher or lower hints, and says what to type for an empty guess', async () => {
    const game = await open('number-guess');
    expect(await game.locator('.game-status').textContent()).toMatch(/between 1 and 100/);
    // An empty guess is no guess: it says what to type instead.
    await game.getByRole('button', { name: 'Guess' }).click();
    await expect.poll(() => game.locator('.game-status').textContent()).toMatch(/Type a whole number/);
    expect(await score(game)).toBe(0);
    await game.locator('input').blur();
    await page.keyboard.type('50');
    await page.keyboard.press('Enter');
    expect(await score(game)).toBe(1);
    await expect
      .poll(() => game.locator('.game-status').textContent())
      .toMatch(/^(Higher|Lower) than 50|^Yes, 50/);
    await restart(game);
    expect(await game.locator('.number-guess-history li').count()).toBe(0);
  });

  it('plays blackjack: a hit draws a card, standing settles the hand, restart gives 100 chips', async () => {
    const game = await open('blackjack');
    const cards = () =>
      game.locator('[data-hand="player"]').evaluate((n) => (n.textContent ?? '').split(' ').length);
    // The first hand is dealt at once: a natural pays 15 before any move, a shared one is a push.
    const chipsDealt = async () =>
      /^Blackjack!/.test((await game.locator('.game-status').textContent()) ?? '') ? 115 : 100;
    expect(await score(game)).toBe(await chipsDealt());
    const dealt = await cards();
    if (await game.getByRole('button', { name: 'Stand' }).isEnabled()) {
      await page.keyboard.press('h');
      expect(await cards()).toBe(dealt + 1);
    }
    if (await game.getByRole('button', { name: 'Stand' }).isEnabled()) await page.keyboard.press('s');
    await expect
      .poll(() => game.locator('.game-status').textContent())
      .toMatch(/win|lose|push|Bust|Blackjack/);
    await expect.poll(() => game.getByRole('button', { name: 'Deal' }).isEnabled()).toBe(true);
    await game.locator('.game-restart').click();
    expect(await score(game)).toBe(await chipsDealt());
  });

  it('offers each word theme a prompt named, and all of them mixed', async () => {
    const game = await open('hangman');
    expect(await game.locator('.game-level option').allInnerTexts()).toEqual([
      'All: animals, sports',
      'Animals',
      'Sports',
    ]);
    expect(await game.locator('.game-status').textContent()).toMatch(/animals and sports/);
    await game.locator('.game-level select').selectOption('sports');
    await expect.poll(() => game.locator('.game-status').textContent()).toMatch(/Theme: sports/);
  });

  it('plays by taps on a touch screen', async () => {
    await touch.goto(`${app?.url}/#/checkers`);
    let game = touch.locator('[data-game="checkers"]');
    await game.locator('[data-index="40"]').tap();
    await game.locator('[data-index="33"]').tap();
    await expect.poll(() => game.locator('[data-index="33"]').getAttribute('data-piece')).toBe('r');

    await touch.goto(`${app?.url}/#/blackjack`);
    game = touch.locator('[data-game="blackjack"]');
    const hand = () => game.locator('[data-hand="player"]').textContent();
    const dealt = await hand();
    await game.getByRole('button', { name: 'Hit' }).tap();
    await expect.poll(hand).not.toBe(dealt);

    await touch.goto(`${app?.url}/#/falling-blocks`);
    game = touch.locator('[data-game="falling-blocks"]');
    const before = await game
      .locator('canvas')
      .evaluate((c) => (c as unknown as { toDataURL(): string }).toDataURL());
    await game.getByRole('button', { name: 'Drop' }).tap();
    await expect
      .poll(() =>
        game.locator('canvas').evaluate((c) => (c as unknown as { toDataURL(): string }).toDataURL()),
      )
      .not.toBe(before);
    expect(problems).toEqual([]);
  });
});

describe('client libraries at /vendor/', () => {
  it('serves an allowed package file and nothing else', async () => {
    const url = app?.url ?? '';
    const ok = await fetch(`${url}/vendor/chess.js/dist/esm/chess.js`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toMatch(/javascript/);
    expect(await ok.text()).toContain('class Chess');
    expect((await fetch(`${url}/vendor/chess.js/package.json`)).status).toBe(404);
    expect((await fetch(`${url}/vendor/chess.js/%2e%2e/%2e%2e/collections.json`)).status).toBe(404);
    const other = await fetch(`${url}/vendor/left-pad/index.js`);
    expect(other.status).toBe(404);
    expect(await other.text()).toMatch(/not a client library/i);
  });

  it('answers 404 with a clear message when the library is not installed', async () => {
    const bare = mkdtempSync(join(tmpdir(), 'isekai-games-bare-'));
    let running: RunningApp | null = null;
    try {
      await writeApp(bare, renderComposed(gamesSpec()));
      running = await startGeneratedApp(bare);
      const missing = await fetch(`${running.url}/vendor/chess.js/dist/esm/chess.js`);
      expect(missing.status).toBe(404);
      expect(await missing.text()).toMatch(/chess\.js is not installed here/);
    } finally {
      await stopGeneratedApp(running);
      rmSync(bare, { recursive: true, force: true });
    }
  });
});
