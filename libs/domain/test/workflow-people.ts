import type { SubmissionChain } from '../src/approval/submission-chain.js';
import type { Actor } from '../src/common/actor.js';

/**
 * The people and approval chains of the workflow scenarios, whatever document they prepare
 * and decide: the employment section (就业股) of unit 323001, its office and its leader.
 */

export const unitCode = '323001';
export const sectionId = 'employment';

const person = (userId: string, roles: string[], unit: string | null = unitCode, section: string | null = sectionId): Actor => ({
  userId,
  roles,
  unitCode: unit,
  sectionId: section,
});

export const preparer = person('wang.jing', ['PREPARER']);
export const otherPreparer = person('zhao.lei', ['PREPARER']);
export const sectionHead = person('li.qiang', ['SECTION_HEAD']);
export const otherSectionHead = person('zhang.wei', ['SECTION_HEAD']);
export const office = person('chen.hong', ['OFFICE'], unitCode, 'office');
export const otherOffice = person('huang.yan', ['OFFICE'], unitCode, 'office');
export const leader = person('liu.min', ['LEADER'], unitCode, null);
/** A preparer who also heads the section: may submit or decide a version, never both. */
export const preparingHead = person('he.ping', ['PREPARER', 'SECTION_HEAD']);
/** Heads the section and works for the office: may decide one step of a submission, not two. */
export const headInOffice = person('ma.li', ['SECTION_HEAD', 'OFFICE']);
export const headOfOtherSection = person('sun.yu', ['SECTION_HEAD'], unitCode, 'labour-relations');
export const preparerOfOtherSection = person('qian.na', ['PREPARER'], unitCode, 'labour-relations');
export const officeOfOtherUnit = person('zhou.fang', ['OFFICE'], '323003', 'office');
export const auditor = person('wu.di', ['AUDITOR'], unitCode, null);

export const twoStepChain: SubmissionChain = {
  chainId: '323001',
  chainVersion: 1,
  steps: [
    { step: 'SECTION', role: 'SECTION_HEAD' },
    { step: 'OFFICE', role: 'OFFICE' },
  ],
};

export const threeStepChain: SubmissionChain = {
  chainId: '323001',
  chainVersion: 2,
  steps: [...twoStepChain.steps, { step: 'LEADER', role: 'LEADER' }],
};
