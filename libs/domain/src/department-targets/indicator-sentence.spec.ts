import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { parseTargetDocument } from '../target-document/parse-target-document.js';
import { type DepartmentIndicator, readIndicatorSentence } from './indicator-sentence.js';

// The published document the demo data is imported from; part one holds the sentences.
const seed = readFileSync(new URL('../../../../seeds/2022-julu-hrss-performance-targets.txt', import.meta.url), 'utf8');
const seedSentences = parseTargetDocument(seed).document.overall.subGoals.flatMap((subGoal) => subGoal.indicators);

type Reading = Omit<DepartmentIndicator, 'sentence'>;
const figure = (name: string, comparator: DepartmentIndicator['comparator'], value: string, unit: string | null): Reading => ({ name, comparator, value, unit });
const text = (name: string): Reading => ({ name, comparator: null, value: null, unit: null });

describe('reading the indicator sentences of the seed document, part one', () => {
  const expected: Array<[string, Reading]> = [
    ['我单位开展就业培训 10次', figure('我单位开展就业培训', '=', '10', '次')],
    ['享受就业补助人数 300人以上', figure('享受就业补助人数', '≥', '300', '人')],
    ['为全县使用公益性岗位人员的单位提供岗位补贴和社保补贴', text('为全县使用公益性岗位人员的单位提供岗位补贴和社保补贴')],
    ['为使用大学生见习岗位人员的单提供岗位补贴', text('为使用大学生见习岗位人员的单提供岗位补贴')],
    ['为我县灵活就业人员提供社保补贴。', text('为我县灵活就业人员提供社保补贴')],
    // Two targets in one sentence: kept as text rather than reading one of them and dropping the other.
    ['办理劳动仲裁案件 60起，结案率达到 90%以上', text('办理劳动仲裁案件 60起，结案率达到 90%以上')],
    ['办理劳动监察案件 60起，结案率达到 90%。', text('办理劳动监察案件 60起，结案率达到 90%')],
    ['建设高标准档案室', text('建设高标准档案室')],
    ['为我县进行招聘', text('为我县进行招聘')],
    // 两场 … 一次: numbers in words, and two of them.
    ['召开两场大型招聘会以及带领企业去外地参加招聘会一次', text('召开两场大型招聘会以及带领企业去外地参加招聘会一次')],
    ['为我县劳务派遣人员按时申请工资及社保。', text('为我县劳务派遣人员按时申请工资及社保')],
  ];

  it('covers every indicator sentence of part one, in order', () => {
    expect(seedSentences).toEqual(expected.map(([sentence]) => sentence));
  });

  it.each(expected)('reads %j', (sentence, reading) => {
    expect(readIndicatorSentence(sentence)).toEqual({ sentence, ...reading });
  });

  it('reads each target of a two-target sentence when a person splits it', () => {
    expect(readIndicatorSentence('办理劳动仲裁案件 60起')).toEqual({ sentence: '办理劳动仲裁案件 60起', ...figure('办理劳动仲裁案件', '=', '60', '起') });
    expect(readIndicatorSentence('结案率达到 90%以上')).toEqual({ sentence: '结案率达到 90%以上', ...figure('结案率', '≥', '90', '%') });
    expect(readIndicatorSentence('结案率达到 90%。')).toEqual({ sentence: '结案率达到 90%。', ...figure('结案率', '≥', '90', '%') });
  });
});

describe('reading indicator sentences as other documents write them', () => {
  it.each<[string, Reading]>([
    ['群众满意度达到 95%以上。', figure('群众满意度', '≥', '95', '%')],
    ['新增就业岗位 500个', figure('新增就业岗位', '=', '500', '个')],
    ['培训 20期', figure('培训', '=', '20', '期')],
    ['结案率不低于90%', figure('结案率', '≥', '90', '%')],
    ['办结时限不超过 30天', figure('办结时限', '≤', '30', '天')],
    ['人均成本控制在 2420元以内', figure('人均成本', '≤', '2420', '元')],
    ['失业率控制在5%以下', figure('失业率', '≤', '5', '%')],
    ['投诉件数 3件以下', figure('投诉件数', '≤', '3', '件')],
    ['覆盖率≥98%', figure('覆盖率', '≥', '98', '%')],
    ['办理时间≤ 15 个工作日', figure('办理时间', '≤', '15', '个工作日')],
    ['差错次数＜3次', figure('差错次数', '<', '3', '次')],
    ['参保人数大于 5000人', figure('参保人数', '>', '5000', '人')],
    ['发放率 100%', figure('发放率', '=', '100', '%')],
    ['发放率为100%', figure('发放率', '=', '100', '%')],
    ['培训人数：300人', figure('培训人数', '=', '300', '人')],
    ['满意率 90%及以上', figure('满意率', '≥', '90', '%')],
    ['满意度 98百分比', figure('满意度', '=', '98', '%')],
    ['补贴资金全部按时发放', figure('补贴资金按时发放', '=', '100', '%')],
    ['困难群体全覆盖', figure('困难群体', '=', '100', '%')],
    ['人均补贴 7.24元', figure('人均补贴', '=', '7.24', '元')],
    ['满意率≥98.50%', figure('满意率', '≥', '98.50', '%')],
    // 万 and 亿 stay in the unit, as the tables keep 万元 and 万人: results are reported in the target's unit.
    ['城镇新增就业 1.2万人以上', figure('城镇新增就业', '≥', '1.2', '万人')],
    ['基金收入 2亿元', figure('基金收入', '=', '2', '亿元')],
    ['征缴收入不低于 3万', figure('征缴收入', '≥', '3', '万')],
    ['发放补贴 12,000,000元', figure('发放补贴', '=', '12000000', '元')],
  ])('reads %j', (sentence, reading) => {
    expect(readIndicatorSentence(sentence)).toEqual({ sentence, ...reading });
  });
});

describe('hostile sentences', () => {
  it.each<[string, Reading]>([
    ['', text('')],
    ['   ', text('')],
    ['300', text('300')],
    ['３００人', text('３００人')],
    ['。', text('')],
    // Full-width digits, point and spaces read as their ASCII forms; the sentence stays as typed.
    ['　享受就业补助人数　３００人以上　', figure('享受就业补助人数', '≥', '300', '人')],
    ['满意率 ≥ ９８．５ ％', figure('满意率', '≥', '98.5', '%')],
    // A figure longer than any figure a person may type (30 characters) is not a target.
    [`人数 ${'9'.repeat(31)}人`, text(`人数 ${'9'.repeat(31)}人`)],
    [`人数 ${'9'.repeat(30)}人`, figure('人数', '=', '9'.repeat(30), '人')],
    // Contradicting bounds, signs, words after the figure and long tails stay text.
    ['满意率≤90%以上', text('满意率≤90%以上')],
    ['增长率 -5%', text('增长率 -5%')],
    ['结案率 .5%', text('结案率 .5%')],
    ['开展培训10次，提升就业技能', text('开展培训10次，提升就业技能')],
    ['不低于90%的结案率', text('不低于90%的结案率')],
    ['培训 10次以上的人员全部就业', text('培训 10次以上的人员全部就业')],
    ['年度 2022 开展培训 10次', text('年度 2022 开展培训 10次')],
    ['1.2.3次', text('1.2.3次')],
    ['全部全额', text('全部全额')],
    ['全部', text('全部')],
  ])('reads %j', (sentence, reading) => {
    expect(readIndicatorSentence(sentence)).toEqual({ sentence, ...reading });
  });

  it('reads a sentence far longer than any document holds as text, whatever it is made of', () => {
    const long = `${'。'.repeat(50000)}x${'1'.repeat(50000)}`;
    expect(readIndicatorSentence(long)).toEqual({ sentence: long, name: long, comparator: null, value: null, unit: null });
    expect(readIndicatorSentence(`${'，'.repeat(50000)}`).name).toBe('');
  });

  it('keeps the sentence exactly, whitespace and punctuation included', () => {
    const sentence = ' 享受就业补助人数\u3000300人以上；\n';
    expect(readIndicatorSentence(sentence).sentence).toBe(sentence);
    expect(readIndicatorSentence(sentence).value).toBe('300');
  });
});
