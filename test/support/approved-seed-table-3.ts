import { seedTable3, seedTable3FiscalYear, seedTable3ProjectCode } from '@app/domain/target-table/fixtures/seed-table-3.js';
import type { DemoDirectory, RunningApi } from './running-api.js';

const position = (name: string, input: string) => `mutation($input: ${input}!) { ${name}(input: $input) { position } }`;

export const seedTable3Ref = { projectCode: seedTable3ProjectCode, fiscalYear: seedTable3FiscalYear };

/**
 * Seed table 3 of the employment section, drafted, submitted and approved by section head and
 * office: the year's targets. Answers the position of the approval.
 */
export async function approveSeedTable3(api: RunningApi, demo: DemoDirectory): Promise<string> {
  const ref = seedTable3Ref;
  await api.must(demo.preparer, position('draftTargetTable', 'TargetTableCommandInput'), { input: { ...ref, content: { ...seedTable3, sectionId: 'employment' } } });
  await api.must(demo.preparer, position('submitTargetTable', 'TargetTableRefInput'), { input: ref });
  await api.must(demo.sectionHead, position('approveTargetTableStep', 'ApproveTargetTableStepInput'), { input: { ...ref, step: 'SECTION' } });
  const approved = await api.must<{ approveTargetTableStep: { position: string } }>(demo.office, position('approveTargetTableStep', 'ApproveTargetTableStepInput'), {
    input: { ...ref, step: 'OFFICE' },
  });
  return approved.approveTargetTableStep.position;
}
