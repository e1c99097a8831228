import { describe, expect, it } from '@jest/globals';
import { formatFen, maxAmountFen, parseYuan } from '../common/money.js';
import { parseCalendarDate, type CalendarDate, chinaDateOf, daysElapsedThrough } from './calendar-date.js';
import { percentOf, roundedQuotient } from './exact-ratio.js';
import { cumulativeSpentThrough, executionTotals, projectExecution, spentByMonth, type ExecutionEntry } from './execution-figures.js';
import { cumulativePlanThrough } from './plan-checkpoints.js';
import { elapsedMonths, timeProgressPercent } from './time-progress.js';
import { defaultLightThresholds, lightOf, lightRatio, parseLightThresholds } from './traffic-light.js';

/** Table 1 of the seed: 723.00 万元, planned 180.75 / 361.50 / 542.25 / 723.00 万元. */
const wan = (text: string) => parseYuan(text) * 10000;
/** The same amount as the figures hold it. */
const wanFen = (text: string) => BigInt(wan(text));
const budget = wan('723.00');
const plan = { mar: wan('180.75'), jun: wan('361.50'), oct: wan('542.25'), dec: wan('723.00') };
const year = 2022;

function date(text: string): CalendarDate {
  const parsed = parseCalendarDate(text);
  if (parsed === null) throw new Error(`bad test date ${text}`);
  return parsed;
}

describe('calendar dates', () => {
  it('reads real YYYY-MM-DD dates only', () => {
    expect(parseCalendarDate('2022-02-28')).toEqual({ year: 2022, month: 2, day: 28 });
    expect(parseCalendarDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    for (const text of ['2022-02-29', '2022-13-01', '2022-00-10', '2022-4-1', '2022/04/01', '', 20220401]) {
      expect(parseCalendarDate(text)).toBeNull();
    }
  });

  it('counts days through the end of a date from 1 January', () => {
    expect(daysElapsedThrough(2022, date('2022-01-01'))).toBe(1);
    expect(daysElapsedThrough(2022, date('2022-03-31'))).toBe(90);
    expect(daysElapsedThrough(2022, date('2022-12-31'))).toBe(365);
    expect(daysElapsedThrough(2022, date('2021-12-31'))).toBe(0);
  });

  it('dates an instant in China Standard Time (UTC+8)', () => {
    expect(chinaDateOf(new Date('2022-07-31T15:59:59Z'))).toBe('2022-07-31');
    expect(chinaDateOf(new Date('2022-07-31T16:00:00Z'))).toBe('2022-08-01');
  });
});

describe('exact ratios', () => {
  it('rounds half away from zero', () => {
    expect(roundedQuotient(5n, 2n)).toBe(3n);
    expect(roundedQuotient(-5n, 2n)).toBe(-3n);
    expect(roundedQuotient(7n, 3n)).toBe(2n);
    expect(percentOf(1n, 8n)).toBe('12.50');
    expect(percentOf(1n, 3n)).toBe('33.33');
    expect(percentOf(2n, 3n)).toBe('66.67');
    expect(percentOf(-1n, 800n)).toBe('-0.13');
    expect(percentOf(1n, 0n)).toBeNull();
  });
});

describe('cumulative plan at any date', () => {
  it('is each checkpoint amount on its last day, 0 before the year and the December amount after it', () => {
    expect(cumulativePlanThrough(plan, year, date('2022-03-31'))).toBe(wan('180.75'));
    expect(cumulativePlanThrough(plan, year, date('2022-06-30'))).toBe(wan('361.50'));
    expect(cumulativePlanThrough(plan, year, date('2022-10-31'))).toBe(wan('542.25'));
    expect(cumulativePlanThrough(plan, year, date('2022-12-31'))).toBe(wan('723.00'));
    expect(cumulativePlanThrough(plan, year, date('2021-12-31'))).toBe(0);
    expect(cumulativePlanThrough(plan, year, date('2023-03-01'))).toBe(wan('723.00'));
  });

  it('runs linearly by days between checkpoints, rounded to the fen', () => {
    // 1 of the 90 days to 3月底: 180,750,000 fen / 90 = 2,008,333.33 → 2,008,333.
    expect(cumulativePlanThrough(plan, year, date('2022-01-01'))).toBe(2008333);
    // 15 May is day 135; 45 of the 91 days from 3月底 (day 90) to 6月底 (day 181):
    // 180,750,000 + 180,750,000 × 45 / 91 = 180,750,000 + 89,381,868.13 → 270,131,868.
    expect(cumulativePlanThrough(plan, year, date('2022-05-15'))).toBe(270131868);
  });

  it('runs straight past a checkpoint the table leaves empty, and stays flat after the last one given', () => {
    const onlyJune = { mar: null, jun: 18100, oct: null, dec: null };
    // Day 90 of the 181 to 6月底: 18,100 × 90 / 181 = 9,000.
    expect(cumulativePlanThrough(onlyJune, year, date('2022-03-31'))).toBe(9000);
    expect(cumulativePlanThrough(onlyJune, year, date('2022-11-30'))).toBe(18100);
  });
});

describe('time progress (序时进度)', () => {
  it('counts the month a date falls in as elapsed from its first day', () => {
    expect(elapsedMonths(year, date('2022-07-31'))).toBe(7);
    expect(elapsedMonths(year, date('2022-07-01'))).toBe(7);
    expect(elapsedMonths(year, date('2022-01-01'))).toBe(1);
    expect(elapsedMonths(year, date('2021-12-31'))).toBe(0);
    expect(elapsedMonths(year, date('2023-01-05'))).toBe(12);
    expect(timeProgressPercent(7)).toBe('58.33');
    expect(timeProgressPercent(6)).toBe('50.00');
    expect(timeProgressPercent(12)).toBe('100.00');
  });
});

describe('traffic light', () => {
  it('is (spent / budget) / (months / 12) × 100 against 60 and 80 by default', () => {
    // 300 of 723 万元 by 31 July: 300 × 12 / (723 × 7) = 0.711321… → 71.13, yellow.
    expect(lightRatio(wanFen('300'), BigInt(budget), 7)).toBe('71.13');
    expect(lightOf('71.13', defaultLightThresholds)).toBe('YELLOW');
    // 200 万元: 0.474214… → 47.42, red; 450 万元: 1.066983… → 106.70, green.
    expect(lightRatio(wanFen('200'), BigInt(budget), 7)).toBe('47.42');
    expect(lightOf('47.42', defaultLightThresholds)).toBe('RED');
    expect(lightRatio(wanFen('450'), BigInt(budget), 7)).toBe('106.70');
    expect(lightOf('106.70', defaultLightThresholds)).toBe('GREEN');
  });

  it('puts 60 in yellow and 80 in green, reading the rounded figure', () => {
    expect(lightOf('59.99', defaultLightThresholds)).toBe('RED');
    expect(lightOf('60.00', defaultLightThresholds)).toBe('YELLOW');
    expect(lightOf('79.99', defaultLightThresholds)).toBe('YELLOW');
    expect(lightOf('80.00', defaultLightThresholds)).toBe('GREEN');
    // 119,990 of 200,000 fen after 12 months is 59.995 %, shown as 60.00 and yellow.
    expect(lightRatio(119990n, 200000n, 12)).toBe('60.00');
    expect(lightOf(lightRatio(119990n, 200000n, 12)!, defaultLightThresholds)).toBe('YELLOW');
  });

  it('has no ratio without a budget or before the year starts', () => {
    expect(lightRatio(100n, 0n, 7)).toBeNull();
    expect(lightRatio(100n, 1000n, 0)).toBeNull();
  });

  it('takes configured thresholds and refuses ones that cannot be meant', () => {
    const thresholds = parseLightThresholds(' 50 , 75.5 ');
    expect(thresholds).toEqual({ yellowFrom: '50', greenFrom: '75.5' });
    expect(lightOf('75.49', thresholds)).toBe('YELLOW');
    expect(lightOf('75.50', thresholds)).toBe('GREEN');
    expect(() => parseLightThresholds('80,60')).toThrow('the yellow threshold 80 must be below the green threshold 60');
    expect(() => parseLightThresholds('60')).toThrow('e.g. "60,80"');
    expect(() => parseLightThresholds('sixty,80')).toThrow('are not traffic-light thresholds');
  });
});

describe('project execution', () => {
  const entries: ExecutionEntry[] = [
    { date: '2022-02-15', amountFen: wan('100') },
    { date: '2022-05-20', amountFen: wan('150') },
    { date: '2022-05-25', amountFen: wan('20') },
    // The 20 万元 of 25 May reversed: it counts back in May.
    { date: '2022-05-25', amountFen: -wan('20') },
    { date: '2022-07-10', amountFen: wan('50') },
    { date: '2022-09-01', amountFen: wan('80') },
  ];

  it('sums spending by month and through a date, reversals in the original month', () => {
    expect(spentByMonth(entries, year, date('2022-07-31'))).toEqual([0n, wanFen('100'), 0n, 0n, wanFen('150'), 0n, wanFen('50'), 0n, 0n, 0n, 0n, 0n]);
    expect(cumulativeSpentThrough(entries, '2022-05-24')).toBe(wanFen('250'));
    expect(cumulativeSpentThrough(entries, '2022-12-31')).toBe(wanFen('380'));
  });

  it('compares with the plan at each checkpoint, time progress and the light on 31 July', () => {
    const execution = projectExecution({ fiscalYear: year, through: date('2022-07-31'), budgetFen: budget, plan, entries, thresholds: defaultLightThresholds });
    expect(execution).toMatchObject({
      budgetFen: BigInt(budget),
      spentFen: wanFen('300'),
      // 300 / 723 = 41.4937…%.
      executionRate: '41.49',
      elapsedMonths: 7,
      timeProgress: '58.33',
      lightRatio: '71.13',
      light: 'YELLOW',
    });
    // Plan on 31 July: 361.50 + 180.75 × 31 / 123 = 361.50 + 45.554878… 万元 → 407,054,878 fen.
    expect(execution.plannedToDateFen).toBe(407054878n);
    expect(execution.checkpoints).toEqual([
      { key: 'mar', label: '3月底', date: '2022-03-31', plannedFen: wanFen('180.75'), passed: true, spentFen: wanFen('100'), shortfallFen: wanFen('80.75') },
      { key: 'jun', label: '6月底', date: '2022-06-30', plannedFen: wanFen('361.50'), passed: true, spentFen: wanFen('250'), shortfallFen: wanFen('111.50') },
      { key: 'oct', label: '10月底', date: '2022-10-31', plannedFen: wanFen('542.25'), passed: false, spentFen: null, shortfallFen: null },
      { key: 'dec', label: '12月底', date: '2022-12-31', plannedFen: wanFen('723.00'), passed: false, spentFen: null, shortfallFen: null },
    ]);
    // 300 万元 spent to date is below the 361.50 planned at 6月底.
    expect(execution.behindPlanAt?.key).toBe('jun');
  });

  it('is not behind plan once spending to date reaches the latest passed checkpoint, nor before the first', () => {
    const ahead = [...entries, { date: '2022-07-20', amountFen: wan('61.50') }];
    expect(projectExecution({ fiscalYear: year, through: date('2022-07-31'), budgetFen: budget, plan, entries: ahead, thresholds: defaultLightThresholds }).behindPlanAt).toBeNull();
    const early = projectExecution({ fiscalYear: year, through: date('2022-03-30'), budgetFen: budget, plan, entries: [], thresholds: defaultLightThresholds });
    expect(early).toMatchObject({ behindPlanAt: null, spentFen: 0n, light: 'RED', lightRatio: '0.00', elapsedMonths: 3, timeProgress: '25.00' });
  });

  it('rolls projects up into totals, rate and light of their own', () => {
    const through = date('2022-06-30');
    const one = projectExecution({ fiscalYear: year, through, budgetFen: budget, plan, entries, thresholds: defaultLightThresholds });
    const two = projectExecution({
      fiscalYear: year,
      through,
      budgetFen: 20000000,
      plan: { mar: 5000000, jun: 10000000, oct: null, dec: 20000000 },
      entries: [{ date: '2022-06-30', amountFen: 12000000 }],
      thresholds: defaultLightThresholds,
    });
    const totals = executionTotals([one, two], year, through, defaultLightThresholds);
    // 250 + 12 万元 of 723 + 20 万元 = 262 of 743 万元: 35.26 %; after 6 months 70.52, yellow.
    expect(totals).toMatchObject({ budgetFen: wanFen('743'), spentFen: wanFen('262'), executionRate: '35.26', timeProgress: '50.00', lightRatio: '70.52', light: 'YELLOW' });
    expect(totals.spentByMonthFen).toEqual([0n, wanFen('100'), 0n, 0n, wanFen('150'), wanFen('12'), 0n, 0n, 0n, 0n, 0n, 0n]);
    expect(totals.checkpoints.map((c) => [c.label, c.plannedFen, c.spentFen])).toEqual([
      ['3月底', wanFen('185.75'), wanFen('100')],
      ['6月底', wanFen('371.50'), wanFen('262')],
      // The second table leaves 10月底 empty: the total is the plan of those that give it.
      ['10月底', wanFen('542.25'), null],
      ['12月底', wanFen('743.00'), null],
    ]);
    expect(totals.plannedToDateFen).toBe(wanFen('371.50'));
  });

  it('sums many projects at the largest amount exactly, past 2^53 fen', () => {
    const through = date('2022-12-31');
    const largest = { fiscalYear: year, through, budgetFen: maxAmountFen, thresholds: defaultLightThresholds };
    const project = projectExecution({ ...largest, plan: { mar: null, jun: null, oct: null, dec: maxAmountFen }, entries: [{ date: '2022-06-30', amountFen: maxAmountFen }] });
    const totals = executionTotals(Array.from({ length: 200 }, () => project), year, through, defaultLightThresholds);
    expect(totals).toMatchObject({ budgetFen: 200n * BigInt(maxAmountFen), spentFen: 200n * BigInt(maxAmountFen), executionRate: '100.00' });
    expect(totals.budgetFen > BigInt(Number.MAX_SAFE_INTEGER)).toBe(true);
    expect(formatFen(totals.budgetFen)).toBe('199999999999998.00');
  });
});
