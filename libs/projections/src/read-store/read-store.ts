import type { Kysely } from 'kysely';

export type ReadStoreDialect = 'sqlite' | 'postgres';

/**
 * The database the views live in. Each view types its own tables, so the handle is
 * untyped here; positions are kept as decimal TEXT on both dialects (see checkpoints).
 */
export interface ReadStore {
  readonly db: Kysely<any>;
  readonly dialect: ReadStoreDialect;
  close(): Promise<void>;
}

export interface ReadStoreConfig {
  /** postgres:// or postgresql:// URL; empty or absent means the embedded SQLite file. */
  readStoreUrl?: string;
  /** Directory that holds read.sqlite when no PostgreSQL URL is given. */
  dataDir: string;
}
