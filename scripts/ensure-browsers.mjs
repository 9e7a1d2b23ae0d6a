// Runs before `npm test`: makes sure Debian's Chromium and Firefox ESR are there, installing them
// with apt-get when we can (root on Debian, as on CI), otherwise saying exactly what to do.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const browsers = [
  { name: 'chromium', path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', pkg: 'chromium' },
  { name: 'firefox', path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', pkg: 'firefox-esr' },
];
const wanted = (process.env.SIGNPOST_BROWSERS ?? 'chromium,firefox').split(',');
const missing = browsers.filter((b) => wanted.includes(b.name) && !existsSync(b.path));
if (missing.length === 0) process.exit(0);

const packages = missing.map((b) => b.pkg);
const canApt = process.getuid?.() === 0 && spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
if (canApt) {
  console.log(`Installing ${packages.join(' and ')} with apt-get (the tests run in Debian's own browsers)...`);
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
  } catch {
    // Reported below with the same advice as when we could not try.
  }
}
const still = missing.filter((b) => !existsSync(b.path));
if (still.length === 0) process.exit(0);
console.error(
  `\nThe tests need ${still.map((b) => `${b.pkg} (expected at ${b.path})`).join(' and ')}, which ${still.length > 1 ? 'are' : 'is'} not installed.\n` +
    `Install with:  sudo apt-get install -y ${still.map((b) => b.pkg).join(' ')}\n` +
    `Or point at another binary with CHROMIUM_PATH / FIREFOX_PATH, or run one browser with SIGNPOST_BROWSERS=chromium.\n`,
);
process.exit(1);
