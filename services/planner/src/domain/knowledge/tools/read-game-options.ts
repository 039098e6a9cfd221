import { findColors } from '../../compose/color-words.js';

// What a prompt can say about a game: how hard, how big, which words, which colour. Each reader returns
// only what the prompt names, so the entry's defaults stand for the rest.

const DIFFICULTY: [RegExp, 'easy' | 'normal' | 'hard'][] = [
  [/\b(easy|easier|beginners?|simple|kids?|children|relaxed|slow)\b/i, 'easy'],
  [/\b(hard|harder|difficult|expert|challenging|fast|insane|pro)\b/i, 'hard'],
  [/\b(medium|normal|intermediate|moderate)\b/i, 'normal'],
];

export function readDifficulty(prompt: string): { difficulty?: 'easy' | 'normal' | 'hard' } {
  const found = DIFFICULTY.find(([pattern]) => pattern.test(prompt));
  return found ? { difficulty: found[1] } : {};
}

/** "a 5x5 grid", "6 by 6", "5×5 board": the first number of a square size within bounds. */
export function readGridSize(prompt: string, min: number, max: number): { size?: number } {
  const match = /\b(\d{1,2})\s*(?:x|×|by)\s*(\d{1,2})\b/i.exec(prompt);
  if (!match) return {};
  const size = Number(match[1]);
  return size >= min && size <= max ? { size } : {};
}

/** "a 30 second round", "2 minute test": seconds within bounds. */
export function readSeconds(prompt: string, min: number, max: number): { seconds?: number } {
  const match = /\b(\d{1,3})\s*[- ]?\s*(s|sec|secs|seconds?|min|mins|minutes?)\b/i.exec(prompt);
  if (!match) return {};
  const seconds = Number(match[1]) * (/^m/i.test(match[2] ?? '') ? 60 : 1);
  return seconds >= min && seconds <= max ? { seconds } : {};
}

/** The first theme whose words the prompt uses: "hangman with animals" -> "animals". */
export function readTheme(prompt: string, themes: Record<string, RegExp>): { theme?: string } {
  const found = Object.entries(themes).find(([, pattern]) => pattern.test(prompt));
  return found ? { theme: found[0] } : {};
}

/** A colour the prompt names for the game's pieces ("a green snake"), as hex. */
export function readPieceColor(prompt: string): { color?: string } {
  const first = findColors(prompt)[0];
  return first ? { color: first.hex } : {};
}
