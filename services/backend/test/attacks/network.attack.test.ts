import { createConnection } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPorts } from '@isekai/test-kit';
import { startPlatform, type Platform } from '../support/platform.js';
import { deployNeighbour, expectOthersUnharmed, observe, type DeployedApp } from './support/hostile.js';

/** Tries 127.0.0.1:port from inside the app; resolves 'connected' or the error code. */
const connectFrom = (port: number) => `
  return await new Promise((resolve) => {
    const socket = net.createConnection({ host: '127.0.0.1', port: ${port} });
    socket.setTimeout(2000, () => { socket.destroy(); resolve('timeout'); });
    socket.once('connect', () => { socket.destroy(); resolve('connected'); });
    socket.once('error', (error) => resolve(error.code));
  });`;

function connectsFromHost(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.setTimeout(1000, () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

// The platform's app ports, and one more of this file's own just past them, that no app is given.
const [FIRST_PORT, SPARE_PORT] = appPorts(20);

describe('attacks over the network', () => {
  let platform: Platform;
  let neighbour: DeployedApp;

  beforeAll(async () => {
    platform = await startPlatform({ appPorts: [FIRST_PORT, SPARE_PORT - 1] });
    neighbour = await deployNeighbour(platform);
  });
  afterAll(async () => {
    await platform?.stop();
  });

  it.each(['backend', 'planner', 'sandbox'] as const)('cannot connect to the %s service', async (name) => {
    const port = platform[name].port;
    expect(await connectsFromHost(port)).toBe(true); // the precondition: it does listen on loopback
    const seen = await observe(platform, connectFrom(port));
    expect(seen.value).not.toBe('connected');
    await expectOthersUnharmed(platform, neighbour);
  });

  it("cannot connect to another app's port", async () => {
    const seen = await observe(platform, connectFrom(neighbour.port!));
    expect(seen.value).not.toBe('connected');
    await expectOthersUnharmed(platform, neighbour);
  });

  it('sees no network interface but its own loopback', async () => {
    const seen = await observe(platform, 'return Object.keys(os.networkInterfaces());');
    expect(seen).toEqual({ ok: true, value: ['lo'] });
    await expectOthersUnharmed(platform, neighbour);
  });

  it('cannot open another port to the host', async () => {
    const extra = SPARE_PORT;
    const seen = await observe(
      platform,
      `return await new Promise((resolve) => {
         const server = net.createServer((socket) => socket.end('leak'));
         server.once('error', (error) => resolve(error.code));
         server.listen(${extra}, '127.0.0.1', () => resolve('listening inside'));
       });`,
    );
    expect(seen.ok).toBe(true);
    expect(await connectsFromHost(extra)).toBe(false);
    await expectOthersUnharmed(platform, neighbour);
  });

  it('cannot signal the sandbox or any process outside its own', async () => {
    const sandboxPid = platform.sandbox.pid!;
    const seen = await observe(
      platform,
      `const results = [];
       for (const target of [${sandboxPid}, process.ppid, 1]) {
         try { process.kill(target, 'SIGKILL'); results.push('killed ' + target); } catch (error) { results.push(error.code); }
       }
       return results;`,
    );
    expect(JSON.stringify(seen.value)).not.toContain(`killed ${sandboxPid}`);
    expect(JSON.stringify(seen.value)).not.toContain('killed 1');
    const state = await platform.api(`/api/apps/${neighbour.id}`);
    expect(state.body.status).toBe('running');
    await expectOthersUnharmed(platform, neighbour);
  });
});
