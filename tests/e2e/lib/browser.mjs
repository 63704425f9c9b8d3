/** Debian's chromium driven by playwright-core (no browser download), headless, fresh profile. */
import { createRequire } from 'node:module';
import { CHROMIUM } from './paths.mjs';

const require = createRequire(import.meta.url);

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--lang=zh-CN',
];

/** @returns {Promise<{ context: import('playwright-core').BrowserContext, page: import('playwright-core').Page }>} */
export async function launchBrowser(profileDir) {
  const { chromium } = require('playwright-core');
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: 1440, height: 900 },
    locale: 'en-US',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page };
}
