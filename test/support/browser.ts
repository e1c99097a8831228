import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium (`apt-get install -y chromium fonts-wqy-microhei`), headless and kept
 * off the network of its own: no updates, no background requests, no browser download.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}
