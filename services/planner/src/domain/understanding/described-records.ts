import type { DomainMatch } from './retrieval.js';
import { namedCollections } from './retrieval.js';
import { singular } from './lexicon.js';
import type { Phrase } from './phrases.js';
import { readNouns } from './read-nouns.js';

/**
 * "a list of podcasts to try, with host, topic, episode count": the person described their own records. A
 * domain found by that one noun alone (a podcast studio) whose collection lacks most of the listed fields
 * would build something else, so the records are built as described.
 */
export async function describedRecords(
  text: string,
  phrases: Phrase[],
  matches: DomainMatch[],
): Promise<boolean> {
  const top = matches[0];
  if (!top || top.domain.kind === 'site') return false;
  // Only the records the prompt starts with: "Invoices for my clients. Each invoice has line items with..."
  // is about invoices, whatever its line items hold.
  const nouns = await readNouns(text, phrases);
  const owner = nouns[0] && nouns[0].listed.length >= 3 ? nouns[0] : undefined;
  if (!owner) return false;
  const head = owner.noun.split(' ').at(-1) ?? '';
  const collection = top.domain.collections.find((c) =>
    [...(top.domain.aliases[c.name] ?? []), c.label.toLowerCase()].includes(head),
  );
  const byOneWord = top.named.every((n) => !n.includes(' '));
  if (!byOneWord) return false;
  // Found by its name alone, with none of its collections named: the person meant their own records.
  // Collections named only by a listed field ("episode count") do not make it the person's domain.
  if (!collection)
    return (
      namedCollections(
        top.domain,
        nouns.filter((n) => !n.inList).map((n) => n.noun),
      ).length === 0
    );
  const labels = collection.fields.map((f) => singular(f.label.toLowerCase()));
  const covered = owner.listed.filter((f) =>
    labels.some((l) => l.includes(singular(f.label.toLowerCase()))),
  ).length;
  return covered * 2 < owner.listed.length;
}
