import { describe, expect, it } from '@jest/globals';
import * as domain from '../index.js';
import { seedTable10 } from './fixtures/seed-table-10.js';

describe('@app/domain for the approval workflow', () => {
  it('exposes the submission checks, the labels and the state in words', () => {
    const findings = domain.validateForSubmission(domain.toContent(seedTable10));
    expect(findings.errors.map((finding) => finding.field)).toContain('indicators[0].valueText');
    expect(domain.findingSeverity.COST_NOT_A_COST).toBe('warning');
    expect(domain.targetTableStatusLabels.IN_REVIEW).toBe('审核中');
    expect(domain.approvalStepLabel({ step: 'SECTION', role: 'SECTION_HEAD' })).toBe('科室负责人审核');
    expect(domain.describeTargetTableState({ lifecycle: 'NONE' })).toBe('该目标表尚未起草');
    expect(domain.targetTableEventTypes).toHaveLength(9);
    expect(typeof domain.diffTargetTableContent).toBe('function');
  });
});
