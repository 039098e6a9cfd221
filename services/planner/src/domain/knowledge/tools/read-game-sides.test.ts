import { describe, expect, it } from 'vitest';
import { readPlayers } from './read-game-options.js';
import { readNamedPlayers, readPlayerNames, readSideColors } from './read-game-sides.js';

// Who plays a game for two, read from sentences of every shape: names as a pair, colours of the sides.
describe('reading the sides of a game for two', () => {
  it('reads two people named as a pair, wherever the sentence puts them', () => {
    expect(readPlayerNames('tic tac toe for Tom and Jerry')).toEqual({ names: ['Tom', 'Jerry'] });
    expect(readPlayerNames('Connect four: Alice vs Bob')).toEqual({ names: ['Alice', 'Bob'] });
    expect(readPlayerNames('my kids Ava and Noah want to play')).toEqual({ names: ['Ava', 'Noah'] });
    expect(readPlayerNames("We're Olu and Fatima - say whose go it is")).toEqual({
      names: ['Olu', 'Fatima'],
    });
  });

  it('reads no names where the pair is of colours, things or lower-case words', () => {
    expect(readPlayerNames('checkers, Red vs Black')).toEqual({});
    expect(readPlayerNames('rock and paper and scissors')).toEqual({});
    expect(readPlayerNames('a game for two players')).toEqual({});
  });

  it('takes two named people as two players at the screen', () => {
    expect(readNamedPlayers('connect four for Liam and Zoë')).toEqual({ names: ['Liam', 'Zoë'], players: 2 });
    expect(readNamedPlayers('connect four against the computer')).toEqual({});
  });

  it('reads the colours of the sides, not of the board or the page', () => {
    expect(readSideColors('draughts, player one is blue and player two is white')).toEqual({
      colors: [
        { name: 'Blue', hex: '#0000ff' },
        { name: 'White', hex: '#ffffff' },
      ],
    });
    expect(readSideColors('a green board with red vs purple pieces').colors?.map((c) => c.name)).toEqual([
      'Red',
      'Purple',
    ]);
    expect(readSideColors('connect four with a navy background')).toEqual({});
  });

  it('reads "for two" and "me and my sister" as two players, not a length or a count', () => {
    expect(readPlayers('noughts and crosses for two. Say whose go it is')).toEqual({ players: 2 });
    expect(readPlayers('connect 4 for me and my sister')).toEqual({ players: 2 });
    expect(readPlayers('a timer for two minutes')).toEqual({});
  });
});
