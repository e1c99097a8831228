import type { SubmissionChain } from '../src/approval/submission-chain.js';
import type { Actor } from '../src/common/actor.js';
import { departmentTargetsDecider } from '../src/department-targets/decide-department-targets.js';
import type { DepartmentTargetsInput } from '../src/department-targets/department-targets-content.js';
import type { DepartmentTargetsCommand } from '../src/department-targets/department-targets.commands.js';
import type { DepartmentTargetsEvent } from '../src/department-targets/department-targets.events.js';
import { decidedHistory } from './given.js';
import { preparer } from './workflow-people.js';

/** The department's overall targets of 2022 in the view and inbox scenarios: 323001's, prepared by the employment section's preparer. */
export const departmentKey = { departmentCode: '323001', fiscalYear: 2022 };

export const departmentChain: SubmissionChain = {
  chainId: '323001/department-targets/default',
  chainVersion: 1,
  steps: [
    { step: 'OFFICE', role: 'OFFICE' },
    { step: 'LEADER', role: 'LEADER' },
  ],
};

export const departmentInput: DepartmentTargetsInput = {
  departmentName: '巨鹿县人力资源和社会保障局',
  unitCodes: ['323001', '323003'],
  overallGoal: '突出提升就业质量，全力做好就业创业工作。',
  subGoals: [{ title: '是突出提升就业质量，全力做好就业创业工作', goal: '健全就业服务体系', indicators: ['享受就业补助人数 300人以上'] }],
  safeguards: [{ title: '加强组织领导，完善工作机制', text: '统一思想认识。' }],
};

export const draftDepartment = (by: Actor = preparer): DepartmentTargetsCommand => ({ type: 'DraftDepartmentTargets', ...departmentKey, actor: by, input: departmentInput });
export const submitDepartment = (by: Actor = preparer): DepartmentTargetsCommand => ({ type: 'SubmitDepartmentTargets', ...departmentKey, actor: by, chain: departmentChain });

export function departmentHistory(commands: readonly DepartmentTargetsCommand[]): DepartmentTargetsEvent[] {
  return decidedHistory(departmentTargetsDecider, commands);
}
