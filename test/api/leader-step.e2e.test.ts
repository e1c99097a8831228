import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedTable3, seedTable3FiscalYear, seedTable3ProjectCode } from '@app/domain/target-table/fixtures/seed-table-3.js';
import { readStores, startApiOn } from '../support/read-stores.js';
import { registerPerson, RunningApi, setUpDemoDirectory, type Caller, type DemoDirectory, type DemoUser } from '../support/running-api.js';
import { targetTableMutations } from '../support/target-table-mutations.js';

const TABLE = `targetTable { status version currentStep { step label role } decisions { decision step stepLabel role by } }`;
const { DRAFT, SUBMIT, APPROVE } = targetTableMutations(`position ${TABLE}`);
const INBOX = `query($min: String) { myInbox(minPosition: $min) { items { step stepLabel targetTable { projectCode } } } }`;
const CHAIN = `mutation($input: ConfigureApprovalChainInput!) { configureApprovalChain(input: $input) { position } }`;
const VERSIONS = `query($code: String!, $year: Int!) { targetTableVersions(projectCode: $code, fiscalYear: $year) { version status } }`;

type Payload = { position: string; targetTable: any };

describe.each(readStores)('a chain with the unit leader’s step over HTTP ($readStore read store)', ({ open }) => {
  let api: RunningApi;
  let stop: () => Promise<void>;
  let demo: DemoDirectory;
  /** Holds OFFICE and LEADER of 323001 at once. */
  let officeAndLeader: DemoUser;

  beforeAll(async () => {
    ({ api, stop } = await startApiOn(open));
    demo = await setUpDemoDirectory(api);
    officeAndLeader = await registerPerson(api, demo.admin, 'office-leader', { unitCode: '323001', sectionId: null }, ['OFFICE', 'LEADER']);
    await api.must(demo.admin, CHAIN, {
      input: {
        unitCode: '323001',
        steps: [
          { step: 'SECTION', role: 'SECTION_HEAD' },
          { step: 'OFFICE', role: 'OFFICE' },
          { step: 'LEADER', role: 'LEADER' },
        ],
      },
    });
  });

  afterAll(() => stop());

  const ok = (caller: Caller, mutation: string, input: Record<string, unknown>) => api.mutate<Payload>(caller, mutation, input);

  /** The steps of `projectCode` waiting in the caller's inbox. */
  async function waiting(caller: Caller, projectCode: string, min: string): Promise<string[]> {
    const { myInbox } = await api.must<{ myInbox: any }>(caller, INBOX, { min });
    return myInbox.items.filter((item: any) => item.targetTable.projectCode === projectCode).map((item: any) => `${item.step} ${item.stepLabel}`);
  }

  async function submittedTable(projectCode: string, name: string): Promise<Payload> {
    const ref = { projectCode, fiscalYear: seedTable3FiscalYear };
    await ok(demo.preparer, DRAFT, { ...ref, content: { ...seedTable3, name, sectionId: 'employment' } });
    return ok(demo.preparer, SUBMIT, ref);
  }

  it('passes a table from the section head to the office to the leader, each in turn, and the leader’s approval makes it the baseline', async () => {
    const code = seedTable3ProjectCode;
    const ref = { projectCode: code, fiscalYear: seedTable3FiscalYear };
    const deciders = { section: demo.sectionHead, office: demo.office, leader: demo.leader };
    const inboxes = async (min: string) => ({
      section: await waiting(deciders.section, code, min),
      office: await waiting(deciders.office, code, min),
      leader: await waiting(deciders.leader, code, min),
    });

    const submitted = await submittedTable(code, seedTable3.name);
    expect(submitted.targetTable.currentStep).toEqual({ step: 'SECTION', label: '科室负责人审核', role: 'SECTION_HEAD' });
    expect(await inboxes(submitted.position)).toEqual({ section: ['SECTION 科室负责人审核'], office: [], leader: [] });

    const bySection = await ok(deciders.section, APPROVE, { ...ref, step: 'SECTION' });
    expect(bySection.targetTable.currentStep).toEqual({ step: 'OFFICE', label: '办公室审核', role: 'OFFICE' });
    expect(await inboxes(bySection.position)).toEqual({ section: [], office: ['OFFICE 办公室审核'], leader: [] });

    const byOffice = await ok(deciders.office, APPROVE, { ...ref, step: 'OFFICE' });
    expect(byOffice.targetTable).toMatchObject({ status: 'IN_REVIEW', currentStep: { step: 'LEADER', label: '单位负责人审核', role: 'LEADER' } });
    expect(await inboxes(byOffice.position)).toEqual({ section: [], office: [], leader: ['LEADER 单位负责人审核'] });

    const byLeader = await ok(deciders.leader, APPROVE, { ...ref, step: 'LEADER', comment: '同意' });
    expect(byLeader.targetTable).toMatchObject({ status: 'APPROVED', version: 1, currentStep: null });
    expect(byLeader.targetTable.decisions).toEqual([
      { decision: 'APPROVED', step: 'SECTION', stepLabel: '科室负责人审核', role: 'SECTION_HEAD', by: demo.sectionHead.userId },
      { decision: 'APPROVED', step: 'OFFICE', stepLabel: '办公室审核', role: 'OFFICE', by: demo.office.userId },
      { decision: 'APPROVED', step: 'LEADER', stepLabel: '单位负责人审核', role: 'LEADER', by: demo.leader.userId },
    ]);
    expect(await inboxes(byLeader.position)).toEqual({ section: [], office: [], leader: [] });
    const versions = await api.must<{ targetTableVersions: any[] }>(demo.leader, VERSIONS, { code, year: seedTable3FiscalYear });
    expect(versions.targetTableVersions).toEqual([{ version: 1, status: 'APPROVED' }]);
  });

  it('does not let whoever decided the office step decide the leader step of the same submission, though they hold both roles', async () => {
    const code = 'LEADERSOD01';
    const ref = { projectCode: code, fiscalYear: seedTable3FiscalYear };
    await submittedTable(code, '职责分离测试');
    await ok(demo.sectionHead, APPROVE, { ...ref, step: 'SECTION' });
    const atOffice = await ok(officeAndLeader, APPROVE, { ...ref, step: 'OFFICE' });
    expect(atOffice.targetTable.currentStep.step).toBe('LEADER');
    expect(atOffice.targetTable.decisions.map((decision: any) => [decision.step, decision.by])).toEqual([
      ['SECTION', demo.sectionHead.userId],
      ['OFFICE', officeAndLeader.userId],
    ]);

    // The inbox does not offer what the domain would refuse.
    expect(await waiting(officeAndLeader, code, atOffice.position)).toEqual([]);
    expect(await waiting(demo.leader, code, atOffice.position)).toEqual(['LEADER 单位负责人审核']);
    const refused = await api.refusal(officeAndLeader, APPROVE, { input: { ...ref, step: 'LEADER' } });
    expect(refused.code).toBe('FORBIDDEN');
    expect(refused.message).toBe('你已审核本次提交的「办公室审核」步骤，因此不能再审核「单位负责人审核」步骤（职责分离）：须由另一位单位负责人（LEADER）审核。');

    const approved = await ok(demo.leader, APPROVE, { ...ref, step: 'LEADER' });
    expect(approved.targetTable.status).toBe('APPROVED');
    expect(approved.targetTable.decisions.map((decision: any) => decision.by)).toEqual([demo.sectionHead.userId, officeAndLeader.userId, demo.leader.userId]);
  });

  it('lets someone holding OFFICE and LEADER decide the leader step of a submission whose office step another took', async () => {
    const code = 'LEADERSOD02';
    const ref = { projectCode: code, fiscalYear: seedTable3FiscalYear };
    await submittedTable(code, '兼任审核测试');
    await ok(demo.sectionHead, APPROVE, { ...ref, step: 'SECTION' });
    const atOffice = await ok(demo.office, APPROVE, { ...ref, step: 'OFFICE' });
    expect(await waiting(officeAndLeader, code, atOffice.position)).toEqual(['LEADER 单位负责人审核']);
    const approved = await ok(officeAndLeader, APPROVE, { ...ref, step: 'LEADER' });
    expect(approved.targetTable.status).toBe('APPROVED');
  });
});
