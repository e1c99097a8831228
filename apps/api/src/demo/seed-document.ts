import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The published 2022 targets of 巨鹿县人力资源和社会保障局, kept in the repository's seeds/ folder. */
export const seedDocumentName = '2022-julu-hrss-performance-targets.txt';

/**
 * The seed document's path, found by walking up from this module to the folder that holds
 * seeds/: the same from the sources (tests) and from the build in dist/.
 */
export function seedDocumentPath(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'seeds', seedDocumentName);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`seeds/${seedDocumentName} was not found above ${dirname(fileURLToPath(import.meta.url))}`);
    dir = parent;
  }
}
