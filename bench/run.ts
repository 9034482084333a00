/**
 * `npm run bench`: seeding rate (subjects/s) for the default city and for --scale 10, and subject
 * search latency p50/p99 over 1,000 mixed queries through the HTTP app, on PGlite and on PostgreSQL.
 * Each query type's p99 is shown against its target (≤ 5 ms at scale 1, ≤ 20 ms at scale 10).
 * Figures vary on a shared machine; compare the ratios printed from one run.
 *   BENCH_DATABASE_URL  server to use (default postgres://postgres@127.0.0.1:5432/test; "none" skips it)
 *   BENCH_SCALES        scales to seed (default "1,10")
 *   BENCH_ANALYZE       "off" queries the tables as seeded, with no planner statistics (default: ANALYZE first,
 *                       as a server's autovacuum does within a minute; PGlite has no autovacuum)
 *   BENCH_REPEAT        runs of each query, its latency being the fastest (default 1): on a machine shared with
 *                       other work, 3 keeps the neighbours' bursts out of the p99
 */
import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config.ts';
import { type Database, openPglite, openPostgres } from '../src/db/client.ts';
import { migrateDatabase } from '../src/db/migrate.ts';
import { DEMO_PASSWORD, seedCity, seedDemoAccounts } from '../src/demo/seed.ts';
import { Random } from '../src/demo/random.ts';
import type { DemoCity } from '../src/demo/city.ts';
import { fixedClock } from '../src/lib/clock.ts';
import { buildApp } from '../src/server/app.ts';
import { platform, systemCtx } from '../src/modules/rooms.ts';
import { benchPageWeight } from './page-weight.ts';

const AS_OF = '2026-11-23';
const NOW = new Date(`${AS_OF}T04:00:00Z`);
const QUERIES = 1000;
const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const scales = (process.env.BENCH_SCALES ?? '1,10').split(',').map(Number);
const analyzeAfterSeeding = process.env.BENCH_ANALYZE !== 'off';
const runsPerQuery = Number(process.env.BENCH_REPEAT ?? 1);
/** Search p99 the platform must meet, by scale: the default city and a city ten times its size. */
const P99_TARGET_MS = new Map([
  [1, 5],
  [10, 20],
]);

interface Figures {
  engine: string;
  scale: number;
  subjects: number;
  seedSeconds: number;
  subjectsPerSecond: number;
  p50: number;
  p99: number;
  byType: Map<string, number[]>;
}

async function freshDatabase(engine: 'pglite' | 'postgres', label: string): Promise<{ database: Database; cleanup: () => Promise<void> }> {
  if (engine === 'pglite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `shian-bench-${label}-`));
    const database = await openPglite({ dataDir: dir });
    return { database, cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `shian_bench_${label}_${process.pid}`;
  const admin = openPostgres(serverUrl, 1);
  await admin.pool.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.pool.query(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = openPostgres(url.toString());
  return {
    database,
    cleanup: async () => {
      await admin.pool.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    },
  };
}

/** A realistic mix: name fragments, exact codes, filters, later pages, as a city and a district regulator. */
function mixedQueries(city: DemoCity): Array<{ url: string; type: string }> {
  const random = new Random('bench-queries');
  const markets = city.subjects.filter((s) => s.kind === 'market');
  const queries: Array<{ url: string; type: string }> = [];
  for (let i = 0; i < QUERIES; i++) {
    const subject = random.pick(city.subjects);
    const roll = random.next();
    const params = new URLSearchParams();
    let type: string;
    if (roll < 0.3) {
      const start = random.int(0, Math.max(0, subject.name.length - 3));
      params.set('q', subject.name.slice(start, start + random.int(2, 4)));
      type = 'name fragment';
    } else if (roll < 0.4) [type] = ['file number', params.set('q', subject.fileNo)];
    else if (roll < 0.5) [type] = ['credit code', params.set('q', subject.creditCode)];
    else if (roll < 0.6) [type] = ['licence number', params.set('q', random.pick(city.licences).number)];
    else if (roll < 0.7) [type] = ['licence status', params.set('licenceStatus', random.pick(['expired', 'expiring', 'valid', 'none']))];
    else if (roll < 0.8) [type] = ['market', params.set('marketId', random.pick(markets).id)];
    else if (roll < 0.9) {
      params.set('kind', random.pick(['market', 'merchant', 'supplier', 'catering']));
      params.set('divisionCode', random.pick(['440103', '440106', '440111', '440113']));
      type = 'kind + district';
    } else [type] = ['later page', params.set('page', String(random.int(1, 20)))];
    queries.push({ url: `/api/subjects?${params.toString()}`, type });
  }
  return queries;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function measure(engine: 'pglite' | 'postgres', scale: number): Promise<Figures> {
  const { database, cleanup } = await freshDatabase(engine, `s${String(scale).replace('.', '_')}`);
  try {
    await migrateDatabase(database, platform.afterMigrate);
    const ctx = systemCtx({ db: database.db, name: 'demo', log: console, clock: fixedClock(NOW), publicUrl: 'http://bench' });
    const started = performance.now();
    const city = await seedCity(ctx, { seed: 'guangzhou', scale, asOf: AS_OF });
    const seedSeconds = (performance.now() - started) / 1000;
    await seedDemoAccounts(ctx, city);
    if (analyzeAfterSeeding) await database.db.execute(sql`analyze`);

    const app = await buildApp({
      config: loadConfig({ LOG_LEVEL: 'silent', LOGIN_ATTEMPTS: '1000' }),
      db: database.db,
      clock: fixedClock(NOW),
      webRoot: null,
    });
    const sessions = await Promise.all(
      ['gz.regulator', 'th.regulator'].map(async (username) => {
        const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: DEMO_PASSWORD } });
        const cookie = response.cookies.find((c) => c.name === 'shian_session')!;
        return { cookie: `shian_session=${cookie.value}` };
      }),
    );
    const queries = mixedQueries(city);
    for (const { url } of queries.slice(0, 50)) await app.inject({ url, headers: sessions[0] }); // warm up
    const latencies: number[] = [];
    const byType = new Map<string, number[]>();
    for (const [i, { url, type }] of queries.entries()) {
      let elapsed = Infinity;
      for (let run = 0; run < runsPerQuery; run++) {
        const t0 = performance.now();
        const response = await app.inject({ url, headers: sessions[i % 2] });
        elapsed = Math.min(elapsed, performance.now() - t0);
        if (response.statusCode !== 200) throw new Error(`${url} answered ${response.statusCode}: ${response.body}`);
      }
      latencies.push(elapsed);
      byType.set(type, [...(byType.get(type) ?? []), elapsed]);
    }
    await app.close();
    latencies.sort((a, b) => a - b);
    return {
      engine,
      scale,
      subjects: city.subjects.length,
      seedSeconds,
      subjectsPerSecond: city.subjects.length / seedSeconds,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      byType,
    };
  } finally {
    await database.close();
    await cleanup();
  }
}

async function serverReachable(): Promise<boolean> {
  if (serverUrl === 'none') return false;
  const probe = openPostgres(serverUrl, 1);
  try {
    await probe.pool.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await probe.close();
  }
}

const engines: Array<'pglite' | 'postgres'> = ['pglite'];
if (await serverReachable()) engines.push('postgres');
else console.log(`PostgreSQL at ${serverUrl} not reachable: measuring PGlite only`);

const results: Figures[] = [];
for (const engine of engines) {
  for (const scale of scales) {
    process.stdout.write(`  ${engine} scale ${scale}: seeding and querying… `);
    const figures = await measure(engine, scale);
    results.push(figures);
    console.log(`${figures.subjects} subjects in ${figures.seedSeconds.toFixed(1)} s`);
  }
}

const statistics = analyzeAfterSeeding ? 'after ANALYZE' : 'as seeded, without planner statistics';
console.log(`\nsearched ${statistics}; each latency the fastest of ${runsPerQuery} run${runsPerQuery > 1 ? 's' : ''}`);
console.log('engine    scale  subjects  seed s  subjects/s  search p50 ms  search p99 ms');
for (const r of results) {
  console.log(
    `${r.engine.padEnd(9)} ${String(r.scale).padStart(5)} ${String(r.subjects).padStart(9)} ${r.seedSeconds.toFixed(1).padStart(7)} ${Math.round(r.subjectsPerSecond).toString().padStart(11)} ${r.p50.toFixed(2).padStart(14)} ${r.p99.toFixed(2).padStart(14)}`,
  );
}
console.log('\nsearch latency by query type, p50 / p99 ms, each p99 against its target (✓ met, ✗ missed)');
const COLUMN = 17;
const misses: string[] = [];
const cell = (r: Figures, type: string, p50: number, p99: number) => {
  const target = P99_TARGET_MS.get(r.scale);
  if (target !== undefined && p99 > target) misses.push(`${r.engine} ×${r.scale} ${type}: p99 ${p99.toFixed(1)} > ${target}`);
  const verdict = target === undefined ? '' : p99 <= target ? ' ✓' : ' ✗';
  return `${p50.toFixed(1)} / ${p99.toFixed(1)}${verdict}`.padEnd(COLUMN);
};
const types = [...new Set(results.flatMap((r) => [...r.byType.keys()]))];
console.log(`${''.padEnd(16)}${results.map((r) => `${r.engine} ×${r.scale}`.padEnd(COLUMN)).join('')}`);
console.log(`${'p99 target'.padEnd(16)}${results.map((r) => `≤ ${P99_TARGET_MS.get(r.scale) ?? '—'}`.padEnd(COLUMN)).join('')}`);
console.log(`${'all queries'.padEnd(16)}${results.map((r) => cell(r, 'all queries', r.p50, r.p99)).join('')}`);
for (const type of types) {
  const cells = results.map((r) => {
    const sorted = [...(r.byType.get(type) ?? [])].sort((a, b) => a - b);
    return cell(r, type, percentile(sorted, 50), percentile(sorted, 99));
  });
  console.log(`${type.padEnd(16)}${cells.join('')}`);
}
console.log(misses.length === 0 ? 'every p99 within its target' : `over target:\n  ${misses.join('\n  ')}`);
const find = (engine: string, scale: number) => results.find((r) => r.engine === engine && r.scale === scale);
console.log('\nratios (same run)');
for (const scale of scales) {
  const lite = find('pglite', scale);
  const server = find('postgres', scale);
  if (lite && server) {
    console.log(
      `  scale ${scale}: PostgreSQL/PGlite seeding rate ×${(server.subjectsPerSecond / lite.subjectsPerSecond).toFixed(2)}, search p50 ×${(server.p50 / lite.p50).toFixed(2)}`,
    );
  }
}
for (const engine of engines) {
  const small = find(engine, scales[0]!);
  const large = find(engine, scales[scales.length - 1]!);
  if (small && large && small !== large) {
    console.log(
      `  ${engine}: scale ${large.scale} vs ${small.scale}: seeding rate ×${(large.subjectsPerSecond / small.subjectsPerSecond).toFixed(2)}, search p50 ×${(large.p50 / small.p50).toFixed(2)}, p99 ×${(large.p99 / small.p99).toFixed(2)}`,
    );
  }
}

await benchPageWeight();
