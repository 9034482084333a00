import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DIGEST_FILE, isWebBuildStale, webSourcesDigest } from './web-build.ts';

let root: string;
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

/** A project with a web app and a build made from its current sources. */
function builtProject() {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'shian-web-build-'));
  const web = path.join(root, 'web');
  const dist = path.join(web, 'dist');
  const lock = path.join(root, 'package-lock.json');
  fs.mkdirSync(path.join(web, 'src'), { recursive: true });
  fs.mkdirSync(dist);
  fs.writeFileSync(path.join(web, 'index.html'), '<div id="root"></div>');
  fs.writeFileSync(path.join(web, 'src', 'main.tsx'), 'render(<App />);');
  fs.writeFileSync(lock, '{"packages":{"node_modules/antd":{"version":"6.6.8"}}}');
  fs.writeFileSync(path.join(dist, 'index.html'), '<script src="/assets/index.js"></script>');
  fs.writeFileSync(path.join(dist, DIGEST_FILE), webSourcesDigest(web, dist, lock));
  const stale = () => isWebBuildStale(web, dist, lock);
  return { web, dist, lock, stale };
}

/** Sets a file's modification time an hour into the past, as a pull or a branch switch can. */
const backdate = (file: string) => fs.utimesSync(file, new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));

describe('the web build check', () => {
  it('is fresh right after a build, and the build output does not count as a source', () => {
    const { dist, stale } = builtProject();
    expect(stale()).toBe(false);
    fs.writeFileSync(path.join(dist, 'extra.js'), 'chunk');
    expect(stale()).toBe(false);
  });

  it('is stale when a source changes, even if its modification time is older than the build', () => {
    const { web, stale } = builtProject();
    const source = path.join(web, 'src', 'main.tsx');
    fs.writeFileSync(source, 'render(<App locale="zh-CN" />);');
    backdate(source);
    expect(stale()).toBe(true);
  });

  it('is stale when a source is added, removed or renamed', () => {
    const { web, stale } = builtProject();
    fs.renameSync(path.join(web, 'src', 'main.tsx'), path.join(web, 'src', 'index.tsx'));
    expect(stale()).toBe(true);
  });

  it('is stale when the locked dependencies change', () => {
    const { lock, stale } = builtProject();
    fs.writeFileSync(lock, '{"packages":{"node_modules/antd":{"version":"6.7.0"}}}');
    backdate(lock);
    expect(stale()).toBe(true);
  });

  it('is stale when the build is missing, or was made without a digest (npm run build:web)', () => {
    const { dist, stale } = builtProject();
    fs.rmSync(path.join(dist, DIGEST_FILE));
    expect(stale()).toBe(true);
    fs.rmSync(dist, { recursive: true });
    expect(stale()).toBe(true);
  });
});
