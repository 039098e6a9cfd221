// The tool and game blueprints were written against spec v1; they read a v1 view of a v2 spec until
// part 2 moves them onto the composed renderer.
import type { AppSpec, AppSpecV1 } from '@isekai/contracts';

export function legacyView(spec: AppSpec): AppSpecV1 {
  return {
    kind: spec.kind,
    blueprint: spec.blueprint,
    title: spec.title,
    description: spec.description,
    entities: spec.collections.map((c) => ({
      name: c.name,
      label: c.label,
      plural: c.plural,
      fields: c.fields,
    })),
    features: spec.theme.mode === 'dark' ? ['dark-mode'] : [],
    theme: spec.theme.mode,
    options: spec.options,
  };
}
