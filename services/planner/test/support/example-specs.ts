import type { AppSpec, Expr } from '@isekai/contracts';

// Hand-written composed specs: what the engine should produce for a few prompts. The renderer's tests
// run them, and the engine's authors can read them as worked examples of AppSpec v2.

const field = (name: string): Expr => ({ field: name });
const op = (name: Extract<Expr, { op: unknown }>['op'], ...args: Expr[]): Expr => ({ op: name, args });
const LIGHT = { mode: 'light', colors: {} } as const;

/** Books, members and loans: overdue loans, "Mark returned", members' loans on their detail page. */
export const LIBRARY_SPEC: AppSpec = {
  version: 2,
  kind: 'data',
  blueprint: 'composed',
  title: 'Village Library',
  description: 'Books, members and who borrowed what.',
  theme: LIGHT,
  options: {},
  domains: ['library'],
  collections: [
    {
      name: 'book',
      label: 'Book',
      plural: 'Books',
      fields: [
        { name: 'title', label: 'Title', type: 'text', required: true },
        { name: 'author', label: 'Author', type: 'text' },
        {
          name: 'genre',
          label: 'Genre',
          type: 'choice',
          options: ['Novel', 'History', 'Science', 'Children'],
        },
        {
          name: 'onLoan',
          label: 'On loan',
          type: 'boolean',
          formula: {
            op: 'gt',
            args: [
              { rollup: { collection: 'loan', fn: 'count', where: op('not', field('returned')) } },
              { value: 0 },
            ],
          },
        },
      ],
      samples: [
        { title: 'The Hobbit', author: 'J. R. R. Tolkien', genre: 'Novel' },
        { title: 'A Brief History of Time', author: 'Stephen Hawking', genre: 'Science' },
      ],
    },
    {
      name: 'member',
      label: 'Member',
      plural: 'Members',
      fields: [
        { name: 'name', label: 'Name', type: 'text', required: true },
        { name: 'email', label: 'Email', type: 'email' },
        {
          name: 'loans',
          label: 'Loans',
          type: 'number',
          formula: { rollup: { collection: 'loan', fn: 'count' } },
        },
      ],
      samples: [{ name: 'Ada Lovelace', email: 'ada@example.com' }],
    },
    {
      name: 'loan',
      label: 'Loan',
      plural: 'Loans',
      fields: [
        { name: 'book', label: 'Book', type: 'reference', ref: 'book', required: true },
        { name: 'member', label: 'Member', type: 'reference', ref: 'member', required: true },
        { name: 'loanedOn', label: 'Loaned on', type: 'date', required: true, default: 'today' },
        { name: 'dueOn', label: 'Due on', type: 'date', required: true },
        { name: 'returned', label: 'Returned', type: 'boolean' },
        {
          name: 'overdue',
          label: 'Overdue',
          type: 'boolean',
          formula: op('and', op('not', field('returned')), op('lt', field('dueOn'), { today: true })),
        },
        {
          name: 'daysLeft',
          label: 'Days left',
          type: 'number',
          formula: op(
            'if',
            field('returned'),
            { value: null },
            op('daysBetween', { today: true }, field('dueOn')),
          ),
        },
      ],
      rules: [
        {
          check: op('gte', field('dueOn'), field('loanedOn')),
          message: 'The due date must be on or after the loan date',
        },
      ],
      samples: [
        {
          book: 'The Hobbit',
          member: 'Ada Lovelace',
          loanedOn: '2024-01-02',
          dueOn: '2024-01-16',
          returned: true,
        },
      ],
    },
  ],
  pages: [
    {
      id: 'books',
      title: 'Books',
      sections: [
        {
          type: 'stats',
          figures: [
            { label: 'Books', collection: 'book', fn: 'count' },
            { label: 'On loan', collection: 'loan', fn: 'count', where: op('not', field('returned')) },
            { label: 'Overdue', collection: 'loan', fn: 'count', where: field('overdue') },
          ],
        },
        {
          type: 'collection',
          collection: 'book',
          view: 'table',
          search: true,
          filters: ['genre'],
          sort: { field: 'title', direction: 'asc' },
        },
      ],
    },
    {
      id: 'members',
      title: 'Members',
      sections: [{ type: 'collection', collection: 'member', view: 'cards', search: true }],
    },
    {
      id: 'loans',
      title: 'Loans',
      sections: [
        {
          type: 'collection',
          collection: 'loan',
          view: 'table',
          filters: ['member', 'returned'],
          sort: { field: 'dueOn', direction: 'asc' },
          actions: [{ label: 'Mark returned', set: { returned: true } }],
          exportCsv: true,
        },
      ],
    },
  ],
};

/** Products, orders and order lines: a line's total from the product's price, an order's total from its lines. */
export const SHOP_SPEC: AppSpec = {
  version: 2,
  kind: 'data',
  blueprint: 'composed',
  title: 'Corner Shop Orders',
  description: 'Products, orders and what each order holds.',
  theme: { mode: 'dark', colors: { accent: '#ffb000' } },
  options: {},
  collections: [
    {
      name: 'product',
      label: 'Product',
      plural: 'Products',
      fields: [
        { name: 'name', label: 'Name', type: 'text', required: true },
        {
          name: 'price',
          label: 'Price',
          type: 'money',
          required: true,
          min: 0,
          message: 'Price cannot be negative',
        },
        { name: 'category', label: 'Category', type: 'choice', options: ['Food', 'Drink', 'Household'] },
      ],
    },
    {
      name: 'order',
      label: 'Order',
      plural: 'Orders',
      fields: [
        { name: 'customer', label: 'Customer', type: 'text', required: true },
        { name: 'placedOn', label: 'Placed on', type: 'date', required: true, default: 'today' },
        {
          name: 'status',
          label: 'Status',
          type: 'choice',
          options: ['New', 'Packed', 'Delivered'],
          default: 'New',
        },
        {
          name: 'total',
          label: 'Total',
          type: 'money',
          formula: { rollup: { collection: 'orderLine', fn: 'sum', field: 'lineTotal', via: 'order' } },
        },
      ],
    },
    {
      name: 'orderLine',
      label: 'Order line',
      plural: 'Order lines',
      fields: [
        { name: 'order', label: 'Order', type: 'reference', ref: 'order', required: true },
        { name: 'product', label: 'Product', type: 'reference', ref: 'product', required: true },
        { name: 'quantity', label: 'Quantity', type: 'number', required: true, min: 1, default: 1 },
        {
          name: 'price',
          label: 'Price',
          type: 'money',
          formula: { lookup: { via: 'product', field: 'price' } },
        },
        {
          name: 'lineTotal',
          label: 'Line total',
          type: 'money',
          formula: op('mul', field('quantity'), field('price')),
        },
      ],
    },
  ],
  pages: [
    {
      id: 'orders',
      title: 'Orders',
      sections: [
        {
          type: 'stats',
          title: 'This month',
          figures: [
            {
              label: 'Orders this month',
              collection: 'order',
              fn: 'count',
              period: { field: 'placedOn', within: 'month' },
            },
            { label: 'Sales', collection: 'order', fn: 'sum', field: 'total' },
          ],
        },
        { type: 'collection', collection: 'order', view: 'table', totals: ['total'], filters: ['status'] },
        {
          type: 'chart',
          title: 'Sales by month',
          collection: 'order',
          chart: 'bar',
          fn: 'sum',
          field: 'total',
          by: 'placedOn',
        },
        {
          type: 'chart',
          title: 'Orders by status',
          collection: 'order',
          chart: 'pie',
          fn: 'count',
          by: 'status',
        },
      ],
    },
    {
      id: 'lines',
      title: 'Order lines',
      sections: [{ type: 'collection', collection: 'orderLine', view: 'table', totals: ['lineTotal'] }],
    },
    {
      id: 'products',
      title: 'Products',
      sections: [
        { type: 'collection', collection: 'product', view: 'table', importCsv: true, exportCsv: true },
      ],
    },
  ],
};

/** A small business site: a hero, pricing, and a sign-up form whose submissions are listed separately. */
export const SITE_SPEC: AppSpec = {
  version: 2,
  kind: 'site',
  blueprint: 'composed',
  title: 'Sunrise Yoga',
  description: 'Classes for every body, every morning.',
  theme: { mode: 'light', colors: { header: '#2f4f4f' }, font: 'rounded' },
  options: {},
  collections: [
    {
      name: 'signup',
      label: 'Sign-up',
      plural: 'Sign-ups',
      fields: [
        { name: 'name', label: 'Your name', type: 'text', required: true },
        { name: 'email', label: 'Email', type: 'email', required: true },
        { name: 'plan', label: 'Plan', type: 'choice', options: ['Drop-in', 'Monthly'], required: true },
      ],
    },
  ],
  pages: [
    {
      id: 'home',
      title: 'Welcome',
      sections: [
        {
          type: 'hero',
          heading: 'Start the day stretched',
          text: 'Small classes at 7 am, six days a week.',
          action: { label: 'Sign up', target: 'join' },
        },
        {
          type: 'features',
          title: 'Why us',
          items: [
            { title: 'Small groups', text: 'Eight people at most.' },
            { title: 'Near the station', text: 'Two minutes on foot.' },
          ],
        },
      ],
    },
    {
      id: 'pricing',
      title: 'Pricing',
      sections: [
        {
          type: 'pricing',
          title: 'Plans',
          items: [
            { name: 'Drop-in', price: '12', period: 'class', features: ['Any class'] },
            {
              name: 'Monthly',
              price: '80',
              period: 'month',
              features: ['Every class', 'Mat included'],
              highlighted: true,
            },
          ],
        },
      ],
    },
    {
      id: 'join',
      title: 'Sign up',
      sections: [
        {
          type: 'form',
          title: 'Join a class',
          collection: 'signup',
          intro: 'We answer within a day.',
          submitLabel: 'Sign me up',
          thanks: 'Thanks — see you on the mat!',
        },
      ],
    },
  ],
};

/** Tasks on a board by status, events on a calendar, photos in a gallery, and a tool placeholder. */
export const PLANNER_SPEC: AppSpec = {
  version: 2,
  kind: 'data',
  blueprint: 'composed',
  title: 'Team Planner',
  description: 'Tasks, events and photos of the team.',
  theme: LIGHT,
  options: {},
  collections: [
    {
      name: 'task',
      label: 'Task',
      plural: 'Tasks',
      fields: [
        { name: 'title', label: 'Title', type: 'text', required: true },
        {
          name: 'status',
          label: 'Status',
          type: 'choice',
          options: ['To do', 'Doing', 'Done'],
          required: true,
          default: 'To do',
        },
        { name: 'due', label: 'Due', type: 'date' },
        { name: 'estimate', label: 'Estimate', type: 'number', unit: 'h', min: 0 },
      ],
      samples: [{ title: 'Write the agenda', status: 'Doing' }],
    },
    {
      name: 'event',
      label: 'Event',
      plural: 'Events',
      fields: [
        { name: 'name', label: 'Name', type: 'text', required: true },
        { name: 'on', label: 'Date', type: 'date', required: true, default: 'today' },
        { name: 'place', label: 'Place', type: 'text' },
        { name: 'tags', label: 'Tags', type: 'tags' },
      ],
    },
    {
      name: 'photo',
      label: 'Photo',
      plural: 'Photos',
      fields: [
        { name: 'caption', label: 'Caption', type: 'text', required: true },
        { name: 'picture', label: 'Picture', type: 'image' },
        { name: 'stars', label: 'Stars', type: 'rating', max: 5 },
      ],
    },
  ],
  pages: [
    {
      id: 'board',
      title: 'Board',
      sections: [
        {
          type: 'collection',
          collection: 'task',
          view: 'board',
          by: 'status',
          totals: ['estimate'],
          live: true,
        },
        {
          type: 'chart',
          title: 'Hours by status',
          collection: 'task',
          chart: 'line',
          fn: 'sum',
          field: 'estimate',
          by: 'status',
        },
      ],
    },
    {
      id: 'calendar',
      title: 'Calendar',
      sections: [{ type: 'collection', collection: 'event', view: 'calendar', by: 'on', filters: ['tags'] }],
    },
    {
      id: 'photos',
      title: 'Photos',
      sections: [
        { type: 'collection', collection: 'photo', view: 'gallery', by: 'picture' },
        { type: 'tool', blueprint: 'timer', title: 'Stand-up timer', options: { minutes: 15 } },
        { type: 'tool', blueprint: 'seating-plan', title: 'Seating plan', options: {} },
      ],
    },
  ],
};

export const EXAMPLE_SPECS = {
  library: LIBRARY_SPEC,
  shop: SHOP_SPEC,
  site: SITE_SPEC,
  planner: PLANNER_SPEC,
};
