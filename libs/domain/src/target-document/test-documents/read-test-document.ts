import { readFileSync } from 'node:fs';

/** The text of a document in this folder, as the importer would receive it. */
export function readTestDocument(name: string): string {
  return readFileSync(new URL(name, import.meta.url), 'utf8');
}
