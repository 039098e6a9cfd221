import { lstat, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeAppFiles, writeAppFiles } from './app-files.writer.js';

const ID = 'abcdef123456';
let root: string;
let appsDir: string;
let outside: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'isekai-writer-'));
  appsDir = join(root, 'apps');
  outside = join(root, 'outside');
  await mkdir(outside);
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe(writeAppFiles.name, () => {
  it('writes the files and an empty data/ directory', async () => {
    await writeAppFiles(appsDir, ID, { 'server.js': 'x', 'public/index.html': '<p>' });
    expect(await readFile(join(appsDir, ID, 'public/index.html'), 'utf8')).toBe('<p>');
    expect((await lstat(join(appsDir, ID, 'data'))).isDirectory()).toBe(true);
  });

  it('refuses ".." and absolute paths without writing anything', async () => {
    await expect(writeAppFiles(appsDir, ID, { '../escape.js': 'x' })).rejects.toMatchObject({
      code: 'unsafe-path',
      status: 400,
    });
    await expect(writeAppFiles(appsDir, ID, { '/etc/evil': 'x' })).rejects.toMatchObject({
      code: 'unsafe-path',
    });
    await expect(writeAppFiles(appsDir, ID, { 'data/records.json': '[]' })).rejects.toMatchObject({
      code: 'unsafe-path',
    });
    await expect(readdir(root)).resolves.toEqual(['outside']);
  });

  it('keeps data/ and removes the files of the previous version', async () => {
    await writeAppFiles(appsDir, ID, { 'server.js': 'v1', 'old.js': 'gone soon' });
    await writeFile(join(appsDir, ID, 'data', 'records.json'), '[1,2]');
    const result = await writeAppFiles(appsDir, ID, { 'server.js': 'v2' });
    expect(result.keptData).toBe(true);
    expect(await readFile(join(appsDir, ID, 'server.js'), 'utf8')).toBe('v2');
    expect(await readFile(join(appsDir, ID, 'data', 'records.json'), 'utf8')).toBe('[1,2]');
    expect((await readdir(join(appsDir, ID))).sort()).toEqual(['data', 'server.js']);
    expect(await readdir(appsDir)).toEqual([ID]); // no staging or retired directories left
  });

  it('never writes through a link planted in the app directory', async () => {
    await writeAppFiles(appsDir, ID, { 'server.js': 'v1' });
    await symlink(outside, join(appsDir, ID, 'lib'));
    await symlink(join(outside, 'target.js'), join(appsDir, ID, 'index.js'));
    await writeAppFiles(appsDir, ID, { 'lib/util.js': 'payload', 'index.js': 'payload' });
    expect(await readdir(outside)).toEqual([]);
    expect((await lstat(join(appsDir, ID, 'lib'))).isSymbolicLink()).toBe(false);
    expect((await lstat(join(appsDir, ID, 'index.js'))).isFile()).toBe(true);
  });

  it('drops a data/ link instead of carrying it over', async () => {
    await writeAppFiles(appsDir, ID, { 'server.js': 'v1' });
    await rm(join(appsDir, ID, 'data'), { recursive: true });
    await symlink(outside, join(appsDir, ID, 'data'));
    const result = await writeAppFiles(appsDir, ID, { 'server.js': 'v2' });
    expect(result.keptData).toBe(false);
    expect((await lstat(join(appsDir, ID, 'data'))).isSymbolicLink()).toBe(false);
  });

  it('refuses to deploy when the app directory itself is a link', async () => {
    await mkdir(appsDir);
    await symlink(outside, join(appsDir, ID));
    await expect(writeAppFiles(appsDir, ID, { 'server.js': 'x' })).rejects.toMatchObject({
      code: 'unsafe-app-directory',
      status: 409,
    });
    expect(await readdir(outside)).toEqual([]);
  });
});

describe(removeAppFiles.name, () => {
  it('removes the directory, data included, and nothing a link points to', async () => {
    await writeAppFiles(appsDir, ID, { 'server.js': 'x' });
    await writeFile(join(outside, 'keep.txt'), 'keep');
    await symlink(outside, join(appsDir, ID, 'data', 'link'));
    await removeAppFiles(appsDir, ID);
    expect(await readdir(appsDir)).toEqual([]);
    expect(await readdir(outside)).toEqual(['keep.txt']);
  });
});
