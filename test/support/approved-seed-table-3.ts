import { afterAll, beforeAll } from '@jest/globals';
import { seedTable3, seedTable3FiscalYear, seedTable3ProjectCode } from '@app/domain/target-table/fixtures/seed-table-3.js';
import type { TemporaryDatabase } from './postgres-database.js';
import { startApiOn } from './read-stores.js';
import { type ApiClient, type DemoDirectory, type RunningApi, setUpDemoDirectory } from './running-api.js';

/** A mutation of one input that answers the position it wrote. */
export const position = (name: string, input: string) => `mutation($input: ${input}!) { ${name}(input: $input) { position } }`;

export const seedTable3Ref = { projectCode: seedTable3ProjectCode, fiscalYear: seedTable3FiscalYear };

/**
 * Seed table 3 of the employment section, drafted, submitted and approved by section head and
 * office: the year's targets. Answers the position of the approval.
 */
export async function approveSeedTable3(api: ApiClient, demo: DemoDirectory): Promise<string> {
  const ref = seedTable3Ref;
  await api.must(demo.preparer, position('draftTargetTable', 'TargetTableCommandInput'), { input: { ...ref, content: { ...seedTable3, sectionId: 'employment' } } });
  await api.must(demo.preparer, position('submitTargetTable', 'TargetTableRefInput'), { input: ref });
  await api.must(demo.sectionHead, position('approveTargetTableStep', 'ApproveTargetTableStepInput'), { input: { ...ref, step: 'SECTION' } });
  const approved = await api.must<{ approveTargetTableStep: { position: string } }>(demo.office, position('approveTargetTableStep', 'ApproveTargetTableStepInput'), {
    input: { ...ref, step: 'OFFICE' },
  });
  return approved.approveTargetTableStep.position;
}

/**
 * For the tests of one describe block: the API on the read store `open` makes, with the demo
 * directory and seed table 3 approved before the first test, and stopped after the last.
 */
export function apiWithApprovedSeedTable3(open: () => Promise<TemporaryDatabase | undefined>): { api: RunningApi; demo: DemoDirectory } {
  const started = {} as { api: RunningApi; demo: DemoDirectory; stop: () => Promise<void> };
  beforeAll(async () => {
    Object.assign(started, await startApiOn(open));
    started.demo = await setUpDemoDirectory(started.api);
    await approveSeedTable3(started.api, started.demo);
  });
  afterAll(() => started.stop());
  return started;
}
