import {
  bool,
  cards,
  chart,
  choice,
  collection,
  computed,
  count,
  date,
  datetime,
  desc,
  email,
  list,
  longtext,
  num,
  page,
  ref,
  rollup,
  stats,
  text,
} from '../../domain-builders.js';
import type { DomainEntry } from '../../domain.types.js';

export const forum: DomainEntry = {
  id: 'forum',
  name: 'Discussion forum',
  kind: 'data',
  synonyms: [
    'forum',
    'discussion forum',
    'message board',
    'discussion board',
    'community forum',
    'threads',
    'discussion threads',
    'q&a board',
    'bulletin board',
    'online community',
    'topics and replies',
  ],
  description:
    'Members start topics in categories and reply to each other in posts; a board for a club, a class or a product community.',
  collections: [
    collection(
      'member',
      'Member',
      'Members',
      [
        text('username', 'Username', { required: true }),
        email('email', 'Email'),
        choice('role', 'Role', ['Member', 'Moderator', 'Admin'], { default: 'Member' }),
        date('joined', 'Joined', { default: 'today' }),
        computed('postCount', 'Posts', 'number', rollup('post', 'count', { via: 'author' })),
      ],
      {
        samples: [
          { username: 'quietfox', email: 'fox@example.com', role: 'Moderator', joined: '2025-06-02' },
          { username: 'marmalade', email: 'marm@example.com', role: 'Member', joined: '2026-09-18' },
        ],
      },
    ),
    collection(
      'topic',
      'Topic',
      'Topics',
      [
        text('title', 'Title', { required: true }),
        choice('category', 'Category', ['General', 'Help', 'Ideas', 'Announcements'], {
          default: 'General',
        }),
        ref('startedBy', 'Started by', 'member', { required: true }),
        date('startedOn', 'Started on', { default: 'today' }),
        bool('pinned', 'Pinned', { default: false }),
        bool('closed', 'Closed', { default: false }),
        computed('replies', 'Replies', 'number', rollup('post', 'count', { via: 'topic' })),
      ],
      {
        samples: [
          {
            title: 'Welcome! Introduce yourself',
            category: 'Announcements',
            startedBy: 'quietfox',
            startedOn: '2026-01-05',
            pinned: true,
            closed: false,
          },
          {
            title: 'How do I reset my password?',
            category: 'Help',
            startedBy: 'marmalade',
            startedOn: '2026-11-28',
            pinned: false,
            closed: false,
          },
        ],
      },
    ),
    collection(
      'post',
      'Post',
      'Posts',
      [
        ref('topic', 'Topic', 'topic', { required: true }),
        ref('author', 'Author', 'member', { required: true }),
        longtext('message', 'Message', { required: true }),
        datetime('postedAt', 'Posted at'),
        num('likes', 'Likes', { min: 0, default: 0 }),
      ],
      {
        titleField: 'message',
        samples: [
          {
            topic: 'Welcome! Introduce yourself',
            author: 'marmalade',
            message: 'Hi all, I knit and I run.',
            postedAt: '2026-09-18T19:20',
            likes: 4,
          },
          {
            topic: 'How do I reset my password?',
            author: 'quietfox',
            message: 'Use the link under the sign-in form.',
            postedAt: '2026-11-28T10:02',
            likes: 1,
          },
        ],
      },
    ),
  ],
  aliases: {
    member: ['member', 'user', 'poster'],
    topic: ['topic', 'thread', 'discussion', 'question'],
    post: ['post', 'reply', 'message'],
  },
  core: ['member', 'topic', 'post'],
  pages: [
    page(
      'topics',
      'Topics',
      list('topic', {
        search: true,
        filters: ['category', 'pinned', 'closed'],
        sort: desc('startedOn'),
        actions: [
          { label: 'Pin', set: { pinned: true } },
          { label: 'Close', set: { closed: true } },
        ],
      }),
    ),
    page(
      'posts',
      'Posts',
      list('post', { search: true, filters: ['topic', 'author'], sort: desc('postedAt'), live: true }),
    ),
    page('members', 'Members', cards('member', { search: true, filters: ['role'] })),
    page(
      'stats',
      'Activity',
      stats(count('Topics', 'topic'), count('Posts', 'post'), count('Members', 'member')),
      chart('Topics by category', 'topic', 'pie', 'count', 'category'),
    ),
  ],
};
