import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPorts } from '@isekai/test-kit';
import { startPlatform, type Platform } from '../support/platform.js';
import { deployNeighbour, expectOthersUnharmed, observe, type DeployedApp } from './support/hostile.js';

describe('attacks on files and secrets', () => {
  let platform: Platform;
  let neighbour: DeployedApp;

  beforeAll(async () => {
    platform = await startPlatform({ appPorts: appPorts(20) });
    neighbour = await deployNeighbour(platform);
  });
  afterAll(async () => {
    await platform?.stop();
  });

  it('cannot read /etc/passwd', async () => {
    const seen = await observe(platform, "return fs.readFileSync('/etc/passwd', 'utf8');");
    expect(seen.ok).toBe(false);
    await expectOthersUnharmed(platform, neighbour);
  });

  it("cannot read its parent's environment through /proc", async () => {
    const seen = await observe(
      platform,
      "return fs.readFileSync('/proc/' + process.ppid + '/environ', 'utf8');",
    );
    expect(seen.ok).toBe(false);
    expect(JSON.stringify(seen)).not.toContain(platform.serviceToken);
    await expectOthersUnharmed(platform, neighbour);
  });

  it("cannot read pid 1's environment (bubblewrap's own) either", async () => {
    const seen = await observe(platform, "return fs.readFileSync('/proc/1/environ', 'utf8');");
    expect(JSON.stringify(seen)).not.toContain(platform.serviceToken);
    expect(seen.ok).toBe(false);
    await expectOthersUnharmed(platform, neighbour);
  });

  it('cannot read the SQLite database', async () => {
    const seen = await observe(
      platform,
      `return fs.readFileSync(${JSON.stringify(platform.databasePath)}).length;`,
    );
    expect(seen.ok).toBe(false);
    await expectOthersUnharmed(platform, neighbour);
  });

  it("cannot read another app's files", async () => {
    const dir = join(platform.appsDir, neighbour.id);
    const seen = await observe(platform, `return fs.readdirSync(${JSON.stringify(dir)});`);
    expect(seen.ok).toBe(false);
    await expectOthersUnharmed(platform, neighbour);
  });

  it('finds the service token nowhere it can look', async () => {
    const seen = await observe(
      platform,
      `const places = [JSON.stringify(process.env)];
       for (const file of ['/proc/self/environ', '/proc/1/environ', '/proc/' + process.ppid + '/environ', '/proc/1/cmdline']) {
         try { places.push(fs.readFileSync(file, 'utf8')); } catch {}
       }
       return places.join('\\n');`,
    );
    expect(seen.ok).toBe(true);
    expect(JSON.stringify(seen)).not.toContain(platform.serviceToken);
    await expectOthersUnharmed(platform, neighbour);
  });

  it('cannot write outside its directory', async () => {
    const target = join(platform.dir, 'pwned.txt');
    const seen = await observe(
      platform,
      `fs.writeFileSync(${JSON.stringify(target)}, 'x'); return 'written';`,
    );
    expect(seen.ok).toBe(false);
    expect(existsSync(target)).toBe(false);
    await expectOthersUnharmed(platform, neighbour);
  });

  it('cannot follow a symlink out of its directory', async () => {
    const seen = await observe(
      platform,
      `try { fs.symlinkSync(${JSON.stringify(platform.databasePath)}, path.join(__dirname, 'db-link')); } catch {}
       try { fs.symlinkSync('/etc/passwd', path.join(__dirname, 'passwd-link')); } catch {}
       const out = [];
       for (const name of ['db-link', 'passwd-link']) {
         try { out.push(fs.readFileSync(path.join(__dirname, name)).length); } catch (error) { out.push(error.code); }
       }
       if (out.some((entry) => typeof entry === 'number')) return out;
       throw Object.assign(new Error('denied'), { code: out.join(',') });`,
    );
    expect(seen.ok).toBe(false);
    await expectOthersUnharmed(platform, neighbour);
  });

  it('cannot write into the shared module store', async () => {
    const seen = await observe(
      platform,
      "fs.writeFileSync('/node_modules/preact/evil.js', 'x'); return 'written';",
    );
    expect(seen.ok).toBe(false);
    await expectOthersUnharmed(platform, neighbour);
  });

  it('may require an allow-listed package but not anything else, with a clear message', async () => {
    const seen = await observe(
      platform,
      `const preact = typeof require('preact').h;
       try { require('express'); return { preact, express: 'loaded' }; }
       catch (error) { return { preact, express: error.message }; }`,
    );
    expect(seen.ok).toBe(true);
    expect(seen.value).toMatchObject({ preact: 'function' });
    expect((seen.value as { express: string }).express).toMatch(
      /only these packages: preact, htm, preact-render-to-string/,
    );
    await expectOthersUnharmed(platform, neighbour);
  });
});
