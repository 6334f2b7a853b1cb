import { defineConfig, devices } from '@playwright/test';

// PARALLAX_PORT lets several checkouts (git worktrees) run their e2e suites at once without sharing a server.
const port = Number(process.env.PARALLAX_PORT ?? 4173);

export default defineConfig({
  testDir: 'e2e',
  // Every seed page loads and runs the sentence model in its worker (37 MB of model and runtime, then each
  // sentence encoded) before the refined claims the tests read: a test may take well over the default 30 s.
  // Tests that open the page two or three times (a reload, a fresh context) ran over 120 s on this 2-core
  // machine (lens and sensitivity reload tests, 2026-12-01): 240 s.
  timeout: 240_000,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1440, height: 900 },
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: {
    command: `npm run build && npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    // The build alone took over 120 s on a loaded 2-core machine.
    timeout: 240_000,
  },
});
