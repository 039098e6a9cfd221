import { COMPOSED_BLUEPRINT, SPEC_VERSION, type AppSpec } from '@isekai/contracts';
import { composeSite } from './compose-site.js';
import type { DomainMatch } from './retrieval.js';
import { siteWords } from './site-words.js';
import type { Reading } from './understanding-types.js';

/** The website the prompt asks for, from the site domain it is about (if one was found) and its words. */
export async function siteSpec(reading: Reading, siteMatch: DomainMatch | undefined): Promise<AppSpec> {
  const { clean, text, phrases, steps, notes } = reading;
  const words = siteWords(clean, phrases, siteMatch?.domain.name ?? 'our place');
  const site = await composeSite(text, words, siteMatch?.domain ?? null);
  if (site.placeholders.length > 0)
    notes.push(
      `Sections named in the prompt (${site.placeholders.join(', ')}) have placeholder text to replace with your own.`,
    );
  steps.push(
    siteMatch ? `Recognised a ${siteMatch.domain.name.toLowerCase()} site.` : 'Read the prompt as a website.',
  );
  if (site.added.length > 0) steps.push(`Added what the prompt asked for: ${site.added.join(', ')}.`);
  return {
    version: SPEC_VERSION,
    kind: 'site',
    blueprint: COMPOSED_BLUEPRINT,
    title: words.name,
    description: '',
    collections: site.collections,
    pages: site.pages,
    theme: reading.look.theme,
    domains: site.domains,
    options: {},
  };
}
