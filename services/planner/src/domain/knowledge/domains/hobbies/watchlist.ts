import {
  $,
  asc,
  average,
  bool,
  chart,
  choice,
  collection,
  count,
  date,
  desc,
  eq,
  gallery,
  image,
  num,
  page,
  rating,
  ref,
  stats,
  table,
  tags,
  text,
  val,
} from '../../domain-builders.js';
import type { DomainEntry } from '../../domain.types.js';

export const watchlist: DomainEntry = {
  id: 'watchlist',
  name: 'Movies and shows watchlist',
  kind: 'data',
  synonyms: [
    'watchlist',
    'movie watchlist',
    'movies to watch',
    'film diary',
    'tv shows tracker',
    'series tracker',
    'letterboxd',
    'movie ratings',
    'film collection',
    'what to watch',
    'anime list',
  ],
  description:
    'Keep films and series to watch and already watched, where they stream, your rating and episodes seen.',
  collections: [
    collection(
      'title',
      'Title',
      'Titles',
      [
        text('name', 'Title', { required: true }),
        choice('kind', 'Kind', ['Film', 'Series', 'Documentary', 'Anime'], { default: 'Film' }),
        num('year', 'Year', { min: 1890, max: 2100 }),
        choice('status', 'Status', ['Want to watch', 'Watching', 'Watched', 'Dropped'], {
          default: 'Want to watch',
        }),
        text('whereToWatch', 'Where to watch'),
        rating('rating', 'My rating', { min: 1, max: 5 }),
        date('watchedOn', 'Watched on'),
        image('poster', 'Poster'),
        tags('genres', 'Genres', {
          options: ['Drama', 'Comedy', 'Thriller', 'Sci-fi', 'Horror', 'Animation'],
        }),
      ],
      {
        samples: [
          {
            name: 'Spirited Away',
            kind: 'Anime',
            year: 2001,
            status: 'Watched',
            rating: 5,
            watchedOn: '2026-10-20',
            genres: ['Animation'],
          },
          {
            name: 'The Bear',
            kind: 'Series',
            year: 2022,
            status: 'Watching',
            whereToWatch: 'Streaming',
            genres: ['Drama', 'Comedy'],
          },
          { name: 'Arrival', kind: 'Film', year: 2016, status: 'Want to watch', genres: ['Sci-fi'] },
        ],
      },
    ),
    collection(
      'episode',
      'Episode',
      'Episodes',
      [
        ref('series', 'Series', 'title', { required: true }),
        text('name', 'Episode', { required: true }),
        num('season', 'Season', { min: 1 }),
        num('number', 'Number', { min: 1 }),
        bool('watched', 'Watched', { default: false }),
      ],
      {
        titleField: 'name',
        samples: [
          { series: 'The Bear', name: 'System', season: 1, number: 1, watched: true },
          { series: 'The Bear', name: 'Hands', season: 1, number: 2, watched: false },
        ],
      },
    ),
  ],
  aliases: {
    title: ['movie', 'film', 'show', 'series', 'title', 'documentary'],
    episode: ['episode'],
  },
  core: ['title'],
  pages: [
    page(
      'watchlist',
      'Watchlist',
      stats(
        count('To watch', 'title', { where: eq($('status'), val('Want to watch')) }),
        count('Watched this year', 'title', {
          where: eq($('status'), val('Watched')),
          period: { field: 'watchedOn', within: 'year' },
        }),
        average('Average rating', 'title', 'rating'),
      ),
      gallery('title', 'poster', {
        search: true,
        filters: ['kind', 'status', 'genres'],
        actions: [{ label: 'Watched', set: { status: 'Watched', watchedOn: 'today' } }],
      }),
    ),
    page(
      'diary',
      'Diary',
      table('title', { form: false, filters: ['kind'], sort: desc('watchedOn') }),
      chart('Watched by kind', 'title', 'bar', 'count', 'kind'),
    ),
    page(
      'episodes',
      'Episodes',
      table('episode', {
        filters: ['series', 'watched'],
        sort: asc('number'),
        actions: [{ label: 'Watched', set: { watched: true } }],
      }),
    ),
  ],
};
