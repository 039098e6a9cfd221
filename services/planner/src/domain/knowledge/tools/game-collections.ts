import type { CollectionSpec } from '@isekai/contracts';

/**
 * The scores every game keeps, one collection shared by all the games of an app: a game finds its own
 * records by `game` (its id) and shows the best. Its name reaches the game as `options.scores`.
 */
export const SCORE_COLLECTION: CollectionSpec = {
  name: 'score',
  label: 'Score',
  plural: 'Scores',
  titleField: 'game',
  fields: [
    { name: 'game', label: 'Game', type: 'text', required: true },
    { name: 'player', label: 'Player', type: 'text' },
    { name: 'score', label: 'Score', type: 'number', required: true },
    { name: 'date', label: 'Date', type: 'date', default: 'today' },
  ],
};

/** A typing test keeps every result with its speed and accuracy, in its own collection. */
export const TYPING_RESULT_COLLECTION: CollectionSpec = {
  name: 'typingResult',
  label: 'Typing result',
  plural: 'Typing results',
  fields: [
    { name: 'date', label: 'Date', type: 'date', default: 'today' },
    { name: 'wpm', label: 'Words per minute', type: 'number', required: true, min: 0, unit: 'wpm' },
    { name: 'accuracy', label: 'Accuracy', type: 'number', min: 0, max: 100, unit: '%' },
    { name: 'seconds', label: 'Test length', type: 'number', min: 1, unit: 's' },
  ],
};
