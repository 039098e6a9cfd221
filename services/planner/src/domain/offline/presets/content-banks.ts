/** Built-in questions and cards: the offline engine has no model to write them, so it ships a few good sets. */

export interface QuizQuestion {
  question: string;
  choices: string[];
  answer: string;
}

const CAPITALS: [string, string, string[]][] = [
  ['France', 'Paris', ['Lyon', 'Marseille', 'Nice']],
  ['Japan', 'Tokyo', ['Osaka', 'Kyoto', 'Nagoya']],
  ['Australia', 'Canberra', ['Sydney', 'Melbourne', 'Perth']],
  ['Canada', 'Ottawa', ['Toronto', 'Vancouver', 'Montreal']],
  ['Brazil', 'Brasília', ['Rio de Janeiro', 'São Paulo', 'Salvador']],
  ['Egypt', 'Cairo', ['Alexandria', 'Giza', 'Luxor']],
  ['Germany', 'Berlin', ['Munich', 'Hamburg', 'Frankfurt']],
  ['Kenya', 'Nairobi', ['Mombasa', 'Kisumu', 'Nakuru']],
  ['India', 'New Delhi', ['Mumbai', 'Bangalore', 'Kolkata']],
  ['Argentina', 'Buenos Aires', ['Córdoba', 'Rosario', 'Mendoza']],
];

const SPACE: QuizQuestion[] = [
  {
    question: 'Which planet is closest to the Sun?',
    choices: ['Mercury', 'Venus', 'Mars', 'Earth'],
    answer: 'Mercury',
  },
  {
    question: 'Which planet is the largest?',
    choices: ['Saturn', 'Jupiter', 'Neptune', 'Uranus'],
    answer: 'Jupiter',
  },
  {
    question: 'Which planet is known as the Red Planet?',
    choices: ['Venus', 'Mars', 'Mercury', 'Jupiter'],
    answer: 'Mars',
  },
  { question: 'How many planets are in the Solar System?', choices: ['7', '8', '9', '10'], answer: '8' },
  {
    question: 'Which planet has the most famous rings?',
    choices: ['Saturn', 'Earth', 'Mars', 'Venus'],
    answer: 'Saturn',
  },
  {
    question: 'What is the name of our galaxy?',
    choices: ['Andromeda', 'Milky Way', 'Whirlpool', 'Sombrero'],
    answer: 'Milky Way',
  },
];

const GENERAL: QuizQuestion[] = [
  { question: 'How many continents are there?', choices: ['5', '6', '7', '8'], answer: '7' },
  {
    question: 'What is the largest ocean?',
    choices: ['Atlantic', 'Indian', 'Arctic', 'Pacific'],
    answer: 'Pacific',
  },
  {
    question: 'What gas do plants take in?',
    choices: ['Oxygen', 'Carbon dioxide', 'Nitrogen', 'Helium'],
    answer: 'Carbon dioxide',
  },
  { question: 'How many legs does a spider have?', choices: ['6', '8', '10', '12'], answer: '8' },
  {
    question: 'What is the boiling point of water at sea level in °C?',
    choices: ['90', '100', '110', '120'],
    answer: '100',
  },
  {
    question: 'Who painted the Mona Lisa?',
    choices: ['Van Gogh', 'Picasso', 'Leonardo da Vinci', 'Rembrandt'],
    answer: 'Leonardo da Vinci',
  },
];

/** Rotates the right answer into a different slot per question so it is not always first. */
function place(answer: string, others: string[], index: number): string[] {
  const choices = [...others];
  choices.splice(index % (others.length + 1), 0, answer);
  return choices;
}

function arithmetic(): QuizQuestion[] {
  const pairs: [number, number, string][] = [
    [7, 8, '×'],
    [12, 9, '+'],
    [45, 17, '−'],
    [6, 9, '×'],
    [81, 9, '÷'],
    [23, 19, '+'],
  ];
  return pairs.map(([a, b, op], i) => {
    const value = op === '×' ? a * b : op === '+' ? a + b : op === '−' ? a - b : a / b;
    const others = [value + 1, value - 2, value + 10].map(String);
    return {
      question: `What is ${a} ${op} ${b}?`,
      choices: place(String(value), others, i),
      answer: String(value),
    };
  });
}

export function quizFor(lower: string): { title: string; questions: QuizQuestion[]; note?: string } {
  if (/capital|countr|geograph/.test(lower)) {
    return {
      title: 'World Capitals Quiz',
      questions: CAPITALS.map(([country, capital, others], i) => ({
        question: `What is the capital of ${country}?`,
        choices: place(capital, others, i),
        answer: capital,
      })),
    };
  }
  if (/planet|space|solar|astronom/.test(lower)) return { title: 'Space Quiz', questions: SPACE };
  if (/math|arithmetic|multiplication|sums|numbers/.test(lower))
    return { title: 'Math Quiz', questions: arithmetic() };
  const general = { title: 'General Knowledge Quiz', questions: GENERAL };
  return /general|trivia/.test(lower)
    ? general
    : {
        ...general,
        note: 'The offline engine has no question set for this topic, so it used general-knowledge questions; edit them in the plan options.',
      };
}

export interface Deck {
  title: string;
  frontLabel: string;
  backLabel: string;
  cards: { front: string; back: string }[];
  note?: string;
}

const DECKS: Record<string, [string, [string, string][]]> = {
  spanish: [
    'Spanish',
    [
      ['hello', 'hola'],
      ['thank you', 'gracias'],
      ['please', 'por favor'],
      ['water', 'agua'],
      ['house', 'casa'],
      ['dog', 'perro'],
      ['cat', 'gato'],
      ['book', 'libro'],
      ['friend', 'amigo'],
      ['food', 'comida'],
      ['good morning', 'buenos días'],
      ['goodbye', 'adiós'],
    ],
  ],
  french: [
    'French',
    [
      ['hello', 'bonjour'],
      ['thank you', 'merci'],
      ['please', "s'il vous plaît"],
      ['water', 'eau'],
      ['house', 'maison'],
      ['dog', 'chien'],
      ['cat', 'chat'],
      ['book', 'livre'],
      ['friend', 'ami'],
      ['goodbye', 'au revoir'],
    ],
  ],
  german: [
    'German',
    [
      ['hello', 'hallo'],
      ['thank you', 'danke'],
      ['please', 'bitte'],
      ['water', 'Wasser'],
      ['house', 'Haus'],
      ['dog', 'Hund'],
      ['cat', 'Katze'],
      ['book', 'Buch'],
      ['friend', 'Freund'],
      ['goodbye', 'tschüss'],
    ],
  ],
  italian: [
    'Italian',
    [
      ['hello', 'ciao'],
      ['thank you', 'grazie'],
      ['please', 'per favore'],
      ['water', 'acqua'],
      ['house', 'casa'],
      ['dog', 'cane'],
      ['cat', 'gatto'],
      ['book', 'libro'],
      ['friend', 'amico'],
      ['goodbye', 'arrivederci'],
    ],
  ],
};

export function deckFor(lower: string): Deck {
  const key = Object.keys(DECKS).find((k) => lower.includes(k));
  const [language, pairs] = DECKS[key ?? 'spanish'] ?? ['Spanish', []];
  const deck: Deck = {
    title: `${language} Flashcards`,
    frontLabel: 'English',
    backLabel: language,
    cards: pairs.map(([front, back]) => ({ front, back })),
  };
  if (key) return deck;
  if (/capital/.test(lower)) {
    return {
      title: 'Capitals Flashcards',
      frontLabel: 'Country',
      backLabel: 'Capital',
      cards: CAPITALS.map(([front, back]) => ({ front, back })),
    };
  }
  return {
    ...deck,
    note: 'No built-in cards for this topic: started with Spanish words; add your own cards in the app.',
  };
}
