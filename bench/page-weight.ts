/**
 * `npm run bench`'s page-weight part: each public page and each role's first page, loaded cold and then
 * again from the cache in Chromium under Slow 4G, with bytes on the wire and time to content printed
 * against their targets. It builds the web app first, so the figures are for the sources as they are.
 */
import buildWeb from '../test/e2e/build-web.ts';
import { CHROMIUM_PATH, isChromiumInstalled, startBrowserCity } from '../test/support/browser-city.ts';
import { SLOW_4G, appPageChecks, budgetMisses, formatPageWeights, measurePage, publicPageChecks } from '../test/support/page-weight.ts';

export async function benchPageWeight(): Promise<void> {
  console.log('\npage weight: cold load, then a second visit, under Slow 4G');
  if (!isChromiumInstalled()) {
    console.log(`  skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH)`);
    return;
  }
  await buildWeb();
  const target = await startBrowserCity();
  try {
    const kbps = (bytesPerSecond: number) => Math.round((bytesPerSecond * 8) / 1024);
    console.log(
      `  ${SLOW_4G.latency} ms latency, ${kbps(SLOW_4G.downloadThroughput)} kbit/s down, ${kbps(SLOW_4G.uploadThroughput)} kbit/s up`,
    );
    const weights = [];
    for (const check of [...publicPageChecks(target.city), ...appPageChecks()]) weights.push(await measurePage(target, check));
    console.log(formatPageWeights(weights).join('\n'));
    const misses = budgetMisses(weights);
    console.log(misses.length === 0 ? 'every page within its budget' : `over budget:\n  ${misses.join('\n  ')}`);
  } finally {
    await target.close();
  }
}
