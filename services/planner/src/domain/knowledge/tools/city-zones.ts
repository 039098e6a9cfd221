// Cities a person names in a prompt ("a world clock for Tokyo, London and New York") and their IANA
// time zones, which the app's Intl reads. A few other names people use point at the same city.

export interface City {
  name: string;
  zone: string;
}

const CITY_ZONES: readonly [string, string][] = [
  ['Honolulu', 'Pacific/Honolulu'],
  ['Anchorage', 'America/Anchorage'],
  ['Los Angeles', 'America/Los_Angeles'],
  ['San Francisco', 'America/Los_Angeles'],
  ['Seattle', 'America/Los_Angeles'],
  ['Vancouver', 'America/Vancouver'],
  ['Las Vegas', 'America/Los_Angeles'],
  ['Phoenix', 'America/Phoenix'],
  ['Denver', 'America/Denver'],
  ['Mexico City', 'America/Mexico_City'],
  ['Chicago', 'America/Chicago'],
  ['Houston', 'America/Chicago'],
  ['Dallas', 'America/Chicago'],
  ['New York', 'America/New_York'],
  ['Toronto', 'America/Toronto'],
  ['Montreal', 'America/Toronto'],
  ['Boston', 'America/New_York'],
  ['Washington', 'America/New_York'],
  ['Miami', 'America/New_York'],
  ['Atlanta', 'America/New_York'],
  ['Bogotá', 'America/Bogota'],
  ['Lima', 'America/Lima'],
  ['Caracas', 'America/Caracas'],
  ['Santiago', 'America/Santiago'],
  ['Buenos Aires', 'America/Argentina/Buenos_Aires'],
  ['São Paulo', 'America/Sao_Paulo'],
  ['Rio de Janeiro', 'America/Sao_Paulo'],
  ['Reykjavík', 'Atlantic/Reykjavik'],
  ['Lisbon', 'Europe/Lisbon'],
  ['London', 'Europe/London'],
  ['Dublin', 'Europe/Dublin'],
  ['Edinburgh', 'Europe/London'],
  ['Madrid', 'Europe/Madrid'],
  ['Barcelona', 'Europe/Madrid'],
  ['Paris', 'Europe/Paris'],
  ['Brussels', 'Europe/Brussels'],
  ['Amsterdam', 'Europe/Amsterdam'],
  ['Berlin', 'Europe/Berlin'],
  ['Munich', 'Europe/Berlin'],
  ['Frankfurt', 'Europe/Berlin'],
  ['Zurich', 'Europe/Zurich'],
  ['Geneva', 'Europe/Zurich'],
  ['Rome', 'Europe/Rome'],
  ['Milan', 'Europe/Rome'],
  ['Vienna', 'Europe/Vienna'],
  ['Prague', 'Europe/Prague'],
  ['Warsaw', 'Europe/Warsaw'],
  ['Copenhagen', 'Europe/Copenhagen'],
  ['Oslo', 'Europe/Oslo'],
  ['Stockholm', 'Europe/Stockholm'],
  ['Helsinki', 'Europe/Helsinki'],
  ['Athens', 'Europe/Athens'],
  ['Istanbul', 'Europe/Istanbul'],
  ['Kyiv', 'Europe/Kyiv'],
  ['Moscow', 'Europe/Moscow'],
  ['Cairo', 'Africa/Cairo'],
  ['Lagos', 'Africa/Lagos'],
  ['Nairobi', 'Africa/Nairobi'],
  ['Johannesburg', 'Africa/Johannesburg'],
  ['Cape Town', 'Africa/Johannesburg'],
  ['Casablanca', 'Africa/Casablanca'],
  ['Tel Aviv', 'Asia/Jerusalem'],
  ['Jerusalem', 'Asia/Jerusalem'],
  ['Riyadh', 'Asia/Riyadh'],
  ['Tehran', 'Asia/Tehran'],
  ['Dubai', 'Asia/Dubai'],
  ['Abu Dhabi', 'Asia/Dubai'],
  ['Doha', 'Asia/Qatar'],
  ['Karachi', 'Asia/Karachi'],
  ['Mumbai', 'Asia/Kolkata'],
  ['Delhi', 'Asia/Kolkata'],
  ['New Delhi', 'Asia/Kolkata'],
  ['Bangalore', 'Asia/Kolkata'],
  ['Kolkata', 'Asia/Kolkata'],
  ['Kathmandu', 'Asia/Kathmandu'],
  ['Dhaka', 'Asia/Dhaka'],
  ['Bangkok', 'Asia/Bangkok'],
  ['Hanoi', 'Asia/Bangkok'],
  ['Ho Chi Minh City', 'Asia/Ho_Chi_Minh'],
  ['Jakarta', 'Asia/Jakarta'],
  ['Kuala Lumpur', 'Asia/Kuala_Lumpur'],
  ['Singapore', 'Asia/Singapore'],
  ['Manila', 'Asia/Manila'],
  ['Hong Kong', 'Asia/Hong_Kong'],
  ['Taipei', 'Asia/Taipei'],
  ['Shanghai', 'Asia/Shanghai'],
  ['Beijing', 'Asia/Shanghai'],
  ['Shenzhen', 'Asia/Shanghai'],
  ['Seoul', 'Asia/Seoul'],
  ['Tokyo', 'Asia/Tokyo'],
  ['Osaka', 'Asia/Tokyo'],
  ['Perth', 'Australia/Perth'],
  ['Adelaide', 'Australia/Adelaide'],
  ['Brisbane', 'Australia/Brisbane'],
  ['Sydney', 'Australia/Sydney'],
  ['Melbourne', 'Australia/Melbourne'],
  ['Auckland', 'Pacific/Auckland'],
  ['Wellington', 'Pacific/Auckland'],
  ['UTC', 'UTC'],
];

/** Other names for a city of the table. */
const ALIASES: Readonly<Record<string, string>> = {
  nyc: 'New York',
  'new york city': 'New York',
  manhattan: 'New York',
  la: 'Los Angeles',
  sf: 'San Francisco',
  'washington dc': 'Washington',
  'washington d.c.': 'Washington',
  bombay: 'Mumbai',
  calcutta: 'Kolkata',
  bengaluru: 'Bangalore',
  peking: 'Beijing',
  saigon: 'Ho Chi Minh City',
  kiev: 'Kyiv',
  'sao paulo': 'São Paulo',
  bogota: 'Bogotá',
  reykjavik: 'Reykjavík',
  zürich: 'Zurich',
  gmt: 'UTC',
};

export const CITIES: readonly City[] = CITY_ZONES.map(([name, zone]) => ({ name, zone }));

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const plain = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Every way to name a city, longest first so "New York City" wins over "New York". */
const NAMES: readonly [string, City][] = [
  ...CITIES.map((c): [string, City] => [plain(c.name), c]),
  ...Object.entries(ALIASES).map(([alias, name]): [string, City] => [
    plain(alias),
    CITIES.find((c) => c.name === name)!,
  ]),
].sort((a, b) => b[0].length - a[0].length);

/** The cities a text names, in the order it names them, each once. */
export function findCities(text: string): City[] {
  const hay = plain(text);
  const found: { at: number; end: number; city: City }[] = [];
  for (const [name, city] of NAMES) {
    // "LA" and "SF" only as capitals: "la" is a word in many languages and songs.
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of hay.matchAll(pattern)) {
      const at = m.index;
      const end = at + name.length;
      if (name.length <= 2 && text.slice(at, end) !== name.toUpperCase()) continue;
      if (found.some((f) => at < f.end && end > f.at)) continue;
      found.push({ at, end, city });
    }
  }
  const seen = new Set<string>();
  return found
    .sort((a, b) => a.at - b.at)
    .map((f) => f.city)
    .filter((c) => !seen.has(c.name) && seen.add(c.name));
}
