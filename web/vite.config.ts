import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

const root = import.meta.dirname;
const server = 'http://127.0.0.1:3000';

/**
 * Two vendor chunks, cached apart from the app's own code: React and its router, which every page
 * runs, and ECharts, which only the dashboard loads. Ant Design is left to the bundler's own cut by
 * page (each lazy page's chunks hold the components it uses), so the sign-in page does not pay for
 * the subject file's tables or the accounts page's modals. A group also takes the dependencies of
 * what it captures, so React comes first.
 */
const vendorChunks: Array<[name: string, test: RegExp]> = [
  ['react', /node_modules[\\/](react|react-dom|scheduler|react-router|cookie|set-cookie-parser)[\\/]/],
  ['echarts', /node_modules[\\/](echarts|zrender|echarts-for-react|size-sensor|tslib)[\\/]/],
];

export default defineConfig({
  root,
  // Brotli and gzip copies beside each file, made once at the best ratio; the server sends the one the browser takes.
  plugins: [react(), compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024, logLevel: 'silent' })],
  server: {
    proxy: { '/api': server, '/docs': server },
  },
  build: {
    outDir: resolve(root, 'dist'),
    emptyOutDir: true,
    // ECharts' chunk, which only the dashboard loads, is ~560 kB before compression; a chunk past this is news.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: vendorChunks.map(([name, test], index) => ({ name, test, priority: vendorChunks.length - index })),
        },
      },
    },
  },
});
