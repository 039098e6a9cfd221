import nlp from 'compromise';
import { findColors } from '../../compose/color-words.js';

// Who plays a game for two, where the prompt says: the players' names ("for Sam and Priya", "Alice vs
// Bob") and the sides' colours ("red vs yellow", "player one is blue, player two is white"). The game
// shows them in words from the start, and uses them for whose turn it is.

/** Two names joined as a pair: "Sam and Priya", "Alice vs Bob", "Tom & Jerry". */
const NAME_PAIR = '#ProperNoun (and|vs|versus|&|against) #ProperNoun';

/** Where a colour paints the app or the board, not a side: "a blue board", "green background". */
const SURFACE =
  /^\s*(?:-?\s*)(?:board|background|theme|header|page|buttons?|text|squares?|grid|cells?|table)\b/i;

/** A proper noun's word as written, without the punctuation compromise keeps on it ("Priya -" -> "Priya"). */
const bare = (text: string) =>
  text
    .replace(/[^\p{L}\p{M}'’-]+/gu, ' ')
    .replace(/[\s'’-]+$/, '')
    .trim();

/**
 * The players' names, when the prompt names two people as a pair: "We're Sam and Priya" -> ["Sam", "Priya"].
 * Colour words are sides, not people ("Red vs Yellow"), so they are left to `readSideColors`.
 */
export function readPlayerNames(prompt: string): { names?: [string, string] } {
  const pair = nlp(prompt).match(NAME_PAIR);
  if (!pair.found) return {};
  const words = (pair.eq(0).terms().out('array') as string[]).map(bare);
  const [first = '', second = ''] = [words[0], words[words.length - 1]];
  const isName = (word: string) => /^\p{Lu}/u.test(word) && findColors(word).length === 0;
  return isName(first) && isName(second) && first !== second ? { names: [first, second] } : {};
}

/**
 * The sides' colours, when the prompt names two for the pieces: "red vs yellow" -> Red and Yellow, each
 * with its hex so the pieces are painted so. A colour of the board or the page is no side.
 */
export function readSideColors(prompt: string): { colors?: { name: string; hex: string }[] } {
  const sides = findColors(prompt).filter(
    (mention) => !SURFACE.test(prompt.slice(mention.index + mention.phrase.length)),
  );
  const distinct = [...new Map(sides.map((m) => [m.hex, m])).values()].slice(0, 2);
  if (distinct.length < 2) return {};
  const named = (phrase: string) => phrase.charAt(0).toUpperCase() + phrase.slice(1).toLowerCase();
  return { colors: distinct.map((m) => ({ name: named(m.phrase), hex: m.hex })) };
}

/** The players' names, and that two people play at the screen when two are named ("for Ava and Noah"). */
export function readNamedPlayers(prompt: string): { names?: [string, string]; players?: 2 } {
  const named = readPlayerNames(prompt);
  return named.names ? { ...named, players: 2 } : {};
}
