/** The first "<n> <word>" of a prompt within bounds: "4 teams", "120 bpm". */
export function readCount(prompt: string, words: RegExp, min: number, max: number): number | undefined {
  const m = new RegExp(`\\b(\\d{1,4})\\s*(?:${words.source})\\b`, 'i').exec(prompt);
  const n = m ? Number(m[1]) : NaN;
  return n >= min && n <= max ? n : undefined;
}
