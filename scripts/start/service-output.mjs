// Where a service's output goes under `npm start`: its JSON log lines made readable by pino-pretty when a
// person watches a terminal, unchanged when they go to a file or a log collector (or LOG_FORMAT=json).
import pretty from 'pino-pretty';

const format = process.env.LOG_FORMAT ?? (process.stdout.isTTY ? 'pretty' : 'json');
if (format !== 'pretty' && format !== 'json') {
  console.error(`LOG_FORMAT must be "pretty" or "json", not "${format}".`);
  process.exit(1);
}

/** The stdio setting for a service's process: piped when its lines are to be prettified. */
export const serviceStdio = format === 'pretty' ? ['ignore', 'pipe', 'inherit'] : 'inherit';

/** Prettifies a started service's stdout; lines that are not JSON pass through as they are. */
export function showOutput(child) {
  if (format !== 'pretty') return;
  child.stdout.pipe(
    pretty({
      colorize: process.stdout.isTTY,
      translateTime: 'SYS:HH:MM:ss',
      ignore: 'pid,hostname,name,service',
      messageFormat: '{service}: {msg}',
      destination: 1,
    }),
  );
}
