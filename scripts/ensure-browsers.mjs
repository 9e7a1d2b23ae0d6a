// Runs before `npm test` (and first in .ci/run): makes sure Debian's browsers and drivers named in
// scripts/browsers.mjs are there, installing them with apt-get when we can (root on Debian, as on
// CI), otherwise saying exactly what to do. SIGNPOST_BROWSERS limits it to the engines a run wants.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { browsers, needs, wanted } from './browsers.mjs';

const missingFrom = (names) => names.filter((name) => needs(browsers[name]).some((path) => !existsSync(path)));
const missing = missingFrom(wanted());
if (missing.length === 0) process.exit(0);

const packages = missing.flatMap((name) => browsers[name].packages);
const canApt = process.getuid?.() === 0 && spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
if (canApt) {
  console.log(`Installing ${packages.join(', ')} with apt-get (the tests run in Debian's own browsers)...`);
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
  } catch {
    // Reported below with the same advice as when we could not try.
  }
}
const still = missingFrom(missing);
if (still.length === 0) process.exit(0);
const lines = still.map(
  (name) =>
    `  ${browsers[name].label}: ${needs(browsers[name])
      .filter((p) => !existsSync(p))
      .join(', ')} (package ${browsers[name].packages.join(', ')})`,
);
console.error(
  `\nThe tests need browsers that are not installed:\n${lines.join('\n')}\n` +
    `Install with:  sudo apt-get install -y ${still.flatMap((name) => browsers[name].packages).join(' ')}\n` +
    `Or point at other binaries with CHROMIUM_PATH, FIREFOX_PATH, WEBKIT_BROWSER_PATH / WEBKIT_DRIVER_PATH, WPE_BROWSER_PATH / WPE_DRIVER_PATH,\n` +
    `or run fewer engines, e.g. SIGNPOST_BROWSERS=chromium,firefox (known: ${Object.keys(browsers).join(', ')}).\n`,
);
process.exit(1);
