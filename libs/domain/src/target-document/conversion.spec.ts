import { describe, expect, it } from '@jest/globals';
import { DomainError } from '../common/domain-error.js';
import { dryRunJsonOf } from './dry-run-json.js';
import { parseTargetDocument } from './parse-target-document.js';
import type { ParsedProjectTable } from './parsed-target-document.js';
import { readTestDocument } from './test-documents/read-test-document.js';
import { targetTableInputOf } from './target-table-input-of.js';

const inWanYuan = parseTargetDocument(readTestDocument('narrow-columns-over-pages.txt')).document;
const inYuan = parseTargetDocument(readTestDocument('wide-columns-in-yuan.txt')).document;

function first(projects: readonly ParsedProjectTable[]): ParsedProjectTable {
  const [project] = projects;
  if (project === undefined) throw new Error('no table parsed');
  return project;
}

describe('targetTableInputOf', () => {
  it('converts 万元 to yuan exactly (35.50 → 355000.00, 17.50 → 175000.00) and keeps a missing column null', () => {
    const input = targetTableInputOf(first(inWanYuan.projects));
    expect(input.budget).toEqual({ total: '355000.00', fiscal: '305000.00', other: '50000.00' });
    expect(input.spendingPlan).toEqual({ mar: '80000.00', jun: '175000.00', oct: '355000.00', dec: null });
    expect(input.sectionId).toBeNull();
    expect(input.indicators[1]).toEqual({
      level1: '产出指标',
      level2: '数量指标',
      level3: '补助标准户数',
      description: '按标准发放补助的户数',
      valueText: '户数',
      basis: '冀财社2022年45号',
    });
  });

  it('keeps yuan amounts as printed', () => {
    const input = targetTableInputOf(first(inYuan.projects));
    expect(input.budget).toEqual({ total: '150000.00', fiscal: '120000.00', other: '30000.00' });
    expect(input.spendingPlan).toEqual({ mar: '30000.00', jun: '60000.00', oct: '90000.00', dec: '150000.00' });
  });

  it('converts 1627.25 万元 without a float (16272500.00)', () => {
    const project = { ...first(inWanYuan.projects), budget: { total: '1627.25', fiscal: '1627.25', other: null } };
    expect(targetTableInputOf(project).budget).toEqual({ total: '16272500.00', fiscal: '16272500.00', other: null });
  });

  it('refuses a table in another unit with VALIDATION naming it', () => {
    const project = { ...first(inWanYuan.projects), currencyUnit: '千元' };
    expect(() => targetTableInputOf(project)).toThrow(DomainError);
    expect(() => targetTableInputOf(project)).toThrow('currencyUnit：单位为「千元」：只能导入以 元 或 万元 计的表');
  });
});

describe('dryRunJsonOf', () => {
  it('prints amounts and values as exact decimal strings in the document unit, never as numbers, without source lines', () => {
    const json = dryRunJsonOf(inWanYuan) as { fiscalYear: number; projects: Array<Record<string, unknown>> };
    expect(json.fiscalYear).toBe(2023);
    const project = json.projects[0] as { budget: unknown; spendingPlan: unknown; indicators: Array<Record<string, unknown>> };
    expect(project.budget).toEqual({ total: '35.50', fiscal: '30.50', other: '5.00' });
    expect(project.spendingPlan).toEqual({ mar: '8.00', jun: '17.50', oct: '35.50', dec: null });
    expect(project.indicators[0]).toEqual({
      level1: '产出指标',
      level2: '数量指标',
      level3: '救助人数',
      description: '享受救助的困难群众人数',
      valueText: '≥1200人',
      comparator: '>=',
      value: '1200',
      unit: '人',
      basis: '冀财社2022年45号',
    });
    expect(project.indicators[1]).toMatchObject({ valueText: '户数', comparator: 'text', value: null, unit: null });
    expect(Object.keys(json.projects[0] ?? {})).not.toContain('lines');
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
