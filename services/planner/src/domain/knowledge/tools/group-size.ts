// How a list of people is to be shared out, as the prompt says it: "teams of 3", "tables of four",
// "5 per group", or "4 teams". The groups keep the person's noun ("Table 1", "People per table"), and
// numbers may be words (compromise reads "four" as 4).
import nlp from 'compromise';
import { singular } from '../../understanding/lexicon.js';

export interface GroupShare {
  /** The person's word for a group, singular: "team", "table", "group". */
  group?: string;
  /** People in each group, when the prompt gives a size. */
  size?: number;
  /** How many groups, when the prompt gives a count. */
  teams?: number;
}

const NUMBER = '(\\d{1,3}|[a-z]+)';
const SIZE_OF = new RegExp(`\\b([a-z]+?)s? of ${NUMBER}\\b`, 'gi');
const SIZE_PER = new RegExp(`\\b${NUMBER} (?:people |players |names )?(?:per|a|each) ([a-z]+)\\b`, 'gi');
const COUNT = new RegExp(`\\b${NUMBER} (teams|groups|tables|squads|sides|houses|pairs)\\b`, 'i');
/** Nouns a share of people goes into. */
const GROUPS = /^(team|group|table|squad|side|house|pair|pod|circle|crew)$/;

const numberOf = (word: string): number | undefined => {
  const n = /^\d+$/.test(word) ? Number(word) : (nlp(word).numbers().get() as number[])[0];
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 100 ? n : undefined;
};

export function readGroupShare(prompt: string): GroupShare {
  for (const m of prompt.matchAll(SIZE_OF)) {
    const group = singular(m[1]!.toLowerCase());
    const size = numberOf(m[2]!.toLowerCase());
    if (GROUPS.test(group) && size && size >= 2) return { group, size };
  }
  for (const m of prompt.matchAll(SIZE_PER)) {
    const group = singular(m[2]!.toLowerCase());
    const size = numberOf(m[1]!.toLowerCase());
    if (GROUPS.test(group) && size && size >= 2) return { group, size };
  }
  const count = COUNT.exec(prompt);
  const teams = count ? numberOf(count[1]!.toLowerCase()) : undefined;
  return teams && teams >= 2 ? { group: singular(count![2]!.toLowerCase()), teams } : {};
}
