// The needs a sandboxed app cannot meet, each with the words that ask for it and what is built instead.
import type { FieldSpec } from '@isekai/contracts';
import { namesOf } from './naming.js';
import { phonedPeople } from './need-verbs.js';
import type { Need } from './needs.js';

/** A field of a stand-in, named from its label. */
function field(label: string, type: FieldSpec['type'], extra: Partial<FieldSpec> = {}): FieldSpec {
  return { name: namesOf(label).name, label, type, ...extra };
}

/** What stands in for a message or call the app cannot send: reminders about the prompt's thing, due in the app. */
function reminders(...extra: FieldSpec[]): NonNullable<Need['standIn']> {
  return {
    noun: 'reminder',
    ofSubject: true,
    about: true,
    fields: [
      field('Name', 'text', { required: true }),
      field('Remind on', 'date', { default: 'today' }),
      ...extra,
      field('Notes', 'longtext'),
    ],
  };
}

/** Words that ask for data fetched on its own: "live departures", "updates every hour". */
const LIVE_WORDS = String.raw`\b(?:live|real[- ]?time) (?:news|traffic|departures|arrivals|feeds?|updates)\b|\bfrom the (?:internet|web)\b|\blive from\b|\b(?:refresh(?:es|ed|ing)?|updat(?:es|ed|ing)) (?:itself )?(?:automatically|every (?:few )?(?:seconds?|minutes?|hours?))\b|\bautomatically (?:pull|fetch|import|sync|download)(?:s|ed|ing)?\b|\b(?:fetch(?:es|ed|ing)?|pull(?:s|ed|ing)?(?: in)?|download(?:s|ed|ing)?) from\b|\b(?:app|it|that|which) (?:fetch|pull|download)(?:es|s)\b|\bsync(?:s|ed|ing)?\b(?! with)`;
const FETCH_VERB = String.raw`(?:pull|fetch|import|sync)(?:s|ed|ing)?`;
const FETCHED_FROM = String.raw`(?:automatically|from (?:strava|fitbit|garmin|spotify|google|instagram|twitter|amazon|ebay))\b(?: automatically\b)?`;

export const NEEDS: Need[] = [
  {
    pattern: /\b(?:(?:live|real[- ]?time|today's|current) )?(?:weather|forecasts?)\b/i,
    what: 'Live weather',
    instead: 'apps have no network, so there is no live weather: built forecasts you fill in by hand',
    standIn: {
      noun: 'forecast',
      ofSubject: false,
      fields: [
        field('Place', 'text', { required: true }),
        field('Date', 'date', { default: 'today' }),
        field('Conditions', 'choice', { options: ['Sunny', 'Cloudy', 'Rain', 'Snow', 'Wind'] }),
        field('High °C', 'number'),
        field('Low °C', 'number'),
      ],
    },
  },
  {
    pattern:
      /\b(?:stock|share|crypto(?:currency)?|bitcoin|exchange) (?:prices?|quotes?|rates?|tickers?)\b|\b(?:live|real[- ]?time) (?:[a-z]+ ){0,2}?(?:prices?|quotes?|rates?)\b/i,
    what: 'Live prices',
    instead: 'apps have no network, so prices are typed in rather than fetched',
    standIn: {
      noun: 'price',
      ofSubject: false,
      kindOf: /(?<![-'])\b([a-z]+) (?:prices?|quotes?|tickers?)\b/i,
      fields: [
        field('Symbol', 'text', { required: true }),
        field('Price', 'money', { min: 0 }),
        field('Date', 'date', { default: 'today' }),
        field('Notes', 'longtext'),
      ],
    },
  },
  {
    pattern:
      /\b(?:live|real[- ]?time) (?:[a-z]+ ){0,2}?(?:scores?|results?|standings|fixtures)\b|\b(?:scores?|results?) as they happen\b/i,
    what: 'Live scores',
    instead: 'apps have no network, so no scores are fetched: built matches whose scores you enter',
    standIn: {
      noun: 'match',
      ofSubject: false,
      kindOf: /(?<![-'])\b([a-z]+) (?:scores?|results?|standings|fixtures)\b/i,
      fields: [
        field('Home team', 'text', { required: true }),
        field('Away team', 'text'),
        field('Home score', 'number', { min: 0 }),
        field('Away score', 'number', { min: 0 }),
        field('Date', 'date', { default: 'today' }),
      ],
    },
  },
  {
    // "the latest headlines from BBC News": news comes from elsewhere, so the headlines are kept by hand.
    pattern: /\b(?:latest|breaking|today's|top) (?:news|headlines|stories)\b|\bheadlines\b|\bnews ?feeds?\b/i,
    what: 'News from the internet',
    instead: 'apps have no network, so no news is fetched: built headlines you add by hand',
    standIn: {
      noun: 'headline',
      ofSubject: false,
      fields: [
        field('Headline', 'text', { required: true }),
        field('Source', 'text'),
        field('Date', 'date', { default: 'today' }),
        field('Link', 'url'),
        field('Notes', 'longtext'),
      ],
    },
  },
  {
    // "refreshed every hour", "pull my runs from Strava automatically", "live from the inverter": what is
    // fetched on its own.
    pattern: new RegExp(`${LIVE_WORDS}|\\b${FETCH_VERB} (?:[a-z]+ ){0,3}?${FETCHED_FROM}`, 'i'),
    // "imports my runs from Strava": the verb and where from are ways of doing, the runs are records.
    means: new RegExp(
      `${LIVE_WORDS}|\\b${FETCH_VERB}(?=(?: [a-z]+){0,3}? ${FETCHED_FROM})|\\b${FETCHED_FROM}`,
      'i',
    ),
    what: 'Live data from the internet',
    instead: 'apps have no network, so nothing is fetched: what the app shows is typed in',
  },
  {
    // "connects to my smart thermostat", "link up to my bank account": another device or account is reached
    // over the network, so what it would give is typed in (the rooms and their temperature).
    pattern:
      /\b(?:connect|link|sync|hook|pair|integrate)(?:s|ed|ing)?(?: (?:it|them|this|up))?(?: up)? (?:to|with|into) (?:my |our |the |your |their )?(?:[a-z]+ ){0,2}?(?:thermostats?|meters?|sensors?|devices?|lights?|plugs?|doorbells?|watch(?:es)?|phones?|cars?|bank(?: accounts?)?|accounts?|apps?|calendars?|spreadsheets?|api)\b|\bsmart (?:thermostats?|meters?|plugs?|lights?|doorbells?|home (?:devices?|hub))\b|\b(?:over|via|by|through) (?:wi-?fi|bluetooth|nfc|zigbee)\b/i,
    what: 'Connecting to other devices and accounts',
    instead:
      'apps have no network, so nothing is read from another device or account: what it would give is typed in by hand',
  },
  {
    pattern:
      /\b(?:(?:and )?(?:show|see|tell me) )?where (?:(?:my|our|the|it|they|he|she) )?(?:[a-z]+ )?(?:is|are) (?:right )?now\b|\btracking numbers?\b|\b(?:flight|delivery|shipping) status\b|\blive location\b/i,
    what: 'Live tracking',
    instead:
      'apps have no network, so nothing is looked up with the carrier: built records whose status and location you update by hand',
    standIn: {
      noun: 'delivery',
      ofSubject: true,
      fields: [
        field('Tracking number', 'text', { required: true }),
        field('Carrier', 'text'),
        field('Status', 'choice', { options: ['Ordered', 'On its way', 'Out for delivery', 'Delivered'] }),
        field('Location', 'text'),
        field('Updated', 'date', { default: 'today' }),
      ],
    },
  },
  {
    pattern:
      /\b(?:online|multiplayer|multi-player|over the internet|remote) (?:play|game|match|players?)\b|\bplay (?:online|with friends online|against people online)\b|\bmultiplayer\b|\btheir own (?:computers?|phones?|devices?)\b/i,
    what: 'Online multiplayer',
    instead: 'online multiplayer play needs a network: built it for players taking turns on one screen',
  },
  {
    pattern:
      /\b(?:send|sends|sending|email|e-mail)s? (?:(?:me|us|them) )?(?:an? )?(?:emails?|e-mails?|newsletters?|notifications?|reminders?|confirmations?)\b|\b(?:e-?mails?|e-?mailing) (?:them|me|us|it|(?:each|every|all)(?: of)?(?: (?:my|our|the|their))? [a-z]+)\b|\bby e-?mail\b|\bnewsletter (?:sending|blast)\b/i,
    means: /\bby e-?mail\b|\be-?mail(?:s|ing)? (?:me|them|us|it|out)\b/i,
    what: 'Sending email',
    instead: 'apps have no network, so no email is sent: messages are stored and listed in the app',
  },
  {
    pattern:
      /\b(?:(?:by|via|over|with|send(?:s|ing)?(?: me)?(?: an?)?) )?(?:sms|texts? messages?|whatsapp|push notifications?)\b|\btext me\b/i,
    what: 'SMS, text messages and push notifications',
    instead: 'apps have no network, so none are sent: the date to remind you on shows in the app',
    standIn: reminders(),
  },
  {
    // Taking money, not keeping a record of it: "mooring payments" and "rent payments" are records.
    pattern:
      /\b(?:(?:take|takes|taking|accept|accepts|accepting|process|processing|collect|online|card|in-app|with) payments?|payments? (?:online|by card)|checkout|pay online|pay by card|stripe|paypal|credit cards?|subscriptions? billing)\b|(?<!check[- ]in (?:and|then|or) |(?:want|like|love|going|need) to )\bcheck(?:ing)?[- ]out\b(?!\s+(?:dates?|times?|days?|(?:the|a|an|my|our|their|your|some|of)\b|[a-z]+s\b))|\bpay(?:s|ing)? (?:[^,.;:]{0,30}? )?(?:online|by card|with (?:a |their )?card|through [a-z]+|via [a-z]+|at (?:the )?checkout|by (?:direct debit|standing order|bank transfer))\b|\bdirect debits?\b/i,
    // "customers pay by card at the checkout": the clause that asks to pay is a way of doing, never a field.
    means:
      /\b(?:customers? |clients? |people |they )?pay(?:s|ing)? (?:[^,.;:]{0,30}? )?(?:online|by card|with (?:a |their )?card|through [a-z]+|via [a-z]+|at (?:the )?checkout|by (?:direct debit|standing order|bank transfer))\b|\bdirect debits?\b|\b(?:(?:take|takes|taking|accept|accepts|accepting|process|processing|collect|online|card|in-app|with) payments?|checkout|stripe|paypal|credit cards?)\b|(?<!check[- ]in (?:and|then|or) |(?:want|like|love|going|need) to )\bcheck(?:ing)?[- ]out\b(?!\s+(?:dates?|times?|days?|(?:the|a|an|my|our|their|your|some|of)\b|[a-z]+s\b))/i,
    what: 'Online payments',
    instead:
      'apps have no network, so no payment is taken (no card payments, no checkout): orders and amounts are recorded',
  },
  {
    // "ring my mum every evening", "call the patients the day before": an app cannot phone anyone.
    pattern:
      /\b(?:ring|call|phone)(?:s|ing)? (?:me|him|her|them|us|my [a-z]+|our [a-z]+|the [a-z]+s|each|every|everyone)\b|\b(?:phone|voice|robo) ?calls?\b/i,
    what: 'Phone calls',
    instead: 'apps cannot make phone calls: built reminders that show in the app when they are due',
    saidBy: phonedPeople,
    // The number is what the person would have been called about: the call is still theirs to make.
    standIn: reminders(field('Time', 'time'), field('Number to call', 'text')),
  },
  {
    // "each pupil logs in with their own account": everyone who opens a generated app sees all of it.
    pattern:
      /\b(?:log|sign)(?:s|ged|ging)? in (?:with|to|as|using)\b|\b(?:log|sign)s? in\b|\blogin (?:page|screen|system|form|with)\b|\buser accounts?\b|\btheir own accounts?\b|\baccounts? for (?:each|every)\b|\bpassword[- ]protected\b/i,
    what: 'Accounts and sign-in',
    instead: 'apps have no accounts or sign-in, so everyone who opens the app sees and edits all of it',
  },
  {
    pattern:
      /\b(?:automatically )?translat(?:e|es|ed|ing)\b(?: (?:any |my |the )?(?:text|words|phrases|sentences)\b)?|\b(?:automatic|machine|instant) translations?\b/i,
    what: 'Automatic translation',
    instead: 'apps have no network and no translation model: built a list of translations you write',
    standIn: {
      noun: 'translation',
      ofSubject: false,
      fields: [
        field('Original text', 'longtext', { required: true }),
        field('Language', 'text'),
        field('Translation', 'longtext'),
      ],
    },
  },
  {
    // The app itself would be the model: "a chatbot that answers questions".
    pattern:
      /\b(?:an? )?(?:ai |smart |virtual |voice )?chat ?bots?\b|\b(?:an? )?(?:ai|smart|virtual|voice) assistants?\b|\bspeech recognition\b|\bvoice commands?\b/i,
    what: 'An AI assistant',
    instead:
      'apps have no network and no model, so there is no AI answer in the app: built questions with the answers you write',
    standIn: {
      noun: 'question',
      ofSubject: false,
      overBlueprints: true,
      fields: [
        field('Question', 'text', { required: true }),
        field('Answer', 'longtext'),
        field('Topic', 'text'),
      ],
    },
  },
  {
    pattern:
      /\b(?:an? )?(?:ai|chat ?gpt|gpt|llm|language model|machine learning)\b(?! (?:chat ?bots?|assistants?)\b)/i,
    what: 'AI',
    instead: 'apps have no network and no model, so nothing in the app is written by AI',
  },
  {
    pattern:
      /\b(?:google|facebook|github|apple|social) (?:login|sign[- ]?in|auth)\b|\bsingle sign[- ]on\b|\boauth\b/i,
    what: 'Sign-in with another service',
    instead: 'apps have no network, so there is no sign-in with other services',
  },
  {
    pattern:
      /\b(?:gps|geo-?location)\b|\btrack(?:s|ing)? (?:my |the |your )?(?:location|position|routes?)\b/i,
    what: 'GPS and location',
    instead:
      'apps have no network and no location, so nothing follows where you go: built a log of the routes you enter',
    standIn: {
      noun: 'route',
      ofSubject: true,
      fields: [
        field('Date', 'date', { required: true, default: 'today' }),
        field('Route', 'text'),
        field('Distance', 'number', { min: 0, unit: 'km' }),
        field('Duration', 'number', { min: 0, unit: 'minutes' }),
        field('Notes', 'longtext'),
      ],
    },
  },
  {
    pattern: /\b(?:(?:show )?an? )?(?:maps?(?: of)?|directions)\b|\b(?:near|around|close to) me\b/i,
    what: 'Maps and location',
    instead:
      'apps have no network and no location, so no map loads: built a list with the addresses you enter',
    standIn: {
      noun: 'place',
      ofSubject: true,
      fields: [
        field('Name', 'text', { required: true }),
        field('Address', 'text'),
        field('Area', 'text'),
        field('Notes', 'longtext'),
      ],
    },
  },
  {
    pattern:
      /\b(?:video (?:calls?|chats?|meetings?|conferenc(?:e|es|ing))|live stream(?:ing)?|webcam|zoom calls?)\b/i,
    what: 'Live video',
    instead:
      'apps have no network for live video: built the meetings, with their date and notes, to keep by hand',
    standIn: {
      noun: 'meeting',
      ofSubject: true,
      overBlueprints: true,
      fields: [
        field('Date', 'date', { required: true, default: 'today' }),
        field('Time', 'time'),
        field('Topic', 'text'),
        field('Notes', 'longtext'),
      ],
    },
  },
  {
    pattern: /\b(?:upload(?:s|ing)? (?:photos?|images?|files?|pictures?)|photo uploads?|file uploads?)\b/i,
    what: 'Uploading files',
    instead: 'pictures are given by their web address instead of uploaded',
  },
  {
    pattern:
      /\b(?:scrap(?:e|ing)|fetch(?:es|ing)? from|import(?:s|ing)? from (?:the )?(?:web|internet|url|site)|rss)\b/i,
    what: 'Reading other websites',
    instead: 'apps have no network, so nothing is fetched from other sites',
  },
];
