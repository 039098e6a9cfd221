import {
  $,
  asc,
  cards,
  chart,
  choice,
  collection,
  computed,
  count,
  date,
  desc,
  email,
  lt,
  money,
  ne,
  num,
  page,
  phone,
  ref,
  rollup,
  rule,
  stats,
  table,
  text,
} from '../../domain-builders.js';
import type { DomainEntry } from '../../domain.types.js';

export const inventory: DomainEntry = {
  id: 'inventory',
  name: 'Inventory',
  kind: 'data',
  synonyms: [
    'inventory',
    'stock control',
    'stock management',
    'inventory management',
    'stock levels',
    'reorder level',
    'suppliers and stock',
    'stockroom',
    'stock take',
    'goods in and out',
    'parts inventory',
  ],
  description:
    'Know what is in stock: products with reorder levels, the suppliers they come from and every stock movement in or out.',
  collections: [
    collection(
      'product',
      'Product',
      'Products',
      [
        text('name', 'Product', { required: true }),
        text('sku', 'SKU'),
        ref('supplier', 'Supplier', 'supplier'),
        money('cost', 'Unit cost', { min: 0 }),
        num('reorderLevel', 'Reorder level', { min: 0, default: 10 }),
        computed(
          'onHand',
          'On hand',
          'number',
          rollup('movement', 'sum', { field: 'change', via: 'product' }),
        ),
        computed(
          'reorder',
          'Reorder now',
          'boolean',
          lt(rollup('movement', 'sum', { field: 'change', via: 'product' }), $('reorderLevel')),
        ),
      ],
      {
        samples: [
          {
            name: 'A4 paper (box)',
            sku: 'PAP-A4',
            supplier: 'Brightline Office',
            cost: 18,
            reorderLevel: 5,
          },
          { name: 'Black toner', sku: 'TON-BK', supplier: 'Brightline Office', cost: 62, reorderLevel: 2 },
          {
            name: 'Packing tape',
            sku: 'TAPE-48',
            supplier: 'Pack & Post Ltd',
            cost: 2.5,
            reorderLevel: 20,
          },
        ],
      },
    ),
    collection(
      'supplier',
      'Supplier',
      'Suppliers',
      [
        text('name', 'Supplier', { required: true }),
        text('contact', 'Contact person'),
        email('email', 'Email'),
        phone('phone', 'Phone'),
        num('leadTime', 'Lead time', { min: 0, unit: 'days' }),
      ],
      {
        samples: [
          {
            name: 'Brightline Office',
            contact: 'Ivy Chen',
            email: 'orders@brightline.example',
            leadTime: 3,
          },
          { name: 'Pack & Post Ltd', contact: 'Raj Patel', email: 'sales@packpost.example', leadTime: 5 },
        ],
      },
    ),
    collection(
      'movement',
      'Stock movement',
      'Stock movements',
      [
        ref('product', 'Product', 'product', { required: true }),
        date('date', 'Date', { required: true, default: 'today' }),
        choice('kind', 'Kind', ['Received', 'Sold', 'Used', 'Adjustment'], { required: true }),
        num('change', 'Change', {
          required: true,
          message: 'Write the change: positive when stock comes in, negative when it goes out',
        }),
        text('reference', 'Reference'),
      ],
      {
        titleField: 'product',
        rules: [rule(ne($('change'), 0), 'A stock movement must change the stock')],
        samples: [
          {
            product: 'A4 paper (box)',
            date: '2026-11-02',
            kind: 'Received',
            change: 12,
            reference: 'PO-311',
          },
          { product: 'A4 paper (box)', date: '2026-11-20', kind: 'Used', change: -8 },
          { product: 'Black toner', date: '2026-11-05', kind: 'Received', change: 3, reference: 'PO-312' },
        ],
      },
    ),
  ],
  aliases: {
    product: ['product', 'item', 'part', 'stock item', 'sku'],
    supplier: ['supplier', 'vendor', 'distributor'],
    movement: ['stock movement', 'movement', 'delivery', 'stock change', 'transaction'],
  },
  core: ['product', 'supplier', 'movement'],
  pages: [
    page(
      'overview',
      'Overview',
      stats(
        count('Products', 'product'),
        count('To reorder', 'product', { where: $('reorder') }),
        count('Suppliers', 'supplier'),
      ),
      chart('Movements by kind', 'movement', 'bar', 'count', 'kind'),
    ),
    page(
      'products',
      'Products',
      table('product', { search: true, filters: ['supplier', 'reorder'], sort: asc('name') }),
    ),
    page(
      'movements',
      'Stock movements',
      table('movement', { filters: ['product', 'kind'], sort: desc('date'), totals: ['change'] }),
    ),
    page('suppliers', 'Suppliers', cards('supplier', { sort: asc('name') })),
  ],
};
