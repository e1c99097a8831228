import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium (`apt-get install -y chromium fonts-wqy-microhei`; .ci/run does it), headless
 * and kept off the network of its own: no updates, no background requests, no browser download.
 *
 * Every page it opens asks for reduced motion, unless its context says otherwise, so the console
 * opens dialogs and drop-downs without animating them (apps/web/src/lib/reduced-motion.ts): on a
 * loaded machine Playwright can find a button "stable" between two slow frames while it is still
 * moving, and its click then lands beside it and does nothing — a 确认通过 never sent, an option
 * never chosen. (Playwright's own default is `reducedMotion: 'no-preference'` for every context,
 * which would override a browser flag; hence the default is set on the contexts.)
 */
export async function launchChromium(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  // browser.newPage() makes its context through newContext too.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = (options = {}) => newContext({ reducedMotion: 'reduce', ...options });
  return browser;
}
