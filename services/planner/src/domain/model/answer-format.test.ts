import { describe, expect, it } from 'vitest';
import { fileBeingWritten, parseAnswer } from './answer-format.js';

describe(parseAnswer.name, () => {
  it('reads the plan and each file between markers', () => {
    const parsed = parseAnswer(
      'Intro text\n=== PLAN ===\n{"title":"Notes","summary":"A notes app","notes":["No React"]}\n=== FILE: server.js ===\nconsole.log(1);\n=== FILE: public/index.html ===\n<h1>Hi</h1>\n=== END ===\ntrailing words',
    );
    expect(parsed).toEqual({
      title: 'Notes',
      summary: 'A notes app',
      notes: ['No React'],
      files: { 'server.js': 'console.log(1);\n', 'public/index.html': '<h1>Hi</h1>\n' },
      problems: [],
    });
  });

  it('removes a code fence around a file and a leading ./', () => {
    const parsed = parseAnswer('=== FILE: ./app.js ===\n```javascript\nlet a = 1;\n```\n=== END ===');
    expect(parsed.files).toEqual({ 'app.js': 'let a = 1;\n' });
  });

  it('names what is wrong with an answer it cannot read', () => {
    expect(parseAnswer('I would build a nice app.').problems).toEqual([
      expect.stringMatching(/no files found/),
    ]);
    expect(parseAnswer('=== PLAN ===\n{title: bad}\n=== FILE: a.js ===\n1\n').problems).toEqual([
      'the PLAN section is not valid JSON',
    ]);
    expect(parseAnswer('=== FILE: a.js ===\n1\n=== FILE: a.js ===\n2\n').problems).toEqual([
      '"a.js" is given twice',
    ]);
  });
});

describe(fileBeingWritten.name, () => {
  it('names the last complete file marker', () => {
    expect(fileBeingWritten('=== FILE: server.js ===\ncode\n=== FILE: public/app.js ===\nmore')).toBe(
      'public/app.js',
    );
    expect(fileBeingWritten('=== FILE: server.js ===\ncode\n=== FILE: pub')).toBe('server.js');
  });
});
