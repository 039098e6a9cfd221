export interface AppIdentity {
  id: string;
  port: number;
  appDir: string;
}

/** Exactly these four: nothing of the platform's environment (tokens, keys, PATH) reaches an app. */
export function appEnvironment({ id, port, appDir }: AppIdentity): Record<string, string> {
  return { PORT: String(port), NODE_ENV: 'production', APP_ID: id, HOME: appDir };
}

/**
 * Inside bubblewrap the app gets its variables through `--setenv` after `--clearenv`; bwrap itself is
 * started with an empty environment, since --clearenv alone would still leave the launcher's variables
 * readable in /proc/1/environ inside the sandbox.
 */
export function cleanEnvironmentArgs(env: Record<string, string>): string[] {
  return ['--clearenv', ...Object.entries(env).flatMap(([name, value]) => ['--setenv', name, value])];
}
