import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getIntrospectionQuery } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { removeDataDir, RunningApi, testAdmin, type Caller } from '../support/running-api.js';

const TRAIL = (alias: string, first: number) => `${alias}: auditTrail(first: ${first}) { edges { node { id } } }`;

describe('request errors and limits: refused whole, before anything executes, naming the field', () => {
  let api: RunningApi;
  let admin: Caller;

  beforeAll(async () => {
    api = await RunningApi.start();
    admin = await api.login(testAdmin.userName, testAdmin.password);
  }, 60_000);

  afterAll(async () => {
    await api.stop();
    removeDataDir(api.config.dataDir);
  });

  async function refused(query: string, variables: Record<string, unknown> = {}, operationName?: string) {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin.token}` },
      body: JSON.stringify({ query, variables, operationName }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string; problems?: Array<{ field: string }> } }> };
    expect(body.data ?? null).toBeNull();
    return { status: response.status, codes: body.errors!.map((e) => e.extensions?.code), fields: body.errors!.flatMap((e) => (e.extensions?.problems ?? []).map((p) => p.field)) };
  }

  it('answers an unknown operationName with VALIDATION naming operationName', async () => {
    expect(await refused('query Known { me { userName } }', {}, 'Unknown')).toEqual({ status: 400, codes: ['VALIDATION'], fields: ['operationName'] });
  });

  it('names the argument of a value of the wrong type written inline, as through a variable', async () => {
    expect(await refused('{ targetTable(projectCode: "P", fiscalYear: "2023") { name } }')).toMatchObject({ codes: ['VALIDATION'], fields: ['fiscalYear'] });
    expect(await refused('{ targetTables(filter: { fiscalYear: "2023" }) { totalCount } }')).toMatchObject({ codes: ['VALIDATION'], fields: ['filter.fiscalYear'] });
    expect(await refused('query($y: Int!) { targetTable(projectCode: "P", fiscalYear: $y) { name } }', { y: '2023' })).toMatchObject({
      codes: ['VALIDATION'],
      fields: ['y'],
    });
  });

  it('bounds every free-text filter with VALIDATION naming it, instead of an INTERNAL error of the read store', async () => {
    const long = '工'.repeat(50_001);
    expect(await refused('query($t: String) { targetTables(filter: { nameContains: $t }) { totalCount } }', { t: long })).toEqual({
      status: 200,
      codes: ['VALIDATION'],
      fields: ['filter.nameContains'],
    });
    expect(await refused('query($t: String) { auditTrail(filter: { actorName: $t, voucherNumber: $t }) { totalCount } }', { t: 'x'.repeat(201) })).toMatchObject({
      codes: ['VALIDATION'],
      fields: ['filter.actorName', 'filter.voucherNumber'],
    });
    const literal = await api.must(admin, '{ targetTables(filter: { nameContains: "%_\\\\" }) { totalCount } }');
    expect(literal).toEqual({ targetTables: { totalCount: 0 } });
  });

  it('refuses an operation whose one field has a negative page size before its siblings run', async () => {
    const siblings = [TRAIL('a', 5), TRAIL('b', 5), TRAIL('c', 5), TRAIL('bad', -1_000_000)].join(' ');
    expect(await refused(`{ ${siblings} }`)).toMatchObject({ status: 400, codes: ['VALIDATION'], fields: ['first'] });
    const sixty = Array.from({ length: 60 }, (_, i) => TRAIL(`t${i}`, 100)).join(' ');
    const refusal = await refused(`{ ${sixty} ${TRAIL('bad', -1_000_000)} }`);
    expect(refusal.codes.every((code) => code === 'VALIDATION')).toBe(true);
    expect(refusal.fields).toEqual(expect.arrayContaining(['first', 'query']));
  });

  it('gives verifyAuditTrail its true cost, and limits aliases, directives and tokens', async () => {
    const verifications = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `v${i}: verifyAuditTrail { intact }`).join(' ')} }`;
    expect(await refused(verifications(6))).toMatchObject({ codes: ['VALIDATION'], fields: ['query'] });
    expect((await refused(verifications(200))).codes.every((code) => code === 'VALIDATION')).toBe(true);
    expect((await api.graphql(verifications(2), {}, admin)).errors).toBeUndefined();
    expect(await refused(`{ ${Array.from({ length: 31 }, (_, i) => `m${i}: me { userName }`).join(' ')} }`)).toMatchObject({ fields: ['query'] });
    expect(await refused(`{ me { ${Array.from({ length: 51 }, () => 'userName @include(if: true)').join(' ')} } }`)).toMatchObject({ fields: ['query'] });
    expect(await refused(`{ me { ${'userName '.repeat(10_001)} } }`)).toMatchObject({ status: 400, codes: ['VALIDATION'] });
  });

  it('counts a page size given as a variable at its value, and refuses a negative one whole', async () => {
    const pages = `query($n: Int) { ${Array.from({ length: 10 }, (_, i) => `p${i}: auditTrail(first: $n) { edges { node { id label summary } } }`).join(' ')} }`;
    expect(await refused(pages, { n: 100 })).toMatchObject({ codes: ['VALIDATION'], fields: ['query'] });
    expect((await api.graphql(pages, { n: 1 }, admin)).errors).toBeUndefined();
    expect(await refused(pages, { n: -5 })).toMatchObject({ status: 400, codes: ['VALIDATION'], fields: ['first'] });
  });

  it('lets the standard introspection query through', async () => {
    const response = await api.graphql(getIntrospectionQuery(), {}, admin);
    expect(response.errors).toBeUndefined();
    expect((response.data as { __schema: { queryType: { name: string } } }).__schema.queryType.name).toBe('Query');
  });

  it('applies the same limits over graphql-ws', async () => {
    const client = createClient({
      url: `${api.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${admin.token}` },
      retryAttempts: 0,
    });
    /** The errors of an operation refused over the socket: as an error message, or as its one result without data. */
    const refusedOverSocket = (query: string) =>
      new Promise<Array<{ extensions?: { code?: string } }>>((resolve, reject) => {
        let result: { data?: unknown; errors?: ReadonlyArray<{ extensions?: { code?: string } }> } | undefined;
        client.subscribe(
          { query },
          {
            next: (value) => (result = value as typeof result),
            error: (error) => resolve(error as Array<{ extensions?: { code?: string } }>),
            complete: () => (result?.data == null && result?.errors ? resolve([...result.errors]) : reject(new Error(`the operation ran: ${JSON.stringify(result)}`))),
          },
        );
      });
    try {
      const errors = await refusedOverSocket(`{ ${Array.from({ length: 200 }, (_, i) => `v${i}: verifyAuditTrail { intact }`).join(' ')} }`);
      expect(errors.length).toBeGreaterThan(0);
      expect(errors.every((error) => error.extensions?.code === 'VALIDATION')).toBe(true);
      // graphql-js's own refusals carry no code over the socket: they are request errors there too, not INTERNAL.
      expect((await refusedOverSocket('{ noSuchField }')).map((error) => error.extensions?.code)).toEqual(['VALIDATION']);
    } finally {
      await client.dispose();
    }
  });
});
