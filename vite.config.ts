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
        const [path = '/', query] = (req.url ?? '/').split('?');
        // Module requests (`import x from '../../data/a.json'` → `/data/a.json?import`) are Vite's.
        if (query !== undefined) {
          next();
          return;
        }
        let rel: string;
        try {
          rel = decodeURIComponent(path);
        } catch {
          res.statusCode = 400;
          res.end('Bad path');
          return;
        }
        const file = resolve(DATA_DIR, `.${rel}`);
        if (!file.startsWith(DATA_DIR + sep) || !existsSync(file) || !statSync(file).isFile()) {
          // No SPA fallback under data/: a missing file is a 404, so fetch sees `!res.ok`.
          res.statusCode = 404;
          res.setHeader('Content-Type', 'text/plain; charset=utf-8');
          res.end('Not found');
          return;
        }
        res.setHeader('Content-Type', CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
        res.setHeader('Cache-Control', 'no-cache');
        createReadStream(file).pipe(res);
      });
    },
    configurePreviewServer(server) {
      // dist/data is served as static files; only stop the SPA fallback from
      // answering a missing data file with index.html (200).
      const outData = resolve(server.config.root, server.config.build.outDir, 'data');
      server.middlewares.use(`${server.config.base}data`, (req, res, next) => {
        const [path = '/', query] = (req.url ?? '/').split('?');
        if (query !== undefined) return next();
        let file: string;
        try {
          file = resolve(outData, `.${decodeURIComponent(path)}`);
        } catch {
          file = '';
        }
        if (file.startsWith(outData + sep) && existsSync(file) && statSync(file).isFile()) return next();
        res.statusCode = 404;
        res.setHeader('Content-Type', 'text/plain; charset=utf-8');
        res.end('Not found');
      });
    },
    closeBundle() {
      if (config.command !== 'build' || config.build.ssr) return;
      const outDir = resolve(config.root, config.build.outDir, 'data');
      cpSync(DATA_DIR, outDir, { recursive: true });
    },
  };
}

/**
 * The built site's Content-Security-Policy (docs/deploy.md): only the page's own
 * scripts, no inline script and no eval (WebAssembly compilation is allowed: the
 * sentence model runs as WebAssembly in the worker), workers and fetches from
 * the page's origin only, no plugins, no <base>, and the page may not be framed.
 * Styles are the page's own stylesheet (React sets `style` through the CSSOM,
 * which CSP allows); images: the page's and the data: favicon.
 */
export const CSP_DIRECTIVES: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self' 'wasm-unsafe-eval'",
  'worker-src': "'self'",
  'connect-src': "'self'",
  'img-src': "'self' data:",
  'style-src': "'self'",
  'font-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
  // A comparison is read, not embedded: framing it elsewhere only serves clickjacking.
  'frame-ancestors': "'none'",
};
const csp = (skip: string[] = []) =>
  Object.entries(CSP_DIRECTIVES)
    .filter(([k]) => !skip.includes(k))
    .map(([k, v]) => `${k} ${v}`)
    .join('; ');

/** The HTTP headers `vite preview` sends (and static hosting should: docs/deploy.md). */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': csp(),
  // A comparison's #r= never travels in a Referer anyway (fragments are never sent), nor does its address.
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/**
 * The same policy as <meta> tags in the built index.html, for hosts that cannot
 * set headers. A meta policy cannot carry frame-ancestors (ignored there), so it
 * is left out of it. Build only: the dev server injects an inline script (React
 * refresh) and talks over a WebSocket, which the policy would refuse.
 */
function securityMeta(): Plugin {
  return {
    name: 'parallax:security-meta',
    apply: 'build',
    transformIndexHtml() {
      return [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: csp(['frame-ancestors']) }, injectTo: 'head-prepend' },
        { tag: 'meta', attrs: { name: 'referrer', content: 'no-referrer' }, injectTo: 'head-prepend' },
      ];
    },
  };
}

export default defineConfig({
  plugins: [react(), tailwindcss(), serveData(), securityMeta()],
  preview: { headers: SECURITY_HEADERS },
  worker: { format: 'es' },
  build: {
    rolldownOptions: {
      output: {
        // Everything the first screen imports statically goes in the entry chunk. Left to itself Rolldown cut
        // it into six files (entry, react, jsx-runtime, TanStack Query + data.ts, letters, its runtime), shared
        // with the lazy chunks, that the page modulepreloaded at once anyway: 112.9 KiB gzip -9 in all, against
        // 110.6 KiB as one file (one gzip dictionary, one request). The lazy chunks import from the entry.
        codeSplitting: { groups: [{ name: 'startup', tags: ['$initial'] }] },
        // Each lens's view chunk (src/ui/lens/<id>/view.tsx) named after its lens: `npm run bench` lists the lazy
        // chunks, and four `view-*.js` could not be told apart.
        chunkFileNames: (chunk) => {
          const lens = /[\\/]lens[\\/]([a-z]+)[\\/]view\.tsx$/.exec(chunk.facadeModuleId ?? '');
          return lens ? `assets/lens-${lens[1]}-[hash].js` : 'assets/[name]-[hash].js';
        },
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    // Playwright specs live in e2e/ and must never be collected by Vitest.
    exclude: ['e2e/**', 'node_modules/**', 'dist/**'],
    // Several analyzer and share tests take 2–3 s alone and timed out at Vitest's 5 s default when the
    // 2-core machine was also building or running Chromium (load 25, 2026-12-01). A limit, not a timing.
    testTimeout: 30_000,
  },
});
