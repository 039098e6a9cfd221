import { describe, expect, it } from 'vitest';
import type { AppSpec, SectionSpec } from '@isekai/contracts';
import { withoutMarkdown } from './plain-text.js';
import { says } from './site-coverage.js';
import { understandPrompt } from './understand.js';

const titleOf = (s: SectionSpec) => (s.type === 'hero' ? s.heading : 'title' in s ? (s.title ?? '') : '');
/** Every title a visitor reads: pages and sections. */
const titles = (spec: AppSpec) => spec.pages.flatMap((p) => [p.title, ...p.sections.map(titleOf)]);

describe('markdown marks are read as what they mean', () => {
  it.each([
    ['## Pages\n- Home\n- Menu', 'Pages:\n- Home\n- Menu'],
    [
      'Site brief\n\n**Team**\nThe partners and the architects.',
      'Site brief\n\nTeam: The partners and the architects.',
    ],
    ['# Pasta Fresca\nA little shop.', 'Pasta Fresca\nA little shop.'],
    ['**What we make:** tagliatelle and gnocchi', 'What we make: tagliatelle and gnocchi'],
    ['**Studio Norde**, an architecture practice', 'Studio Norde, an architecture practice'],
    ['Our site\n__Contact__\n\nA form to write to us.', 'Our site\nContact: A form to write to us.'],
    ['a to-do list with 3 * 4 grids', 'a to-do list with 3 * 4 grids'],
  ])('%j', (text, plain) => {
    expect(withoutMarkdown(text)).toBe(plain);
  });
});

describe('a site brief in markdown has the pages its headings name, without the marks', () => {
  it.each([
    [
      '# Riverside Market\n\nOur website.\n\n## Pages\n- **Stalls**: the food stalls\n- **Visit**: parking and getting here',
      ['Stalls', 'Visit'],
    ],
    [
      'Site for Studio Norde\n\n**Projects**\nOur recent work.\n\n**Team**\nThe partners, with bios.\n\n**Contact**\nAddress and phone.',
      ['Projects', 'Team', 'Contact'],
    ],
    [
      '# Hilltop Kennels\n\nA website for our kennels.\n\n## Boarding\nRuns and prices.\n\n## Grooming\nBaths and clips.\n\n## Reviews\nWhat owners say.',
      ['Boarding', 'Grooming', 'Reviews'],
    ],
    [
      'Website for Tidewater Kayaks\n\n**Tours**\nSunset paddles and full days.\n\n**Rentals**\nKayaks by the hour.\n\n**FAQ**\nWhat to wear.',
      ['Tours', 'Rentals', 'FAQ'],
    ],
    [
      '## Maple Dental\n\nWebsite brief for the practice.\n\n### Pages\n1. **Treatments**: check-ups and whitening\n2. **Our dentists**: the team\n3. **Prices**: the fees',
      ['Treatments', 'Our dentists', 'Prices'],
    ],
    [
      'Site for the Fern Bar\n\n**Cocktails**\nClassics and our own.\n\n**Events**\nQuiz night on Tuesdays.\n\n**Find us**\nUnder the arches.',
      ['Cocktails', 'Events', 'Find us'],
    ],
    [
      '# Copper Kettle Café\n\nWe need a website.\n\n## Menu\nBreakfasts and cakes.\n\n## Gallery\nPhotos of the café.\n\n## Opening hours\nEvery day from 8.',
      ['Menu', 'Gallery', 'Opening hours'],
    ],
    [
      'Website for Lumen\n\n__Docs__\nHow to install it.\n\n__Changelog__\nWhat changed.\n\n__Blog__\nRelease notes.',
      ['Docs', 'Changelog', 'Blog'],
    ],
    [
      '# Green Thumb Landscaping\n\nThe website should have these.\n\n## Services\n- **Lawns**: mowing and feeding\n- **Hedges**: trimming\n- **Patios**: laying and cleaning',
      ['Lawns', 'Hedges', 'Patios'],
    ],
    [
      '**Ashford Choir** website\n\n**Concerts**\nOur spring and winter concerts.\n\n**Join us**\nRehearsals on Wednesdays.\n\n**Team**\nOur conductor and accompanist.',
      ['Concerts', 'Team'],
    ],
  ])('%j', async (prompt, wanted) => {
    const { spec } = await understandPrompt(prompt);
    expect(titles(spec).filter((t) => /[*#_]/.test(t))).toEqual([]);
    for (const word of wanted)
      expect(
        titles(spec).some((t) => says(t, word)),
        word,
      ).toBe(true);
  });
});
