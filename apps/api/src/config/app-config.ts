import { resolve } from 'node:path';
import { productionPasswordHashCost, type PasswordHashCost } from '@app/auth';
import { defaultLightThresholds, MAX_TARGET_DOCUMENT_BYTES, parseLightThresholds, type LightThresholds } from '@app/domain';
import type { QueryLimits } from '../graphql/query-limits/query-limits.js';

/**
 * Every setting but the password hash cost comes from the environment; README.md lists them
 * with these defaults.
 */
export interface AppConfig {
  port: number;
  dataDir: string;
  eventStoreConnectionString: string | undefined;
  /** postgres://… : events in PostgreSQL, for several API instances on one database. */
  eventStoreUrl: string | undefined;
  readStoreUrl: string | undefined;
  /** Longest a query waits for the views to reach a position the client asked for. */
  readWaitTimeoutMs: number;
  /**
   * How many answers to queries are kept while the views stand (0: none). Kept only with the
   * embedded read store, which this process alone writes (docs/speed.md).
   */
  keptAnswers: number;
  /** Deepest nesting, largest estimated cost, most aliases, directives and tokens a GraphQL request may have. */
  queryLimits: QueryLimits;
  /** Whether the schema may be introspected and GraphiQL is served at /graphql (GRAPHQL_INTROSPECTION=false: neither). */
  introspection: boolean;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
  /** Key that signs sign-in tokens (UTF-8, ≥ 32 bytes); unset: generated into dataDir on first start. */
  jwtSecret: string | undefined;
  /**
   * Addresses (or CIDR ranges, or express's names such as "loopback") of the reverse proxies
   * whose X-Forwarded-For is believed; empty: the header is ignored and the peer's address counts.
   */
  trustedProxies: string[];
  /** How long a sign-in token is valid. */
  tokenTtlSeconds: number;
  /** The first ADMIN, registered on start while the directory has no user; unset: none. */
  bootstrapAdmin: { userName: string; password: string } | undefined;
  /** Key that signs audit-trail anchors (UTF-8, ≥ 32 bytes); unset: generated into dataDir/anchor-key on first use. */
  anchorSecret: string | undefined;
  /** How often the API anchors the audit trail (skipped when nothing was appended since the last anchor). */
  anchorIntervalSeconds: number;
  /** Where the execution traffic light turns yellow and green, in percent. */
  lightThresholds: LightThresholds;
  /** On the first start of an empty embedded store, load the demo department and the seed document. */
  demoData: boolean;
  /** SMTP server notifications are e-mailed through (SMTP_URL, e.g. smtp://user:pass@mail.example.cn:587); unset: no e-mail. */
  smtpUrl?: string;
  /** The sender of notification e-mails (SMTP_FROM). */
  smtpFrom?: string;
  /**
   * scrypt cost of new password hashes and of the check for a name nobody has. Deliberately no
   * environment variable: an installation always hashes at productionPasswordHashCost; only
   * the tests' API (test/support/running-api.ts) passes a lower one, to start in milliseconds.
   */
  passwordHashCost: Readonly<PasswordHashCost>;
  /** The log's lowest level and its form: JSON lines, or coloured text for a terminal. */
  log: LogConfig;
  /** The built web console served at `/` (see apps/web); nothing is served there when it holds no build. */
  webDir: string;
}

export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevelName = (typeof logLevels)[number];

export interface LogConfig {
  level: LogLevelName;
  format: 'json' | 'pretty';
}

export const APP_CONFIG = Symbol('APP_CONFIG');

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return {
    port: positiveInteger(env, 'PORT', 3000),
    dataDir: resolve(env.DATA_DIR ?? './data'),
    eventStoreConnectionString: nonEmpty(env.EVENTSTORE_CONNECTION_STRING),
    eventStoreUrl: eventStoreUrlOf(env),
    readStoreUrl: nonEmpty(env.READ_STORE_URL),
    readWaitTimeoutMs: positiveInteger(env, 'READ_WAIT_TIMEOUT_MS', 5000),
    keptAnswers: wholeNumber(env, 'KEPT_ANSWERS', 500),
    queryLimits: {
      maxDepth: positiveInteger(env, 'GRAPHQL_MAX_DEPTH', 10),
      maxCost: positiveInteger(env, 'GRAPHQL_MAX_COST', 5000),
      maxAliases: positiveInteger(env, 'GRAPHQL_MAX_ALIASES', 30),
      maxDirectives: positiveInteger(env, 'GRAPHQL_MAX_DIRECTIVES', 50),
      maxTokens: positiveInteger(env, 'GRAPHQL_MAX_TOKENS', 10_000),
    },
    introspection: nonEmpty(env.GRAPHQL_INTROSPECTION)?.toLowerCase() !== 'false',
    // A request carries at most a document: the same bound as the importer's, whatever the way in.
    maxBodyBytes: positiveInteger(env, 'MAX_BODY_BYTES', MAX_TARGET_DOCUMENT_BYTES),
    jwtSecret: nonEmpty(env.JWT_SECRET),
    trustedProxies: (nonEmpty(env.TRUSTED_PROXIES) ?? '').split(',').map((entry) => entry.trim()).filter((entry) => entry !== ''),
    tokenTtlSeconds: positiveInteger(env, 'TOKEN_TTL_SECONDS', 8 * 60 * 60),
    bootstrapAdmin: bootstrapAdminOf(env),
    anchorSecret: nonEmpty(env.ANCHOR_SECRET),
    anchorIntervalSeconds: positiveInteger(env, 'ANCHOR_INTERVAL_SECONDS', 60 * 60),
    lightThresholds: lightThresholdsOf(env),
    demoData: nonEmpty(env.DEMO_DATA)?.toLowerCase() !== 'false',
    smtpUrl: nonEmpty(env.SMTP_URL),
    smtpFrom: nonEmpty(env.SMTP_FROM),
    passwordHashCost: productionPasswordHashCost,
    log: logConfigOf(env),
    webDir: resolve(env.WEB_DIR ?? './dist/web'),
  };
}

function logConfigOf(env: NodeJS.ProcessEnv): LogConfig {
  const level = (nonEmpty(env.LOG_LEVEL)?.toLowerCase() ?? 'info') as LogLevelName;
  if (!logLevels.includes(level)) throw new Error(`LOG_LEVEL must be one of ${logLevels.join(', ')}, got "${env.LOG_LEVEL}"`);
  const format = nonEmpty(env.LOG_FORMAT)?.toLowerCase() ?? 'json';
  if (format !== 'json' && format !== 'pretty') throw new Error(`LOG_FORMAT must be json or pretty, got "${env.LOG_FORMAT}"`);
  return { level, format };
}

function bootstrapAdminOf(env: NodeJS.ProcessEnv): AppConfig['bootstrapAdmin'] {
  const userName = nonEmpty(env.BOOTSTRAP_ADMIN_USER);
  // The password is taken as given: spaces may be part of it.
  const password = env.BOOTSTRAP_ADMIN_PASSWORD !== undefined && env.BOOTSTRAP_ADMIN_PASSWORD !== '' ? env.BOOTSTRAP_ADMIN_PASSWORD : undefined;
  if (userName === undefined && password === undefined) return undefined;
  if (userName === undefined || password === undefined) {
    throw new Error('Set both BOOTSTRAP_ADMIN_USER and BOOTSTRAP_ADMIN_PASSWORD to register the first administrator, or neither');
  }
  return { userName, password };
}

function lightThresholdsOf(env: NodeJS.ProcessEnv): LightThresholds {
  const raw = nonEmpty(env.EXECUTION_LIGHT_THRESHOLDS);
  if (raw === undefined) return defaultLightThresholds;
  try {
    return parseLightThresholds(raw);
  } catch (error) {
    throw new Error(`EXECUTION_LIGHT_THRESHOLDS: ${(error as Error).message}`);
  }
}

function eventStoreUrlOf(env: NodeJS.ProcessEnv): string | undefined {
  const url = nonEmpty(env.EVENT_STORE_URL);
  if (url === undefined) return undefined;
  if (!/^postgres(ql)?:\/\//.test(url)) throw new Error(`EVENT_STORE_URL must be a postgres:// URL, got "${url.replace(/\/\/[^@]*@/, '//…@')}"`);
  if (nonEmpty(env.EVENTSTORE_CONNECTION_STRING)) throw new Error('Set EVENT_STORE_URL (PostgreSQL) or EVENTSTORE_CONNECTION_STRING (EventStoreDB), not both');
  // Instances on one database must sign tokens and anchors alike: a key kept in each DATA_DIR would differ.
  for (const shared of ['JWT_SECRET', 'ANCHOR_SECRET']) {
    if (nonEmpty(env[shared]) === undefined) throw new Error(`EVENT_STORE_URL needs ${shared}: every API instance on the database must share it`);
  }
  return url;
}

/** Which event store a configuration writes to, as the startup log and the CLI name it. */
export function eventStoreNameOf(config: Pick<AppConfig, 'eventStoreUrl' | 'eventStoreConnectionString'>): 'PostgreSQL' | 'EventStoreDB' | 'SQLite' {
  if (config.eventStoreUrl) return 'PostgreSQL';
  return config.eventStoreConnectionString ? 'EventStoreDB' : 'SQLite';
}

function nonEmpty(value: string | undefined): string | undefined {
  return value && value.trim() !== '' ? value.trim() : undefined;
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = wholeNumber(env, name, fallback);
  if (value <= 0) throw new Error(`${name} must be a positive whole number, got "${nonEmpty(env[name])}"`);
  return value;
}

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = nonEmpty(env[name]);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) throw new Error(`${name} must be a whole number, got "${raw}"`);
  return Number(raw);
}
