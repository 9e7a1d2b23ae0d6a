// WebKit for the test runner: WebKitGTK's MiniBrowser (through WebKitWebDriver, on its own Xvfb
// display) and WPE WebKit's cog (through WPEWebDriver, headless). Both speak WebDriver classic only.
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { browsers } from '../scripts/browsers.mjs';

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

/** A private X display, so two WebKit windows never take keyboard focus from each other. */
function startXvfb(binary) {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, ['-displayfd', '3', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve({ child, display: `:${out.trim()}` });
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`Xvfb exited (${code}) before giving a display`)));
  });
}

async function waitForDriver(port, child) {
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`the WebDriver exited with ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the WebDriver did not start listening');
}

// WebDriver key codes for the keys the tests press.
const KEYS = {
  Tab: '\uE004',
  Enter: '\uE007',
  Backspace: '\uE003',
  Escape: '\uE00C',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Space: ' ',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Home: '\uE011',
  End: '\uE010',
};
const key = (name) => {
  const value = KEYS[name] ?? ([...name].length === 1 ? name : undefined);
  if (value === undefined) throw new Error(`WebKit: no WebDriver key for "${name}"`);
  return value;
};

class WebKitLauncher extends WebdriverLauncher {
  constructor(label, engine, capabilities, extraEnv = {}) {
    super({ hostname: '127.0.0.1', path: '/', logLevel: 'error', capabilities: { ...capabilities, 'wdio:enforceWebDriverClassic': true } });
    this.label = label;
    this.engine = engine;
    this.extraEnv = extraEnv;
    this.processes = [];
    // Whatever way the runner ends, no driver or display is left behind.
    process.once('exit', () => this.processes.forEach((child) => child.kill()));
  }

  // Answered as Playwright's page API (WebDriverPage), which the built-in commands know.
  get type() {
    return 'playwright';
  }
  set type(_) {}

  getPage(sessionId) {
    return new WebDriverPage(this, sessionId);
  }

  async initialize(config) {
    await super.initialize(config);
    this.name = this.label;
  }

  async createDriverManager() {
    const env = { ...process.env, ...this.extraEnv };
    if (this.engine.xvfb) {
      const xvfb = await startXvfb(this.engine.xvfb);
      this.processes.push(xvfb.child);
      env.DISPLAY = xvfb.display;
    }
    const port = await freePort();
    const driver = spawn(this.engine.driver, [`--port=${port}`], { env, stdio: 'ignore' });
    this.processes.push(driver);
    await waitForDriver(port, driver);
    this.options.port = port;
    return super.createDriverManager();
  }

  async stop() {
    await super.stop();
    for (const child of this.processes.reverse()) child.kill();
    this.processes = [];
  }

  /** WebDriver key actions (keyDown / keyUp steps) in this session. */
  keyActions(sessionId, steps) {
    return this.driverManager.performActions(sessionId, [{ type: 'key', id: 'keyboard', actions: steps }]);
  }

  /** A key ('Tab', 'a', '+') or a chord ('Shift+Tab'): all down in order, then up in reverse. */
  press(sessionId, chord) {
    const parts = chord.split(/(?<=.)\+(?=.)/).map(key);
    return this.keyActions(sessionId, [...parts.map((value) => ({ type: 'keyDown', value })), ...parts.reverse().map((value) => ({ type: 'keyUp', value }))]);
  }

  /**
   * The page's viewport set through the window's size, allowing for the window's own toolbar.
   * WebKitGTK's MiniBrowser window cannot be narrower than 447 px: asking for less fails loudly.
   */
  async setViewport({ width, height }) {
    const driver = this.driver;
    const inner = () => driver.execute(() => [window.innerWidth, window.innerHeight]);
    // The page hears of a resize after the window has it: on a busy machine the first reads can be the
    // old size (seen once in CI as 1000x800), and a toolbar measured mid-resize is wrong. So: set, wait
    // for the page to agree, and measure again if it never does.
    for (let attempt = 0; attempt < 5; attempt++) {
      const rect = await driver.getWindowRect();
      const [w, h] = await inner();
      if (w === width && h === height) return;
      await driver.setWindowRect(null, null, width + rect.width - w, height + rect.height - h);
      for (let i = 0; i < 20; i++) {
        const [w2, h2] = await inner();
        if (w2 === width && h2 === height) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    const [w2, h2] = await inner();
    throw new Error(`${this.name}: viewport ${w2}x${h2}, not ${width}x${height} (its window cannot go below 447 px wide)`);
  }
}

/**
 * WebKitGTK 2.50's MiniBrowser. `settings` go to GTK's settings.ini and `env` to its environment (the
 * media group's dark theme, animations off); `args` to MiniBrowser (its WebKitSettings, e.g. --enable-tabs-to-links=false).
 */
export function webkitLauncher({ label = 'WebKit', settings, env, args = [] } = {}) {
  const engine = browsers.webkit;
  const extraEnv = { ...env };
  if (settings) {
    const home = mkdtempSync(join(tmpdir(), 'signpost-gtk-'));
    mkdirSync(join(home, 'gtk-3.0'));
    writeFileSync(
      join(home, 'gtk-3.0', 'settings.ini'),
      `[Settings]\n${Object.entries(settings)
        .map(([k, v]) => `${k}=${v}`)
        .join('\n')}\n`,
    );
    extraEnv.XDG_CONFIG_HOME = home;
  }
  return new WebKitLauncher(
    label,
    engine,
    {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: engine.path, args: ['--automation', ...args] },
    },
    extraEnv,
  );
}

/** WPE WebKit 2.38 in cog's headless platform (no display needed). */
export function wpeLauncher() {
  const engine = browsers.wpe;
  return new WebKitLauncher(engine.label, engine, {
    browserName: 'cog',
    'wpe:browserOptions': { binary: engine.path, args: ['--automation', '--platform=headless'] },
  });
}

/**
 * The page object the runner's built-in commands (sendKeys, setViewport) call for Playwright, over
 * WebDriver actions: so the tests' sendKeys and setViewport work unchanged in WebKit.
 */
class WebDriverPage {
  constructor(launcher, sessionId) {
    this.launcher = launcher;
    this.sessionId = sessionId;
    const act = (steps) => launcher.keyActions(sessionId, steps);
    this.keyboard = {
      press: (chord) => launcher.press(sessionId, chord),
      type: (text) =>
        act(
          [...text].flatMap((value) => [
            { type: 'keyDown', value },
            { type: 'keyUp', value },
          ]),
        ),
      down: (name) => act([{ type: 'keyDown', value: key(name) }]),
      up: (name) => act([{ type: 'keyUp', value: key(name) }]),
    };
  }
  setViewportSize(size) {
    return this.launcher.setViewport(size);
  }
}
