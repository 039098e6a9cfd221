// @ts-check
// The sides of a game for two as a person reads them: the players' names the prompt gave ("Sam", "Priya")
// with the side's own name ("Sam (X)"), the colours it named for the sides ("Blue"), or the side's own name.

/**
 * @param {Record<string, any>} options `names`: the players' names; `colors`: [{ name, hex }] of the sides
 * @param {[string, string]} own the game's own names for its sides ("White", "Black")
 * @param {{ colored?: boolean }} [how] `colored`: the game paints its sides in the prompt's colours
 * @returns {{ name: string, side: string, hex?: string }[]} `name`: who plays it; `side`: its colour or mark
 */
export function sideNames(options, own, how) {
  const names = Array.isArray(options.names) ? options.names : [];
  const colors = how && how.colored && Array.isArray(options.colors) ? options.colors : [];
  return own.map((side, i) => {
    const color = colors[i] && typeof colors[i].name === 'string' ? colors[i] : null;
    const sideName = color ? color.name : side;
    const person = typeof names[i] === 'string' && names[i] ? names[i] : '';
    return {
      name: person ? person + ' (' + sideName + ')' : sideName,
      side: sideName,
      hex: color ? color.hex : undefined,
    };
  });
}
