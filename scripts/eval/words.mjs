// The prompt README's rule: a word counts in singular or plural form, case-insensitively.
export function wordForms(word) {
  const w = word.toLowerCase();
  const forms = new Set([w, `${w}s`, `${w}es`]);
  if (w.endsWith('ies')) forms.add(`${w.slice(0, -3)}y`);
  if (w.endsWith('y')) forms.add(`${w.slice(0, -1)}ies`);
  if (w.endsWith('es')) forms.add(w.slice(0, -2));
  if (w.endsWith('s')) forms.add(w.slice(0, -1));
  return [...forms];
}

export function hasWord(text, word) {
  const lower = text.toLowerCase();
  return wordForms(word).some((form) => lower.includes(form));
}

/** Expected words missing from the rendered text, and absent words still on it. */
export function checkWords(text, expect = [], absent = []) {
  return {
    missing: expect.filter((w) => !hasWord(text, w)),
    present: absent.filter((w) => hasWord(text, w)),
  };
}
