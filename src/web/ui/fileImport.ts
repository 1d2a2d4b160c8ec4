import type { ImportFormat } from '../../contracts/index.ts';

/** A picked import file as the import APIs take it: CSV as text, xlsx base64-encoded. */
export type ImportFile = { name: string; format: ImportFormat; content: string };

/** A fresh idempotency key per picked file: retrying the same import records nothing twice, another file is a new import. */
export function newIdempotencyKey(prefix: string): string {
  if (typeof crypto.randomUUID === 'function') return `${prefix}-${crypto.randomUUID()}`;
  // randomUUID exists only in secure contexts; a self-hosted instance may run on plain http.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `${prefix}-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** The file's bytes as base64, without the `data:…;base64,` prefix of a data URL. */
export function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsDataURL(file);
  });
}

/** Reads a picked file as an {@link ImportFile}: a name ending in .xlsx is a workbook, anything else CSV. */
export async function readImportFile(file: File): Promise<ImportFile> {
  const format: ImportFormat = /\.xlsx$/i.test(file.name) ? 'xlsx' : 'csv';
  return { name: file.name, format, content: format === 'xlsx' ? await readBase64(file) : await file.text() };
}
