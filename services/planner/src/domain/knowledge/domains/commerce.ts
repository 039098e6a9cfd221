import type { DomainEntry } from '../domain.types.js';
import { onlineStore } from './commerce/online-store.js';
import { inventory } from './commerce/inventory.js';
import { invoicing } from './commerce/invoicing.js';
import { shipping } from './commerce/shipping.js';
import { manufacturing } from './commerce/manufacturing.js';
import { restaurant } from './commerce/restaurant.js';

/** Selling, stocking, making and shipping things, and billing for them. */
export const COMMERCE_DOMAINS: DomainEntry[] = [
  onlineStore,
  inventory,
  invoicing,
  shipping,
  manufacturing,
  restaurant,
];
