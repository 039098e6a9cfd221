import type { AppResponse } from '@isekai/contracts';
import { api } from './api-client.js';

/** The name in `attachment; filename="…"` (or its RFC 6266 `filename*=UTF-8''…` form), or null when it names none. */
export function fileNameFromContentDisposition(header: string | null): string | null {
  if (!header) return null;
  const encoded = /filename\*\s*=\s*UTF-8''([^;\s]+)/i.exec(header)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // malformed: fall back to the plain form
    }
  }
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;\s]+))/i.exec(header);
  return plain?.[1] || plain?.[2] || null;
}

/** The browser saves what an `<a download>` points at; a link to the API itself could not carry the key. */
function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; the blob is freed a little later instead.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads the app's current version as a zip, named as the server names it. */
export async function downloadArchive(app: Pick<AppResponse, 'id' | 'name'>): Promise<void> {
  const response = await api.getArchive(app.id);
  const fileName =
    fileNameFromContentDisposition(response.headers.get('content-disposition')) ?? `${app.name}.zip`;
  saveBlob(await response.blob(), fileName);
}
