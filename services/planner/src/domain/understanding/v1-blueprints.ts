// Before the composed renderer each tool or game was a "v1 blueprint" named in spec.blueprint; plans
// stored then (and the tools the older prompt parser still reads) carry that name. This is the one table
// from such a name to what renders it now: a tool module of the app (public/js/tools/<id>.js), given the
// spec's options as they are.
import { COMPOSED_BLUEPRINT, type AppSpec } from '@isekai/contracts';

export const V1_TOOLS: Readonly<Record<string, string>> = {
  countdown: 'countdown',
  'json-formatter': 'json-formatter',
  'markdown-editor': 'markdown-editor',
  'password-generator': 'password-generator',
  pomodoro: 'pomodoro',
  stopwatch: 'stopwatch',
  timer: 'timer',
};

/** Whether a v1 blueprint name renders through the composed app. */
export const isMigratedV1 = (blueprint: string): boolean => Object.hasOwn(V1_TOOLS, blueprint);

/**
 * A spec that names a v1 blueprint as a composed one: the tool on a page of its own, under the spec's
 * title, with its collections (so records an older app stored under those names are still served).
 */
export function composedFromV1(spec: AppSpec): AppSpec {
  const tool = V1_TOOLS[spec.blueprint] ?? spec.blueprint;
  return {
    ...spec,
    blueprint: COMPOSED_BLUEPRINT,
    pages: [
      {
        id: 'home',
        title: spec.title,
        sections: [
          { type: 'tool', blueprint: tool, title: spec.title, options: structuredClone(spec.options) },
        ],
      },
    ],
    options: {},
  };
}
