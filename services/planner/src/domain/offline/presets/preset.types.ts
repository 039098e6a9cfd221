import type { AppFeature, EntitySpec, FieldSpec } from '@isekai/contracts';

export interface PromptContext {
  /** As typed, for names whose case matters ("SKU"). */
  prompt: string;
  /** Lower case with runs of spaces collapsed. */
  lower: string;
}

/** What a recognised kind of app contributes before the prompt's own fields and features are merged in. */
export interface PresetResult {
  kind: string;
  blueprint: string;
  title: string;
  entity?: EntitySpec;
  /** Fields this kind needs; a listed field of the same name or role replaces one. */
  coreFields?: FieldSpec[];
  /** Fields used only when the prompt lists none. */
  defaultFields?: FieldSpec[];
  features?: AppFeature[];
  options?: Record<string, unknown>;
  /** Whether fields listed in the prompt are used (false for tools such as timers). */
  takesFields: boolean;
  notes?: string[];
}

export interface Preset {
  id: string;
  test: RegExp;
  build(context: PromptContext): PresetResult;
}
