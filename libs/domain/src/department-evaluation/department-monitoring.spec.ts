import { describe, expect, it } from '@jest/globals';
import { assess, midtermHistory, openReview } from '../../test/midterm-review-workflow.js';
import { formatFen, parseYuan } from '../common/money.js';
import { readIndicatorSentence } from '../department-targets/indicator-sentence.js';
import { parseCalendarDate } from '../execution/calendar-date.js';
import { projectExecution, type ExecutionEntry } from '../execution/execution-figures.js';
import { defaultLightThresholds } from '../execution/traffic-light.js';
import { evolveMidtermReview } from '../midterm-review/evolve-midterm-review.js';
import type { Likelihood } from '../midterm-review/midterm-review-labels.js';
import { initialMidtermState, type Monitoring } from '../midterm-review/midterm-review.state.js';
import { atRiskInWords, type DepartmentIndicatorProgress, departmentMonitoring, type DepartmentMonitoringInput } from './department-monitoring.js';

const fiscalYear = 2022;
const through = parseCalendarDate('2022-07-31')!;
const yuan = (text: string) => parseYuan(text);
const wan = (text: string) => parseYuan(text) * 10000;

/**
 * P3 is seed table 3 with the ledger of docs/execution.md's worked example: 101,000.00 of
 * 200,000.00 spent by 31 July (50.50 %, light ratio 86.57, green, not behind plan); its own
 * mid-term review finds one indicator at risk (the trainings).
 */
const p3Entries: ExecutionEntry[] = [
  { date: '2022-02-15', amountFen: yuan('30000.00') },
  { date: '2022-05-20', amountFen: yuan('45000.00') },
  { date: '2022-06-28', amountFen: yuan('8000.00') },
  { date: '2022-06-28', amountFen: -yuan('8000.00') },
  { date: '2022-06-28', amountFen: yuan('6000.00') },
  { date: '2022-07-15', amountFen: yuan('20000.00') },
];
const p3 = {
  projectCode: 'P3',
  name: '就业工作经费',
  execution: projectExecution({
    fiscalYear,
    through,
    budgetFen: yuan('200000.00'),
    plan: { mar: yuan('50000.00'), jun: yuan('100000.00'), oct: yuan('150000.00'), dec: yuan('200000.00') },
    entries: p3Entries,
    thresholds: defaultLightThresholds,
  }),
  review: (midtermHistory([openReview(), assess()]).reduce(evolveMidtermReview, initialMidtermState) as Monitoring).review,
};

/**
 * P1 is seed table 1 (723 万元, planned 180.75 / 361.50 / 542.25 / 723.00 万元) with 100 万元
 * spent by 31 July: 100 / 723 = 13.83 %; light ratio 100 × 12 / (723 × 7) = 1200 / 5061 =
 * 0.237107… → 23.71, red; 6月底 planned 361.50 万元, so it is behind plan by 261.50 万元.
 */
const p1 = {
  projectCode: 'P1',
  name: '中央就业补助资金',
  execution: projectExecution({
    fiscalYear,
    through,
    budgetFen: wan('723.00'),
    plan: { mar: wan('180.75'), jun: wan('361.50'), oct: wan('542.25'), dec: wan('723.00') },
    entries: [{ date: '2022-04-10', amountFen: wan('100.00') }],
    thresholds: defaultLightThresholds,
  }),
  review: null,
};

const progress = (sentence: string, reached: string | null, expectedFullYear: string | null, likelihood: Likelihood | null): DepartmentIndicatorProgress => ({
  indicator: readIndicatorSentence(sentence),
  reached,
  asOf: reached === null ? null : '2022-07-31',
  expectedFullYear,
  likelihood,
  reports: [],
});

/** The seed's three sub-goals, as the department reports them at 31 July and links them. */
const input: DepartmentMonitoringInput = {
  fiscalYear,
  through,
  thresholds: defaultLightThresholds,
  subGoals: [
    {
      title: '是突出提升就业质量，全力做好就业创业工作',
      indicators: [
        progress('我单位开展就业培训 10次', '4', '8', 'POSSIBLE'),
        progress('享受就业补助人数 300人以上', '180', '320', 'CERTAIN'),
        progress('为我县灵活就业人员提供社保补贴。', '已发放上半年补贴', '全年按月发放', 'CERTAIN'),
      ],
      projectCodes: ['P1', 'P3', 'P1'],
    },
    {
      title: '完善工作机制，构建和谐劳动关系',
      indicators: [
        progress('办理劳动仲裁案件 60起，结案率达到 90%以上', '32起，结案率 88%', '60起，结案率 91%', 'CERTAIN'),
        progress('结案率达到 90%', '86', '85', 'CERTAIN'),
      ],
      projectCodes: ['P9'],
    },
    {
      title: '突出科学规范有序，加强人才队伍建设',
      indicators: [progress('建设高标准档案室', null, null, null)],
      projectCodes: ['P3'],
    },
  ],
  projects: [p1, p3],
};

const figures = (execution: { budgetFen: bigint; spentFen: bigint; executionRate: string | null; timeProgress: string; lightRatio: string | null; light: string | null } | null) =>
  execution === null ? null : [formatFen(execution.budgetFen), formatFen(execution.spentFen), execution.executionRate, execution.timeProgress, execution.lightRatio, execution.light];

describe('the department mid-term monitoring at 31 July 2022', () => {
  const monitoring = departmentMonitoring(input);
  const [employment, labour, talent] = monitoring.subGoals;

  describe('given sub-goal 1 linked to P1 (red, behind plan) and P3 (green), P1 linked twice', () => {
    it('then its execution is the two projects summed once each, with the light from the sums', () => {
      // Budget 7,230,000.00 + 200,000.00 = 7,430,000.00; spent 1,000,000.00 + 101,000.00 = 1,101,000.00;
      // rate 1,101,000 / 7,430,000 = 0.148183… → 14.82; 7 of 12 months → 58.33;
      // light ratio 110,100,000 × 12 / (743,000,000 × 7) = 1,321,200,000 / 5,201,000,000 = 0.254028… → 25.40: red.
      expect(figures(employment!.execution)).toEqual(['7430000.00', '1101000.00', '14.82', '58.33', '25.40', 'RED']);
      expect(employment!.light).toBe('RED');
      expect(employment!.projects.map((project) => [project.projectCode, formatFen(project.spentFen), project.executionRate, project.lightRatio, project.light])).toEqual([
        ['P1', '1000000.00', '13.83', '23.71', 'RED'],
        ['P3', '101000.00', '50.50', '86.57', 'GREEN'],
      ]);
    });

    it('then an indicator not 确定能 and behind its figure is at risk, the others are not', () => {
      expect(employment!.indicators.map((indicator) => [indicator.index, indicator.reported, indicator.behind, indicator.atRisk])).toEqual([
        [0, true, true, true],
        [1, true, false, false],
        [2, true, false, false],
      ]);
    });

    it('then the at-risk items name the indicator, the red and late project, and the project review\'s own risks', () => {
      expect(employment!.atRisk.map(atRiskInWords)).toEqual([
        '「我单位开展就业培训」：实现可能性为「有可能」',
        '「我单位开展就业培训」：全年预计值 8 达不到目标值 10次',
        '项目 P1 执行进度为红灯（支出进度为序时进度的 23.71%）',
        // 361.50 万元 planned by 6月底 − 100 万元 spent = 261.50 万元.
        '项目 P1 支出落后于6月底计划 2615000.00 元',
        '项目 P3 有 1 项指标存在完成风险',
      ]);
    });
  });

  describe('given sub-goal 2 linked only to a project without an approved table', () => {
    it('then it has no execution and no light, and the link is an at-risk item', () => {
      expect([labour!.execution, labour!.light, labour!.unapprovedProjectCodes]).toEqual([null, null, ['P9']]);
    });

    it('then a 确定能 indicator whose expected value misses its figure is still at risk; a sentence without a figure is not compared', () => {
      expect(labour!.indicators.map((indicator) => [indicator.behind, indicator.atRisk])).toEqual([
        [false, false],
        [true, true],
      ]);
      expect(labour!.atRisk.map(atRiskInWords)).toEqual(['「结案率」：全年预计值 85 达不到目标值 ≥90%', '关联的项目 P9 本年度没有已批准的绩效目标表']);
    });
  });

  describe('given sub-goal 3 not reported yet and linked to P3', () => {
    it('then its indicator is unreported but not at risk, and its light is P3\'s', () => {
      expect(talent!.indicators.map((indicator) => [indicator.reported, indicator.atRisk])).toEqual([[false, false]]);
      expect(figures(talent!.execution)).toEqual(['200000.00', '101000.00', '50.50', '58.33', '86.57', 'GREEN']);
      expect(talent!.atRisk.map((item) => item.kind)).toEqual(['PROJECT_INDICATORS_AT_RISK']);
    });
  });

  it('counts each project once in the department, though P3 serves two sub-goals', () => {
    expect(figures(monitoring.execution)).toEqual(['7430000.00', '1101000.00', '14.82', '58.33', '25.40', 'RED']);
  });

  it('has an empty department and no light before anything is approved', () => {
    const empty = departmentMonitoring({ ...input, projects: [] });
    expect(figures(empty.execution)).toEqual(['0.00', '0.00', null, '58.33', null, null]);
    expect(empty.subGoals.map((subGoal) => subGoal.unapprovedProjectCodes)).toEqual([['P1', 'P3'], ['P9'], ['P3']]);
  });
});
