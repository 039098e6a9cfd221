import {
  $,
  board,
  calendar,
  chart,
  choice,
  collection,
  computed,
  count,
  date,
  eq,
  image,
  longtext,
  money,
  notBefore,
  num,
  page,
  ref,
  rollup,
  stats,
  table,
  text,
  total,
  val,
} from '../../domain-builders.js';
import type { DomainEntry } from '../../domain.types.js';

export const socialMedia: DomainEntry = {
  id: 'social-media',
  name: 'Social media calendar',
  kind: 'data',
  synonyms: [
    'social media calendar',
    'social media planner',
    'content planner',
    'instagram posts',
    'post scheduler',
    'social posts',
    'marketing calendar',
    'campaign planner',
    'tiktok content',
    'linkedin posts',
  ],
  description:
    'Plan posts for each social channel on a calendar, move them from idea to published, and note how each one did.',
  collections: [
    collection(
      'socialPost',
      'Post',
      'Posts',
      [
        text('title', 'Post', { required: true }),
        choice('channel', 'Channel', ['Instagram', 'TikTok', 'LinkedIn', 'Facebook', 'YouTube', 'X'], {
          required: true,
        }),
        choice('stage', 'Stage', ['Idea', 'Drafting', 'Scheduled', 'Published'], { default: 'Idea' }),
        date('publishDate', 'Publish date'),
        ref('campaign', 'Campaign', 'campaign'),
        longtext('caption', 'Caption'),
        image('visual', 'Visual'),
        num('likes', 'Likes', { min: 0 }),
        num('reach', 'Reach', { min: 0 }),
      ],
      {
        samples: [
          {
            title: 'Behind the scenes at the studio',
            channel: 'Instagram',
            stage: 'Scheduled',
            publishDate: '2026-12-04',
            campaign: 'Winter launch',
          },
          {
            title: 'Founder Q&A clip',
            channel: 'TikTok',
            stage: 'Published',
            publishDate: '2026-11-27',
            campaign: 'Winter launch',
            likes: 840,
            reach: 12400,
          },
          { title: 'Hiring: frontend developer', channel: 'LinkedIn', stage: 'Idea' },
        ],
      },
    ),
    collection(
      'campaign',
      'Campaign',
      'Campaigns',
      [
        text('name', 'Campaign', { required: true }),
        date('start', 'Starts'),
        date('end', 'Ends'),
        money('budget', 'Budget', { min: 0 }),
        computed('posts', 'Posts', 'number', rollup('socialPost', 'count', { via: 'campaign' })),
      ],
      {
        rules: [notBefore('end', 'start', 'A campaign must end on or after its start')],
        samples: [
          { name: 'Winter launch', start: '2026-11-20', end: '2026-12-31', budget: 1500 },
          { name: 'Spring sale', start: '2027-03-01', end: '2027-03-21', budget: 800 },
        ],
      },
    ),
  ],
  aliases: {
    socialPost: ['post', 'content', 'reel', 'story', 'tweet', 'video'],
    campaign: ['campaign', 'launch', 'promotion'],
  },
  core: ['socialPost', 'campaign'],
  pages: [
    page('calendar', 'Calendar', calendar('socialPost', 'publishDate', { filters: ['channel', 'campaign'] })),
    page(
      'pipeline',
      'Pipeline',
      board('socialPost', 'stage', {
        filters: ['channel'],
        actions: [{ label: 'Published', set: { stage: 'Published', publishDate: 'today' } }],
      }),
    ),
    page(
      'results',
      'Results',
      stats(
        count('Published this month', 'socialPost', {
          where: eq($('stage'), val('Published')),
          period: { field: 'publishDate', within: 'month' },
        }),
        total('Reach this month', 'socialPost', 'reach', {
          period: { field: 'publishDate', within: 'month' },
        }),
      ),
      chart('Reach by channel', 'socialPost', 'bar', 'sum', 'channel', 'reach'),
    ),
    page('campaigns', 'Campaigns', table('campaign', { totals: ['budget'] })),
  ],
};
