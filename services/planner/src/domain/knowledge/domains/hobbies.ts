import type { DomainEntry } from '../domain.types.js';
import { readingList } from './hobbies/reading-list.js';
import { watchlist } from './hobbies/watchlist.js';
import { music } from './hobbies/music.js';
import { podcasts } from './hobbies/podcasts.js';
import { recipes } from './hobbies/recipes.js';
import { collectionCatalogue } from './hobbies/collection-catalogue.js';

/** What people read, watch, listen to, cook and collect. */
export const HOBBY_DOMAINS: DomainEntry[] = [
  readingList,
  watchlist,
  music,
  podcasts,
  recipes,
  collectionCatalogue,
];
