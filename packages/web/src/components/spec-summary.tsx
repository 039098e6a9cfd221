import type { AppSpec, AppSpecV1, CollectionSpec, FieldSpec, ThemeColors } from '@isekai/contracts';
import { isSpecV2, type AnySpec } from '../state/spec-shape.js';

/** How a field reads in the summary: its type, a reference as "→ Member", a worked-out value as computed. */
function fieldKind(field: FieldSpec, collections: CollectionSpec[]): string {
  if (field.formula) return 'computed';
  if (field.type === 'reference') {
    const target = collections.find((c) => c.name === field.ref);
    return `→ ${target?.label ?? field.ref ?? 'another list'}`;
  }
  return field.type;
}

function FieldList({ fields, collections }: { fields: FieldSpec[]; collections: CollectionSpec[] }) {
  return (
    <ul className="fields">
      {fields.map((f) => (
        <li key={f.name} data-field={f.name}>
          {f.label}{' '}
          <span className={`muted small field-kind${f.formula ? ' field-computed' : ''}`}>
            {fieldKind(f, collections)}
            {f.required ? ', required' : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}

const COLOR_PARTS: (keyof ThemeColors)[] = [
  'background',
  'surface',
  'header',
  'components',
  'accent',
  'text',
];

function ThemeSwatches({ theme }: { theme: AppSpec['theme'] }) {
  const named = COLOR_PARTS.filter((part) => theme.colors?.[part]);
  return (
    <p className="theme-line">
      <strong>Theme:</strong> {theme.mode}
      {named.map((part) => (
        <span key={part} className="swatch-item">
          <span
            className="swatch"
            aria-hidden="true"
            data-part={part}
            style={{ background: theme.colors[part] }}
          />
          {part} <code className="small">{theme.colors[part]}</code>
        </span>
      ))}
    </p>
  );
}

function SpecV2Summary({ spec }: { spec: AppSpec }) {
  return (
    <>
      {spec.pages.length > 0 && (
        <p className="spec-pages">
          <strong>{spec.pages.length === 1 ? 'Page:' : 'Pages:'}</strong>{' '}
          {spec.pages.map((page) => page.title).join(' · ')}
        </p>
      )}
      {spec.collections.map((collection) => (
        <div key={collection.name} className="entity" data-collection={collection.name}>
          <strong>{collection.plural}</strong>
          <FieldList fields={collection.fields} collections={spec.collections} />
        </div>
      ))}
      {spec.theme && <ThemeSwatches theme={spec.theme} />}
    </>
  );
}

function SpecV1Summary({ spec }: { spec: AppSpecV1 }) {
  return (
    <>
      {spec.entities.map((entity) => (
        <div key={entity.name} className="entity">
          <strong>{entity.plural}</strong>
          <FieldList fields={entity.fields} collections={[]} />
        </div>
      ))}
      {spec.features?.length > 0 && (
        <p>
          <strong>Features:</strong> {spec.features.join(', ')}
        </p>
      )}
      {spec.theme && (
        <p className="theme-line">
          <strong>Theme:</strong> {spec.theme}
        </p>
      )}
    </>
  );
}

/** What the planner understood, for a person: the pages, the lists and their fields, the colours. */
export function SpecSummary({ spec }: { spec: AnySpec }) {
  return (
    <div className="spec">
      <h3>
        {spec.title} <span className="muted small">({spec.kind})</span>
      </h3>
      {spec.description && <p>{spec.description}</p>}
      {isSpecV2(spec) ? <SpecV2Summary spec={spec} /> : <SpecV1Summary spec={spec} />}
    </div>
  );
}
