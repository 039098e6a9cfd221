// A prompt pasted from a document or a chat box often carries markdown: "# Title", "## Pages", "**Team**",
// "**What we make:** pasta". The readers after this one read words, lines, bullets and "Label: details";
// the marks themselves would become titles ("**Home**", a page called "##"). So the marks go, and a
// heading keeps what it meant: the label of the list under it ("## Pages" over bullets reads "Pages:"),
// or of the paragraph under it ("**Team**" over "The partners and the architects." reads
// "Team: The partners and the architects."). The first line is the document's title and stays a line.

/** A line that is only a heading: "## Pages", "**Team**", "__Contact__:" — its words. */
const HEADING = /^[ \t]*(?:#{1,6}[ \t]+(.+?)[ \t]*#*|\*\*([^*\n]+?)\*\*:?|__([^_\n]+?)__:?)[ \t]*$/;
const BULLET = /^[ \t]*(?:[-*•]|\d+[.)])[ \t]+\S/;
/** Bold or underscored words inside a line: "**Studio Norde**, an architecture practice". */
const EMPHASIS = /\*\*([^*\n]+?)\*\*|__([^_\n]+?)__/g;

const bare = (line: string) => line.replace(EMPHASIS, (_m, a?: string, b?: string) => a ?? b ?? '');

/** The prompt without markdown's marks, each heading joined to what it heads. */
export function withoutMarkdown(text: string): string {
  if (!/[#*_]/.test(text)) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const heading = HEADING.exec(lines[i]!);
    if (!heading) {
      out.push(bare(lines[i]!));
      continue;
    }
    const words = bare(heading[1] ?? heading[2] ?? heading[3] ?? '').replace(/:$/, '');
    let next = i + 1;
    while (next < lines.length && lines[next]!.trim() === '') next++;
    const under = lines[next];
    if (under !== undefined && BULLET.test(under)) out.push(`${words}:`);
    else if (out.every((l) => l.trim() === '') || under === undefined || HEADING.test(under)) out.push(words);
    else {
      // The paragraph under the heading is its details, on the heading's line.
      out.push(`${words}: ${bare(under.trim())}`);
      i = next;
    }
  }
  return out.join('\n');
}
