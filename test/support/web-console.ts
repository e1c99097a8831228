import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';

export { launchChromium } from './browser.js';

// The console bundles parts of the domain too (the scorecard): a change there also calls for a build.
const webSources = [resolve('apps/web'), resolve('libs/domain/src')];
const builtIndex = resolve('dist/web/index.html');
const buildLock = resolve('dist/.web-build-lock');
/** A lock older than this was left by a run that died while building. */
const staleLockMs = 5 * 60_000;

function newestChange(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(newest, entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs);
  }, 0);
}

function builtIsFresh(): boolean {
  let builtAt = 0;
  try {
    builtAt = statSync(builtIndex).mtimeMs;
  } catch {
    // not built yet
  }
  return builtAt > Math.max(...webSources.map(newestChange));
}

/**
 * Builds the console (npm run build:web) unless dist/web is newer than every source it bundles:
 * one vite build for all browser tests. Test files run in parallel workers, and a build empties
 * dist/web first, so a second build while another file's API serves the console would pull its
 * pages from under it: one worker builds at a time, behind a lock, and the others find it fresh.
 */
export function ensureBuiltConsole(): void {
  if (builtIsFresh()) return;
  mkdirSync(resolve('dist'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(buildLock);
      break;
    } catch {
      if (Date.now() - lockedAt() > staleLockMs) rmSync(buildLock, { recursive: true, force: true });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
  try {
    if (builtIsFresh()) return;
    execFileSync('npx', ['vite', 'build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'warn'], {
      stdio: 'inherit',
      // jest sets NODE_ENV=test, which would give React's development build.
      env: { ...process.env, NODE_ENV: 'production' },
    });
  } finally {
    rmSync(buildLock, { recursive: true, force: true });
  }
}

function lockedAt(): number {
  try {
    return statSync(buildLock).mtimeMs;
  } catch {
    return Date.now();
  }
}

/** A page of its own browser context, signed in to the console at `url` as the demo user (password demoPassword). */
export async function signedInPage(browser: Browser, url: string, userName: string, password: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  await page.goto(`${url}/inbox`);
  await page.getByLabel('用户名').fill(userName);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByTestId('signed-in-user').waitFor();
  return page;
}

/** Writes a screenshot of the page into the folder named by SCREENSHOTS (npm run screenshots), when set. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const folder = process.env.SCREENSHOTS;
  if (!folder) return;
  mkdirSync(folder, { recursive: true });
  await page.screenshot({ path: join(folder, `${name}.png`), fullPage: false });
}

/**
 * Waits until the page shows the text. When it does not, the failure says what the page showed
 * instead (a refusal, an error, an older state), so that a failure in a loaded CI run explains
 * itself instead of naming only the text that never came.
 */
export async function waitToSee(page: Page, text: string, options: { exact?: boolean } = {}): Promise<void> {
  try {
    await page.getByText(text, options).first().waitFor();
  } catch (error) {
    const shown = await page
      .locator('body')
      .innerText({ timeout: 5_000 })
      .catch(() => '(the page could not be read)');
    // Its head (status, buttons, a refusal) and its tail (history, an open dialog) say most.
    const excerpt = shown.length <= 4_000 ? shown : `${shown.slice(0, 2_000)}\n…\n${shown.slice(-2_000)}`;
    throw new Error(`${error instanceof Error ? error.message : String(error)}\nThe page showed instead:\n${excerpt}`);
  }
}
