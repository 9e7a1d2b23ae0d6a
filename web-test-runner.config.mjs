import { fileURLToPath } from 'node:url';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { testServer } from './test/server.mjs';
import { summaryReporter } from './test/summary-reporter.mjs';
import { signpostCommands } from './test/commands.mjs';
import { demoRoutes } from './demo/routes.mjs';
import { cliCommands } from './test/cli.mjs';

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

// Firefox has no DevTools protocol here to emulate media features, so the media group launches one
// with them switched on: reduced motion, a dark colour scheme and forced colours ("always override").
const firefoxMedia = Object.assign(
  chromeLauncher({
    launchOptions: {
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
      headless: true,
      extraPrefsFirefox: {
        'ui.prefersReducedMotion': 1,
        'layout.css.prefers-color-scheme.content-override': 0,
        'ui.systemUsesDarkTheme': 1,
        'browser.display.foreground_color': '#ffffff',
        'browser.display.background_color': '#000000',
        // A real high-contrast dark palette: the default blue links would be unreadable on black.
        'browser.anchor_color': '#ffff00',
        'browser.visited_color': '#ff80ff',
        'browser.display.document_color_use': 2,
      },
    },
  }),
  { name: 'Firefox (media)' },
);
const wanted = (process.env.SIGNPOST_BROWSERS ?? 'chromium,firefox').split(',');

export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts', '!test/media.test.ts', '!test/a11y-tree.test.ts'],
  groups: [
    {
      name: 'media',
      files: 'test/media.test.ts',
      browsers: [wanted.includes('chromium') && chromium, wanted.includes('firefox') && firefoxMedia].filter(Boolean),
    },
    // Accessibility-tree snapshots come over the DevTools protocol, which Firefox's BiDi session lacks.
    {
      name: 'a11y-tree',
      files: 'test/a11y-tree.test.ts',
      browsers: [wanted.includes('chromium') && chromium].filter(Boolean),
    },
  ],
  nodeResolve: true,
  // One page at a time: a background tab gets no animation frames and can lose key presses.
  concurrency: 1,
  browserStartTimeout: 120000,
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 15000 } },
  browsers: wanted.map((name) => ({ chromium, firefox })[name]),
  middleware: [testServer(), demoRoutes()],
  plugins: [esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }), signpostCommands(), cliCommands(), a11ySnapshotPlugin()],
  reporters: [defaultReporter(), summaryReporter()],
};
