import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { parseTargetDocument, readIndicatorSentence } from '@app/domain';
import { departmentTargetsForm, departmentTargetsFormInputOfPartOne, type DepartmentTargetsFormInput } from './department-targets-form.js';
import type { FormCell, FormSheet } from './form-sheet.js';

// The published document itself, as the repository keeps it for the demo data.
const sample = readFileSync(new URL('../../../seeds/2022-julu-hrss-performance-targets.txt', import.meta.url), 'utf8');
const { document } = parseTargetDocument(sample);
const department = '巨鹿县人力资源和社会保障局';

/** The cell placed at row and column (the first of a merged region), or a failure naming where. */
function at(form: FormSheet, row: number, col: number): FormCell {
  const cell = form.cells.find((candidate) => candidate.row === row && candidate.col === col);
  if (cell === undefined) throw new Error(`no cell at row ${row}, column ${col}`);
  return cell;
}
const text = (form: FormSheet, row: number, col: number) => at(form, row, col).text;
/** Columns from..to of a row, as a person reads them left to right. */
const rowText = (form: FormSheet, row: number, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => text(form, row, from + i));

describe('部门（单位）整体绩效目标表 of the seed document’s part one, as imported', () => {
  const form = departmentTargetsForm(departmentTargetsFormInputOfPartOne(document.overall, 2022, department));

  it('opens with the title, the year, the department as 填报单位 and 单位：万元, then its name and the goal', () => {
    expect([text(form, 1, 1), at(form, 1, 1).colSpan, text(form, 2, 1), text(form, 3, 1), text(form, 3, 5)]).toEqual([
      '部门（单位）整体绩效目标表',
      6,
      '（2022年度）',
      '填报单位（盖章）：巨鹿县人力资源和社会保障局',
      '单位：万元',
    ]);
    expect([text(form, 4, 1), text(form, 4, 2)]).toEqual(['部门（单位）名称', department]);
    expect([text(form, 5, 1), at(form, 5, 1).rowSpan, text(form, 5, 2), text(form, 5, 4), text(form, 5, 6)]).toEqual(['年度预算', 2, '资金总额', '其中：项目支出', '其中：基本支出']);
    // Part one states no budget: the amounts are left for the department-targets document.
    expect([2, 4, 6].map((col) => text(form, 6, col))).toEqual(['', '', '']);
    expect(text(form, 7, 1)).toBe('总体绩效目标');
    expect(text(form, 7, 2)).toBe(document.overall.goal);
    expect(text(form, 7, 2)).toMatch(/^坚持以习近平新时代中国特色社会主义思想为指导，.*五是突出自身能力建设，提升服务水平。$/u);
  });

  // Each sub-goal: its name, its goal, the heading, an indicator a row, the linked projects.
  const subGoals = [
    {
      first: 8,
      title: '是突出提升就业质量，全力做好就业创业工作',
      goal: '减轻困难人员负担，健全就业服务体系，保障我县就业创业工作有序开展进行。',
      indicators: [
        ['我单位开展就业培训', '我单位开展就业培训 10次', '10次'],
        ['享受就业补助人数', '享受就业补助人数 300人以上', '≥300人'],
        ['为全县使用公益性岗位人员的单位提供岗位补贴和社保补贴', '为全县使用公益性岗位人员的单位提供岗位补贴和社保补贴', '为全县使用公益性岗位人员的单位提供岗位补贴和社保补贴'],
        ['为使用大学生见习岗位人员的单提供岗位补贴', '为使用大学生见习岗位人员的单提供岗位补贴', '为使用大学生见习岗位人员的单提供岗位补贴'],
        ['为我县灵活就业人员提供社保补贴', '为我县灵活就业人员提供社保补贴。', '为我县灵活就业人员提供社保补贴。'],
      ],
    },
    {
      first: 17,
      title: '完善工作机制，构建和谐劳动关系',
      goal: '提高办案质量和效率，保障各项工作有序进行。',
      indicators: [
        ['办理劳动仲裁案件 60起，结案率达到 90%以上', '办理劳动仲裁案件 60起，结案率达到 90%以上', '办理劳动仲裁案件 60起，结案率达到 90%以上'],
        ['办理劳动监察案件 60起，结案率达到 90%', '办理劳动监察案件 60起，结案率达到 90%。', '办理劳动监察案件 60起，结案率达到 90%。'],
      ],
    },
    {
      first: 23,
      title: '突出科学规范有序，加强人才队伍建设',
      goal: '完善档案室管理，优化我县人才结构。',
      indicators: [
        ['建设高标准档案室', '建设高标准档案室', '建设高标准档案室'],
        ['为我县进行招聘', '为我县进行招聘', '为我县进行招聘'],
        ['召开两场大型招聘会以及带领企业去外地参加招聘会一次', '召开两场大型招聘会以及带领企业去外地参加招聘会一次', '召开两场大型招聘会以及带领企业去外地参加招聘会一次'],
        ['为我县劳务派遣人员按时申请工资及社保', '为我县劳务派遣人员按时申请工资及社保。', '为我县劳务派遣人员按时申请工资及社保。'],
      ],
    },
  ];

  it.each(subGoals.map((subGoal, index) => [index + 1, subGoal] as const))('prints 分项绩效目标%i with its goal, each indicator sentence exactly and the 指标值 read from it', (n, subGoal) => {
    const { first, indicators } = subGoal;
    expect([text(form, first, 1), at(form, first, 1).rowSpan]).toEqual([`分项绩效目标${n}`, 4 + indicators.length]);
    expect(rowText(form, first, 2, 3)).toEqual(['目标名称', subGoal.title]);
    expect(rowText(form, first + 1, 2, 3)).toEqual(['目标内容', subGoal.goal]);
    expect(rowText(form, first + 2, 2, 6)).toEqual(['一级指标', '二级指标', '三级指标', '绩效指标（原文）', '指标值']);
    expect(indicators.map((_, i) => rowText(form, first + 3 + i, 4, 6))).toEqual(indicators);
    // Part one prints no 一级 / 二级: one empty cell each, merged down the sub-goal's indicators.
    expect([at(form, first + 3, 2), at(form, first + 3, 3)].map((cell) => [cell.text, cell.rowSpan])).toEqual([
      ['', indicators.length],
      ['', indicators.length],
    ]);
    expect(rowText(form, first + 3 + indicators.length, 2, 3)).toEqual(['关联项目', '（尚未关联项目）']);
  });

  it('numbers the five 工作保障措施 after the sub-goals, each title beside its text', () => {
    expect([text(form, 31, 1), at(form, 31, 1).rowSpan]).toEqual(['工作保障措施', 5]);
    expect([31, 32, 33, 34, 35].map((row) => [text(form, row, 2), at(form, row, 2).number, text(form, row, 3)])).toEqual([
      ['1', 1, '加强组织领导，完善工作机制'],
      ['2', 2, '强化预算执行，严格支出管'],
      ['3', 3, '健全评价机制，狠抓工作落实'],
      ['4', 4, '加强内部监督，规范财务管理'],
      ['5', 5, '强化业务培训，加大宣传力度'],
    ]);
    expect([31, 32, 33, 34, 35].map((row) => text(form, row, 4))).toEqual(document.overall.safeguards.map((safeguard) => safeguard.text));
    expect(text(form, 35, 4)).toBe(
      '加大对财务人员业务能力培训工作力度，每季度培训一次，使财务人员熟悉工作流程，掌握工作方法，提升工作能力。同时，加强宣传，强化预算绩效管理意识，促进预算绩效管理水平进一步提升。',
    );
  });

  it('ends with the signature lines, A4 upright, no heading repeated (each sub-goal has its own)', () => {
    expect([1, 3, 5].map((col) => text(form, 37, col))).toEqual(['填报人：', '审核人：', '填报日期：      年    月    日']);
    expect([text(form, 38, 1), text(form, 38, 4)]).toEqual(['单位负责人（签字）：', '单位（签章）：']);
    expect(Math.max(...form.cells.map((cell) => cell.row))).toBe(38);
    expect([form.orientation, form.repeatRows]).toEqual(['portrait', undefined]);
  });
});

describe('部门（单位）整体绩效目标表 of the stored document', () => {
  const input: DepartmentTargetsFormInput = {
    fiscalYear: 2022,
    department,
    // 7,430,000.00 of project tables and 1,234,567.89 of 基本支出.
    budget: { totalFen: 866_456_789n, projectsFen: 743_000_000n, basicFen: 123_456_789n },
    overallGoal: '做好就业创业工作。',
    subGoals: [
      {
        title: '就业创业',
        goal: '保障就业。',
        indicators: [
          { level1: '产出指标', level2: '数量指标', indicator: readIndicatorSentence('我单位开展就业培训 10次') },
          { level1: '产出指标', level2: '数量指标', indicator: readIndicatorSentence('享受就业补助人数 300人以上') },
        ],
        projects: [
          { code: '13052922P00584010036K', name: '中央就业补助资金' },
          { code: '13052922P00584010316P', name: '就业工作经费' },
        ],
      },
    ],
    safeguards: [],
    state: { status: '已批准', version: 2 },
    stamp: { position: '42', shownAt: '2022-03-01T02:00:00Z', exportedAt: '2022-03-02T02:00:00Z', exportedBy: '王芳' },
  };
  const form = departmentTargetsForm(input);

  it('prints the budget in 万元 with two decimals, each amount held to the fen', () => {
    expect([2, 4, 6].map((col) => at(form, 6, col)).map((cell) => [cell.text, cell.number, cell.format])).toEqual([
      ['866.46', 866.456789, '0.00'],
      ['743.00', 743, '0.00'],
      ['123.46', 123.456789, '0.00'],
    ]);
  });

  it('merges the 一级 and 二级 a person gave, and lists the linked project tables one a line', () => {
    expect([at(form, 11, 2), at(form, 11, 3)].map((cell) => [cell.text, cell.rowSpan])).toEqual([
      ['产出指标', 2],
      ['数量指标', 2],
    ]);
    expect(text(form, 13, 3)).toBe('13052922P00584010036K 中央就业补助资金\n13052922P00584010316P 就业工作经费');
  });

  it('leaves one empty 工作保障措施 row when there is none, and stamps the position, time and state', () => {
    expect(rowText(form, 14, 1, 4)).toEqual(['工作保障措施', '', '', '']);
    const stamp = form.cells.at(-1)!;
    expect([stamp.style, stamp.text]).toEqual(['note', '数据截至事件位置 42（2022-03-01 10:00）；已批准，第 2 版；王芳 导出于 2022-03-02 10:00（北京时间）']);
  });
});
