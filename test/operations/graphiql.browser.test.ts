import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser.js';
import { RunningApi, removeDataDir } from '../support/running-api.js';

/** An intranet has no CDN: GraphiQL at /graphql must work from what this server sends. */
describe('GraphiQL in a browser without internet', () => {
  let api: RunningApi;
  let browser: Browser;
  beforeAll(async () => {
    api = await RunningApi.start();
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    if (api) removeDataDir(api.config.dataDir);
  });

  it('shows the editor and the schema documentation, asking no other host', async () => {
    const page = await browser.newPage();
    const elsewhere: string[] = [];
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.origin === api.url || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
      elsewhere.push(url.href);
      return route.abort();
    });
    await page.goto(`${api.url}/graphql`);
    await expect(page.locator('.graphiql-query-editor .monaco-editor').first().waitFor({ timeout: 30_000 })).resolves.toBeUndefined();

    await page.getByRole('button', { name: /Documentation Explorer/i }).first().click();
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.getByText('Query', { exact: true }).first().waitFor({ timeout: 30_000 });
    await docs.getByText('Query', { exact: true }).first().click();
    await docs.getByText('targetTables', { exact: true }).first().waitFor({ timeout: 30_000 });
    expect(elsewhere).toEqual([]);
  }, 90_000);
});
