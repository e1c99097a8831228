import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getIntrospectionQuery } from 'graphql';
import { RunningApi, removeDataDir } from '../support/running-api.js';

/** GraphiQL and code generators ask for the schema with graphql's standard introspection query. */
describe('introspection', () => {
  describe('on (the default)', () => {
    let api: RunningApi;
    beforeAll(async () => {
      api = await RunningApi.start();
    });
    afterAll(async () => {
      await api.stop();
      removeDataDir(api.config.dataDir);
    });

    it('answers the standard introspection query, deeper than the depth limit allows data queries', async () => {
      const response = await api.graphql<{ __schema: { queryType: { name: string }; types: Array<{ name: string }> } }>(getIntrospectionQuery());
      expect(response.errors).toBeUndefined();
      expect(response.data!.__schema.queryType.name).toBe('Query');
      expect(response.data!.__schema.types.map((type) => type.name)).toContain('TargetTable');
    });

    it("still measures introspection's own cycles (type → fields → type), unlike the wrappers' ofType chain", async () => {
      const cycle = '__schema { types { fields { type { fields { type { fields { type { fields { type { fields { name } } } } } } } } } } }';
      const response = await api.graphql(`query { ${cycle} }`);
      expect(response.errors?.[0]?.extensions?.code).toBe('VALIDATION');
      expect(response.data).toBeNull();
    });

    it('serves GraphiQL and its code from this server, naming no other host', async () => {
      const page = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } });
      const html = await page.text();
      expect(page.status).toBe(200);
      expect(html).toContain('/graphiql/graphiql.js');
      expect(html).not.toMatch(/src="https?:|href="https?:/);
      const script = await fetch(`${api.url}/graphiql/graphiql.js`);
      expect(script.status).toBe(200);
      expect(script.headers.get('content-type')).toContain('javascript');
      expect((await script.text()).length).toBeGreaterThan(1_000_000);
      expect((await fetch(`${api.url}/graphiql/nothing.js`)).status).toBe(404);
    });
  });

  describe('off (GRAPHQL_INTROSPECTION=false)', () => {
    let api: RunningApi;
    beforeAll(async () => {
      api = await RunningApi.start({ introspection: false });
    });
    afterAll(async () => {
      await api.stop();
      removeDataDir(api.config.dataDir);
    });

    it('refuses the introspection query with VALIDATION and a Chinese message', async () => {
      const response = await api.graphql(getIntrospectionQuery());
      expect(response.data).toBeNull();
      expect(response.errors?.[0]?.extensions?.code).toBe('VALIDATION');
      expect(response.errors?.[0]?.message).toBe('本服务器已关闭架构查询（__schema），请向管理员索取接口文档。');
    });

    it('serves neither GraphiQL nor its code', async () => {
      const page = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } });
      expect(await page.text()).not.toContain('/graphiql/graphiql.js');
      expect((await fetch(`${api.url}/graphiql/graphiql.js`)).status).toBe(404);
    });
  });
});
