import { openPostgresReadStore } from './postgres-read-store.js';
import type { ReadStore, ReadStoreConfig } from './read-store.js';
import { openSqliteReadStore } from './sqlite-read-store.js';

const POSTGRES_URL = /^postgres(ql)?:\/\//i;

export function openReadStore(config: ReadStoreConfig): ReadStore {
  const url = config.readStoreUrl?.trim();
  if (!url) return openSqliteReadStore(config.dataDir);
  if (POSTGRES_URL.test(url)) return openPostgresReadStore(url);
  // Falling back to SQLite here would silently split the views of several API instances.
  throw new Error(
    `Read store URL "${redactPassword(url)}" is not supported: use postgres://… or postgresql://…, ` +
      `or leave it empty for the embedded SQLite file in ${config.dataDir}.`,
  );
}

function redactPassword(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
