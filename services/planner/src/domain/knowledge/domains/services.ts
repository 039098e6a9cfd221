import type { DomainEntry } from '../domain.types.js';
import { legalCases } from './services/legal-cases.js';
import { fieldService } from './services/field-service.js';
import { coworking } from './services/coworking.js';
import { childcare } from './services/childcare.js';
import { itAssets } from './services/it-assets.js';

/** Businesses that sell their time and care: law offices, trades, shared offices, nurseries, IT teams. */
export const SERVICE_DOMAINS: DomainEntry[] = [legalCases, fieldService, coworking, childcare, itAssets];
