// What an app is asked to do that a sandboxed app cannot: it has no network, sends no mail and takes no
// payments. Each need found becomes a plain "left out" line saying what was built instead.
export interface Need {
  /** What was asked, as a person would say it. */
  what: string;
  /** Why it is not there and what stands in for it. */
  instead: string;
}

const NEEDS: [RegExp, Need][] = [
  [
    /\b(weather|forecast)\b/i,
    {
      what: 'Live weather',
      instead: 'apps have no network, so there is no live weather: built a version you fill in',
    },
  ],
  [
    /\b(stock|share|crypto|bitcoin|exchange) (?:prices?|quotes?|rates?|tickers?)\b|\blive (?:prices?|rates?|scores?)\b/i,
    { what: 'Live prices', instead: 'apps have no network, so prices are typed in rather than fetched' },
  ],
  [
    /\b(online|multiplayer|multi-player|over the internet|remote) (?:play|game|match|players?)\b|\bplay (?:online|with friends online|against people online)\b|\bmultiplayer\b/i,
    { what: 'Online play', instead: 'online play needs a network: built it for players on one screen' },
  ],
  [
    /\b(send|sends|sending|email|e-mail)s? (?:an? )?(?:emails?|e-mails?|newsletters?|notifications?|reminders?|confirmations?)\b|\bemail (?:them|me|notifications?|reminders?)\b|\bnewsletter (?:sending|blast)\b/i,
    {
      what: 'Sending email',
      instead: 'apps have no network, so no email is sent: messages are stored in the app',
    },
  ],
  [
    /\b(sms|text messages?|whatsapp|push notifications?)\b/i,
    {
      what: 'Text messages and push notifications',
      instead: 'apps have no network, so none are sent: reminders show in the app',
    },
  ],
  [
    /\b(payments?|checkout|pay online|stripe|paypal|credit cards?|subscriptions? billing)\b/i,
    {
      what: 'Online payments',
      instead: 'apps have no network, so no payment is taken: orders and amounts are recorded',
    },
  ],
  [
    /\b(ai|chat ?gpt|gpt|llm|language model|machine learning|chatbot|smart assistant)\b/i,
    {
      what: 'An AI assistant',
      instead: 'apps have no network and no model, so there is no AI answer in the app',
    },
  ],
  [
    /\b(google|facebook|github|apple|social) (?:login|sign[- ]?in|auth)\b|\bsingle sign[- ]on\b|\boauth\b/i,
    {
      what: 'Sign-in with another service',
      instead: 'apps have no network, so there is no sign-in with other services',
    },
  ],
  [
    /\b(maps?|directions|gps|geolocation)\b/i,
    { what: 'Maps', instead: 'apps have no network, so maps cannot load: addresses are shown as text' },
  ],
  [
    /\b(video calls?|live stream(?:ing)?|webcam|voice calls?)\b/i,
    { what: 'Live video', instead: 'apps have no network for live video' },
  ],
  [
    /\b(upload(?:s|ing)? (?:photos?|images?|files?|pictures?)|photo uploads?|file uploads?)\b/i,
    { what: 'Uploading files', instead: 'pictures are given by their web address instead of uploaded' },
  ],
  [
    /\b(scrap(?:e|ing)|fetch(?:es|ing)? from|import(?:s|ing)? from (?:the )?(?:web|internet|url|site)|rss)\b/i,
    {
      what: 'Reading other websites',
      instead: 'apps have no network, so nothing is fetched from other sites',
    },
  ],
];

export function readNeeds(prompt: string): Need[] {
  return NEEDS.filter(([pattern]) => pattern.test(prompt)).map(([, need]) => need);
}

export function needLines(needs: Need[]): string[] {
  return needs.map((n) => `${n.what}: ${n.instead}.`);
}
