import type { Writable } from 'node:stream';
import { TarArchive, ZipArchive } from 'archiver';
import type { FileMap } from '@isekai/contracts';

export type ArchiveFormat = 'zip' | 'tar.gz';

/** Streams the files into a zip or gzip'd tar under one top folder, so unpacking never litters. */
export async function writeArchive(
  files: FileMap,
  folder: string,
  format: ArchiveFormat,
  out: Writable,
): Promise<void> {
  const archive =
    format === 'zip'
      ? new ZipArchive({ zlib: { level: 6 } })
      : new TarArchive({ gzip: true, gzipOptions: { level: 6 } });
  const done = new Promise<void>((resolve, reject) => {
    archive.on('error', reject);
    out.on('error', reject);
    out.on('finish', resolve);
    out.on('close', resolve);
  });
  archive.pipe(out);
  for (const [path, content] of Object.entries(files)) {
    archive.append(content, { name: `${folder}/${path}`, mode: 0o644 });
  }
  await archive.finalize();
  await done;
}
