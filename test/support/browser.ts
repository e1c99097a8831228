import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium (`apt-get install -y chromium fonts-wqy-microhei`; .ci/run does it), headless
 * and kept off the network of its own: no updates, no background requests, no browser download.
 *
 * It asks pages for reduced motion, so the console opens dialogs and drop-downs without animating
 * them (apps/web/src/lib/reduced-motion.ts): on a loaded machine Playwright can find a button
 * "stable" between two slow frames while it is still moving, and its click then lands beside it
 * and does nothing — a 确认通过 never sent, an option never chosen. A test that needs motion asks
 * for it in its own context (reducedMotion: 'no-preference').
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--force-prefers-reduced-motion'],
  });
}
