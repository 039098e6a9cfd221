import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { anApp } from '../test-support/builders.js';
import { stubApi } from '../test-support/fake-api.js';
import { storeApiKey } from './api-key.js';
import { downloadArchive, fileNameFromContentDisposition } from './download-archive.js';

const KEY = 'isk_0123456789abcdefghijklmnopqrstuv';

describe(fileNameFromContentDisposition.name, () => {
  it('reads the quoted name the backend sends', () => {
    expect(fileNameFromContentDisposition('attachment; filename="recipe-manager-v2.zip"')).toBe(
      'recipe-manager-v2.zip',
    );
  });

  it('reads an unquoted name, and prefers the UTF-8 form when both are there', () => {
    expect(fileNameFromContentDisposition('attachment; filename=notes.zip')).toBe('notes.zip');
    expect(
      fileNameFromContentDisposition(
        `attachment; filename="Recettes.zip"; filename*=UTF-8''Recettes%20d%C3%A9t%C3%A9.zip`,
      ),
    ).toBe('Recettes dété.zip');
  });

  it('is null without a header or a name in it', () => {
    expect(fileNameFromContentDisposition(null)).toBeNull();
    expect(fileNameFromContentDisposition('attachment')).toBeNull();
  });
});

describe(downloadArchive.name, () => {
  const saved: { href: string; download: string }[] = [];
  const blobs: Blob[] = [];

  beforeEach(() => {
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:http://localhost/archive';
    });
    // jsdom does not navigate; the link's click is where a browser would save the file.
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ href: this.href, download: this.download });
    });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    saved.length = 0;
    blobs.length = 0;
    localStorage.clear();
  });

  it('fetches the zip with the key and saves it under the name the server gives', async () => {
    storeApiKey(KEY);
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04]);
    const { requests } = stubApi({
      'GET /api/apps/abcdefabcdef/archive': () =>
        new Response(zip, {
          headers: {
            'content-type': 'application/zip',
            'content-disposition': 'attachment; filename="recipe-manager-v1.zip"',
          },
        }),
    });

    await downloadArchive(anApp());

    expect(requests[0]!.headers.get('authorization')).toBe(`Bearer ${KEY}`);
    expect(saved).toEqual([{ href: 'blob:http://localhost/archive', download: 'recipe-manager-v1.zip' }]);
    expect(new Uint8Array(await blobs[0]!.arrayBuffer())).toEqual(zip);
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('names the file after the app when the server names none', async () => {
    stubApi({
      'GET /api/apps/abcdefabcdef/archive': () =>
        new Response(new Uint8Array([1]), { headers: { 'content-type': 'application/zip' } }),
    });

    await downloadArchive(anApp({ name: 'Recipe Manager' }));

    expect(saved.map((s) => s.download)).toEqual(['Recipe Manager.zip']);
  });
});
