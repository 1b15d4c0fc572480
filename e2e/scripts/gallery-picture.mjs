// Writes docs/images/gallery.png, the README's picture of the banner layouts: the demo's
// /gallery/picture page, its gallery frames (bar, box and cloud in their default positions, light
// and dark, at 1280 × 720) drawn at half size in one grid, in the same Chromium and with the same pinned font as the visual
// tests. Run with `pnpm gallery:picture` after `pnpm build`.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDemo } from 'demo';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/test-env.mjs';

const out = fileURLToPath(new URL('../../docs/images/gallery.png', import.meta.url));

const dataDir = mkdtempSync(path.join(tmpdir(), 'cookiekit-gallery-'));
const demo = await startDemo({ port: 0, host: '127.0.0.1', dataDir, logger: { warn() {}, error: console.error } });
const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: [...CHROMIUM_ARGS, '--font-render-hinting=none', '--force-color-profile=srgb'] });
try {
  const page = await browser.newPage({ viewport: { width: 1320, height: 1200 }, reducedMotion: 'reduce' });
  await page.goto(new URL('/gallery/picture', demo.url).href);
  for (const frame of page.frames().slice(1)) await frame.waitForSelector('html[data-gallery-ready]', { state: 'attached' });
  mkdirSync(path.dirname(out), { recursive: true });
  await page.locator('.picture-grid').screenshot({ path: out, animations: 'disabled' });
  console.log(`wrote ${path.relative(process.cwd(), out)}`);
} finally {
  await browser.close();
  await demo.close();
  rmSync(dataDir, { recursive: true, force: true });
}
