// Stack words ("in React with Tailwind") are preferences about how an app is built. Generated apps are
// plain HTML, CSS and JavaScript that start at once with no install step and no network, so a stack
// word is honoured where that can be done without its packages and said plainly where it cannot.
export interface StackWord {
  name: string;
  /** How the generated app honours it. */
  honoured: string;
}

const STACK: [RegExp, StackWord][] = [
  [
    /\breact(?:\.?js)?\b/i,
    {
      name: 'React',
      honoured: 'the page is built from small components in plain JavaScript modules, without React itself',
    },
  ],
  [
    /\bnext\.?js\b/i,
    {
      name: 'Next.js',
      honoured: 'pages are client-side routes of one app served by its own small Node server',
    },
  ],
  [
    /\bvue(?:\.?js)?\b|\bnuxt\b/i,
    {
      name: 'Vue',
      honoured: 'the page is built from small components in plain JavaScript modules, without Vue itself',
    },
  ],
  [
    /\bsvelte(?:kit)?\b/i,
    { name: 'Svelte', honoured: 'plain JavaScript modules stand in for Svelte components' },
  ],
  [/\bangular\b/i, { name: 'Angular', honoured: 'plain JavaScript modules stand in for Angular components' }],
  [
    /\bastro\b/i,
    {
      name: 'Astro',
      honoured: 'content is rendered as static sections, as Astro would ship it, without Astro itself',
    },
  ],
  [
    /\btailwind(?:\s?css)?\b/i,
    {
      name: 'Tailwind',
      honoured: 'styles are one small stylesheet with theme variables instead of Tailwind classes',
    },
  ],
  [
    /\bbootstrap\b/i,
    {
      name: 'Bootstrap',
      honoured: 'a responsive grid and components in its spirit, from one small stylesheet',
    },
  ],
  [
    /\bmaterial(?:[- ]?ui| design)?\b|\bmui\b/i,
    {
      name: 'Material UI',
      honoured: 'cards, elevation and clear buttons in the Material spirit, without the library',
    },
  ],
  [
    /\bchakra\b|\bshadcn\b|\bant design\b/i,
    { name: 'a component library', honoured: 'the app uses its own small set of components instead' },
  ],
  [
    /\btypescript\b/i,
    {
      name: 'TypeScript',
      honoured: 'the code is JavaScript checked with // @ts-check, so it runs with no build step',
    },
  ],
  [
    /\b(postgres(?:ql)?|mysql|mongo(?:db)?|firebase|supabase|redis)\b/i,
    {
      name: 'a database server',
      honoured: 'records are kept in JSON files inside the app, since apps reach no database server',
    },
  ],
  [
    /\bexpress(?:\.?js)?\b/i,
    {
      name: 'Express',
      honoured: 'the server uses only Node’s built-in http module, like a minimal Express app',
    },
  ],
];

/** Stack words named in the prompt, each once. */
export function readStack(prompt: string): StackWord[] {
  const found: StackWord[] = [];
  for (const [pattern, word] of STACK) {
    // "material" alone is a fabric, not a library: only with ui/design or as MUI.
    if (pattern.test(prompt) && !found.some((f) => f.name === word.name)) found.push(word);
  }
  return found;
}

export function stackNote(words: StackWord[]): string[] {
  return words.map(
    (w) => `Asked for ${w.name}: generated apps run with no install step and no network, so ${w.honoured}.`,
  );
}
