/**
 * App port ranges for test files that cannot collide by construction. Vitest gives each worker an id
 * from 1 to maxWorkers (VITEST_POOL_ID) that no other worker running at the same time has, and a worker
 * runs its files one after another; worker n owns block n of TEST_APP_PORTS, and each range a file asks
 * for is the next one in its worker's block. Outside this area: `npm start` (9000-9999 by default), the
 * bench and the evaluation's own platform (9600-9999, or --app-ports), and 11200-11899 for evaluations
 * run beside the tests.
 */
// From 10100: Chromium refuses to load pages from 10080 (its list of unsafe ports), and the web UI tests
// open apps in it.
export const TEST_APP_PORTS = { first: 10_100, last: 11_179, blockSize: 135 } as const;

export type PortRange = [first: number, last: number];

/**
 * The ranges of one worker's block, one after another. At the block's end it starts again at its
 * beginning, which only files run before in the same worker (all finished) used.
 */
export function appPortBlock(workerId: number): (count: number) => PortRange {
  const blocks = (TEST_APP_PORTS.last - TEST_APP_PORTS.first + 1) / TEST_APP_PORTS.blockSize;
  if (!Number.isInteger(workerId) || workerId < 1 || workerId > blocks) {
    throw new Error(
      `worker ${workerId} has no app port block: ${TEST_APP_PORTS.first}-${TEST_APP_PORTS.last} holds ${blocks}`,
    );
  }
  const start = TEST_APP_PORTS.first + (workerId - 1) * TEST_APP_PORTS.blockSize;
  const end = start + TEST_APP_PORTS.blockSize - 1;
  let next = start;
  return (count) => {
    if (!Number.isInteger(count) || count < 1 || count > TEST_APP_PORTS.blockSize) {
      throw new Error(`a range of app ports is 1 to ${TEST_APP_PORTS.blockSize} ports, not ${count}`);
    }
    if (next + count - 1 > end) next = start;
    const range: PortRange = [next, next + count - 1];
    next += count;
    return range;
  };
}

let thisWorker: ((count: number) => PortRange) | undefined;

/** `count` app ports, [first, last], that no other test file running now is given. */
export function appPorts(count: number): PortRange {
  if (!thisWorker) {
    const workerId = process.env.VITEST_POOL_ID;
    if (workerId === undefined) {
      throw new Error(
        'appPorts() is for vitest test files (VITEST_POOL_ID is unset); scripts take --app-ports',
      );
    }
    thisWorker = appPortBlock(Number(workerId));
  }
  return thisWorker(count);
}
