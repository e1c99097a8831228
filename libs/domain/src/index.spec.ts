import { describe, expect, it } from '@jest/globals';
import * as domain from './index.js';

describe('@app/domain', () => {
  it('exposes the decider, its parts and the shared helpers the application uses', () => {
    expect(domain.targetTableDecider.decide).toBe(domain.decideTargetTable);
    expect(domain.targetTableDecider.evolve).toBe(domain.evolveTargetTable);
    expect(domain.targetTableDecider.initialState).toBe(domain.initialTargetTableState);
    expect(domain.targetTableStreamId(2022, '13052922P00584010316P')).toBe('target-table-2022-13052922P00584010316P');
    expect(domain.formatFen(domain.parseYuan('200000.00'))).toBe('200000.00');
    expect(new domain.DomainError('NOT_FOUND', 'x').code).toBe('NOT_FOUND');
    expect(domain.parseTarget('≥98百分号', domain.level1KindOf('满意度指标'), '服务对象满意度指标')).toEqual({
      comparator: '>=',
      value: '98',
      unit: '%',
      direction: 'POSITIVE',
    });
  });
});
