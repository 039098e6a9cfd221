import { builtinModules } from 'node:module';

/** Packages the sandbox offers read-only from its shared store (design: "A generated app"). */
export const STORE_MODULES = ['preact', 'htm', 'preact-render-to-string', 'chess.js', 'uqr'] as const;

const BUILTINS = new Set(builtinModules.map((name) => name.replace(/^node:/, '')));

/** Why a module a server file loads is not available, or null when it is. */
export function explainModule(specifier: string): string | null {
  if (specifier.startsWith('./') || specifier.startsWith('../')) return null;
  const bare = specifier.replace(/^node:/, '');
  if (BUILTINS.has(bare) || BUILTINS.has(bare.split('/')[0] ?? '')) return null;
  const pkg = specifier.startsWith('@')
    ? specifier.split('/').slice(0, 2).join('/')
    : (specifier.split('/')[0] ?? '');
  if ((STORE_MODULES as readonly string[]).includes(pkg)) return null;
  return `"${specifier}" is not available (no npm install): use Node's built-in modules or ${STORE_MODULES.join(', ')}`;
}

/** Module names a file loads with require(), import ... from, or import(); comments are not parsed out. */
export function modulesLoadedBy(source: string): string[] {
  const found = new Set<string>();
  const patterns = [
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\bimport\s+(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) {
    for (const match of source.matchAll(pattern)) if (match[1]) found.add(match[1]);
  }
  return [...found];
}
