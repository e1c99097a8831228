import { describe, expect, it } from '@jest/globals';
import { readDecimal, ScoreDecimal, shownScore, sum } from './exact-decimal.js';

describe('exact score arithmetic', () => {
  it('splits 50 points three ways and adds them back to exactly 50.00 as shown', () => {
    const third = new ScoreDecimal(50).div(3);
    expect(shownScore(third)).toBe('16.67');
    expect(shownScore(sum([third, third, third]))).toBe('50.00');
  });

  it('adds 0.1 and 0.2 to exactly 0.3, where floats would not', () => {
    expect(sum([new ScoreDecimal('0.1'), new ScoreDecimal('0.2')]).toString()).toBe('0.3');
  });

  it('reads decimals written as text and nothing else', () => {
    expect(readDecimal(' 7.24 ')?.toString()).toBe('7.24');
    expect(readDecimal('-3.5')?.toString()).toBe('-3.5');
    expect(readDecimal('1e3')).toBeNull();
    expect(readDecimal('98%')).toBeNull();
    expect(readDecimal(98)).toBeNull();
  });

  it('shows 2 decimals rounded half-up', () => {
    expect(shownScore(new ScoreDecimal('6.125'))).toBe('6.13');
    expect(shownScore(new ScoreDecimal('6.124999'))).toBe('6.12');
  });
});
