import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { seedTable10, seedTable10ProjectCode } from '../target-table/fixtures/seed-table-10.js';
import { seedTable3, seedTable3ProjectCode } from '../target-table/fixtures/seed-table-3.js';
import { seedTable6, seedTable6ProjectCode } from '../target-table/fixtures/seed-table-6.js';
import { seedTable9, seedTable9ProjectCode } from '../target-table/fixtures/seed-table-9.js';
import { parseTargetDocument } from './parse-target-document.js';
import type { ParsedProjectTable } from './parsed-target-document.js';
import { targetTableInputOf } from './target-table-input-of.js';
import { indicatorRow as row } from './test-documents/indicator-row.js';

// The published document itself, as the repository keeps it for the demo data.
const sample = readFileSync(new URL('../../../../seeds/2022-julu-hrss-performance-targets.txt', import.meta.url), 'utf8');
const { document, failures } = parseTargetDocument(sample);

/**
 * A table as the importer read it, without the review assistant's anomalies (审核…): those are
 * listed and checked one by one in review-assistant/seed-document-review.spec.ts.
 */
function table(seq: number): ParsedProjectTable {
  const found = document.projects.find((project) => project.seq === seq);
  if (found === undefined) throw new Error(`table ${seq} not parsed`);
  return { ...found, anomalies: found.anomalies.filter((anomaly) => !anomaly.startsWith('审核')) };
}

describe('the sample document (2022 巨鹿县人力资源和社会保障局)', () => {
  it('parses into 15 tables with 101 indicators and no failure', () => {
    expect(failures).toEqual([]);
    expect(document.projects.map((project) => project.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    expect(document.projects.reduce((sum, project) => sum + project.indicators.length, 0)).toBe(101);
    expect(document.projects.map((project) => project.indicators.length)).toEqual([5, 5, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7]);
  });

  it('reads the budget year from the project codes (13052922P…)', () => {
    expect(document.fiscalYear).toBe(2022);
    expect(parseTargetDocument(sample, { fiscalYear: 2021 }).document.fiscalYear).toBe(2021);
  });

  it('joins every project code whose last character sits alone on the next line', () => {
    expect(document.projects.map((project) => project.code)).toEqual([
      '13052922P00584010036K',
      '13052922P005840100377',
      '13052922P00584010316P',
      '13052922P005840103225',
      '13052922P00584010323Q',
      '13052922P00584010374P',
      '13052922P00584010311M',
      '13052922P00584010313W',
      '13052922P005840107159',
      '13052922P00584010712E',
      '13052922P00584010714M',
      '13052922P005842101026',
      '13052922P00584010711T',
      '13052922P005840107132',
      '13052922P005840107107',
    ]);
  });

  it.each([
    [3, seedTable3ProjectCode, seedTable3],
    [6, seedTable6ProjectCode, seedTable6],
    [9, seedTable9ProjectCode, seedTable9],
    [10, seedTable10ProjectCode, seedTable10],
  ])('table %i is word for word the hand-written fixture, amounts converted to yuan', (seq, code, fixture) => {
    expect(table(seq).code).toBe(code);
    expect(targetTableInputOf(table(seq))).toEqual(fixture);
  });

  it('reads table 1 with its two-line title and name, 723.00 万元 and the basis wrapped as 冀财社[2021]153 / 号', () => {
    expect(table(1)).toEqual({
      seq: 1,
      title: '冀财社2021年 153号提前下达2022年中央就业补助资金-中央直达资金绩效目标表',
      unitCode: '323001',
      unitName: '巨鹿县人力资源和社会保障局本级',
      currencyUnit: '万元',
      code: '13052922P00584010036K',
      name: '冀财社2021年 153号提前下达2022年中央就业补助资金-中央直达资金',
      budget: { total: '723.00', fiscal: '723.00', other: null },
      purpose: '拨付就业资金',
      spendingPlan: { mar: '180.75', jun: '361.50', oct: '542.25', dec: '723.00' },
      goals: [
        '1.落实国家就业创业政策，切实做好就业困难人员就业援助工作。',
        '2.落实国家就业创业政策，切实做好就业困难人员就业援助工作。',
        '3.落实国家就业创业政策，切实做好就业困难人员就业援助工作。',
      ],
      indicators: [
        row('产出指标', '数量指标', '享受就业补助人员数量', '享受就业补助人员数量', '≥300人', '>=', '300', '人', '根据业务统计'),
        row('产出指标', '质量指标', '就业补助发放准确率', '就业补助发放准确率', '≥98%', '>=', '98', '%', '银行发放数据'),
        row('产出指标', '时效指标', '资金在规定时间内支付到位率', '资金在规定时间内支付到位率', '≥98%', '>=', '98', '%', '银行反馈数据'),
        row('效益指标', '经济效益指标', '投入成本', '投入成本', '723万元', '=', '723', '万元', '冀财社[2021]153号'),
        row('满意度指标', '服务对象满意度指标', '公共就业服务满意度', '公共就业服务满意度', '≥85%', '>=', '85', '%', '走访调查'),
      ],
      anomalies: [
        '错误（绩效指标）：没有成本指标：请在产出指标下增加二级指标为「成本指标」的指标，或增加一级指标「成本指标」，说明项目的成本，例如 人均补贴水平 ≤2420元。',
      ],
      lines: { from: 104, to: 181 },
    });
  });

  it('reads table 12: a one-amount plan equal to the budget as 12月底, a label cell cut by the page (服务对象满 … 意度指标) and the repeated header dropped', () => {
    const twelve = table(12);
    expect(twelve.title).toBe('冀财社2021年 192号提前下达2022年省级城乡居民基本养老保险、就业公共服务村级代办员补助资金绩效目标表');
    expect(twelve.name).toBe('冀财社2021年 192号提前下达2022年省级城乡居民基本养老保险、就业公共服务村级代办员补助资金');
    expect(twelve.purpose).toBe(
      '为促进基层做好城乡居民基本养老保险、就业公共服务工作，确保2022年我县城乡居民养老保险顺利征缴，根据我县各乡镇的实际情况，需要支付城乡居民养老、就业公共服务村级代办员600余人补助资金11万元，确保相关工作顺利进行',
    );
    expect(twelve.budget.total).toBe('11.00');
    expect(twelve.spendingPlan).toEqual({ mar: null, jun: null, oct: null, dec: '11.00' });
    expect(twelve.indicators).toEqual([
      row('产出指标', '数量指标', '享受各类社会保险基金补助的代办员人数', '享受各类社会保险基金补助的代办员人数', '≥500人', '>=', '500', '人', '冀财社2021年192号文'),
      row('产出指标', '质量指标', '已参保人数占应参保人数的比率', '已参保人数占应参保人数的比率', '≥90%', '>=', '90', '%', '冀财社 2021年192号文'),
      row('产出指标', '时效指标', '资金发放到位率（%）', '保险资金待遇按时足额发放人数占应发放人数的比率', '≥100%', '>=', '100', '%', '冀财社 2021年192号文'),
      row('产出指标', '成本指标', '征缴收入（万元）', '实际征缴社会保险的收入', '≥11万元', '>=', '11', '万元', '冀财社2021年192号文'),
      row('效益指标', '经济效益指标', '享受代办员补助覆盖面（%）', '社会保险报销事项实际在规定时间内及时办结的件数占应在规定时间内及时办结的件数的比率', '≥90%', '>=', '90', '%', '冀财社 2021年192号文'),
      row('效益指标', '社会效益指标', '提高基层服务热情，农村社会更加和谐稳定', '对于基层建设的发展性', '效果显著', 'qualitative', null, null, '冀财社2021年192号文'),
      row('满意度指标', '服务对象满意度指标', '满意度', '群众满意数量占总数的比例', '≥96%', '>=', '96', '%', '满意度'),
    ]);
    expect(twelve.anomalies[0]).toBe(
      '资金支出计划只印了一个金额（11.00），等于预算数：按累计计划读作 12月底 11.00，3月底、6月底、10月底为空；请核对各时点的计划。',
    );
    expect(twelve.anomalies.filter((anomaly) => anomaly.includes('资金支出计划 12月底'))).toEqual([]);
    expect(twelve.lines).toEqual({ from: 1125, to: 1243 });
  });

  it('reads table 15 across its page break (page number 21 and the repeated header dropped)', () => {
    const fifteen = table(15);
    expect(fifteen.indicators[0]).toEqual(
      row('产出指标', '数量指标', '我县人数全部认证', '全县7.24 万人全部进行人脸识别认证', '≥7.24万人', '>=', '7.24', '万人', '运用现代化手段，防止养老金流失，由领导批示'),
    );
    expect(fifteen.indicators[3]).toEqual(
      row('产出指标', '成本指标', '每人4元', '按每有效认证一人，据传认证费用4元计算', '4元', '=', '4', '元', '运用现代化手段，防止养老金流失，由领导批示'),
    );
    expect(fifteen.indicators[6]).toEqual(
      row('满意度指标', '服务对象满意度指标', '服务对象满意度', '服务对象满意度', '≥90%', '>=', '90', '%', '运用现代化手段，防止养老金流失，由领导批示'),
    );
  });

  it('keeps the mistakes as printed and reports them: table 13 满意度90 / 百分比 wrapped (read as = 90 %), table 4 服务对象满意度指标 as 三级指标', () => {
    expect(table(13).indicators[6]).toEqual(
      row('满意度指标', '服务对象满意度指标', '群众满意数量占总数的比例。', '群众满意数量占总数的比例。', '满意度90百分比', '=', '90', '%', '调查问卷'),
    );
    expect(table(13).anomalies).toContain(
      `第 7 项指标（第 1338 行，群众满意数量占总数的比例。）：指标值「满意度90百分比」在数字前多印了指标组名「满意度」，已读作 = 90%；请核对印刷的表，必要时改正指标值。`,
    );
    expect(table(13).anomalies.filter((anomaly) => anomaly.includes('TARGET_NOT_MEASURABLE') || anomaly.includes('cannot be measured'))).toEqual([]);
    expect(table(4).indicators[6]).toEqual(
      row('满意度指标', '服务对象满意度指标', '服务对象满意度指标', '群众满意度', '≥98%', '>=', '98', '%', '调查问卷'),
    );
    expect(table(10).anomalies).toEqual([
      '第 1 项指标（第 975 行，工伤待遇领取人数）：指标值单元格只有文字「人数」，没有数字：文档中缺少目标数值。',
      '错误（资金支出计划）：资金支出计划看起来是按季度填写的，而不是累计数：3月底 5000.00 元 + 6月底 5000.00 元 + 10月底 5000.00 元 + 12月底 5000.00 元 = 20000.00 元，正好是预算数。每一栏应是截至该时点的累计计划数：请填写 5000.00 元 / 10000.00 元 / 15000.00 元 / 20000.00 元。',
      '错误（第 1 项指标（第 975 行）的指标值）：第 1 项指标「工伤待遇领取人数」的指标值「人数」是没有数字的词语，无法衡量：请写出比较符、数值和单位（例如 ≥300人、≤2420元），或写等级短语（例如 效果显著）。',
      '提示（第 4 项指标（第 1001 行）的指标值）：第 4 项指标「工伤补助金」是成本指标，但读起来像收入或比率而不是成本：其目标值「≥90%」是下限。成本目标应是上限或固定金额（例如 ≤2420元）：请在此说明项目的成本，收入或比率目标请放到其他二级指标下。',
    ]);
    expect(table(3).anomalies).toEqual([]);
  });

  it('reads part one: the overall goal, three sub-goals with their indicators, five safeguards', () => {
    expect(document.overall.goal).toBe(
      '坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻党的十九届四中全会精神，紧紧围绕县委、政府中心工作，加快推进“经济强县、美丽古郡、幸福巨鹿”建设步伐，突出做好四方面重点工作：一是突出提升就业质量，全力做好就业创业工作。二是突出科学规范有序，加强人才队伍建设和推荐人事制度改革。三是突出完善工作机制，着力构建和谐劳动关系。四是突出社保基金监管力度，增强社保基金安全防范。五是突出自身能力建设，提升服务水平。',
    );
    expect(document.overall.subGoals).toEqual([
      {
        title: '是突出提升就业质量，全力做好就业创业工作',
        goal: '减轻困难人员负担，健全就业服务体系，保障我县就业创业工作有序开展进行。',
        indicators: [
          '我单位开展就业培训 10次',
          '享受就业补助人数 300人以上',
          '为全县使用公益性岗位人员的单位提供岗位补贴和社保补贴',
          '为使用大学生见习岗位人员的单提供岗位补贴',
          '为我县灵活就业人员提供社保补贴。',
        ],
      },
      {
        title: '完善工作机制，构建和谐劳动关系',
        goal: '提高办案质量和效率，保障各项工作有序进行。',
        indicators: ['办理劳动仲裁案件 60起，结案率达到 90%以上', '办理劳动监察案件 60起，结案率达到 90%。'],
      },
      {
        title: '突出科学规范有序，加强人才队伍建设',
        goal: '完善档案室管理，优化我县人才结构。',
        indicators: ['建设高标准档案室', '为我县进行招聘', '召开两场大型招聘会以及带领企业去外地参加招聘会一次', '为我县劳务派遣人员按时申请工资及社保。'],
      },
    ]);
    expect(document.overall.safeguards.map((safeguard) => safeguard.title)).toEqual([
      '加强组织领导，完善工作机制',
      '强化预算执行，严格支出管',
      '健全评价机制，狠抓工作落实',
      '加强内部监督，规范财务管理',
      '强化业务培训，加大宣传力度',
    ]);
    expect(document.overall.safeguards[4]?.text).toBe(
      '加大对财务人员业务能力培训工作力度，每季度培训一次，使财务人员熟悉工作流程，掌握工作方法，提升工作能力。同时，加强宣传，强化预算绩效管理意识，促进预算绩效管理水平进一步提升。',
    );
  });
});
