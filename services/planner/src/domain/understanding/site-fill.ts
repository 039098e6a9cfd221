// A site section filled from what the person wrote for it: "pork belly bao 6" becomes a menu item with its
// price, "ceremony 2pm" a line of the schedule, "hot desk 150/month" a price tier, "walks, boat trips" the
// cards of a features section. Sections keep their recipe's placeholders only where the prompt gave nothing.
import type { CollectionSpec, FieldSpec, SectionSpec } from '@isekai/contracts';
import { inferField } from '../offline/field-typing.js';
import { capitalize } from './naming.js';

const TIME = /\b(?:from\s+)?(\d{1,2}(?::\d{2})?\s*(?:am|pm)|\d{1,2}:\d{2})\b/i;
const DAY =
  /\b(?:on\s+)?((?:mon|tues|wednes|thurs|fri|satur|sun)days?(?:\s+(?:mornings?|afternoons?|evenings?|nights?))?|every\s+\w+|weekly|monthly|daily|weekends?)\b/i;
/** A price: "6", "5.5", "£95", "from 600/month", "20 a day". */
const PRICE =
  /(?:\bfrom\s+)?[$£€]?\d+(?:[.,]\d+)?(?![-\w])(?:\s*(?:\/|per|a|an)\s*(month|week|night|day|year|hour|class|person|session))?/i;

const tidy = (text: string) =>
  capitalize(
    text
      .replace(/["“”]/g, '')
      .replace(/^(?:the|a|an|our)\s+/i, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );

/** "ceremony 2pm" -> { when: "2pm", title: "Ceremony" }; null when the detail says no time or day. */
function scheduleItem(detail: string): { when: string; title: string } | null {
  const found = TIME.exec(detail) ?? DAY.exec(detail);
  if (!found) return null;
  const title = tidy(detail.replace(found[0], ' ').replace(/\s+(?:on|at|from)\s*$/i, ''));
  return { when: capitalize(found[1]!), title: title || capitalize(found[1]!) };
}

/** "pork belly bao 6" -> { name: "Pork belly bao", price: "6" }. */
function menuItem(detail: string): { name: string; price?: string } {
  const price = /\s+([$£€]?\d+(?:[.,]\d{1,2})?)\s*$/.exec(detail);
  return price ? { name: tidy(detail.slice(0, price.index)), price: price[1]! } : { name: tidy(detail) };
}

/** "hot desk 150/month" -> a tier "Hot desk", "150", "per month"; without a number, the price is asked. */
function pricingItem(detail: string) {
  const found = /\d/.test(detail) ? PRICE.exec(detail) : null;
  if (!found) return { name: tidy(detail), price: 'Ask us', features: [] as string[] };
  const name = tidy(detail.replace(found[0], ' ').replace(/\s+(?:at|for|from|costs?)\s*$/i, ''));
  const amount = found[0].replace(/\s*(?:\/|per|a|an)\s*\w+$/i, '').trim();
  return {
    name: name || tidy(detail),
    price: amount,
    ...(found[1] ? { period: `per ${found[1].toLowerCase()}` } : {}),
    features: [] as string[],
  };
}

/** Menu groups: "sides: kimchi fries, edamame" starts a group of its own. */
function menuGroups(title: string, details: string[]) {
  const groups: { name: string; items: { name: string; price?: string }[] }[] = [{ name: title, items: [] }];
  for (const detail of details) {
    const group = /^([^:]{2,30}):\s*(.+)$/.exec(detail);
    if (group) groups.push({ name: tidy(group[1]!), items: [menuItem(group[2]!)] });
    else groups.at(-1)!.items.push(menuItem(detail));
  }
  return groups.filter((g) => g.items.length > 0);
}

/**
 * The section with the part's title and, where the prompt gave them, its items. A schedule whose details
 * name no times, or a menu of no prices, is still the person's list: it becomes cards of those items.
 */
export function filledSection(section: SectionSpec, title: string, details: string[]): SectionSpec {
  const items = details.map((d) => d.trim()).filter(Boolean);
  switch (section.type) {
    case 'menu':
      return items.length ? { ...section, title, items: menuGroups(title, items) } : { ...section, title };
    case 'schedule': {
      const lines = items.map(scheduleItem);
      if (items.length && lines.every(Boolean))
        return { ...section, title, items: lines as { when: string; title: string }[] };
      return items.length ? cardsOf(title, items) : { ...section, title };
    }
    case 'pricing':
      return items.length ? { ...section, title, items: items.map(pricingItem) } : { ...section, title };
    case 'gallery':
      return items.length
        ? { ...section, title, items: items.map((t) => ({ title: tidy(t) })) }
        : { ...section, title };
    case 'features':
      if (allPriced(items)) return { type: 'pricing', title, items: items.map(pricingItem) };
      return items.length ? cardsOf(title, items) : { ...section, title };
    case 'text':
      return items.length ? cardsOf(title, items) : { ...section, title };
    case 'hero':
    case 'form':
    case 'collection':
    case 'stats':
    case 'chart':
    case 'tool':
      return section;
    default:
      return { ...section, title };
  }
}

/** A detail that gives a price: "hot desk 150/month", "day pass 20", "from £95 a night". */
const PRICED = /[$£€]\s?\d|\b\d+(?:[.,]\d+)?\s*(?:\/|per\s)\s*[a-z]+|\s\d+(?:[.,]\d{1,2})?$/i;

/** Several details, each with a price: a list of prices, whatever section it was asked in. */
export const allPriced = (details: string[]) => details.length > 1 && details.every((d) => PRICED.test(d));

/** The person's items as cards: "walks", "boat trips", "pubs". */
export function cardsOf(title: string, details: string[]): SectionSpec {
  return { type: 'features', title, items: details.map((d) => ({ title: tidy(d), text: '' })) };
}

/**
 * "a form with title, author, your name and email": the fields the person listed, typed by their words,
 * with a name and an email first when they are missing so the owner can reply.
 */
export function formFields(details: string[]): FieldSpec[] {
  const fields: FieldSpec[] = [];
  for (const detail of details) {
    const field = inferField(detail.replace(/^(?:a form with|your|their|the)\s+/i, ''));
    if (field && !fields.some((f) => f.name === field.name)) fields.push(field);
  }
  return fields;
}

/** The collection with the listed fields when at least two were read, keeping a required text field. */
export function withListedFields(collection: CollectionSpec, details: string[]): CollectionSpec {
  const listed = formFields(details);
  if (listed.length < 2) return collection;
  const hasText = listed.some((f) => f.type === 'text');
  const first = collection.fields.find((f) => f.type === 'text');
  const fields = hasText || !first ? listed : [first, ...listed];
  return { ...collection, fields };
}
