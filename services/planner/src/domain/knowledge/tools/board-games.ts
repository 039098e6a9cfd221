import type { ToolEntry } from '../tool.types.js';
import { SCORE_COLLECTION } from './game-collections.js';
import { playersLeftOut, readDifficulty, readPlayers, readTarget } from './read-game-options.js';
import { readNamedPlayers, readPlayerNames, readSideColors } from './read-game-sides.js';

// Board, card and hand games: two players on one screen, or one against the computer.

const scores = { scores: SCORE_COLLECTION.name };
const keepsScores = { collections: [SCORE_COLLECTION] };

export const BOARD_GAMES: ToolEntry[] = [
  {
    id: 'blackjack',
    name: 'Blackjack',
    kind: 'game',
    synonyms: [
      'blackjack',
      'black jack',
      'beat the dealer',
      'twenty-one',
      'game of 21',
      'pontoon',
      'vingt-et-un',
      'hit or stand',
      'against the dealer',
      'casino card game',
    ],
    description:
      'Blackjack against the dealer: hit or stand to get closer to 21 than the dealer without going over; chips are kept.',
    options: { ...scores, bet: 10, decks: 1 },
    ...keepsScores,
  },
  {
    id: 'chess',
    name: 'Chess',
    kind: 'game',
    synonyms: [
      'chess',
      'chess game',
      'chess board',
      'play chess',
      'chess for two',
      'two player chess',
      'chess with legal moves',
      'checkmate game',
      'chess pieces board game',
    ],
    description:
      'Chess for two players on one screen, with the full rules: legal moves, check, checkmate and draws.',
    options: {},
    // Chess's sides are White and Black whatever the prompt says; only the players' names are read.
    readOptions: readPlayerNames,
    leftOut: playersLeftOut('Chess', 2),
    notes: [
      'Online play needs a network: built for two players on one screen.',
      'The rules come from chess.js, served by the app from the sandbox module store.',
    ],
  },
  {
    id: 'checkers',
    name: 'Checkers',
    kind: 'game',
    synonyms: [
      'checkers',
      'draughts',
      'checkers game',
      'play draughts',
      'checkers for two',
      'jump the pieces game',
      'dame board game',
      'king me game',
      'checkerboard game',
    ],
    description:
      'Checkers for two on one screen: diagonal moves, compulsory captures, multi-jumps and kings.',
    options: {},
    readOptions: (prompt) => ({ ...readPlayerNames(prompt), ...readSideColors(prompt) }),
    notes: ['Online play needs a network: built for two players on one screen.'],
    leftOut: playersLeftOut('Checkers', 2),
  },
  {
    id: 'connect-four',
    name: 'Connect four',
    kind: 'game',
    synonyms: [
      'connect four',
      'connect 4',
      'four in a row',
      'drop the discs',
      'four in a line game',
      'connect four against the computer',
      "captain's mistress",
      'line up four',
      'disc dropping game',
    ],
    description:
      'Drop discs into the columns and line up four in a row before the computer (or a second player) does.',
    options: { ...scores, difficulty: 'normal', players: 1 },
    readOptions: (prompt) => ({
      ...readDifficulty(prompt),
      ...readPlayers(prompt),
      ...readNamedPlayers(prompt),
      ...readSideColors(prompt),
    }),
    ...keepsScores,
  },
  {
    id: 'tic-tac-toe',
    name: 'Tic-tac-toe',
    kind: 'game',
    synonyms: [
      'tic tac toe',
      'tic-tac-toe',
      'noughts and crosses',
      'x and o',
      'xo game',
      'three in a row',
      'tictactoe',
      'naughts and crosses',
      'tic tac toe against the computer',
    ],
    description:
      'Tic-tac-toe against the computer, which plays perfectly on hard and makes mistakes on easier levels, or for two on one screen.',
    options: { ...scores, difficulty: 'normal', players: 1 },
    readOptions: (prompt) => ({
      ...readDifficulty(prompt),
      ...readPlayers(prompt),
      ...readNamedPlayers(prompt),
    }),
    ...keepsScores,
  },
  {
    id: 'rock-paper-scissors',
    name: 'Rock paper scissors',
    kind: 'game',
    synonyms: [
      'rock paper scissors',
      'rock-paper-scissors',
      'roshambo',
      'paper scissors rock',
      'rps game',
      'scissors paper stone',
      'janken',
      'hand game against the computer',
      'rock paper scissors best of',
    ],
    description:
      'Rock, paper, scissors against the computer, with a tally and your longest winning streak kept.',
    options: { ...scores, bestOf: 0, target: 0 },
    readOptions: (prompt) => {
      const match = /\bbest of (\d{1,2})\b/i.exec(prompt);
      return { ...(match ? { bestOf: Number(match[1]) } : {}), ...readTarget(prompt, 1, 15) };
    },
    leftOut: playersLeftOut('Rock, paper, scissors', 1),
    ...keepsScores,
  },
];
