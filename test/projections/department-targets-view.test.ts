import { describe, expect, it } from '@jest/globals';
import { departmentTargetsStreamId, targetTableReadScope, type Actor, type DepartmentTargetsCommand } from '@app/domain';
import { departmentTargetsProjection, findDepartmentTargets } from '@app/projections';
import { departmentHistory, departmentKey, draftDepartment, submitDepartment } from '../../libs/domain/test/department-targets-workflow.js';
import { auditor, leader, office, officeOfOtherUnit, preparer } from '../../libs/domain/test/workflow-people.js';
import { appendDecided } from './support/decided-history.js';
import { append } from './support/event-log.js';
import { newEvent } from './support/target-table-events.js';
import { readStoreDialects } from './support/read-stores.js';
import { viewUnderTest } from './support/view-under-test.js';

const returned: DepartmentTargetsCommand = { type: 'ReturnDepartmentTargets', ...departmentKey, actor: office, step: 'OFFICE', to: 'PREPARER', reason: '结案率缺少依据' };
const approvedBy = (actor: Actor, step: string): DepartmentTargetsCommand => ({ type: 'ApproveDepartmentTargetsStep', ...departmentKey, actor, step });
const reported: DepartmentTargetsCommand = { type: 'ReportDepartmentIndicatorProgress', ...departmentKey, actor: preparer, subGoal: 0, index: 0, value: '180', asOf: '2022-06-30' };

describe.each(readStoreDialects)('departments’ overall targets view on $dialect', ({ create }) => {
  const view = viewUnderTest(create, departmentTargetsProjection);

  async function history(commands: DepartmentTargetsCommand[]): Promise<void> {
    const streamId = departmentTargetsStreamId(departmentKey.fiscalYear, departmentKey.departmentCode);
    await appendDecided(view.store, streamId, commands, departmentHistory, (n) => `2022-03-0${n}T02:00:00.000Z`);
    await view.caughtUp();
  }

  it('keeps one row per department and year, as the domain folds the stream', async () => {
    await history([draftDepartment(), submitDepartment(), returned]);
    const [row, ...more] = await findDepartmentTargets(view.readStore.db, 2022, {});
    expect(more).toEqual([]);
    expect([row?.targets.departmentCode, row?.targets.stage.status, row?.targets.content.subGoals[0]?.indicators[0]?.sentence, row?.updatedAt]).toEqual([
      '323001',
      'RETURNED',
      '享受就业补助人数 300人以上',
      '2022-03-03T02:00:00.000Z',
    ]);
    expect(await findDepartmentTargets(view.readStore.db, 2023, {})).toEqual([]);
  });

  it('is read as a table of the department’s unit naming no section is', async () => {
    await history([draftDepartment()]);
    const readers = async (scope: ReturnType<typeof targetTableReadScope>) => (await findDepartmentTargets(view.readStore.db, 2022, { readableIn: scope })).length;
    expect([await readers(targetTableReadScope(preparer)), await readers(targetTableReadScope(auditor)), await readers(targetTableReadScope(officeOfOtherUnit))]).toEqual([1, 1, 0]);
  });

  it('reads a row an earlier build wrote without progress reports as having none, and continues it with a report', async () => {
    const approved = [draftDepartment(), submitDepartment(), approvedBy(office, 'OFFICE'), approvedBy(leader, 'LEADER')];
    await history(approved);
    const { progress: _none, ...earlierBuilds } = (await findDepartmentTargets(view.readStore.db, 2022, {}))[0]!.targets;
    await view.readStore.db.updateTable('department_targets').set({ state_json: JSON.stringify(earlierBuilds) }).execute();
    const [earlier] = await findDepartmentTargets(view.readStore.db, 2022, {});
    expect([earlier?.targets.lifecycle, earlier?.targets.progress]).toEqual(['APPROVED', []]);

    const [report] = departmentHistory([...approved, reported]).slice(-1);
    await append(view.store, departmentTargetsStreamId(departmentKey.fiscalYear, departmentKey.departmentCode), newEvent(report!.type, report!.data, { occurredAt: '2022-07-01T02:00:00.000Z' }));
    await view.caughtUp();
    const [continued] = await findDepartmentTargets(view.readStore.db, 2022, {});
    expect(continued?.targets.progress.map(({ sentence, value, asOf, reportedBy }) => ({ sentence, value, asOf, reportedBy }))).toEqual([
      { sentence: '享受就业补助人数 300人以上', value: '180', asOf: '2022-06-30', reportedBy: preparer.userId },
    ]);
  });

  it('is rebuilt from the log to the same rows', async () => {
    await history([draftDepartment(), submitDepartment()]);
    const before = await findDepartmentTargets(view.readStore.db, 2022, {});
    await view.runner.rebuild('all');
    expect(await findDepartmentTargets(view.readStore.db, 2022, {})).toEqual(before);
  });
});
