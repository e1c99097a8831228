import { describe, expect, it } from '@jest/globals';
import { parseTargetDocument } from './parse-target-document.js';
import { indicatorRow as row } from './test-documents/indicator-row.js';
import { readTestDocument } from './test-documents/read-test-document.js';

describe('a document in 元 with wide columns, other money, 成本指标 as level 1 and a page break inside a group', () => {
  const { document, failures } = parseTargetDocument(readTestDocument('wide-columns-in-yuan.txt'));

  it('reads part one across a page number, with a sub-goal title on two lines', () => {
    expect(failures).toEqual([]);
    expect(document.fiscalYear).toBe(2023);
    expect(document.overall).toEqual({
      goal: '围绕全县中心工作，做好就业、社保和人才三方面工作，确保各项任务按时完成。',
      subGoals: [
        {
          title: '稳定就业局势，开发就业岗位，帮助困难人员实现就业',
          goal: '新增就业岗位，稳定就业局势。',
          indicators: ['新增就业岗位 500个', '培训 20期', '群众满意度达到 95%以上。'],
        },
      ],
      safeguards: [
        { title: '加强组织领导', text: '统一思想认识，明确责任分工。' },
        { title: '强化资金监管', text: '加强资金监管，确保专款专用。' },
      ],
    });
  });

  it('reads the table exactly: rows after the page carry neither level, ﹦ and =, ≤15天, 百分比, 百分号, 达到预期, free text', () => {
    expect(document.projects).toEqual([
      {
        seq: 1,
        title: '城镇新增就业岗位开发及职业技能培训补助资金绩效目标表',
        unitCode: '130529001',
        unitName: '巨鹿县测试单位',
        currencyUnit: '元',
        code: '13052923P00000000001A',
        name: '城镇新增就业岗位开发及职业技能培训补助资金',
        budget: { total: '150000.00', fiscal: '120000.00', other: '30000.00' },
        purpose: '用于岗位开发补贴和职业技能培训补助',
        spendingPlan: { mar: '30000.00', jun: '60000.00', oct: '90000.00', dec: '150000.00' },
        goals: ['1.开发就业岗位，帮助困难人员就业，保持就业局势总体稳定。', '2.开展职业技能培训。'],
        indicators: [
          row('产出指标', '数量指标', '新增就业岗位数量', '新增就业岗位数量', '﹦120个', '=', '120', '个', '县政府工作安排'),
          row('产出指标', '数量指标', '开展培训期数', '开展职业技能培训期数', '=20期', '=', '20', '期', '县政府工作安排'),
          row('产出指标', '质量指标', '培训合格率', '参训人员取得职业资格证书的人数占参训人数的比例', '≥90%', '>=', '90', '%', '培训机构统计'),
          row('产出指标', '时效指标', '补贴拨付时限', '补贴资金拨付到位时间', '≤15天', '<=', '15', '天', '县政府工作安排'),
          row('产出指标', '时效指标', '培训完成及时率', '按计划完成培训的比例', '≥95百分比', '>=', '95', '%', '年度培训计划'),
          row('成本指标', '经济成本指标', '人均培训成本', '人均培训成本', '≤1500元', '<=', '1500', '元', '财政局培训补贴标准'),
          row('效益指标', '社会效益指标', '就业局势稳定', '城镇登记失业率', '达到预期', 'qualitative', null, null, '县政府工作安排'),
          row('效益指标', '可持续影响指标', '培训成果转化', '参训人员技能持续提升', '不低于上年水平的110%', 'text', null, null, '县政府工作安排'),
          row('满意度指标', '服务对象满意度指标', '参训人员满意度', '参训人员满意度', '≥95百分号', '>=', '95', '%', '问卷调查'),
        ],
        anomalies: [
          '错误（第 8 项指标（第 101 行）的指标值）：第 8 项指标「培训成果转化」的指标值「不低于上年水平的110%」是自由文字，无法衡量：请写出比较符、数值和单位（例如 ≥300人、≤2420元），或写等级短语（例如 效果显著）。',
        ],
        lines: { from: 36, to: 110 },
      },
    ]);
  });
});

describe('a document in 万元 with narrow columns, a page number inside the project name and a page break inside a group', () => {
  const { document, failures } = parseTargetDocument(readTestDocument('narrow-columns-over-pages.txt'));

  it('reads the first table exactly: three-line title, code over three lines, label cells wrapped, a three-amount plan', () => {
    expect(failures).toEqual([]);
    expect(document.projects[0]).toEqual({
      seq: 1,
      title: '冀财社2022年 45号提前下达2023年困难群众基本生活救助补助资金绩效目标表',
      unitCode: '323009',
      unitName: '巨鹿县民政事务服务中心',
      currencyUnit: '万元',
      code: '13052923P00584000012X',
      name: '冀财社2022年 45号提前下达2023年困难群众基本生活救助补助资金',
      budget: { total: '35.50', fiscal: '30.50', other: '5.00' },
      purpose: '发放城乡低保和特困人员救助供养资金',
      spendingPlan: { mar: '8.00', jun: '17.50', oct: '35.50', dec: null },
      goals: ['1.保障困难群众基本生活。'],
      indicators: [
        row('产出指标', '数量指标', '救助人数', '享受救助的困难群众人数', '≥1200人', '>=', '1200', '人', '冀财社2022年45号'),
        row('产出指标', '数量指标', '补助标准户数', '按标准发放补助的户数', '户数', 'text', null, null, '冀财社2022年45号'),
        row('产出指标', '数量指标', '发放批次', '全年发放救助资金批次', '≥12次', '>=', '12', '次', '冀财社2022年45号'),
        row('产出指标', '质量指标', '发放准确率', '救助资金发放准确率', '100%', '=', '100', '%', '冀财社2022年45号'),
        row('效益指标', '社会效益指标', '困难群众生活改善', '困难群众基本生活得到保障', '效果显著', 'qualitative', null, null, '冀财社2022年45号'),
        row('满意度指标', '服务对象满意度指标', '救助对象满意度', '救助对象对救助工作的满意度', '≥90百分号', '>=', '90', '%', '问卷调查'),
      ],
      anomalies: [
        '资金支出计划有 3 个金额（8.00、17.50、35.50），而不是 4 个（3月底、6月底、10月底、12月底）：从左起读作 3月底 8.00、6月底 17.50、10月底 35.50；请核对它们属于哪些月份。',
        '第 2 项指标（第 82 行，补助标准户数）：指标值单元格只有文字「户数」，没有数字：文档中缺少目标数值。',
        '错误（资金支出计划 12月底）：资金支出计划（12月底）未填写：请填写截至该时点计划累计支出的金额（没有则填 0.00）。',
        '错误（绩效指标）：没有成本指标：请在产出指标下增加二级指标为「成本指标」的指标，或增加一级指标「成本指标」，说明项目的成本，例如 人均补贴水平 ≤2420元。',
        '错误（第 2 项指标（第 82 行）的指标值）：第 2 项指标「补助标准户数」的指标值「户数」是没有数字的词语，无法衡量：请写出比较符、数值和单位（例如 ≥300人、≤2420元），或写等级短语（例如 效果显著）。',
      ],
      lines: { from: 19, to: 150 },
    });
  });

  it('reads the second table, every row on one line, without anomalies', () => {
    expect(document.projects[1]).toEqual({
      seq: 2,
      title: '社区养老服务经费绩效目标表',
      unitCode: '323009',
      unitName: '巨鹿县民政事务服务中心',
      currencyUnit: '万元',
      code: '13052923P005840000135',
      name: '社区养老服务经费',
      budget: { total: '2.00', fiscal: '2.00', other: null },
      purpose: '社区养老服务',
      spendingPlan: { mar: '0.50', jun: '1.00', oct: '1.50', dec: '2.00' },
      goals: ['1.提升社区养老服务水平。'],
      indicators: [
        row('产出指标', '数量指标', '服务人次', '全年服务人次', '≥500人次', '>=', '500', '人次', '工作计划'),
        row('产出指标', '质量指标', '服务达标率', '服务达标率', '≥95%', '>=', '95', '%', '工作计划'),
        row('产出指标', '时效指标', '服务及时率', '服务及时率', '≥95%', '>=', '95', '%', '工作计划'),
        row('产出指标', '成本指标', '人均服务成本', '人均服务成本', '≤40元', '<=', '40', '元', '工作计划'),
        row('效益指标', '社会效益指标', '老人生活质量', '老人生活质量', '明显改善', 'qualitative', null, null, '工作计划'),
        row('满意度指标', '服务对象满意度指标', '老人满意度', '老人满意度', '≥90%', '>=', '90', '%', '问卷调查'),
      ],
      anomalies: [],
      lines: { from: 151, to: 185 },
    });
  });
});

describe('documents that cannot be parsed', () => {
  it('refuses unrelated text at line 1', () => {
    const { document, failures } = parseTargetDocument('会议纪要\n\n一、会议时间\n2022年3月1日\n');
    expect(document.projects).toEqual([]);
    expect(failures).toEqual([
      {
        seq: null,
        title: null,
        line: 1,
        message:
          '没有找到项目绩效目标表：一张表以带编号的标题开头（例如 1.就业工作经费绩效目标表），其后是单位行（例如 323001巨鹿县人力资源和社会保障局本级 单位：万元）',
      },
    ]);
  });

  it('names the table and line of a cut-off table, a table without its indicator header and a unit it cannot import', () => {
    const { document, failures } = parseTargetDocument(readTestDocument('truncated-table.txt'));
    expect(document.projects).toEqual([]);
    expect(failures).toEqual([
      {
        seq: 1,
        title: '社区养老服务经费绩效目标表',
        line: 32,
        message: '第 1 张表（社区养老服务经费绩效目标表）：最后一个指标行（第 32 行）只有三个单元格：表格被截断',
      },
      {
        seq: 2,
        title: '敬老院运转经费绩效目标表',
        line: 55,
        message:
          '第 2 张表（敬老院运转经费绩效目标表）：没有指标表头（一级指标 二级指标 三级指标 绩效指标描述 指标值 指标值确定依据）：第 55 行的指标行之前缺少表头',
      },
      {
        seq: 3,
        title: '残疾人补贴绩效目标表',
        line: 61,
        message: '第 3 张表（残疾人补贴绩效目标表）：单位为「千元」：只能导入以 元 或 万元 计的表',
      },
      {
        seq: 4,
        title: '殡葬改革经费绩效目标表',
        line: 74,
        message:
          '第 4 张表（殡葬改革经费绩效目标表）：没有指标表头（一级指标 二级指标 三级指标 绩效指标描述 指标值 指标值确定依据）：绩效目标之后表格被截断',
      },
    ]);
  });

  it('still returns the tables that parse when another fails', () => {
    const sample = readTestDocument('narrow-columns-over-pages.txt');
    const broken = sample.replace('一级指标 二级指标 三级指标 绩效指标描述 指标值 指标值确定依据\n\n产出指标 数量指标', '产出指标 数量指标');
    const { document, failures } = parseTargetDocument(broken);
    expect(document.projects.map((project) => project.seq)).toEqual([1]);
    expect(failures.map((failure) => [failure.seq, failure.line])).toEqual([[2, 173]]);
  });
});
