// The one place that names the browsers: where Debian puts them, the packages that bring them,
// and the flags they run with. Read by the test runner config, the bench, scripts/ensure-browsers.mjs and .ci/run.
import { arch, env } from 'node:process';

const triplet = arch === 'arm64' ? 'aarch64-linux-gnu' : 'x86_64-linux-gnu';

/** Flags for Debian's Chromium in a container: no sandbox (root), no GPU, nothing fetched in the background. */
export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/**
 * Each engine the suite runs in. `needs` are the executables that must exist (checked before the
 * run, installed with `packages` through apt-get where we can).
 */
export const browsers = {
  chromium: {
    label: 'Chromium',
    path: env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    packages: ['chromium'],
  },
  firefox: {
    label: 'Firefox ESR',
    path: env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    packages: ['firefox-esr'],
  },
  // WebKitGTK's MiniBrowser driven by WebKitWebDriver, on a private Xvfb display (it has no headless mode).
  webkit: {
    label: 'WebKit',
    path: env.WEBKIT_BROWSER_PATH ?? `/usr/lib/${triplet}/webkit2gtk-4.1/MiniBrowser`,
    driver: env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver',
    xvfb: '/usr/bin/Xvfb',
    packages: ['webkit2gtk-driver', 'xvfb'],
  },
  // WPE WebKit 2.38 (the Safari 16.0 generation) in cog's headless platform, for the smoke group.
  wpe: {
    label: 'WPE WebKit 2.38',
    path: env.WPE_BROWSER_PATH ?? '/usr/bin/cog',
    driver: env.WPE_DRIVER_PATH ?? '/usr/bin/WPEWebDriver',
    packages: ['wpewebkit-driver', 'cog'],
  },
};

/** Executables an engine needs. */
export const needs = (b) => [b.path, b.driver, b.xvfb].filter(Boolean);

/** The engines this run wants: SIGNPOST_BROWSERS=chromium,webkit (default: all four). */
export function wanted() {
  const names = (env.SIGNPOST_BROWSERS ?? Object.keys(browsers).join(','))
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  const unknown = names.filter((n) => !(n in browsers));
  if (unknown.length) throw new Error(`SIGNPOST_BROWSERS: unknown ${unknown.join(', ')} (known: ${Object.keys(browsers).join(', ')})`);
  return names;
}
