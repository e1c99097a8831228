import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { seedTable3 } from '@app/domain/target-table/fixtures/seed-table-3.js';
import { readStores, startApiOn } from '../support/read-stores.js';
import { RunningApi, setUpDemoDirectory, type DemoDirectory, type DemoUser } from '../support/running-api.js';

const TABLE_FIELDS = `
  id projectCode fiscalYear name unitCode unitName sectionId status statusLabel version revision
  budget { total fiscal other } purpose spendingPlan { mar jun oct dec } goals
  indicators { level1 level1Kind level2 level3 description valueText basis target { comparator value unit direction } }
  createdAt createdBy updatedAt updatedBy position`;

const DRAFT = `mutation Draft($input: TargetTableCommandInput!) {
  draftTargetTable(input: $input) { commandId projectCode fiscalYear revision position replayed targetTable { ${TABLE_FIELDS} } }
}`;
const REVISE = `mutation Revise($input: TargetTableCommandInput!) {
  reviseTargetTableDraft(input: $input) { commandId revision position replayed targetTable { ${TABLE_FIELDS} } }
}`;
const GET = `query Get($code: String!, $year: Int!, $min: String) {
  targetTable(projectCode: $code, fiscalYear: $year, minPosition: $min) { ${TABLE_FIELDS} }
}`;
const LIST = `query List($filter: TargetTableFilter, $first: Int, $after: String) {
  targetTables(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { projectCode fiscalYear name unitCode status } }
  }
}`;

const table3Code = '13052922P00584010316P';

function draftInput(projectCode = table3Code, overrides: Partial<typeof seedTable3> = {}, commandId?: string) {
  return { input: { commandId, projectCode, fiscalYear: 2022, content: { ...seedTable3, ...overrides } } };
}

describe.each(readStores)('target tables over GraphQL (embedded event store, $readStore read store)', ({ readStore, open }) => {
  let api: RunningApi;
  let stop: () => Promise<void>;
  let demo: DemoDirectory;
  let preparer: DemoUser;

  beforeAll(async () => {
    ({ api, stop } = await startApiOn(open));
    demo = await setUpDemoDirectory(api);
    preparer = demo.preparer;
  });

  afterAll(() => stop());

  it('drafts the seed table 3 (就业工作经费) and reads every field back intact', async () => {
    const drafted = await api.graphql<{ draftTargetTable: any }>(DRAFT, draftInput(), preparer);
    expect(drafted.errors).toBeUndefined();
    const payload = drafted.data!.draftTargetTable;
    expect(payload.replayed).toBe(false);
    expect(payload.revision).toBe(0);
    expect(BigInt(payload.position)).toBeGreaterThan(0n);

    const read = await api.graphql<{ targetTable: any }>(GET, { code: table3Code, year: 2022, min: payload.position }, preparer);
    expect(read.errors).toBeUndefined();
    const table = read.data!.targetTable;
    expect(table).toEqual(payload.targetTable);
    expect(table).toMatchObject({
      projectCode: table3Code,
      fiscalYear: 2022,
      name: '就业工作经费',
      unitCode: '323001',
      unitName: '巨鹿县人力资源和社会保障局本级',
      sectionId: seedTable3.sectionId ?? null,
      status: 'DRAFT',
      statusLabel: '草稿',
      version: 1,
      budget: { total: '200000.00', fiscal: '200000.00', other: '0.00' },
      purpose: '就业工作经费',
      spendingPlan: { mar: '50000.00', jun: '100000.00', oct: '150000.00', dec: '200000.00' },
      goals: ['1.健全就业服务体系'],
      createdBy: preparer.userId,
      updatedBy: preparer.userId,
    });
    expect(table.indicators).toHaveLength(seedTable3.indicators.length);
    table.indicators.forEach((indicator: any, i: number) => {
      const sent = seedTable3.indicators[i]!;
      expect({
        level1: indicator.level1,
        level2: indicator.level2,
        level3: indicator.level3,
        description: indicator.description,
        valueText: indicator.valueText,
        basis: indicator.basis,
      }).toEqual(sent);
    });
    const byLevel3 = Object.fromEntries(table.indicators.map((i: any) => [i.level3, i]));
    expect(byLevel3['人均补贴水平'].target).toEqual({ comparator: 'LTE', value: '2420', unit: '元', direction: 'NEGATIVE' });
    expect(byLevel3['开展就业培训数'].target).toEqual({ comparator: 'EQ', value: '10', unit: '次', direction: 'POSITIVE' });
    expect(byLevel3['满意率'].target).toEqual({ comparator: 'GTE', value: '98', unit: '%', direction: 'POSITIVE' });
    expect(byLevel3['构建和谐劳动关系'].target).toEqual({ comparator: 'QUALITATIVE', value: null, unit: null, direction: null });
    expect(byLevel3['开展就业培训数'].level1Kind).toBe('OUTPUT');
  });

  it('offers the indicator levels a form is written with: each 一级指标 with the 二级指标 that belong to it', async () => {
    const { indicatorLevels } = await api.must<{ indicatorLevels: Array<{ kind: string; label: string; level2: string[] }> }>(
      preparer,
      `{ indicatorLevels { kind label level2 } }`,
    );
    expect(indicatorLevels).toEqual([
      { kind: 'OUTPUT', label: '产出指标', level2: ['数量指标', '质量指标', '时效指标', '成本指标'] },
      { kind: 'EFFECT', label: '效益指标', level2: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'] },
      { kind: 'SATISFACTION', label: '满意度指标', level2: ['服务对象满意度指标'] },
      { kind: 'COST', label: '成本指标', level2: ['经济成本指标', '社会成本指标', '生态环境成本指标'] },
    ]);
  });

  it('refuses a draft of an existing table with CONFLICT and keeps the stored one', async () => {
    const again = await api.graphql(DRAFT, draftInput(table3Code, { name: '另一个名字' }), preparer);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const read = await api.graphql<{ targetTable: any }>(GET, { code: table3Code, year: 2022 }, preparer);
    expect(read.data!.targetTable.name).toBe('就业工作经费');
  });

  it('treats a retried command id as the same command: nothing new is written', async () => {
    const commandId = randomUUID();
    const first = await api.graphql<{ draftTargetTable: any }>(DRAFT, draftInput('RETRY0001', {}, commandId), preparer);
    const second = await api.graphql<{ draftTargetTable: any }>(DRAFT, draftInput('RETRY0001', {}, commandId), preparer);
    expect(first.errors).toBeUndefined();
    expect(second.errors).toBeUndefined();
    expect(second.data!.draftTargetTable.replayed).toBe(true);
    expect(second.data!.draftTargetTable.position).toBe(first.data!.draftTargetTable.position);
    expect(second.data!.draftTargetTable.revision).toBe(0);
  });

  it('revises a draft and names what changed through the new content', async () => {
    const revised = await api.graphql<{ reviseTargetTableDraft: any }>(
      REVISE,
      draftInput(table3Code, { purpose: '就业工作经费（调整用途说明）', budget: { total: '210000.00', fiscal: '200000.00', other: '10000.00' } }),
      preparer,
    );
    expect(revised.errors).toBeUndefined();
    const table = revised.data!.reviseTargetTableDraft.targetTable;
    expect(revised.data!.reviseTargetTableDraft.revision).toBe(1);
    expect(table.purpose).toBe('就业工作经费（调整用途说明）');
    expect(table.budget).toEqual({ total: '210000.00', fiscal: '200000.00', other: '10000.00' });
    expect(table.revision).toBe(1);
  });

  it('answers a wrong amount with VALIDATION naming the field, and stores nothing', async () => {
    const bad = await api.graphql(DRAFT, draftInput('BADMONEY01', { budget: { total: '72a.00', fiscal: '1.005' } }), preparer);
    const error = bad.errors?.[0];
    expect(error?.extensions?.code).toBe('VALIDATION');
    const fields = (error?.extensions?.problems as Array<{ field: string }>).map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['budget.total', 'budget.fiscal']));
    const read = await api.graphql(GET, { code: 'BADMONEY01', year: 2022 }, preparer);
    expect(read.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('asks an anonymous caller to sign in (UNAUTHENTICATED)', async () => {
    const anonymous = await api.graphql(DRAFT, draftInput('ANON000001'));
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.errors?.[0]?.message).toMatch(/Authorization: Bearer/);
  });

  it('refuses a draft for another section with FORBIDDEN naming the scope, and a non-preparer naming the role', async () => {
    const content = { sectionId: 'employment' };
    const otherSection = await api.graphql(DRAFT, draftInput('SCOPE00001', content), demo.otherSectionPreparer);
    expect(otherSection.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(otherSection.errors?.[0]?.message).toMatch(/单位 323001 的 employment 科室.*你是单位 323001 的 labor 科室的科室经办人/);
    const otherUnit = await api.graphql(DRAFT, draftInput('SCOPE00002'), demo.preparer323003);
    expect(otherUnit.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const head = await api.graphql(DRAFT, draftInput('SCOPE00003', content), demo.sectionHead);
    expect(head.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(head.errors?.[0]?.message).toMatch(/PREPARER/);
    const own = await api.graphql(DRAFT, draftInput('SCOPE00004', content), preparer);
    expect(own.errors).toBeUndefined();
    const read = await api.graphql(GET, { code: 'SCOPE00001', year: 2022 }, preparer);
    expect(read.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('reports malformed requests as VALIDATION and never sends a stack trace', async () => {
    const syntax = await api.graphql('query { targetTable(', {}, preparer);
    expect(syntax.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    const unknownField = await api.graphql('query { nope }', {}, preparer);
    expect(unknownField.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    const badPosition = await api.graphql(GET, { code: table3Code, year: 2022, min: 'soon' }, preparer);
    expect(badPosition.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    for (const response of [syntax, unknownField, badPosition]) {
      const text = JSON.stringify(response.errors);
      expect(text).not.toMatch(/stacktrace|\n\s+at /);
    }
  });

  it('refuses over-deep and over-costly queries and oversized bodies with VALIDATION', async () => {
    const deep = await api.graphql('{ __schema { types { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } }', {}, preparer);
    expect(deep.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    // graphql-js's own MaxIntrospectionDepthRule refuses introspection cycles (type → fields → type) first.
    expect(deep.errors?.[0]?.message).toMatch(/Maximum introspection depth exceeded/);

    const page = 'targetTables(first: 100) { edges { node { name indicators { level3 target { value unit } } } } }';
    const costly = await api.graphql(`{ ${Array.from({ length: 12 }, (_, i) => `p${i}: ${page}`).join(' ')} }`, {}, preparer);
    expect(costly.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    expect(costly.errors?.[0]?.message).toMatch(/最多允许 5000 个/);

    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${preparer.token}` },
      body: JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(3 * 1024 * 1024) } }),
    });
    expect(response.status).toBe(413);
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string }; message: string }> };
    expect(body.errors[0]!.extensions.code).toBe('VALIDATION');
    expect(body.errors[0]!.message).toMatch(/超过 2097152 字节/);
  });

  it('lists tables with filters and cursor pagination to a preparer of their unit', async () => {
    for (const code of ['LIST000001', 'LIST000002', 'LIST000003']) {
      const r = await api.graphql(DRAFT, draftInput(code, { unitCode: '323003', unitName: '巨鹿县社会保险事业服务中心' }), demo.preparer323003);
      expect(r.errors).toBeUndefined();
    }
    const vars = { filter: { unitCode: '323003', fiscalYear: 2022 }, first: 2 };
    const page1 = await api.graphql<{ targetTables: any }>(LIST, vars, demo.preparer323003, { 'x-min-position': await headPosition(api) });
    expect(page1.errors).toBeUndefined();
    expect(page1.data!.targetTables.totalCount).toBe(3);
    expect(page1.data!.targetTables.edges.map((e: any) => e.node.projectCode)).toEqual(['LIST000001', 'LIST000002']);
    expect(page1.data!.targetTables.pageInfo.hasNextPage).toBe(true);
    const page2 = await api.graphql<{ targetTables: any }>(LIST, { ...vars, after: page1.data!.targetTables.pageInfo.endCursor }, demo.preparer323003);
    expect(page2.data!.targetTables.edges.map((e: any) => e.node.projectCode)).toEqual(['LIST000003']);
    expect(page2.data!.targetTables.pageInfo.hasNextPage).toBe(false);
    const badCursor = await api.graphql(LIST, { ...vars, after: 'not-a-cursor' }, demo.preparer323003);
    expect(badCursor.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    for (const first of [0, 101]) {
      const badSize = await api.refusal(demo.preparer323003, LIST, { ...vars, first });
      expect(badSize).toMatchObject({ code: 'VALIDATION', problems: [{ field: 'first', message: `每页条数须为 1 到 100 的整数，收到 ${first}` }] });
    }
  });

  it('reports the stores and every projection’s lag on /health', async () => {
    const health = await api.get('/health');
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ status: 'ok', eventStore: { ok: true, kind: 'sqlite' }, readStore: { ok: true, kind: readStore } });
    const projections = (health.body as any).projections.items as Array<{ name: string; lag: number }>;
    expect(projections.map((p) => p.name)).toContain('target-tables');
  });
});

async function headPosition(api: RunningApi): Promise<string> {
  const health = await api.get('/health');
  return (health.body as any).eventStore.headPosition;
}
