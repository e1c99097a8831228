import { createTemporaryDatabase, type TemporaryDatabase } from './postgres-database.js';
import type { AppConfig } from '../../apps/api/src/config/app-config.js';
import { RunningApi, removeDataDir } from './running-api.js';

/** The read stores an e2e test runs the API on: the embedded SQLite one, and a fresh PostgreSQL database. */
export const readStores: Array<{ readStore: 'sqlite' | 'postgres'; open: () => Promise<TemporaryDatabase | undefined> }> = [
  { readStore: 'sqlite', open: async () => undefined },
  { readStore: 'postgres', open: createTemporaryDatabase },
];

/**
 * The API started on the read store `open` makes, with any further configuration; stop() closes
 * it, drops that database and removes the API's data.
 */
export async function startApiOn(
  open: () => Promise<TemporaryDatabase | undefined>,
  overrides: Partial<AppConfig> = {},
): Promise<{ api: RunningApi; stop: () => Promise<void> }> {
  const database = await open();
  const api = await RunningApi.start({ ...overrides, readStoreUrl: database?.url });
  return {
    api,
    async stop() {
      await api.stop();
      await database?.drop();
      removeDataDir(api.config.dataDir);
    },
  };
}
