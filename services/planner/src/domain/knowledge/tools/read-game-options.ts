import nlp from 'compromise';
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

/**
 * The themes whose words the prompt uses, in the catalogue's order: "hangman with animals" -> "animals";
 * "animals and sports" -> theme "animals" and themes ["animals", "sports"], so the game offers both.
 */
export function readTheme(
  prompt: string,
  themes: Record<string, RegExp>,
): { theme?: string; themes?: string[] } {
  const found = Object.entries(themes)
    .filter(([, pattern]) => pattern.test(prompt))
    .map(([name]) => name);
  if (found.length === 0) return {};
  return found.length === 1 ? { theme: found[0] } : { theme: found[0], themes: found };
}

/** The prompt with its numbers in digits ("six tries" -> "6 tries", "1,000" -> "1000"), by compromise. */
function withDigits(prompt: string): string {
  const doc = nlp(prompt);
  doc.numbers().toNumber();
  return doc.text().replace(/(\d),(\d{3})\b/g, '$1$2');
}

/** "between 1 and 100", "from 1 to 50", "1-1000", "up to 20": a number range within bounds. */
export function readRange(prompt: string, min: number, max: number): { low?: number; high?: number } {
  const text = withDigits(prompt);
  const pair = /\b(?:between\s+)?(-?\d+)\s*(?:and|to|-|–)\s*(-?\d+)\b/i.exec(text);
  const upTo = /\b(?:up to|under|below|at most)\s+(\d+)\b/i.exec(text);
  const [low, high] = pair ? [Number(pair[1]), Number(pair[2])] : upTo ? [1, Number(upTo[1])] : [NaN, NaN];
  return low >= min && high <= max && low < high ? { low, high } : {};
}

/** "first to 11 points", "play to seven": the score that wins a match (compromise writes "first" as "1st"). */
export function readTarget(prompt: string, min: number, max: number): { target?: number } {
  const match = /\b(?:first|1st|play|race) to\s+(\d{1,2})\b(?!\s*(?:players?|people))/i.exec(
    withDigits(prompt),
  );
  const target = match ? Number(match[1]) : NaN;
  return target >= min && target <= max ? { target } : {};
}

/** "with six tries", "in 10 guesses", "7 attempts": how many goes a round allows, within bounds. */
export function readTries(prompt: string, min: number, max: number): { tries?: number } {
  const match = /\b(\d{1,2})\s+(?:tries|try|guesses|attempts|goes|turns|chances)\b/i.exec(withDigits(prompt));
  const tries = match ? Number(match[1]) : NaN;
  return tries >= min && tries <= max ? { tries } : {};
}

/** A colour the prompt names for the game's pieces ("a green snake"), as hex. */
export function readPieceColor(prompt: string): { color?: string } {
  const first = findColors(prompt)[0];
  return first ? { color: first.hex } : {};
}

/** Where a prompt names the topic of a game's words: "words about cars", "dinosaur words", "space-themed". */
const TOPIC =
  /\b(?:words?|word lists?|vocabulary|themes?|topics?)\s+(?:about|of|on|from)\s+([^.;!?]+)|\babout\s+([^.;!?]+)|\b([a-z]+)[- ](?:themed|words)\b/gi;

/**
 * The topics a prompt asks words about that none of the themes covers ("hangman with words about cars" ->
 * ["cars"]), so the plan can say so instead of passing another list off as the one asked for.
 */
export function readUnlistedThemes(prompt: string, themes: Record<string, RegExp>): string[] {
  const topics = [...prompt.matchAll(TOPIC)]
    .map((m) => m[1] ?? m[2] ?? m[3] ?? '')
    .flatMap((phrase) => phrase.split(/\s*(?:,|&|\band\b|\bor\b)\s*/i))
    .map((part) => part.replace(/^(?:the|a|an|some)\s+/i, '').trim())
    // A topic is a thing named in a word or two, not "guessing words" or "5 letters".
    .filter(
      (part) =>
        part.split(/\s+/).length <= 2 &&
        !/\d/.test(part) &&
        // compromise reads a bare "trains" as a verb: any content word counts, only "guessing" does not.
        nlp(part).has('(#Noun|#Verb)') &&
        !nlp(part).has('#Gerund'),
    );
  return [...new Set(topics.filter((topic) => !Object.values(themes).some((p) => p.test(topic))))];
}

/** "for two players", "2 people sharing the computer", "me and my brother", "against a friend", "pass and play". */
const TWO_PLAYERS =
  /\b2[- ]?(?:players?|people|persons|humans|kids)\b|\bfor 2(?=\s*(?:[.,;:!?]|-\s|$))|\b(?:me|myself) and (?:my|a) [a-z]+\b|\b(?:against|with|vs\.?) (?:a |my )?friends?\b|\bsame (?:screen|computer|device)\b|\bpass[- ]and[- ]play\b|\bagainst each other\b/i;
/** "against the computer", "vs the AI", "single player", "a bot to play". */
const AGAINST_COMPUTER =
  /\b(?:against|vs\.?|versus|beat) (?:the |a )?(?:computer|ai|cpu|bot|machine)\b|\b(?:single|one|1)[- ]player\b|\bsolo\b/i;

/** How many people play at one screen, where the prompt says: 2 for "two players", 1 for "against the computer". */
export function readPlayers(prompt: string): { players?: 1 | 2 } {
  const text = withDigits(prompt);
  if (TWO_PLAYERS.test(text)) return { players: 2 };
  return AGAINST_COMPUTER.test(text) ? { players: 1 } : {};
}

/**
 * What a game cannot be of the players asked for, in plain words: a game for two asked to play against the
 * computer, or one against the computer asked for two.
 */
export function playersLeftOut(name: string, plays: 1 | 2) {
  return (prompt: string): string[] => {
    const asked = readPlayers(prompt).players;
    if (asked === undefined || asked === plays) return [];
    return [
      plays === 2
        ? `${name} here is for two players on one screen: there is no computer opponent.`
        : `${name} here is one player against the computer: there is no two-player mode.`,
    ];
  };
}

/** The words people use for a game's best result, and how the bar names it. */
const BEST_WORDS: [RegExp, string][] = [
  [/\bhigh[- ]?scores?\b/i, 'High score'],
  [/\btop scores?\b/i, 'Top score'],
  [/\bpersonal best\b/i, 'Personal best'],
];

/** The prompt's word for the best result ("keep my high score" -> "High score"), shown as the bar's label. */
export function readBestLabel(prompt: string): { bestLabel?: string } {
  const found = BEST_WORDS.find(([pattern]) => pattern.test(prompt));
  return found ? { bestLabel: found[1] } : {};
}

/** The words that name a difficulty in a list of them ("beginner, intermediate and expert"). */
const LEVEL_WORDS: ['easy' | 'normal' | 'hard', RegExp][] = [
  ['easy', /\b(easy|beginner|novice|casual)\b/i],
  ['normal', /\b(medium|normal|intermediate|moderate|standard)\b/i],
  ['hard', /\b(hard|expert|difficult|advanced)\b/i],
];

/**
 * The prompt's own names for the difficulties, when it lists two or more: "beginner, intermediate and
 * expert" -> the picker reads Beginner, Intermediate, Expert. One word alone is a difficulty, not a list.
 */
export function readLevelNames(prompt: string): { levelNames?: Record<string, string> } {
  const named = LEVEL_WORDS.flatMap(([level, pattern]) => {
    const word = pattern.exec(prompt)?.[1];
    return word ? [[level, word.charAt(0).toUpperCase() + word.slice(1).toLowerCase()] as const] : [];
  });
  return named.length >= 2 ? { levelNames: Object.fromEntries(named) } : {};
}
