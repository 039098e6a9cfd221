import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The generated app's Markdown renderer (assets/app/public/js/tools/markdown.mjs), a plain ES module.
const path = fileURLToPath(new URL('../../../assets/app/public/js/tools/markdown.mjs', import.meta.url));
const { renderMarkdown } = (await import(path)) as { renderMarkdown: (source: string) => string };

describe('renderMarkdown', () => {
  it.each([
    ['# Title', '<h1>Title</h1>'],
    ['### Small *one*', '<h3>Small <em>one</em></h3>'],
    [
      '**bold**, __also__ and ~~gone~~',
      '<p><strong>bold</strong>, <strong>also</strong> and <del>gone</del></p>',
    ],
    ['- one\n- two', '<ul><li>one</li><li>two</li></ul>'],
    ['1. first\n2. second', '<ol><li>first</li><li>second</li></ol>'],
    ['> quoted\n> still', '<blockquote><p>quoted<br>still</p></blockquote>'],
    ['```\n<b>x</b>\n```', '<pre><code>&lt;b&gt;x&lt;/b&gt;</code></pre>'],
    ['a `*not em*` b', '<p>a <code>*not em*</code> b</p>'],
    ['---', '<hr>'],
    [
      '[site](https://example.org)',
      '<p><a href="https://example.org" rel="noopener noreferrer" target="_blank">site</a></p>',
    ],
    ['[bad](javascript:void0)', '<p>bad</p>'],
    ['<script>alert(1)</script>', '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>'],
    ['![cat](/cat.png)', '<p><img alt="cat" src="/cat.png"></p>'],
    ['line one\nline two\n\nnext', '<p>line one<br>line two</p>\n<p>next</p>'],
  ])('%j', (source, html) => {
    expect(renderMarkdown(source)).toBe(html);
  });
});
