// The generated app's public/css/theme.css: the theme as CSS custom properties. Colours a person named are
// used exactly; every other colour is derived from them so the whole looks designed: foregrounds are
// picked for WCAG contrast on the colour they sit on, cards and borders are shades of the background.
import { formatHex, oklch, parse, toGamut, wcagContrast, type Oklch } from 'culori';
import type { ThemeColors, ThemeSpec } from '@isekai/contracts';

const READABLE = 4.5;
/** Links and focus rings must stand out from the background, not be read as body text (WCAG 1.4.11). */
const VISIBLE = 3;

const intoRgb = toGamut('rgb', 'oklch');
const lch = (color: string): Oklch => oklch(parse(color)!);
const hex = (color: Oklch): string => formatHex(intoRgb(color));
const isDark = (color: string) => wcagContrast(color, '#ffffff') > wcagContrast(color, '#000000');

/** Defaults for colours nobody named, per mode: a cool grey page, an ink header, a blue accent. */
const DEFAULTS = {
  light: { bg: '#f6f7fb', accent: '#3056d3', danger: '#c62828' },
  dark: { bg: '#11141b', accent: '#7c9cff', danger: '#ff8a80' },
} as const;

/** Font stacks of fonts installed with Windows, macOS, Linux, Android or iOS: the apps load no web fonts. */
export const FONT_STACKS: Readonly<Record<NonNullable<ThemeSpec['font']>, string>> = {
  sans: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif',
  serif:
    'Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, "Noto Serif", "Liberation Serif", "Times New Roman", serif',
  mono: 'ui-monospace, "SF Mono", SFMono-Regular, Menlo, Consolas, "Cascadia Mono", "DejaVu Sans Mono", "Liberation Mono", monospace',
  rounded:
    'ui-rounded, "SF Pro Rounded", "Hiragino Maru Gothic ProN", Quicksand, Comfortaa, Manjari, "Arial Rounded MT", "Arial Rounded MT Bold", Calibri, system-ui, sans-serif',
};

const SPACING: Readonly<Record<NonNullable<ThemeSpec['density']>, string>> = {
  compact: '0.75rem',
  comfortable: '1.35rem',
};

/** A shade of `base` at lightness `l`, its chroma capped so tinted neutrals stay neutral. */
function shade(base: string, l: number, maxChroma: number): string {
  const c = lch(base);
  return hex({ mode: 'oklch', l: Math.min(1, Math.max(0, l)), c: Math.min(c.c ?? 0, maxChroma), h: c.h });
}

/** The lowest contrast of `fg` against any of the backgrounds it is drawn on. */
const contrastOn = (fg: string, backgrounds: string[]) =>
  Math.min(...backgrounds.map((b) => wcagContrast(fg, b)));

/**
 * A foreground readable on every given background (contrast ≥ `target`), tinted with the first one's hue:
 * the softest readable tint of the natural polarity, then pure white or black, then the other polarity
 * (a forest green button takes near-black text, because white reaches only 4.4:1 on it); when nothing
 * reaches the target (a mid-grey), the better of white and black.
 */
function readableOn(backgrounds: string[], target = READABLE): string {
  const base = backgrounds[0]!;
  const light = [0.985, 0.97, 0.95].map((l) => shade(base, l, 0.02));
  const dark = [0.24, 0.2, 0.16].map((l) => shade(base, l, 0.04));
  const order = isDark(base)
    ? [...light, '#ffffff', ...dark, '#000000']
    : [...dark, '#000000', ...light, '#ffffff'];
  const found = order.find((c) => contrastOn(c, backgrounds) >= target);
  if (found) return found;
  return contrastOn('#ffffff', backgrounds) >= contrastOn('#000000', backgrounds) ? '#ffffff' : '#000000';
}

/** A muted text colour: as close to the background as it can be while still readable on it. */
function mutedOn(text: string, backgrounds: string[]): string {
  const from = lch(text);
  const to = lch(backgrounds[0]!);
  for (let t = 0.6; t > 0; t -= 0.05) {
    const l = from.l + (to.l - from.l) * t;
    const candidate = hex({ mode: 'oklch', l, c: (from.c ?? 0) * (1 - t), h: from.h });
    if (contrastOn(candidate, backgrounds) >= READABLE) return candidate;
  }
  return text;
}

/** `color` itself when it stands out enough from the backgrounds, else its nearest shade that does. */
function visibleOn(color: string, backgrounds: string[], target: number): string {
  if (contrastOn(color, backgrounds) >= target) return color;
  const c = lch(color);
  const step = isDark(backgrounds[0]!) ? 0.03 : -0.03;
  for (let l = c.l; l >= 0 && l <= 1; l += step) {
    const candidate = hex({ ...c, l });
    if (contrastOn(candidate, backgrounds) >= target) return candidate;
  }
  return readableOn(backgrounds, target);
}

/** Canonical hex of a named colour; specs store hex already, CSS names are accepted for hand-written ones. */
function given(color: string | undefined): string | undefined {
  const parsed = color ? parse(color.trim()) : undefined;
  return parsed ? formatHex(parsed) : undefined;
}

export interface ThemeVariables {
  /** The `color-scheme` of form controls and scrollbars. */
  scheme: 'light' | 'dark';
  /** Custom property name -> value. */
  variables: Record<string, string>;
}

/** Every theme variable's value, derived as described at the top of this file. */
export function themeVariables(theme: ThemeSpec): ThemeVariables {
  const named: ThemeColors = theme.colors ?? {};
  const mode = theme.mode === 'dark' ? 'dark' : 'light';
  const bg = given(named.background) ?? DEFAULTS[mode].bg;
  // A named background decides light or dark: a navy background in light mode still needs light text.
  const dark = named.background ? isDark(bg) : mode === 'dark';
  const l = lch(bg).l;
  const surface =
    given(named.surface) ?? (dark ? shade(bg, l + 0.06, 0.05) : shade(bg, l > 0.97 ? 1 : l + 0.03, 0.04));
  const border = dark ? shade(bg, l + 0.14, 0.04) : shade(bg, l - 0.12, 0.03);
  const text = given(named.text) ?? readableOn([bg, surface]);
  const muted = mutedOn(text, [bg, surface]);

  const components = given(named.components);
  const namedAccent = given(named.accent);
  const buttonBg = components ?? namedAccent ?? DEFAULTS[mode].accent;
  // Only components named: the accent follows them, darkened or lightened if links would not stand out.
  const accent = namedAccent ?? visibleOn(components ?? DEFAULTS[mode].accent, [bg, surface], VISIBLE);
  // No header named: an ink band tinted with the page's hue on light pages, a raised surface on dark ones.
  const headerBg = given(named.header) ?? (dark ? surface : shade(bg, 0.27, 0.035));
  const headerText = contrastOn(text, [headerBg]) >= READABLE ? text : readableOn([headerBg]);

  const variables = {
    '--bg': bg,
    '--surface': surface,
    '--text': text,
    '--muted': muted,
    '--border': border,
    '--header-bg': headerBg,
    '--header-text': headerText,
    '--button-bg': buttonBg,
    '--button-text': readableOn([buttonBg]),
    '--accent': accent,
    '--accent-text': readableOn([accent]),
    '--danger': visibleOn(DEFAULTS[dark ? 'dark' : 'light'].danger, [bg, surface], READABLE),
    '--font': FONT_STACKS[theme.font ?? 'sans'],
    '--space': theme.density ? SPACING[theme.density] : '1rem',
    '--radius': theme.font === 'rounded' ? '16px' : '10px',
  };
  return { scheme: dark ? 'dark' : 'light', variables };
}

/** The content of public/css/theme.css for a theme. */
export function renderThemeCss(theme: ThemeSpec): string {
  const { scheme, variables } = themeVariables(theme);
  const lines = Object.entries(variables).map(([name, value]) => `  ${name}: ${value};`);
  return `/* Generated from the app's theme: mode, colours, font and density. */\n:root {\n  color-scheme: ${scheme};\n${lines.join('\n')}\n}\n`;
}
