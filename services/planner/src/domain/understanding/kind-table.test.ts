// The kind of app built for sentences of every shape, each with the other kinds' words in it: a records
// app that says "calculate", a game that "keeps score", a site that mentions a price calculator.
import { describe, expect, it } from 'vitest';
import { understandPrompt } from './understand.js';

async function kindBuilt(prompt: string): Promise<string> {
  try {
    return (await understandPrompt(prompt)).spec.kind;
  } catch {
    return 'refused';
  }
}

const RECORDS = [
  'We want to keep our projects, the tasks in each project and who owns each task, and calculate how many are open.',
  'projects: name, client, deadline; tasks: title, project, owner, hours. It should work out the hours left.',
  'Can you make something where each volunteer has shifts and it calculates their total hours this month?',
  'I need to track the jobs on each van, the driver, and how much each job costs',
  'my vinyl collection - artist, album, year, what I paid. calculate the total I spent',
  'a tracker for the games our chess club plays: who played, who won, the opening',
  'Keep a list of the board games we own, who lent each one and when it is due back',
  'log each workout with the exercise, sets, reps and weight, and work out my total volume',
  'Every tenant has a flat and pays rent each month; we record each payment and how much is still owed.',
  'Our choir: singers, the part each one sings, and the concerts they sang at',
  'I run a dog walking business. Each dog has an owner, and each walk has a date, the dog and a price.',
  'catalogue of the tools in our shed: tool name, who borrowed it, date borrowed',
  'we want to record every match our five-a-side team plays: opponent, date, goals for, goals against',
  'Recipes with ingredients and cooking time, and a shopping list of what I need to buy',
  'kepe track of my clients, the invoices I send each one and whether they are paid',
  'Inventory for the café: item, supplier, quantity in stock, cost per unit, and the value of the stock',
  'A register of the kids at holiday camp, their parent’s phone and any allergies',
  'I want to note down the books I read this year, the pages of each, and how many pages in total',
  'Bug reports for our game studio: title, severity, the level it happens on, who is fixing it',
  'a list of the songs our band plays at gigs, with the key and who sings lead',
  'I need to record the scores of every darts match in our pub league, with the players and the date',
  'my kids’ birthdays and how old each one is',
  'a fuel economy log for my car: date, litres, miles',
];

const DASHBOARDS = [
  'hydration dashboard: my daily goal is 2 litres; I log each glass and want today’s total beside the goal',
  'a dashboard of my step count each day with the goal of 10,000 and today’s steps',
  'KPI board for the shop: orders with a date and price, revenue this month and average order value',
  'reading dashboard – I log pages each night; show the goal of 30 a day and today’s pages',
  'Sales dashboard: each sale has a date, a product and an amount; show the total this week',
  'a dashboard for the gym: members, visits per day and the busiest hour',
  'Can I get a dashboard with my savings each month and the goal I’m saving towards?',
  'fundraising dashboard: donations with donor and amount, the target of £2,000 and how much is left',
  'a dashboard of my blog’s visits and sign-ups per week',
  'We need a dashboard of support tickets: opened per day, closed per day, and the average time to close',
  'energy use dashboard where I enter the meter reading each week and see the usage per month',
  'our bakery’s dashboard – loaves sold each day, the best seller and the takings',
  'dashboard for my running: each run with distance and time, the monthly goal and distance this month',
  'A sleep dashboard: each night I enter hours slept, show the average and my goal of 8 hours',
  'study dashboard. I log study sessions (subject, minutes); show minutes today and the weekly goal',
  'screen time dashboard with a daily limit, today’s minutes and the week’s trend',
  'a dashboard of the calories I eat per meal with today’s total and my daily target',
  'Could you build a dashboard for our food bank: parcels given out each day and the monthly target?',
  'habit dashboard: which habits I did each day, streaks, and the percentage done this month',
  'water intake dashboard: daily goal 2 litres, today’s glasses',
  'a running pace dashboard with each run’s distance and time',
  'Savings goal dashboard – what I put in each week and the goal of £3,000',
  'savings goal tracker with what I put in each week',
];

const SITES = [
  'A website for our sailing school: dinghy courses, boat hire and a price calculator',
  'Our swimming pool needs a website with opening hours, prices and a lessons timetable; a price calculator would be nice',
  'a site for my band with gigs, music and a contact form',
  'Landing page for my app: features, pricing, FAQ and a sign-up form',
  'I need a website for my dental practice where patients can see treatments and book an appointment',
  'website for our escape rooms: the rooms, prices per group size, and a booking form. We track bookings ourselves.',
  'portfolio site for a wedding photographer with galleries and an enquiry form',
  'a page for our 10k charity run with the route, the schedule and a registration form',
  'Could you make a website for our board game café? Games to play, opening hours, prices and events.',
  'A homepage for my plumbing business with services, prices and a quote request form',
  'we want a website for the village hall: events, hire rates and a booking request form',
  'Website for a yoga studio: class timetable, teachers, prices and a contact form',
  'a landing page for a budgeting app with features, testimonials and a download button',
  'make a site for our chess club with meeting times, the club ladder and how to join',
  'a web page for my bakery with the menu, opening times and a form to order a cake',
  'Our brewery needs a website: our beers, the taproom hours, tours and a contact form',
  'I’d love a website for my tutoring: subjects, rates, reviews and a form to book a lesson',
  'website for a campsite with pitches, prices per night, facilities and a booking form',
  'A one-pager for the school fair: date, stalls, games for kids and how to volunteer',
  'personal website with my CV, projects and a contact form',
];

const CALCULATORS = [
  'I keep a log of my road trips elsewhere, I just need a fuel cost calculator',
  'bmi calculator for my patients',
  'mortgage calculator: loan amount, rate and years, giving the monthly payment',
  'a calculator that works out the tip and splits the bill between friends',
  'How much paint do I need for a room? I want to enter the wall size',
  'compound interest calculator for my savings',
  'work out my take-home pay from my salary',
  'a tool to calculate VAT on a price',
  'discount calculator for our shop: price and percent off',
  'what is 15 percent of 80? a percentage calculator please',
  'loan payment calculator with the amount, interest rate and term',
  'I want to calculate my running pace from distance and time',
  'a calculator for how many days between two dates',
  'calculate my age from my date of birth',
  'profit margin calculator from cost and selling price',
  'electricity cost calculator: watts, hours a day and price per kWh',
  'GPA calculator for my courses and grades',
  'how much water should I drink a day? water intake calculator',
  'overtime pay calculator for my hourly rate and extra hours',
  'break-even calculator for my small business',
  'I keep mixing up my overtime. Could you make a page where I put in my hourly rate and the extra hours and it shows my overtime pay?',
  'I keep forgetting how to work out a tip: the bill, the tip percent, and how many of us are splitting it',
];

const GAMES = [
  'rock paper scissors against the computer, first to 5 wins, keep the score',
  'I want to play rock paper scissors and keep track of who wins',
  'snake game with a high score list',
  'can u make a game where i guess a number and it says higher or lower, tracking my best score',
  'hangman for my kids with a list of words to guess',
  'a memory game where you flip cards to find pairs, and it counts your moves',
  'tic tac toe against the computer with a score for each side',
  'Could you build me a game of connect four for two players?',
  'minesweeper with a timer',
  'sudoku puzzles to play on my phone',
  'a typing speed test game that records my words per minute',
  'whack-a-mole with a 30 second timer and a score',
  'pong against the computer, first to 10 points',
  'blackjack where I play against the dealer and keep my chips',
  'I need a simple game of chess to play with my son',
  'breakout game: bounce the ball and break the bricks, with lives and a score',
  'a 2048 game that keeps my best score',
  'Simon says memory game with colours and sounds',
  'space invaders game, shoot the aliens, keep a high score',
  'checkers for two players on one computer',
];

const TOOLS = [
  'somthing where I paste everyone’s names and it picks one at random',
  'a random name picker for my class',
  'Text message length checker: I type my message and it shows how many characters are left out of 160.',
  'word counter for my essays',
  'a page where I paste text and it counts the words',
  'qr code generator for a link',
  'convert text to base64',
  'a team maker that splits a list of people into random teams',
  'roman numeral converter',
  'I need a slug generator for my blog post titles',
  'case converter: uppercase, lowercase, title case',
  'regex tester to check my patterns against some text',
  'a diff checker to compare two pieces of text',
  'dice roller for board game nights',
  'colour palette generator for my designs',
  'lorem ipsum generator with a number of paragraphs',
  'a metronome for practising piano',
  'world clock showing London, New York and Tokyo',
  'morse code translator',
  'text reverser: paste a sentence and see it backwards',
];

// An opening sentence that only sets the scene ("my son plays chess") before the ask: the asking
// sentence says what is wanted.
const SCENE_FIRST = [
  'My son plays chess at a club. I would like to keep a record of every game: opponent, colour and result.',
  'We play five-a-side every Monday. Can you make something to log each match, the score and who played?',
  'My daughter plays the violin. I want to track her practice: the date, the piece and how long.',
  'I play golf most weekends. I want to keep track of my rounds: the course, my score and the weather.',
  'Our family plays a lot of board games. I would like to keep a log of each game night, the game and the winner.',
  'I convert old videos for people as a side job. I want to track each order, the customer and the price.',
  'We play bridge at the community centre. Could you make me a list of the players with their phone numbers?',
  'My kids play Minecraft far too much. I want to log their play time each day.',
  'I generate a lot of invoices for my clients. I need to keep track of which ones are paid.',
  'Our team plays in a darts league. Please make something to record each match and the scores.',
];

const TABLE: [string, string[]][] = [
  ['data', [...RECORDS, ...SCENE_FIRST]],
  ['dashboard', DASHBOARDS],
  ['site', SITES],
  ['calculator', CALCULATORS],
  ['game', GAMES],
  ['tool', TOOLS],
];

// A goal said with its number is read as a figure (build-measures), which leaves these with no records to
// compose, so they are refused; they should be a dashboard of the days' entries. Known gap, kept visible.
const GOAL_ONLY = [
  'I want a dashboard that shows how many cups of coffee I have each day against my limit of 3',
  'my daily water goal is 2 litres and I want to see today’s total against it',
];

describe('the kind of app built, with the other kinds’ words in the prompt', () => {
  it('builds a dashboard when the goal is all the prompt names', async () => {
    for (const prompt of GOAL_ONLY) expect(await kindBuilt(prompt)).toBe('dashboard');
  });

  for (const [kind, prompts] of TABLE) {
    it(`builds ${kind} for ${prompts.length} prompts of different shapes`, async () => {
      const built = await Promise.all(prompts.map(async (p) => [p, await kindBuilt(p)] as const));
      expect(built.filter(([, k]) => k !== kind)).toEqual([]);
    }, 60_000);
  }
});
