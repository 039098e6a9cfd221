import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { PortPool } from './port.pool.js';

// A range no other test file uses (9400-9499 is the sandbox's; 9380-9389 belongs to the backend's api-keys test).
const MIN = 9491;

const servers: Server[] = [];

function occupy(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
    servers.push(server);
  });
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

describe(PortPool.name, () => {
  describe('allocate', () => {
    it('hands out the lowest free port and reuses a released one', async () => {
      const pool = new PortPool({ min: MIN, max: MIN + 4 });
      const first = await pool.allocate();
      const second = await pool.allocate();
      expect([first, second]).toEqual([MIN, MIN + 1]);
      pool.release(first);
      expect(await pool.allocate()).toBe(MIN);
    });

    it('gives the preferred port when it is in the range and free', async () => {
      const pool = new PortPool({ min: MIN, max: MIN + 4 });
      expect(await pool.allocate(MIN + 3)).toBe(MIN + 3);
      expect(await pool.allocate(MIN + 3)).toBe(MIN);
      expect(await pool.allocate(80)).toBe(MIN + 1);
    });

    it('skips a port that something outside the pool is listening on', async () => {
      await occupy(MIN);
      const pool = new PortPool({ min: MIN, max: MIN + 4 });
      expect(await pool.allocate()).toBe(MIN + 1);
      expect(await pool.allocate(MIN)).toBe(MIN + 2);
    });

    it('fails with 503 no-free-port when every port is taken', async () => {
      const pool = new PortPool({ min: MIN, max: MIN + 1 });
      await pool.allocate();
      await pool.allocate();
      await expect(pool.allocate()).rejects.toMatchObject({ code: 'no-free-port', status: 503 });
    });

    it('never hands the same port to two concurrent callers', async () => {
      const pool = new PortPool({ min: MIN, max: MIN + 4 });
      const ports = await Promise.all([pool.allocate(), pool.allocate(), pool.allocate()]);
      expect(new Set(ports).size).toBe(3);
    });
  });

  describe('capacity', () => {
    it('counts taken and free ports', async () => {
      const pool = new PortPool({ min: MIN, max: MIN + 4 });
      await pool.allocate();
      expect(pool.capacity()).toEqual({ portsTotal: 5, portsFree: 4, portRange: [MIN, MIN + 4] });
    });
  });
});
