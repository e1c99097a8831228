import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedTable3, seedTable3ProjectCode } from '@app/domain/target-table/fixtures/seed-table-3.js';
import { seedDocumentPath } from '../../apps/api/src/demo/seed-document.js';
import { readStores, startApiOn } from '../support/read-stores.js';
import { setUpDemoDirectory, type Caller, type DemoDirectory, type RunningApi } from '../support/running-api.js';
import { targetTableMutations } from '../support/target-table-mutations.js';

/**
 * Every path that makes a target table's approved baseline, each in a fiscal year of its own
 * with seed table 3's project code, and every view and command that is measured against the
 * baseline: each must answer with the baseline's budget and version, however it was made.
 */
const code = seedTable3ProjectCode;
const table3 = { ...seedTable3, sectionId: 'employment' };
/** Table 3 adjusted to a budget of 250000.00 yuan, planned to be spent in full by the end of the year. */
const adjusted = { ...table3, budget: { total: '250000.00', fiscal: '250000.00' }, spendingPlan: { ...table3.spendingPlan, dec: '250000.00' } };
/** Only table 3 (就业工作经费) of unit 323001, lines 260–352 of the seed. */
const table3Only = readFileSync(seedDocumentPath(), 'utf8').split('\n').slice(259, 352).join('\n');

const tables = targetTableMutations('position');
const IMPORT = `mutation($input: ImportTargetDocumentInput!) { importTargetDocument(input: $input) { position tables { outcome } } }`;
const RECORD = `mutation($input: RecordDisbursementInput!) { recordDisbursement(input: $input) { position ledger { total } } }`;
const LEDGER = `query($code: String!, $year: Int!, $min: String) { disbursements(projectCode: $code, fiscalYear: $year, minPosition: $min) { total } }`;
const PROJECT = `query($code: String!, $year: Int!) { projectExecution(projectCode: $code, fiscalYear: $year) { baselineVersion budget } }`;
const OVERVIEW = `query($year: Int!) { executionOverview(fiscalYear: $year) { units { unitCode projectCount budget } department { budget } } }`;
const MIDTERM = `mutation($input: MidtermReviewRefInput!) { recordMidtermExecution(input: $input) { position midtermReview { baselineVersion execution { budget } } } }`;
const OPEN_MIDTERM = `mutation($input: OpenMidtermReviewInput!) { openMidtermReview(input: $input) { position } }`;
const OPEN_FINAL = `mutation($input: FinalEvaluationRefInput!) { openFinalEvaluation(input: $input) { position } }`;
const FINAL = `mutation($input: FinalEvaluationRefInput!) { recordFinalEvaluationExecution(input: $input) { position finalEvaluation { baselineVersion scorecard { execution { budget } } } } }`;

interface Path {
  path: string;
  fiscalYear: number;
  make: (api: RunningApi, demo: DemoDirectory, ref: { projectCode: string; fiscalYear: number }) => Promise<void>;
  version: number;
  budget: string;
}

async function approveThroughChain(api: RunningApi, demo: DemoDirectory, ref: object): Promise<void> {
  await api.must(demo.preparer, tables.SUBMIT, { input: ref });
  await api.must(demo.sectionHead, tables.APPROVE, { input: { ...ref, step: 'SECTION' } });
  await api.must(demo.office, tables.APPROVE, { input: { ...ref, step: 'OFFICE' } });
}

async function chainApproved(api: RunningApi, demo: DemoDirectory, ref: { projectCode: string; fiscalYear: number }): Promise<void> {
  await api.must(demo.preparer, tables.DRAFT, { input: { ...ref, content: table3 } });
  await approveThroughChain(api, demo, ref);
}

async function imported(api: RunningApi, demo: DemoDirectory, ref: { projectCode: string; fiscalYear: number }): Promise<void> {
  const { importTargetDocument } = await api.must<{ importTargetDocument: { tables: Array<{ outcome: string }> } }>(demo.office, IMPORT, {
    input: { text: table3Only, fiscalYear: ref.fiscalYear, mode: 'APPROVED', sourceName: 'table3.txt', sectionId: 'employment' },
  });
  expect(importTargetDocument.tables).toEqual([{ outcome: 'CREATED' }]);
}

function thenAdjusted(first: Path['make']): Path['make'] {
  return async (api, demo, ref) => {
    await first(api, demo, ref);
    await api.must(demo.preparer, tables.ADJUST, { input: { ...ref, content: adjusted, reason: '年中追加预算' } });
    await approveThroughChain(api, demo, ref);
  };
}

const paths: Path[] = [
  { path: 'approved through the chain', fiscalYear: 2022, make: chainApproved, version: 1, budget: '200000.00' },
  { path: 'imported as approved', fiscalYear: 2023, make: imported, version: 1, budget: '200000.00' },
  { path: 'imported, adjusted and re-approved', fiscalYear: 2024, make: thenAdjusted(imported), version: 2, budget: '250000.00' },
  { path: 'approved, adjusted and re-approved', fiscalYear: 2025, make: thenAdjusted(chainApproved), version: 2, budget: '250000.00' },
];

describe.each(readStores)('every view answers with the approved baseline, however it was made ($readStore read store)', ({ open }) => {
  let api: RunningApi;
  let stop: () => Promise<void>;
  let demo: DemoDirectory;

  beforeAll(async () => {
    ({ api, stop } = await startApiOn(open));
    demo = await setUpDemoDirectory(api);
    for (const { fiscalYear, make } of paths) await make(api, demo, { projectCode: code, fiscalYear });
  }, 240_000);

  afterAll(() => stop());

  const mutate = async (caller: Caller, mutation: string, input: Record<string, unknown>) => api.mutate(caller, mutation, input);

  describe.each(paths)('$path', ({ fiscalYear, version, budget }) => {
    const ref = { projectCode: code, fiscalYear };

    it('records a disbursement and answers with the ledger; disbursements, projectExecution and executionOverview show the baseline', async () => {
      const recorded = await mutate(demo.office, RECORD, { ...ref, amount: '1000.00', date: `${fiscalYear}-03-15`, voucherNumber: 'V-1', payee: '巨鹿县就业服务中心' });
      expect(recorded.ledger).toEqual({ total: '1000.00' });
      const min = recorded.position;
      expect((await api.must(demo.auditor, LEDGER, { code, year: fiscalYear, min })).disbursements).toEqual({ total: '1000.00' });
      expect((await api.must(demo.office, PROJECT, { code, year: fiscalYear })).projectExecution).toEqual({ baselineVersion: version, budget });
      expect((await api.must(demo.leader, OVERVIEW, { year: fiscalYear })).executionOverview).toEqual({
        units: [{ unitCode: '323001', projectCount: 1, budget }],
        department: { budget },
      });
    });

    it('opens a mid-term review and a final evaluation on the baseline and measures their execution against its budget', async () => {
      await mutate(demo.preparer, OPEN_MIDTERM, ref);
      expect((await mutate(demo.preparer, MIDTERM, ref)).midtermReview).toEqual({ baselineVersion: version, execution: { budget } });
      await mutate(demo.preparer, OPEN_FINAL, ref);
      expect((await mutate(demo.preparer, FINAL, ref)).finalEvaluation).toEqual({ baselineVersion: version, scorecard: { execution: { budget } } });
    });
  });
});
