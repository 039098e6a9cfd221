import type { AppSpecV1, EntitySpec } from '@isekai/contracts';
import { slugOf } from '../shared/html.js';
import type { BlueprintOutput } from '../shared/blueprint.types.js';
import { DATA_APP_SCRIPT } from './data-app.client.js';
import { chartPlan, renderDataMain } from './data-app.html.js';
import { readDataOptions } from './data-app.options.js';

const FALLBACK_ENTITY: EntitySpec = {
  name: 'item',
  label: 'Item',
  plural: 'Items',
  fields: [
    { name: 'name', label: 'Name', type: 'text', required: true },
    { name: 'notes', label: 'Notes', type: 'longtext' },
  ],
};

/** List, add, edit, delete over any entity; search, sort, filter, totals and charts when the spec asks. */
export function renderDataApp(spec: AppSpecV1): BlueprintOutput {
  const entity = spec.entities[0] && spec.entities[0].fields.length > 0 ? spec.entities[0] : FALLBACK_ENTITY;
  const options = readDataOptions(spec, entity);
  const slug = slugOf(entity.plural);
  const chart = chartPlan(spec, entity, options);
  return {
    main: renderDataMain(spec, entity, options),
    script: DATA_APP_SCRIPT,
    collections: [{ slug, fields: entity.fields }],
    clientData: {
      slug,
      fields: entity.fields,
      layout: typeof spec.options.layout === 'string' ? spec.options.layout : 'table',
      live: spec.features.includes('live'),
      sort: options.sort,
      chart: chart ? { by: chart.by, value: chart.value } : null,
      countBy: options.countBy?.name ?? null,
      groupAverage: options.groupAverage
        ? { by: options.groupAverage.by.name, field: options.groupAverage.field.name }
        : null,
      lowStock: options.lowStock
        ? { field: options.lowStock.field.name, threshold: options.lowStock.threshold }
        : null,
      due: options.due
        ? { last: options.due.last.name, interval: options.due.interval.name, action: options.due.action }
        : null,
    },
  };
}
