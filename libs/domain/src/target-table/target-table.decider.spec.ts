import { describe, expect, it } from '@jest/globals';
import { scenario } from '../../test/given.js';
import { decideTargetTable, targetTableDecider } from './decide-target-table.js';
import { revisedFields } from './target-table-diff.js';
import { evolveTargetTable } from './evolve-target-table.js';
import { seedTable3, seedTable3FiscalYear, seedTable3ProjectCode } from './fixtures/seed-table-3.js';
import type { DraftTargetTable, ReviseTargetTableDraft, TargetTableInput } from './target-table.commands.js';
import type {
  TargetTableContent,
  TargetTableDrafted,
  TargetTableDraftRevised,
  TargetTableEvent,
} from './target-table.events.js';
import { initialTargetTableState, type TargetTableState } from './target-table.state.js';

const given = scenario(targetTableDecider);
const projectCode = seedTable3ProjectCode;
const fiscalYear = seedTable3FiscalYear;

const draft = (input: TargetTableInput = seedTable3): DraftTargetTable => ({
  type: 'DraftTargetTable',
  projectCode,
  fiscalYear,
  input,
});
const revise = (input: TargetTableInput): ReviseTargetTableDraft => ({
  type: 'ReviseTargetTableDraft',
  projectCode,
  fiscalYear,
  input,
});

/** Table 3 as the domain holds it: fen amounts and parsed targets beside the printed text. */
const table3Content: TargetTableContent = {
  name: '就业工作经费',
  unitCode: '323001',
  unitName: '巨鹿县人力资源和社会保障局本级',
  sectionId: null,
  budget: { total: 20000000, fiscal: 20000000, other: 0 },
  purpose: '就业工作经费',
  spendingPlan: { mar: 5000000, jun: 10000000, oct: 15000000, dec: 20000000 },
  goals: ['1.健全就业服务体系'],
  indicators: [
    {
      level1: '产出指标',
      level1Kind: 'OUTPUT',
      level2: '数量指标',
      level3: '开展就业培训数',
      description: '开展培训次数',
      valueText: '10次',
      target: { comparator: '=', value: '10', unit: '次', direction: 'POSITIVE' },
      basis: '县委县政府工作安排',
    },
    {
      level1: '产出指标',
      level1Kind: 'OUTPUT',
      level2: '成本指标',
      level3: '人均补贴水平',
      description: '人均补贴水平',
      valueText: '≤2420 元',
      target: { comparator: '<=', value: '2420', unit: '元', direction: 'NEGATIVE' },
      basis: '行业标准',
    },
    {
      level1: '产出指标',
      level1Kind: 'OUTPUT',
      level2: '质量指标',
      level3: '就业人数登记率',
      description: '实际登记失业人数占应登记失业人数',
      valueText: '100%',
      target: { comparator: '=', value: '100', unit: '%', direction: 'POSITIVE' },
      basis: '县委县政府工作安排',
    },
    {
      level1: '产出指标',
      level1Kind: 'OUTPUT',
      level2: '时效指标',
      level3: '发放率',
      description: '发放率',
      valueText: '100%',
      target: { comparator: '=', value: '100', unit: '%', direction: 'POSITIVE' },
      basis: '县委县政府工作安排',
    },
    {
      level1: '效益指标',
      level1Kind: 'EFFECT',
      level2: '社会效益指标',
      level3: '构建和谐劳动关系',
      description: '构建和谐劳动关系',
      valueText: '效果显著',
      target: { comparator: 'qualitative', value: null, unit: null, direction: null },
      basis: '县委县政府工作安排',
    },
    {
      level1: '效益指标',
      level1Kind: 'EFFECT',
      level2: '可持续影响指标',
      level3: '维护社会稳定',
      description: '促进就业形势，维护社会稳定',
      valueText: '效果显著',
      target: { comparator: 'qualitative', value: null, unit: null, direction: null },
      basis: '县委县政府工作安排',
    },
    {
      level1: '满意度指标',
      level1Kind: 'SATISFACTION',
      level2: '服务对象满意度指标',
      level3: '满意率',
      description: '满意率',
      valueText: '≥98百分号',
      target: { comparator: '>=', value: '98', unit: '%', direction: 'POSITIVE' },
      basis: '调查问卷',
    },
  ],
};

const drafted: TargetTableDrafted = {
  type: 'TargetTableDrafted',
  data: { projectCode, fiscalYear, version: 1, content: table3Content },
};

describe('DraftTargetTable', () => {
  it('drafts seed table 3 on an empty stream as version 1 with fen amounts and parsed targets', () => {
    given([]).when(draft()).then([drafted]);
  });

  it('keeps text exactly as given, inner and surrounding spaces included', () => {
    const input = { ...seedTable3, name: ' 就业 工作经费 ', purpose: '就业工作经费\n（2022）' };
    const [event] = given([]).when(draft(input)).then([
      { ...drafted, data: { ...drafted.data, content: { ...table3Content, name: ' 就业 工作经费 ', purpose: '就业工作经费\n（2022）' } } },
    ]);
    expect(event?.data.content.name).toBe(' 就业 工作经费 ');
  });

  it('refuses a second draft of the same project and year with CONFLICT, telling to revise instead', () => {
    const error = given([drafted]).when(draft()).thenThrows('CONFLICT');
    expect(error.message).toBe(
      '项目 13052922P00584010316P 2022 年度的目标表已有草稿：请修改该草稿（reviseTargetTableDraft），不要重复起草。',
    );
    expect(error.problems).toEqual([]);
  });

  it('accepts a draft whose indicator has no target value, as table 10 of the seed has', () => {
    const indicators = seedTable3.indicators.map((indicator, i) => (i === 0 ? { ...indicator, valueText: '' } : indicator));
    const [event] = given([]).when(draft({ ...seedTable3, indicators })).then([
      {
        ...drafted,
        data: {
          ...drafted.data,
          content: {
            ...table3Content,
            indicators: table3Content.indicators.map((indicator, i) =>
              i === 0
                ? { ...indicator, valueText: '', target: { comparator: 'text', value: null, unit: null, direction: null } }
                : indicator,
            ),
          },
        },
      },
    ]);
    expect(event?.data.content.indicators[0]?.valueText).toBe('');
  });

  it('takes a missing 其他资金 and missing plan columns as 0 and not given', () => {
    const input: TargetTableInput = {
      ...seedTable3,
      budget: { total: '110000.00', fiscal: '110000.00' },
      spendingPlan: { dec: '110000.00' },
    };
    given([]).when(draft(input)).then([
      {
        ...drafted,
        data: {
          ...drafted.data,
          content: {
            ...table3Content,
            budget: { total: 11000000, fiscal: 11000000, other: 0 },
            spendingPlan: { mar: null, jun: null, oct: null, dec: 11000000 },
          },
        },
      },
    ]);
  });

  it('refuses a 单位名称 that is not the directory name of its 单位编码, naming unitName, and drafts the one that is', () => {
    const error = given([])
      .when({ ...draft({ ...seedTable3, unitName: '巨鹿县社会保险事业服务中心' }), directoryUnitName: '巨鹿县人力资源和社会保障局本级' })
      .thenThrows('VALIDATION', 'unitName');
    expect(error.problems[0]?.message).toMatch(/^「巨鹿县社会保险事业服务中心」不是单位 323001 的名称/);
    given([]).when({ ...draft(), directoryUnitName: '巨鹿县人力资源和社会保障局本级' }).thenEventTypes(['TargetTableDrafted']);
  });

  it('refuses a revision holding a control character in the name, writing nothing', () => {
    given([{ type: 'TargetTableDrafted', data: { projectCode, fiscalYear, version: 1, content: table3Content } }])
      .when(revise({ ...seedTable3, name: '就业工作经费\u0000' }))
      .thenThrows('VALIDATION', 'name');
  });

  it('names the project code and the year when they are malformed', () => {
    const error = given([])
      .when({ ...draft(), projectCode: '13052922P00584010316\nP', fiscalYear: 1999 })
      .thenThrows('VALIDATION', 'projectCode');
    expect(error.problems).toEqual([
      {
        field: 'projectCode',
        message:
          '「13052922P00584010316\nP」不是项目编码：只能用字母和数字，不含空格或换行，例如 13052922P00584010316P',
      },
      { field: 'fiscalYear', message: '1999 不是预算年度：请填写 2000 至 2100 之间的整年份，例如 2022' },
    ]);
  });

  it.each<[string, number, string]>([
    ['', 2022, 'projectCode'],
    ['A'.repeat(41), 2022, 'projectCode'],
    ['13052922-P005', 2022, 'projectCode'],
    [projectCode, 2101, 'fiscalYear'],
    [projectCode, 2022.5, 'fiscalYear'],
  ])('refuses project code %j in year %d, naming %s', (code, year, field) => {
    const error = given([]).when({ ...draft(), projectCode: code, fiscalYear: year }).thenThrows('VALIDATION', field);
    expect(error.problems).toHaveLength(1);
  });

  it('accepts the edges: a 40-character code, years 2000 and 2100', () => {
    for (const [code, year] of [['A1'.repeat(20), 2000], [projectCode, 2100]] as const) {
      const events = decideTargetTable({ ...draft(), projectCode: code, fiscalYear: year }, initialTargetTableState);
      expect(events.map((e) => [e.type, e.data.projectCode, e.data.fiscalYear])).toEqual([['TargetTableDrafted', code, year]]);
    }
  });

  it('refuses invalid content with VALIDATION even when the table already exists', () => {
    given([drafted]).when(draft({ ...seedTable3, name: '' })).thenThrows('VALIDATION', 'name');
  });
});

describe('ReviseTargetTableDraft', () => {
  it('refuses to revise a table that was never drafted with NOT_FOUND', () => {
    const error = given([]).when(revise(seedTable3)).thenThrows('NOT_FOUND');
    expect(error.message).toBe(
      '项目 13052922P00584010316P 2022 年度没有可修改的目标表：请先起草（draftTargetTable）。',
    );
  });

  it('records only the fields that changed, with their new values, and the same version', () => {
    const input: TargetTableInput = {
      ...seedTable3,
      budget: { ...seedTable3.budget, other: '5000.50' },
      goals: [...seedTable3.goals, '2.提高就业培训质量'],
    };
    const [event] = given([drafted]).when(revise(input)).then<TargetTableDraftRevised>([
      {
        type: 'TargetTableDraftRevised',
        data: {
          projectCode,
          fiscalYear,
          version: 1,
          changes: {
            budget: { total: 20000000, fiscal: 20000000, other: 500050 },
            goals: ['1.健全就业服务体系', '2.提高就业培训质量'],
          },
        },
      },
    ]);
    expect(Object.keys(event!.data)).toEqual(['projectCode', 'fiscalYear', 'version', 'changes']);
    expect(Object.keys(event!.data.changes)).toEqual(['budget', 'goals']);
  });

  it('records a changed purpose alone, not the rest of the form', () => {
    const [event] = given([drafted]).when(revise({ ...seedTable3, purpose: '就业培训及补贴' })).then<TargetTableDraftRevised>([
      { type: 'TargetTableDraftRevised', data: { projectCode, fiscalYear, version: 1, changes: { purpose: '就业培训及补贴' } } },
    ]);
    expect(event!.data.changes).toStrictEqual({ purpose: '就业培训及补贴' });
    expect(revisedFields(event!.data.changes)).toEqual(['purpose']);
  });

  it('records the changed fields in form order, whatever order the form is given in', () => {
    const { purpose, name, ...rest } = seedTable3;
    const input: TargetTableInput = { purpose: `${purpose}（修订）`, ...rest, sectionId: 'employment', name: `${name}（调整）` };
    const [event] = given([drafted]).when(revise(input)).then<TargetTableDraftRevised>([
      {
        type: 'TargetTableDraftRevised',
        data: {
          projectCode,
          fiscalYear,
          version: 1,
          changes: { name: '就业工作经费（调整）', sectionId: 'employment', purpose: '就业工作经费（修订）' },
        },
      },
    ]);
    expect(Object.keys(event!.data.changes)).toEqual(['name', 'sectionId', 'purpose']);
  });

  it('sees a change inside one indicator, re-parses its target and records the whole new indicator list', () => {
    const indicators = seedTable3.indicators.map((indicator, i) => (i === 6 ? { ...indicator, valueText: '≥95%' } : indicator));
    const [event] = given([drafted]).when(revise({ ...seedTable3, indicators })).then<TargetTableDraftRevised>([
      {
        type: 'TargetTableDraftRevised',
        data: {
          projectCode,
          fiscalYear,
          version: 1,
          changes: {
            indicators: table3Content.indicators.map((indicator, i) =>
              i === 6
                ? { ...indicator, valueText: '≥95%', target: { comparator: '>=', value: '95', unit: '%', direction: 'POSITIVE' } }
                : indicator,
            ),
          },
        },
      },
    ]);
    expect(Object.keys(event!.data.changes)).toEqual(['indicators']);
    expect(event!.data.changes.indicators).toHaveLength(7);
  });

  it('records nothing when the content is unchanged', () => {
    given([drafted]).when(revise(seedTable3)).then([]);
  });

  it('compares with the latest revision, not the first draft', () => {
    const renamed = { ...seedTable3, name: '就业工作经费（调整）' };
    const revised: TargetTableDraftRevised = {
      type: 'TargetTableDraftRevised',
      data: { projectCode, fiscalYear, version: 1, changes: { name: '就业工作经费（调整）' } },
    };
    given([drafted, revised]).when(revise(renamed)).then([]);
    given([drafted, revised]).when(revise(seedTable3)).then([
      { ...revised, data: { ...revised.data, changes: { name: '就业工作经费' } } },
    ]);
    // A field changed by an earlier revision and then another one: only the newest change is recorded.
    given([drafted, revised]).when(revise({ ...renamed, purpose: '就业培训' })).then([
      { ...revised, data: { ...revised.data, changes: { purpose: '就业培训' } } },
    ]);
  });

  it('names the offending field of invalid content', () => {
    const error = given([drafted])
      .when(revise({ ...seedTable3, budget: { ...seedTable3.budget, fiscal: '72a.00' } }))
      .thenThrows('VALIDATION', 'budget.fiscal');
    expect(error.problems).toEqual([
      {
        field: 'budget.fiscal',
        message: '「72a.00」不是以元计的金额：请用数字填写，最多 2 位小数，例如 723000.00',
      },
    ]);
  });
});

describe('evolveTargetTable', () => {
  const revised: TargetTableDraftRevised = {
    type: 'TargetTableDraftRevised',
    data: { projectCode, fiscalYear, version: 1, changes: { purpose: '就业培训' } },
  };
  const fold = (events: TargetTableEvent[]): TargetTableState => events.reduce(evolveTargetTable, initialTargetTableState);

  it('starts with no table', () => {
    expect(targetTableDecider.initialState).toEqual({ lifecycle: 'NONE' });
    expect(fold([])).toBe(initialTargetTableState);
  });

  it('holds the drafted table', () => {
    expect(fold([drafted])).toEqual({ lifecycle: 'FIRST_VERSION', projectCode, fiscalYear, version: 1, content: table3Content, baseline: null, stage: { status: 'DRAFT' } });
  });

  it('holds the latest revision', () => {
    expect(fold([drafted, revised])).toEqual({
      lifecycle: 'FIRST_VERSION',
      projectCode,
      fiscalYear,
      version: 1,
      content: { ...table3Content, purpose: '就业培训' },
      baseline: null,
      stage: { status: 'DRAFT' },
    });
  });

  it('merges each revision over the content in hand, keeping the fields it does not name', () => {
    const renamed: TargetTableDraftRevised = {
      type: 'TargetTableDraftRevised',
      data: { projectCode, fiscalYear, version: 1, changes: { name: '就业工作经费（调整）', budget: { total: 1, fiscal: 1, other: 0 } } },
    };
    const budgetAgain: TargetTableDraftRevised = {
      type: 'TargetTableDraftRevised',
      data: { projectCode, fiscalYear, version: 1, changes: { budget: { total: 2, fiscal: 1, other: 1 } } },
    };
    expect(fold([drafted, renamed, revised, budgetAgain])).toEqual({
      lifecycle: 'FIRST_VERSION',
      projectCode,
      fiscalYear,
      version: 1,
      content: { ...table3Content, name: '就业工作经费（调整）', purpose: '就业培训', budget: { total: 2, fiscal: 1, other: 1 } },
      baseline: null,
      stage: { status: 'DRAFT' },
    });
  });

  it('refuses a revision of a table that was never drafted: there is nothing to merge it over', () => {
    expect(() => fold([revised])).toThrow('TargetTableDraftRevised cannot follow a target table in status NONE');
  });

  it('does not change the state it is given', () => {
    const before = fold([drafted]);
    const snapshot = structuredClone(before);
    evolveTargetTable(before, revised);
    expect(before).toEqual(snapshot);
  });

  it('refuses an event type it does not know, instead of silently skipping history', () => {
    const stranger = { type: 'TargetTableTeleported', data: {} } as unknown as TargetTableEvent;
    expect(() => evolveTargetTable(initialTargetTableState, stranger)).toThrow(
      'Unknown target table event type TargetTableTeleported',
    );
  });
});

describe('decideTargetTable', () => {
  it('refuses a command type it does not know', () => {
    const stranger = { type: 'ApproveEverything', projectCode, fiscalYear } as unknown as DraftTargetTable;
    expect(() => decideTargetTable(stranger, initialTargetTableState)).toThrow(
      'Unknown target table command ApproveEverything',
    );
  });
});
