import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EventStore } from '@app/event-store';
import { demoPassword, demoUsers } from '../../apps/api/src/demo/demo-directory.js';
import { EVENT_STORE } from '../../apps/api/src/storage/storage.tokens.js';
import { RunningApi, removeDataDir, type Caller } from '../support/running-api.js';

const TABLES = `query Tables($min: String) {
  targetTables(filter: { fiscalYear: 2022 }, first: 100, minPosition: $min) {
    totalCount edges { node { projectCode unitCode sectionId status importedFrom { name lines { from to } } } }
  }
}`;

/** The README's GraphQL examples, in order: fenced code blocks whose info string is `graphql example`. */
function readmeExamples(): string[] {
  const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
  return [...readme.matchAll(/^```graphql example\n([\s\S]*?)^```$/gmu)].map(([, body]) => body!);
}

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

  it('holds the seed’s part one as the department’s approved 2022 overall targets, with the budget of its 15 approved tables', async () => {
    const office = await api.login('office', demoPassword);
    const query = `query($min: String) { departmentTargets(fiscalYear: 2022, minPosition: $min) { departmentCode status baseline { subGoals { title } safeguards { title } } budget { projectCount } } }`;
    const { departmentTargets } = await api.must<{ departmentTargets: Array<{ departmentCode: string; status: string; baseline: { subGoals: unknown[]; safeguards: unknown[] }; budget: { projectCount: number } }> }>(office, query, { min: await head() });
    expect(departmentTargets.map(({ departmentCode, status, baseline, budget }) => [departmentCode, status, baseline.subGoals.length, baseline.safeguards.length, budget.projectCount])).toEqual([
      ['323001', 'APPROVED', 3, 5, 15],
    ]);
  });

  it('keeps the bootstrap administrator working beside the demo users', async () => {
    await expect(api.login('admin', 'admin-password-1')).resolves.toMatchObject({ userId: expect.any(String) });
  });

  describe('the README examples, copied in order', () => {
    it('are found in README.md', () => {
      expect(readmeExamples().length).toBeGreaterThanOrEqual(5);
    });

    it('each succeed as written, signed in as the latest login above it, and end with the section step approved by name', async () => {
      let caller: Caller | undefined;
      const answers: Array<Record<string, any>> = [];
      for (const example of readmeExamples()) {
        const response = await api.graphql<Record<string, any>>(example, {}, caller);
        expect({ example, errors: response.errors }).toEqual({ example, errors: undefined });
        const token = response.data?.login?.token;
        if (typeof token === 'string') caller = { token };
        answers.push(response.data!);
      }
      const submitted = answers.find((answer) => answer.submitTargetTable !== undefined)!.submitTargetTable.targetTable;
      expect(submitted).toMatchObject({ status: 'IN_REVIEW', currentStep: { step: 'SECTION', label: '科室负责人审核' }, submitter: { id: 'demo-preparer', name: '张经办' } });
      const approved = answers.find((answer) => answer.approveTargetTableStep !== undefined)!.approveTargetTableStep.targetTable;
      expect(approved.currentStep).toEqual({ step: 'OFFICE', label: '办公室审核' });
      expect(approved.decisions).toEqual([{ step: 'SECTION', decidedBy: { id: 'demo-section-head', name: '李股长' }, comment: '同意' }]);
      const drafted = answers.find((answer) => answer.draftTargetTable !== undefined)!.draftTargetTable.targetTable;
      expect(drafted.budget).toEqual({ total: '200000.00', totalWan: '20.00' });
    });

    it('names who decided in a CONFLICT, in Chinese, and lets a preparer look up the names of the unit', async () => {
      const sectionHead = await api.login('section-head', 'demo-password-1');
      const again = await api.graphql(
        'mutation { approveTargetTableStep(input: { projectCode: "13052922P00584010316P", fiscalYear: 2023, step: SECTION }) { position } }',
        {},
        sectionHead,
      );
      expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(again.errors?.[0]?.message).toBe('不能批准「科室负责人审核」步骤：该目标表正等待「办公室审核」步骤；李股长已批准该步骤。');

      const preparer = await api.login('preparer', 'demo-password-1');
      const people = await api.must<{ people: Array<{ id: string; name: string }> }>(preparer, 'query { people { id name } }');
      expect(people.people).toContainEqual({ id: 'demo-section-head', name: '李股长' });
      const otherUnit = await api.graphql('query { people(unitCode: "323003") { id name } }', {}, preparer);
      expect(otherUnit.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    });
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
