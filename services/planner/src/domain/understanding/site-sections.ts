// Sections a site prompt can ask for by name ("with pricing tiers, an FAQ and a contact form"), each with
// modest placeholder copy made from the site's name and topic, and the collection a form stores into.
import type { CollectionSpec, SectionSpec } from '@isekai/contracts';
import { capitalize } from './naming.js';

export interface SiteWords {
  name: string;
  topic: string;
}

export interface SectionRecipe {
  /** Words that ask for it. */
  asked: RegExp;
  /** The section type it makes (a page that has one already is not given another). */
  type: SectionSpec['type'];
  /** The page it belongs on when the site has several. */
  page: string;
  /** `asked` is the prompt's own words for it ("mailing list"), used for the form's title. */
  build(words: SiteWords, asked?: string): { section: SectionSpec; collection?: CollectionSpec };
}

const email = { name: 'email', label: 'Email', type: 'email' as const, required: true };
const personName = { name: 'name', label: 'Name', type: 'text' as const, required: true };

function formOf(
  title: string,
  collection: CollectionSpec,
  submitLabel: string,
  thanks: string,
): { section: SectionSpec; collection: CollectionSpec } {
  return { section: { type: 'form', title, collection: collection.name, submitLabel, thanks }, collection };
}

/** "Join the mailing list", "Register", "Volunteer with us": the form says what the prompt asked for. */
function signUpTitle(name: string, asked: string | undefined): string {
  const words = (asked ?? '').toLowerCase();
  if (/newsletter/.test(words)) return 'Sign up for the newsletter';
  if (/subscribe/.test(words)) return 'Subscribe';
  if (/mailing list/.test(words)) return 'Join the mailing list';
  if (/regist/.test(words)) return 'Register';
  if (/volunteer/.test(words)) return 'Volunteer with us';
  if (/donat/.test(words)) return 'Donate';
  if (/wait ?list/.test(words)) return 'Join the waitlist';
  if (/waiting list/.test(words)) return 'Join the waiting list';
  return `Join ${name}`;
}

/**
 * A section is headed with the person's word for it ("Photos", "Packages", "Reviews") unless the usual
 * heading already says it ("Meet the team" for "team"); "faq" is written as the initials it is.
 */
export function headed(asked: string | undefined, usual: string): string {
  const word = (asked ?? '').trim().replace(/\s+/g, ' ');
  if (!word || usual.toLowerCase().includes(word.toLowerCase()) || /\s(?:from|the)$/i.test(word))
    return usual;
  if (/^faqs?$/i.test(word)) return word.toUpperCase().replace(/S$/, 's');
  return capitalize(word.toLowerCase());
}

/** "services" and "what we do" name what a business does; "features" and "benefits" what a product has. */
function featuresTitle(asked: string | undefined): string {
  const words = (asked ?? '').toLowerCase();
  if (/services?|what we (?:do|offer)/.test(words)) return 'Services';
  if (/features?/.test(words)) return 'Features';
  if (/benefits/.test(words)) return 'Benefits';
  return 'What you get';
}

/** "Make a reservation", "Request an appointment": a booking form says what the person books. */
function bookingTitle(asked: string | undefined): string {
  const words = (asked ?? '').toLowerCase();
  if (/\btours?\b/.test(words)) return 'Book a tour';
  if (/reserv/.test(words)) return 'Make a reservation';
  if (/appointment/.test(words)) return 'Request an appointment';
  return 'Make a booking';
}

/** "Send an enquiry", "Get in touch": a contact form says what the person called it. */
function contactTitle(asked: string | undefined): string {
  const word = /enquir|inquir/.exec((asked ?? '').toLowerCase())?.[0];
  if (word) return `Send an ${word}y`;
  if (/get in touch/i.test(asked ?? '')) return 'Get in touch';
  return 'Contact us';
}

function requestTitle(asked: string | undefined): string {
  const words = (asked ?? '').toLowerCase();
  if (/catering/.test(words)) return 'Catering request';
  if (/order/.test(words)) return 'Place an order';
  if (/estimate/.test(words)) return 'Request an estimate';
  if (/commission/.test(words)) return 'Request a commission';
  return 'Request a quote';
}

export const SECTION_RECIPES: SectionRecipe[] = [
  {
    asked: /\b(pricing|prices|plans?|tiers?|packages)\b/i,
    type: 'pricing',
    page: 'Pricing',
    build: ({ name }, asked) => ({
      section: {
        type: 'pricing',
        title: headed(/^tiers?$/i.test(asked ?? '') ? undefined : asked, 'Pricing'),
        items: [
          { name: 'Starter', price: 'Free', features: [`Try ${name}`, 'One project', 'Community help'] },
          {
            name: 'Pro',
            price: '$12',
            period: 'per month',
            features: ['Everything in Starter', 'Unlimited projects', 'Priority help'],
            highlighted: true,
          },
          {
            name: 'Team',
            price: '$49',
            period: 'per month',
            features: ['Everything in Pro', 'Up to 20 people', 'Shared workspace'],
          },
        ],
      },
    }),
  },
  {
    asked: /\b(faqs?|frequently asked|questions)\b/i,
    type: 'faq',
    page: 'FAQ',
    build: ({ name, topic }, asked) => ({
      section: {
        type: 'faq',
        title: headed(asked, 'Frequently asked questions'),
        items: [
          {
            question: `What is ${name}?`,
            answer: `${name} is ${topic}. Everything you need is on this site.`,
          },
          {
            question: 'How do I get in touch?',
            answer: 'Use the contact form and we will reply as soon as we can.',
          },
          {
            question: 'Where can I find prices?',
            answer: 'Prices are listed on this site and kept up to date.',
          },
        ],
      },
    }),
  },
  {
    asked: /\b(testimonials?|reviews?|what (?:our )?(?:customers|clients|people) say|quotes from)\b/i,
    type: 'testimonials',
    page: 'Home',
    build: ({ name }, asked) => ({
      section: {
        type: 'testimonials',
        title: headed(asked, 'What people say'),
        items: [
          { quote: `${name} made it easy from the first day.`, name: 'Sam Rivera', role: 'Customer' },
          { quote: 'Friendly, quick and exactly what we needed.', name: 'Priya Shah', role: 'Customer' },
          { quote: 'We recommend it to everyone we know.', name: 'Jonas Berg', role: 'Customer' },
        ],
      },
    }),
  },
  {
    asked: /\b(galler(?:y|ies)|portfolio|photos|pictures|images|work samples)\b/i,
    type: 'gallery',
    page: 'Gallery',
    build: ({ topic }, asked) => ({
      section: {
        type: 'gallery',
        title: headed(/^galler/i.test(asked ?? '') ? undefined : asked, 'Gallery'),
        items: [
          'Morning light',
          'In the studio',
          'Details',
          'On location',
          'Colour study',
          'Behind the scenes',
        ].map((t) => ({
          title: t,
          caption: topic,
        })),
      },
    }),
  },
  {
    asked: /\b(team|staff|our people|meet the|founders?|about us|who we are)\b/i,
    type: 'team',
    page: 'About',
    build: ({ name }, asked) => ({
      section: {
        type: 'team',
        title: headed(asked, 'Meet the team'),
        items: [
          { name: 'Alex Morgan', role: 'Founder', bio: `Started ${name} and still answers every message.` },
          { name: 'Jamie Chen', role: 'Operations', bio: 'Keeps everything running on time.' },
          { name: 'Riley Okafor', role: 'Customer care', bio: 'Here to help with anything you need.' },
        ],
      },
    }),
  },
  {
    asked: /\b(menu|dishes|drinks)\b/i,
    type: 'menu',
    page: 'Menu',
    build: () => ({
      section: {
        type: 'menu',
        title: 'Menu',
        items: [
          {
            name: 'To start',
            items: [
              { name: 'Soup of the day', price: '6.50' },
              { name: 'Garden salad', price: '7.00' },
            ],
          },
          {
            name: 'Mains',
            items: [
              { name: 'House special', price: '14.00' },
              { name: 'Vegetable curry', price: '12.50' },
            ],
          },
          {
            name: 'Drinks',
            items: [
              { name: 'Coffee', price: '3.00' },
              { name: 'Fresh juice', price: '4.00' },
            ],
          },
        ],
      },
    }),
  },
  {
    asked: /\b(opening hours|hours|open(?:ing)? times|when (?:we are|you are|it is) open)\b/i,
    type: 'hours',
    page: 'Home',
    build: () => ({
      section: {
        type: 'hours',
        title: 'Opening hours',
        items: [
          { days: 'Mon–Fri', hours: '8:00–18:00' },
          { days: 'Saturday', hours: '9:00–17:00' },
          { days: 'Sunday', hours: 'Closed' },
        ],
      },
    }),
  },
  {
    asked: /\b(schedule|agenda|programme|program|timetable|itinerary)\b/i,
    type: 'schedule',
    page: 'Schedule',
    build: (_words, asked) => ({
      section: {
        type: 'schedule',
        title: headed(asked, 'Schedule'),
        items: [
          { when: '09:00', title: 'Welcome', detail: 'Doors open, coffee and name badges' },
          { when: '10:00', title: 'Opening talk' },
          { when: '12:30', title: 'Lunch' },
          { when: '14:00', title: 'Workshops' },
          { when: '17:00', title: 'Closing and drinks' },
        ],
      },
    }),
  },
  {
    asked: /\b(features?|services?|what we (?:do|offer)|benefits)\b/i,
    type: 'features',
    page: 'Home',
    build: ({ name }, asked) => ({
      section: {
        type: 'features',
        title: featuresTitle(asked),
        items: [
          { title: 'Simple', text: `${name} keeps things clear and easy.` },
          { title: 'Reliable', text: 'Always there when you need it.' },
          { title: 'Personal', text: 'Made for you, with care.' },
        ],
      },
    }),
  },
  {
    asked: /\b(rsvps?|répondez)\b/i,
    type: 'form',
    page: 'RSVP',
    build: () =>
      formOf(
        'RSVP',
        {
          name: 'rsvp',
          label: 'RSVP',
          plural: 'RSVPs',
          fields: [
            personName,
            email,
            { name: 'attending', label: 'Attending', type: 'boolean' },
            { name: 'guests', label: 'Guests', type: 'number', min: 0, max: 10 },
            { name: 'message', label: 'Message', type: 'longtext' },
          ],
        },
        'Send RSVP',
        'Thank you! Your RSVP has been received.',
      ),
  },
  {
    asked:
      /\b(book(?:ing)? (?:a |an )?(?:table|appointment|session|class|visit|stay|room|tour|lesson|viewing|trial)|bookings?|reservations?|reserve (?:an? |the |your |my |our )?(?:table|seat|place|spot|ticket|room|pitch|slot|date)s?|appointments?)\b/i,
    type: 'form',
    page: 'Book',
    build: (_words, asked) =>
      formOf(
        bookingTitle(asked),
        {
          name: 'booking',
          label: 'Booking',
          plural: 'Bookings',
          fields: [
            personName,
            email,
            { name: 'date', label: 'Date', type: 'date', required: true },
            { name: 'time', label: 'Time', type: 'time' },
            { name: 'notes', label: 'Notes', type: 'longtext' },
          ],
        },
        'Request booking',
        'Thank you! Your booking request has been received.',
      ),
  },
  {
    asked:
      /\b(sign[- ]?ups?|register|registration|waitlist|wait list|waiting list|newsletter|mailing list|subscribe|join (?:us|the list)|donat(?:e|ions?)|volunteer(?:s|ing)?)\b/i,
    type: 'form',
    page: 'Sign up',
    build: ({ name }, asked) =>
      formOf(
        signUpTitle(name, asked),
        { name: 'signup', label: 'Sign-up', plural: 'Sign-ups', fields: [personName, email] },
        'Sign up',
        'Thank you for signing up!',
      ),
  },
  {
    asked:
      /\b(?:free |a )?quotes?\b(?! from)|\bestimates?\b|\bcatering\b|\bcommissions?\b|\border (?:form|an?|one|your)\b|\bplace an order\b/i,
    type: 'form',
    page: 'Request',
    build: (_words, asked) =>
      formOf(
        requestTitle(asked),
        {
          name: 'request',
          label: 'Request',
          plural: 'Requests',
          fields: [
            personName,
            email,
            { name: 'phone', label: 'Phone', type: 'phone' },
            { name: 'date', label: 'Date', type: 'date' },
            { name: 'details', label: 'Details', type: 'longtext', required: true },
          ],
        },
        'Send request',
        'Thank you! Your request has been received; we will reply soon.',
      ),
  },
  {
    asked: /\b(contact|get in touch|message us|enquir(?:y|ies)|inquir(?:y|ies)|reach us)\b/i,
    type: 'form',
    page: 'Contact',
    build: (_words, asked) =>
      formOf(
        contactTitle(asked),
        {
          name: 'message',
          label: 'Message',
          plural: 'Messages',
          fields: [
            personName,
            email,
            { name: 'message', label: 'Message', type: 'longtext', required: true },
          ],
        },
        'Send message',
        'Thank you! Your message has been received.',
      ),
  },
];
