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
import { browsers, chromiumArgs, wanted } from './scripts/browsers.mjs';
import { webkitLauncher, wpeLauncher } from './test/webkit.mjs';
import { notInWebKit } from './test/support/not-in-webkit.mjs';

const chromium = chromeLauncher({
  launchOptions: { executablePath: browsers.chromium.path, headless: true, args: chromiumArgs },
});
// The Chrome launcher drives Firefox ESR too (through WebDriver BiDi); only its report name needs changing.
const firefox = Object.assign(chromeLauncher({ launchOptions: { browser: 'firefox', executablePath: browsers.firefox.path, headless: true } }), {
  name: 'Firefox',
});

// Firefox has no DevTools protocol here to emulate media features, so the media group launches one
// with them switched on: reduced motion, a dark colour scheme and forced colours ("always override").
const firefoxMedia = Object.assign(
  chromeLauncher({
    launchOptions: {
      browser: 'firefox',
      executablePath: browsers.firefox.path,
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
// WebKitGTK takes reduced motion and the dark scheme from GTK's own settings (it has no forced colours).
const webkitMedia = () =>
  webkitLauncher({
    label: 'WebKit (media)',
    settings: { 'gtk-enable-animations': 'false', 'gtk-application-prefer-dark-theme': 'true' },
    env: { GTK_THEME: 'Adwaita:dark' },
  });

const want = wanted();
const pick = (launchers) => Object.entries(launchers).flatMap(([name, make]) => (want.includes(name) ? [make()] : []));
const main = pick({ chromium: () => chromium, firefox: () => firefox, webkit: () => webkitLauncher() });

const groups = [
  {
    name: 'media',
    files: 'test/media.test.ts',
    browsers: pick({ chromium: () => chromium, firefox: () => firefoxMedia, webkit: webkitMedia }),
  },
  // Accessibility-tree snapshots come over the DevTools protocol, which neither Firefox's BiDi session nor WebKit's driver has.
  {
    name: 'a11y-tree',
    files: 'test/a11y-tree.test.ts',
    browsers: pick({ chromium: () => chromium }),
  },
  // Safari's default Tab, which skips links ("Press Tab to highlight each item" off).
  {
    name: 'safari-tab',
    files: 'test/webkit/**/*.test.ts',
    browsers: pick({ webkit: () => webkitLauncher({ label: 'WebKit (Safari Tab)', args: ['--enable-tabs-to-links=false'] }) }),
  },
  // What Safari 15.4-16.3 users get: the older engine, a smoke group only.
  {
    name: 'wpe',
    files: 'test/wpe/**/*.test.ts',
    browsers: pick({ wpe: wpeLauncher }),
  },
].filter((group) => group.browsers.length > 0);

export default {
  // What WebKit does not run is listed, with the reason, in test/support/not-in-webkit.mjs.
  // (SIGNPOST_BROWSERS=wpe alone runs only the smoke group.)
  files: main.length
    ? ['src/**/*.test.ts', 'test/**/*.test.ts', '!test/media.test.ts', '!test/a11y-tree.test.ts', '!test/webkit/**', '!test/wpe/**']
    : undefined,
  groups,
  nodeResolve: true,
  // One page at a time: a background tab gets no animation frames and can lose key presses.
  concurrency: 1,
  browserStartTimeout: 120000,
  testsStartTimeout: 120000,
  testsFinishTimeout: 600000,
  // Time limits are for hangs: Node work happens before the browsers start or under node --test.
  testFramework: { config: { timeout: 30000 } },
  browsers: main.length ? main : groups.flatMap((group) => group.browsers),
  middleware: [testServer(), demoRoutes()],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    signpostCommands(),
    cliCommands(),
    a11ySnapshotPlugin(),
  ],
  reporters: [defaultReporter(), summaryReporter({ notInWebKit })],
};
