import { describe, expect, it } from '@jest/globals';
import * as domain from '../index.js';

describe('@app/domain target-document exports', () => {
  it('exposes the parser, the dry-run JSON and the draft input the import entry points use', () => {
    const { document, failures } = domain.parseTargetDocument('不是绩效目标');
    expect(failures.map((failure) => failure.line)).toEqual([1]);
    expect(domain.dryRunJsonOf(document)).toEqual({ fiscalYear: null, overall: { goal: '', subGoals: [], safeguards: [] }, projects: [] });
    expect(typeof domain.targetTableInputOf).toBe('function');
  });
});
