import {
  asc,
  bool,
  cards,
  chart,
  choice,
  collection,
  computed,
  count,
  desc,
  gallery,
  image,
  lookup,
  num,
  page,
  rating,
  ref,
  rollup,
  stats,
  table,
  text,
} from '../../domain-builders.js';
import type { DomainEntry } from '../../domain.types.js';

export const music: DomainEntry = {
  id: 'music',
  name: 'Music library',
  kind: 'data',
  synonyms: [
    'music library',
    'music collection',
    'artists and albums',
    'song list',
    'discography',
    'playlists',
    'setlist',
    'favourite songs',
    'band catalogue',
    'record label',
    'album ratings',
  ],
  description:
    'Catalogue artists, their albums and songs with genre, year, length and rating, and see your library by genre.',
  collections: [
    collection(
      'artist',
      'Artist',
      'Artists',
      [
        text('name', 'Artist', { required: true }),
        choice('genre', 'Genre', ['Rock', 'Pop', 'Jazz', 'Hip-hop', 'Electronic', 'Classical', 'Folk']),
        text('country', 'Country'),
        num('formed', 'Active since', { min: 1900, max: 2100 }),
        computed('albums', 'Albums', 'number', rollup('album', 'count', { via: 'artist' })),
      ],
      {
        samples: [
          { name: 'Nina Simone', genre: 'Jazz', country: 'USA', formed: 1954 },
          { name: 'Radiohead', genre: 'Rock', country: 'UK', formed: 1985 },
        ],
      },
    ),
    collection(
      'album',
      'Album',
      'Albums',
      [
        text('title', 'Album', { required: true }),
        ref('artist', 'Artist', 'artist', { required: true }),
        num('year', 'Year', { min: 1900, max: 2100 }),
        choice('format', 'Format', ['Vinyl', 'CD', 'Digital', 'Cassette']),
        rating('rating', 'Rating', { min: 1, max: 5 }),
        image('cover', 'Cover'),
        computed('tracks', 'Tracks', 'number', rollup('song', 'count', { via: 'album' })),
      ],
      {
        samples: [
          { title: 'Pastel Blues', artist: 'Nina Simone', year: 1965, format: 'Vinyl', rating: 5 },
          { title: 'In Rainbows', artist: 'Radiohead', year: 2007, format: 'Digital', rating: 4 },
        ],
      },
    ),
    collection(
      'song',
      'Song',
      'Songs',
      [
        text('title', 'Song', { required: true }),
        ref('album', 'Album', 'album'),
        num('trackNumber', 'Track', { min: 1 }),
        num('seconds', 'Length', { min: 1, unit: 's' }),
        bool('favourite', 'Favourite', { default: false }),
        computed('artist', 'Artist', 'text', lookup('album', 'artist')),
      ],
      {
        samples: [
          { title: 'Sinnerman', album: 'Pastel Blues', trackNumber: 5, seconds: 622, favourite: true },
          { title: 'Nude', album: 'In Rainbows', trackNumber: 3, seconds: 255, favourite: false },
        ],
      },
    ),
  ],
  aliases: {
    artist: ['artist', 'band', 'musician', 'singer', 'composer'],
    album: ['album', 'record', 'lp', 'ep', 'release'],
    song: ['song', 'track', 'tune'],
  },
  core: ['artist', 'album', 'song'],
  pages: [
    page(
      'library',
      'Library',
      stats(count('Artists', 'artist'), count('Albums', 'album'), count('Songs', 'song')),
      chart('Artists by genre', 'artist', 'pie', 'count', 'genre'),
    ),
    page(
      'albums',
      'Albums',
      gallery('album', 'cover', { search: true, filters: ['artist', 'format'], sort: desc('year') }),
    ),
    page(
      'songs',
      'Songs',
      table('song', { search: true, filters: ['album', 'favourite'], sort: asc('trackNumber') }),
    ),
    page('artists', 'Artists', cards('artist', { filters: ['genre'] })),
  ],
};
