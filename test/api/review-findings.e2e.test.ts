import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { EventStore } from '@app/event-store';
import { demoPassword } from '../../apps/api/src/demo/demo-directory.js';
import { EVENT_STORE } from '../../apps/api/src/storage/storage.tokens.js';
import { RunningApi, removeDataDir, type Caller } from '../support/running-api.js';

const FINDINGS = `query($unitCode: String!, $fiscalYear: Int!, $min: String) {
  reviewFindings(unitCode: $unitCode, fiscalYear: $fiscalYear, minPosition: $min) {
    projectCode projectName key code severity severityLabel field message otherProjectCode accepted { reason acceptedBy }
  }
}`;
const ACCEPT = `mutation($input: AcceptReviewFindingInput!) { acceptReviewFinding(input: $input) { commandId position replayed } }`;
const TRAIL = `query($filter: AuditTrailFilter, $min: String) { auditTrail(filter: $filter, first: 50, minPosition: $min) { edges { node { eventType summary projectCode unitCode actor { userId } } } } }`;

const READABLE = `query { targetTables(filter: { fiscalYear: 2022 }, first: 100) { edges { node { projectCode } } } }`;

const table1 = '13052922P00584010036K';
const table2 = '13052922P005840100377';
const table3 = '13052922P00584010316P';

interface Item {
  projectCode: string;
  key: string;
  code: string;
  severity: string;
  severityLabel: string;
  field: string;
  message: string;
  otherProjectCode: string | null;
  accepted: { reason: string; acceptedBy: string } | null;
}

describe('reviewFindings and acceptReviewFinding on the demo data (the seed as 2022 baselines)', () => {
  let api: RunningApi;
  let office: Caller & { userId: string };
  let preparer: Caller;

  beforeAll(async () => {
    api = await RunningApi.start({ demoData: true });
    office = await api.login('office', demoPassword);
    preparer = await api.login('preparer', demoPassword);
  });

  afterAll(async () => {
    await api.stop();
    removeDataDir(api.config.dataDir);
  });

  const head = async () => String(await api.app.get<EventStore>(EVENT_STORE).headPosition());
  const findings = async (caller: Caller, unitCode = '323001') =>
    (await api.must<{ reviewFindings: Item[] }>(caller, FINDINGS, { unitCode, fiscalYear: 2022, min: await head() })).reviewFindings;

  it('gives the office its unit\'s year, copies across tables named by the other table', async () => {
    const items = await findings(office);
    expect(items).toHaveLength(14);
    expect(items.find((i) => i.code === 'INDICATORS_COPIED')).toMatchObject({ projectCode: table2, otherProjectCode: table1, field: 'indicators', severity: 'warning', severityLabel: '提示' });
    expect(items.filter((i) => i.code === 'GOALS_OF_ANOTHER_PROJECT')).toHaveLength(2);
    expect(items.every((i) => i.accepted === null)).toBe(true);
  });

  it('refuses another unit (FORBIDDEN), naming nothing of it', async () => {
    const refusal = await api.refusal(office, FINDINGS, { unitCode: '323003', fiscalYear: 2022 });
    expect(refusal.code).toBe('FORBIDDEN');
    expect(refusal.message).not.toContain('人脸识别');
  });

  it('shows a preparer only the tables of their section, comparing with none they may not read', async () => {
    const all = await findings(office);
    const theirs = await findings(preparer);
    expect(theirs.length).toBeGreaterThan(0);
    expect(theirs.length).toBeLessThan(all.length);
    const tables = await api.must<{ targetTables: { edges: Array<{ node: { projectCode: string } }> } }>(preparer, READABLE, {});
    const readable = new Set(tables.targetTables.edges.map(({ node }) => node.projectCode));
    expect(readable.size).toBeLessThan(8);
    expect(theirs.every((i) => readable.has(i.projectCode) && (i.otherProjectCode === null || readable.has(i.otherProjectCode)))).toBe(true);
  });

  it('lets the office accept a finding as is with a reason, shown with the finding and in the audit trail', async () => {
    const before = (await findings(office)).find((i) => i.projectCode === table3 && i.code === 'DESCRIPTION_CONTRADICTS_NAME')!;
    expect(before.key).toBe('DESCRIPTION_CONTRADICTS_NAME@indicators[2].description');
    const payload = await api.mutate(office, ACCEPT, { projectCode: table3, fiscalYear: 2022, key: before.key, reason: '沿用上级文件的指标名称' });
    expect(payload.replayed).toBe(false);
    const after = (await findings(office)).find((i) => i.key === before.key && i.projectCode === table3)!;
    expect(after.accepted).toEqual({ reason: '沿用上级文件的指标名称', acceptedBy: office.userId });
    const trail = await api.must<{ auditTrail: { edges: Array<{ node: any }> } }>(office, TRAIL, { filter: { projectCode: table3 }, min: payload.position });
    expect(trail.auditTrail.edges.map(({ node }) => node)).toContainEqual(expect.objectContaining({ eventType: 'ReviewFindingAccepted', summary: expect.stringContaining('DESCRIPTION_CONTRADICTS_NAME（indicators[2].description）确认保留原样'), projectCode: table3, unitCode: '323001', actor: expect.objectContaining({ userId: office.userId }) }));
  });

  it('refuses the same acceptance twice (CONFLICT), a preparer (FORBIDDEN) and a missing reason (VALIDATION on reason)', async () => {
    const key = 'DESCRIPTION_CONTRADICTS_NAME@indicators[2].description';
    expect((await api.refusal(office, ACCEPT, { input: { projectCode: table3, fiscalYear: 2022, key, reason: '再次' } })).code).toBe('CONFLICT');
    expect((await api.refusal(preparer, ACCEPT, { input: { projectCode: table1, fiscalYear: 2022, key: 'GOAL_REPEATED@goals[1]', reason: '原样' } })).code).toBe('FORBIDDEN');
    const missing = await api.refusal(office, ACCEPT, { input: { projectCode: table1, fiscalYear: 2022, key: 'GOAL_REPEATED@goals[1]', reason: ' ' } });
    expect(missing.code).toBe('VALIDATION');
    expect((missing.problems as Array<{ field: string }>).map((p) => p.field)).toEqual(['reason']);
  });
});
