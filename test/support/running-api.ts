import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { loadConfig, type AppConfig } from '../../apps/api/src/config/app-config.js';
import { createApp } from '../../apps/api/src/create-app.js';

export interface Caller {
  userId: string;
  name: string;
  roles: string[];
  unitCode?: string;
  sectionId?: string;
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data: T | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown>; path?: unknown[] }>;
}

/** The API as `npm start` runs it, on a free port, over real HTTP. */
export class RunningApi {
  private constructor(
    readonly app: INestApplication,
    readonly url: string,
    readonly config: AppConfig,
  ) {}

  /** `beforeStart` sees the application before its start-up hooks run (e.g. to watch the EventBus from the first event). */
  static async start(overrides: Partial<AppConfig> = {}, beforeStart?: (app: INestApplication) => void): Promise<RunningApi> {
    const config = { ...loadConfig({}), dataDir: overrides.dataDir ?? freshDataDir(), ...overrides, port: 0 };
    const app = await createApp(config, ['error', 'warn']);
    beforeStart?.(app);
    await app.listen(0, '127.0.0.1');
    const address = app.getHttpServer().address() as { port: number };
    return new RunningApi(app, `http://127.0.0.1:${address.port}`, config);
  }

  async graphql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    caller?: Caller,
    headers: Record<string, string> = {},
  ): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(caller ? callerHeaders(caller) : {}), ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
    return { status: response.status, data: body.data ?? null, errors: body.errors };
  }

  async get(path: string): Promise<{ status: number; body: unknown }> {
    const response = await fetch(`${this.url}${path}`);
    return { status: response.status, body: await response.json() };
  }

  async stop(): Promise<void> {
    await this.app.close();
  }
}

export function freshDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'pt-api-'));
}

export function removeDataDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export function callerHeaders(caller: Caller): Record<string, string> {
  const headers: Record<string, string> = {
    'x-user-id': caller.userId,
    'x-user-name': encodeURIComponent(caller.name),
    'x-user-roles': caller.roles.join(','),
  };
  if (caller.unitCode) headers['x-unit-code'] = caller.unitCode;
  if (caller.sectionId) headers['x-section-id'] = caller.sectionId;
  return headers;
}
