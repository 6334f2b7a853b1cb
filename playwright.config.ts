import { defineConfig, devices } from '@playwright/test';

// PARALLAX_PORT lets several checkouts (git worktrees) run their e2e suites at once without sharing a server.
const port = Number(process.env.PARALLAX_PORT ?? 4173);

export default defineConfig({
  testDir: 'e2e',
  // A page of one's own reports loads and runs the sentence model in its worker (37 MB of model and runtime,
  // then each sentence encoded; the bundled event refines from its shipped vectors) before the refined claims
  // the tests read. Tests that open the page two or three times ran over 120 s on this 2-core machine when it
  // was loaded (2026-12-01; a quiet full run took 9.1 min for 68 tests): a limit of 240 s, not a timing.
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
