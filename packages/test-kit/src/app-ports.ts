/**
 * App port ranges for test files that cannot collide by construction. Vitest gives each worker an id
 * from 1 to maxWorkers (VITEST_POOL_ID) that no other worker running at the same time has, and a worker
 * runs its files one after another; worker n owns block n of TEST_APP_PORTS, and each range a file asks
 * for is the next one in its worker's block — after the ranges of the files the worker ran before (a
 * cursor file per run and worker), so a file never gets the ports of the file just before it, whose apps
 * may still be going away. Outside this area: `npm start` (9000-9999 by default), the bench and the
 * evaluation's own platform (9600-9999, or --app-ports), and 11200-11899 for evaluations run beside the
 * tests.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// From 10100: Chromium refuses to load pages from 10080 (its list of unsafe ports), and the web UI tests
// open apps in it.
export const TEST_APP_PORTS = { first: 10_100, last: 11_179, blockSize: 135 } as const;

export type PortRange = [first: number, last: number];

/** Where in its block a worker is: the offset of the next free port. */
export interface PortCursor {
  read(): number;
  write(offset: number): void;
}

function memoryCursor(): PortCursor {
  let offset = 0;
  return { read: () => offset, write: (next) => (offset = next) };
}

/** A cursor kept in a file, so the files a worker runs one after another go on where the last stopped. */
export function fileCursor(path: string): PortCursor {
  return {
    read() {
      try {
        return Number(readFileSync(path, 'utf8')) || 0;
      } catch {
        return 0;
      }
    },
    write(offset) {
      writeFileSync(path, String(offset));
    },
  };
}

/**
 * The ranges of one worker's block, one after another. At the block's end it starts again at its
 * beginning, which only files run before in the same worker (all finished) used.
 */
export function appPortBlock(
  workerId: number,
  cursor: PortCursor = memoryCursor(),
): (count: number) => PortRange {
  const blocks = (TEST_APP_PORTS.last - TEST_APP_PORTS.first + 1) / TEST_APP_PORTS.blockSize;
  if (!Number.isInteger(workerId) || workerId < 1 || workerId > blocks) {
    throw new Error(
      `worker ${workerId} has no app port block: ${TEST_APP_PORTS.first}-${TEST_APP_PORTS.last} holds ${blocks}`,
    );
  }
  const start = TEST_APP_PORTS.first + (workerId - 1) * TEST_APP_PORTS.blockSize;
  return (count) => {
    if (!Number.isInteger(count) || count < 1 || count > TEST_APP_PORTS.blockSize) {
      throw new Error(`a range of app ports is 1 to ${TEST_APP_PORTS.blockSize} ports, not ${count}`);
    }
    let offset = cursor.read();
    if (offset + count > TEST_APP_PORTS.blockSize) offset = 0;
    cursor.write(offset + count);
    return [start + offset, start + offset + count - 1];
  };
}

let thisWorker: ((count: number) => PortRange) | undefined;

/** `count` app ports, [first, last], that no other test file running now, nor the one before, is given. */
export function appPorts(count: number): PortRange {
  if (!thisWorker) {
    const workerId = process.env.VITEST_POOL_ID;
    if (workerId === undefined) {
      throw new Error(
        'appPorts() is for vitest test files (VITEST_POOL_ID is unset); scripts take --app-ports',
      );
    }
    // Each file runs in a child of the one vitest process of the run: its pid names the run. A folder
    // per user: CI runs the attack suite again as a normal user, who cannot write into root's.
    const dir = join(tmpdir(), `isekai-test-ports-${process.getuid?.() ?? 'user'}`);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    thisWorker = appPortBlock(Number(workerId), fileCursor(join(dir, `${process.ppid}-${workerId}`)));
  }
  return thisWorker(count);
}
