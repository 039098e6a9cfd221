// A limit on a text's length said in a prompt: "the limit is 300 words", "160 characters max", "a
// 2,000-character bio". The word counter then shows what is left of it, in the person's word for that
// ("left", "remaining"), as it is typed.

export interface TextLimit {
  count: number;
  unit: 'words' | 'characters';
  /** How the person says what is still free: "left" or "remaining". */
  left: string;
}

const LIMIT = /\b(\d{1,3}(?:,\d{3})*|\d+)[\s-]*(words?|characters?|chars?|letters?)\b/i;

export function readTextLimit(prompt: string): TextLimit | undefined {
  const m = LIMIT.exec(prompt);
  if (!m) return undefined;
  const count = Number(m[1]!.replace(/,/g, ''));
  if (!(count > 0 && count <= 100000)) return undefined;
  return {
    count,
    unit: /^word/i.test(m[2]!) ? 'words' : 'characters',
    left: /\bremain(?:s|ing)?\b/i.test(prompt) ? 'remaining' : 'left',
  };
}
