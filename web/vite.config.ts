import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = import.meta.dirname;
const server = 'http://127.0.0.1:3000';

/**
 * Vendor chunks, cached apart from the app's own code. Earlier groups win: a group also takes the
 * dependencies of what it captures, so React must come before the libraries that import it.
 * A group past `maxSize` (source bytes) is cut into several chunks, so none is enormous.
 */
const vendorChunks: Array<[name: string, test: RegExp]> = [
  ['react', /node_modules[\\/](react|react-dom|scheduler|react-router|cookie|set-cookie-parser)[\\/]/],
  ['echarts', /node_modules[\\/](echarts|zrender|echarts-for-react|size-sensor|tslib)[\\/]/],
  ['antd', /node_modules[\\/](antd|@rc-component|@ant-design|@babel[\\/]runtime|stylis|clsx|classnames)[\\/]/],
  ['vendor', /node_modules[\\/]/],
];

export default defineConfig({
  root,
  plugins: [react()],
  server: {
    proxy: { '/api': server, '/docs': server },
  },
  build: {
    outDir: resolve(root, 'dist'),
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Cutting a group into pieces must not reorder module execution (antd's pieces depend on each other).
        strictExecutionOrder: true,
        codeSplitting: {
          groups: vendorChunks.map(([name, test], index) => ({
            name,
            test,
            priority: vendorChunks.length - index,
            maxSize: 1_500_000,
          })),
        },
      },
    },
  },
});
