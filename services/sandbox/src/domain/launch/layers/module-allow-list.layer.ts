import type { ModuleStore } from '../../modules/module-store.js';
import type { Bind } from './read-only-view.layer.js';

/** Where the module store appears in the app's view: Node's lookup reaches `/node_modules` from any directory. */
export const STORE_IN_VIEW = '/node_modules';
export const PRELOAD_IN_VIEW = '/isekai/app.preload.cjs';

/**
 * The preload first (its `require` check says what is allowed). What an app can load is decided by its
 * view: under bubblewrap it holds the allow-listed packages and nothing else.
 */
export function preloadFlags(modules: ModuleStore, confined: boolean): string[] {
  return [`--require=${confined ? PRELOAD_IN_VIEW : modules.preloadPath}`];
}

/** The allow-listed packages and the preload, for the read-only view. */
export function storeBinds(modules: ModuleStore): Bind[] {
  return [
    ...modules.packages.map((pkg) => ({ source: pkg.dir, target: `${STORE_IN_VIEW}/${pkg.name}` })),
    { source: modules.preloadPath, target: PRELOAD_IN_VIEW },
  ];
}

/** What the app must be able to read of the store, for the permission model. */
export function storeReadPaths(modules: ModuleStore, confined: boolean): string[] {
  if (confined) return [`${STORE_IN_VIEW}/*`, PRELOAD_IN_VIEW];
  return [`${modules.linkDir}/*`, ...modules.packages.map((pkg) => `${pkg.dir}/*`), modules.preloadPath];
}
