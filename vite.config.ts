/// <reference types="vitest/config" />
import { createReadStream, cpSync, existsSync, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type ResolvedConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

const DATA_DIR = fileURLToPath(new URL('./data', import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `data/` at `<base>data/` in dev and copies it to `dist/data/` on
 * build (`vite preview` then serves it from dist like any other static file).
 */
function serveData(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'parallax:data',
    configResolved(resolved) {
      config = resolved;
    },
    configureServer(server) {
      server.middlewares.use(`${server.config.base}data`, (req, res, next) => {
        let rel: string;
        try {
          rel = decodeURIComponent((req.url ?? '/').split('?')[0]!);
        } catch {
          res.statusCode = 400;
          res.end('Bad path');
          return;
        }
        const file = resolve(DATA_DIR, `.${rel}`);
        if (!file.startsWith(DATA_DIR + sep) || !existsSync(file) || !statSync(file).isFile()) {
          next();
          return;
        }
        res.setHeader('Content-Type', CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
        res.setHeader('Cache-Control', 'no-cache');
        createReadStream(file).pipe(res);
      });
    },
    closeBundle() {
      if (config.command !== 'build' || config.build.ssr) return;
      const outDir = resolve(config.root, config.build.outDir, 'data');
      cpSync(DATA_DIR, outDir, { recursive: true });
    },
  };
}

export default defineConfig({
  plugins: [react(), tailwindcss(), serveData()],
  worker: { format: 'es' },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    // Playwright specs live in e2e/ and must never be collected by Vitest.
    exclude: ['e2e/**', 'node_modules/**', 'dist/**'],
  },
});
