import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { EventStore } from '@app/event-store';
import { demoPassword, demoUsers } from '../../apps/api/src/demo/demo-directory.js';
import { EVENT_STORE } from '../../apps/api/src/storage/storage.tokens.js';
import { RunningApi, removeDataDir, type Caller } from '../support/running-api.js';

const TABLES = `query Tables($min: String) {
  targetTables(filter: { fiscalYear: 2022 }, first: 100, minPosition: $min) {
    totalCount edges { node { projectCode unitCode sectionId status importedFrom { name lines { from to } } } }
  }
}`;

describe('first start on an empty embedded store', () => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await RunningApi.start({ demoData: true });
  });

  afterAll(async () => {
    await api.stop();
    removeDataDir(api.config.dataDir);
  });

  const head = async () => String(await api.app.get<EventStore>(EVENT_STORE).headPosition());
  const tablesAs = async (caller: Caller) => (await api.must<{ targetTables: { totalCount: number; edges: Array<{ node: any }> } }>(caller, TABLES, { min: await head() })).targetTables;

  it('lets every demo user sign in with the documented password, each with their role', async () => {
    for (const user of demoUsers) {
      const response = await api.loginResponse(user.userName, demoPassword);
      expect(response.errors).toBeUndefined();
      expect(response.data!.login.user).toMatchObject({ roles: [user.role], unitCode: user.unitCode, sectionId: user.sectionId });
    }
  });

  it('shows the seed document’s 15 tables as approved 2022 baselines, each in its section and marked with its lines', async () => {
    const auditor = await api.login('auditor', demoPassword);
    const tables = await tablesAs(auditor);
    expect(tables.totalCount).toBe(15);
    expect(tables.edges.every(({ node }) => node.status === 'APPROVED' && node.importedFrom.name === '2022-julu-hrss-performance-targets.txt')).toBe(true);
    const table3 = tables.edges.find(({ node }) => node.projectCode === '13052922P00584010316P')!.node;
    expect(table3).toMatchObject({ unitCode: '323001', sectionId: 'employment', importedFrom: { lines: { from: 260, to: 352 } } });
    expect(new Set(tables.edges.filter(({ node }) => node.unitCode === '323003').map(({ node }) => node.sectionId))).toEqual(new Set(['insurance']));
  });

  it('keeps the bootstrap administrator working beside the demo users', async () => {
    await expect(api.login('admin', 'admin-password-1')).resolves.toMatchObject({ userId: expect.any(String) });
  });

  it('loads nothing again on the next start of the same store', async () => {
    const before = await head();
    await api.stop();
    api = await RunningApi.start({ demoData: true, dataDir: api.config.dataDir });
    expect(await head()).toBe(before);
    expect((await tablesAs(await api.login('auditor', demoPassword))).totalCount).toBe(15);
  });
});

describe('first start without a bootstrap administrator, as npm start runs by default', () => {
  it('makes demo-admin the administrator, and asks for no BOOTSTRAP_ADMIN_USER', async () => {
    const log: string[] = [];
    const api = await RunningApi.start({ demoData: true, bootstrapAdmin: undefined, log: { level: 'info', format: 'json' } }, undefined, {
      write: (line: string) => void log.push(line),
    });
    try {
      expect(log.length).toBeGreaterThan(0);
      expect(log.join('')).not.toContain('BOOTSTRAP_ADMIN_USER');
      const response = await api.loginResponse('demo-admin', demoPassword);
      expect(response.data?.login.user.roles).toEqual(['ADMIN']);
      expect((await api.loginResponse('admin', 'admin-password-1')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    } finally {
      await api.stop();
      removeDataDir(api.config.dataDir);
    }
  });
});

describe('a start without demo data', () => {
  it('leaves an empty store empty but for the bootstrap administrator (DEMO_DATA=false, and tests by default)', async () => {
    const api = await RunningApi.start();
    try {
      const admin = await api.login('admin', 'admin-password-1');
      expect((await tablesAs(api, admin)).totalCount).toBe(0);
      expect((await api.loginResponse('auditor', demoPassword)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    } finally {
      await api.stop();
      removeDataDir(api.config.dataDir);
    }
  });
});

async function tablesAs(api: RunningApi, caller: Caller) {
  return (await api.must<{ targetTables: { totalCount: number } }>(caller, TABLES, {})).targetTables;
}
