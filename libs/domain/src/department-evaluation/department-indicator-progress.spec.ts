import { describe, expect, it } from '@jest/globals';
import type { DepartmentProgressReport } from '../department-targets/department-targets.state.js';
import { readIndicatorSentence } from '../department-targets/indicator-sentence.js';
import { parseCalendarDate } from '../execution/calendar-date.js';
import { defaultLightThresholds } from '../execution/traffic-light.js';
import { indicatorProgressAt } from './department-indicator-progress.js';
import { departmentMonitoring } from './department-monitoring.js';

const subsidy = readIndicatorSentence('享受就业补助人数 300人以上');
const line = (rest: Partial<DepartmentProgressReport>): DepartmentProgressReport => ({
  subGoal: 0,
  index: 1,
  sentence: subsidy.sentence,
  value: '180',
  asOf: '2022-06-30',
  expectedFullYear: null,
  likelihood: null,
  note: null,
  reportedBy: 'wang.jing',
  ...rest,
});
const at = { subGoal: 0, index: 1 };
const july = parseCalendarDate('2022-07-31')!;

describe('an indicator’s progress at the monitoring date', () => {
  it('reads the report with the latest as-of date, of two of the same date the later made, and none dated after the monitoring date', () => {
    const reports = [
      line({ value: '240', asOf: '2022-07-31', expectedFullYear: '320', likelihood: 'CERTAIN' }),
      line({ value: '180', asOf: '2022-06-30' }),
      line({ value: '250', asOf: '2022-07-31', expectedFullYear: '280', likelihood: 'POSSIBLE' }),
      line({ value: '310', asOf: '2022-08-15' }),
    ];
    const progress = indicatorProgressAt(subsidy, at, reports, july);
    expect([progress.reached, progress.asOf, progress.expectedFullYear, progress.likelihood]).toEqual(['250', '2022-07-31', '280', 'POSSIBLE']);
    expect(progress.reports.map((report) => report.value)).toEqual(['240', '180', '250']);
  });

  it('counts only the reports made for this indicator: another position, or a sentence an adjustment rewrote, is not it', () => {
    const reports = [line({ index: 0 }), line({ subGoal: 1 }), line({ sentence: '享受就业补助人数 200人以上' })];
    const progress = indicatorProgressAt(subsidy, at, reports, july);
    expect([progress.reached, progress.asOf, progress.reports]).toEqual([null, null, []]);
  });
});

describe('the monitoring of a reported indicator', () => {
  const monitor = (reports: DepartmentProgressReport[], sentence = subsidy) =>
    departmentMonitoring({
      fiscalYear: 2022,
      through: july,
      thresholds: defaultLightThresholds,
      subGoals: [{ title: '就业创业', indicators: [indicatorProgressAt(sentence, { subGoal: 0, index: 0 }, reports, july)], projectCodes: [] }],
      projects: [],
    }).subGoals[0]!;

  it('says whether the value reached already reaches the figure, and judges risk by the reported forecast as a project review does', () => {
    // 180 of ≥300: not reached; expected 280 misses 300 → behind, at risk though 确定能.
    const behind = monitor([line({ index: 0, expectedFullYear: '280', likelihood: 'CERTAIN' })]);
    expect(behind.indicators.map((view) => [view.reported, view.targetReached, view.behind, view.atRisk])).toEqual([[true, false, true, true]]);
    expect(behind.atRisk.map((item) => item.kind)).toEqual(['INDICATOR_BEHIND']);
    // 300 reaches ≥300; no forecast reported: not at risk.
    const reached = monitor([line({ index: 0, value: '300' })]);
    expect(reached.indicators.map((view) => [view.targetReached, view.behind, view.atRisk])).toEqual([[true, false, false]]);
  });

  it('compares nothing for a sentence without a figure', () => {
    const text = readIndicatorSentence('建设高标准档案室');
    const view = monitor([line({ index: 0, sentence: text.sentence, value: '已完成选址' })], text).indicators[0]!;
    expect([view.reported, view.targetReached, view.atRisk]).toEqual([true, null, false]);
  });
});
