import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TEXT_TRANSFORM_TOOLS } from './text-transforms.js';

// The transforms are the app's own module, loaded here as the page loads it.
type Transforms = Record<string, { label: string; run: (t: string) => string | null }>;
const modulePath = fileURLToPath(
  new URL('../../../../assets/app/public/js/tools/text-transforms.js', import.meta.url),
);
const { TRANSFORMS } = (await import(modulePath)) as { TRANSFORMS: Transforms };
const run = (id: string, text: string) => TRANSFORMS[id]!.run(text);
const kind = (id: string) => TEXT_TRANSFORM_TOOLS.find((t) => t.id === id)!;
const named = (id: string, prompt: string) => kind(id).readOptions!(prompt).transforms as string[];

describe('the text transforms', () => {
  it('cases', () => {
    const ids = ['upper', 'lower', 'title', 'sentence', 'camel', 'pascal', 'snake', 'kebab', 'constant'];
    const all = Object.fromEntries(ids.map((id) => [TRANSFORMS[id]!.label, run(id, 'hello WORLD, fooBar')]));
    expect(all).toEqual({
      UPPERCASE: 'HELLO WORLD, FOOBAR',
      lowercase: 'hello world, foobar',
      'Title Case': 'Hello World, Foobar',
      'Sentence case': 'Hello world, foobar',
      camelCase: 'helloWorldFooBar',
      PascalCase: 'HelloWorldFooBar',
      snake_case: 'hello_world_foo_bar',
      'kebab-case': 'hello-world-foo-bar',
      CONSTANT_CASE: 'HELLO_WORLD_FOO_BAR',
    });
  });

  it('Base64 of "hello" is aGVsbG8=, Unicode survives both ways, bad input gives null', () => {
    expect(run('base64-encode', 'hello')).toBe('aGVsbG8=');
    expect(run('base64-decode', 'aGVsbG8=')).toBe('hello');
    expect(run('base64-decode', run('base64-encode', 'héllo 👋 日本')!)).toBe('héllo 👋 日本');
    expect(run('base64-encode', 'é')).toBe('w6k=');
    expect(run('base64-decode', '!!!')).toBeNull();
  });

  it('URL encoding, slugs, reversed text and HTML entities', () => {
    expect(run('url-encode', 'a b&c')).toBe('a%20b%26c');
    expect(run('url-decode', 'a%20b+c')).toBe('a b c');
    expect(run('url-decode', '100%')).toBeNull();
    expect(run('slug', 'Hello World, Again!')).toBe('hello-world-again');
    expect(run('slug', '  Crème brûlée: 10 tips ')).toBe('creme-brulee-10-tips');
    expect(run('reverse', 'stressed')).toBe('desserts');
    expect(run('reverse-words', 'one two  three')).toBe('three  two one');
    expect(run('html-escape', '<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
    expect(run('html-unescape', '&lt;b&gt; &#233; &#x41; &nope;')).toBe('<b> é A &nope;');
  });

  it('Roman numerals both ways, within what they can write', () => {
    expect(run('to-roman', '1994')).toBe('MCMXCIV');
    expect(run('to-roman', '3999')).toBe('MMMCMXCIX');
    expect(run('to-roman', '0')).toBeNull();
    expect(run('to-roman', '4000')).toBeNull();
    expect(run('to-roman', 'XII')).toBeNull();
    expect(run('from-roman', 'mcmxciv')).toBe('1994');
    expect(run('from-roman', 'IIII')).toBeNull();
    expect(run('from-roman', '12')).toBeNull();
  });

  it('number bases, any length, with prefixes and signs', () => {
    expect(run('hex-to-decimal', 'ff')).toBe('255');
    expect(run('hex-to-decimal', '0xFF')).toBe('255');
    expect(run('decimal-to-hex', '255')).toBe('FF');
    expect(run('decimal-to-binary', '-10')).toBe('-1010');
    expect(run('binary-to-octal', '0b111111')).toBe('77');
    expect(run('decimal-to-hex', '18446744073709551615')).toBe('FFFFFFFFFFFFFFFF');
    expect(run('binary-to-decimal', '102')).toBeNull();
    expect(run('decimal-to-hex', 'ff')).toBeNull();
    expect(TRANSFORMS['hex-to-decimal']!.label).toBe('Hexadecimal to decimal');
  });

  it('Morse code, ROT13 and the bits of a text, each read back', () => {
    expect(run('to-morse', 'SOS')).toBe('... --- ...');
    expect(run('to-morse', 'hi there')).toBe('.... .. / - .... . .-. .');
    expect(run('from-morse', '.... .. / - .... . .-. .')).toBe('HI THERE');
    expect(run('from-morse', '... --- ...')).toBe('SOS');
    expect(run('to-morse', 'ü')).toBeNull();
    expect(run('from-morse', '.-.-.-.-.-')).toBeNull();
    expect(run('rot13', 'Hello, World')).toBe('Uryyb, Jbeyq');
    expect(run('rot13', run('rot13', 'Why did the chicken?')!)).toBe('Why did the chicken?');
    expect(run('to-bits', 'Hi')).toBe('01001000 01101001');
    expect(run('to-bits', 'é')).toBe('11000011 10101001');
    expect(run('from-bits', '0100100001101001')).toBe('Hi');
    expect(run('from-bits', '0101')).toBeNull();
  });

  it('every kind shows transforms the module has, labelled, with 8 or more synonyms', () => {
    for (const t of TEXT_TRANSFORM_TOOLS) {
      for (const id of t.options.transforms as string[])
        expect(TRANSFORMS[id], `${t.id}: ${id}`).toBeDefined();
      expect(t.synonyms.length, t.id).toBeGreaterThanOrEqual(8);
    }
  });

  it('shows what the prompt names: single transforms first, whole kinds, others joining', () => {
    expect(named('case-converter', 'case converter: UPPERCASE, lowercase, Title Case').slice(0, 3)).toEqual([
      'upper',
      'lower',
      'title',
    ]);
    expect(named('case-converter', 'a tool to make text snake case').slice(0, 1)).toEqual(['snake']);
    expect(named('base64', 'base64 encoder')).toEqual(['base64-encode', 'base64-decode']);
    expect(named('url-encoder', 'url encoder that also does base64')).toEqual([
      'url-encode',
      'url-decode',
      'base64-encode',
      'base64-decode',
    ]);
    expect(named('slug-generator', 'slug maker for the titles of my blog')).toEqual(['slug']);
    expect(named('slug-generator', 'slug maker, and reverse text too')).toEqual([
      'slug',
      'reverse',
      'reverse-words',
    ]);
    expect(named('roman-numerals', 'numbers to roman numerals')).toEqual(['to-roman', 'from-roman']);
    expect(named('number-base', 'hexadecimal to decimal converter')).toEqual([
      'hex-to-decimal',
      'decimal-to-hex',
    ]);
    expect(named('number-base', 'binary to decimal and decimal to binary')).toEqual([
      'binary-to-decimal',
      'decimal-to-binary',
    ]);
    expect(named('number-base', 'a number base converter')).toHaveLength(12);
    // The words that name one kind name no other inside them: "text to binary converter" is no base converter.
    expect(named('text-binary', 'text to binary converter')).toEqual(['to-bits', 'from-bits']);
    expect(named('morse-code', 'morse code translator and a binary converter')).toHaveLength(14);
  });
});
