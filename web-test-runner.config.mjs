import { fileURLToPath } from 'node:url';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { testServer } from './test/server.mjs';
import { summaryReporter } from './test/summary-reporter.mjs';
import { signpostCommands } from './test/commands.mjs';
import { demoRoutes } from './demo/routes.mjs';

const chromium = chromeLauncher({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  },
});
// The Chrome launcher drives Firefox ESR too (through WebDriver BiDi); only its report name needs changing.
const firefox = Object.assign(
  chromeLauncher({
    launchOptions: { browser: 'firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', headless: true },
  }),
  { name: 'Firefox' },
);

export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  browserStartTimeout: 120000,
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 15000 } },
  browsers: (process.env.SIGNPOST_BROWSERS ?? 'chromium,firefox').split(',').map((name) => ({ chromium, firefox })[name]),
  middleware: [testServer(), demoRoutes()],
  plugins: [esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }), signpostCommands()],
  reporters: [defaultReporter(), summaryReporter()],
};
