import { readFileSync } from 'node:fs';
import { plainMessages } from '../scripts/i18n.mjs';

const root = new URL('../', import.meta.url);

/** Server-side commands the browser tests call through `executeServerCommand`. */
export function signpostCommands() {
  return {
    name: 'signpost-commands',
    async executeCommand({ command, payload, session }) {
      // The runner's emulateMedia cannot set forced-colors in Chromium; the DevTools protocol can.
      // Firefox (WebDriver BiDi) and WebKit have no DevTools protocol: false, and their media groups launch with the features on.
      if (command === 'signpost-media-features') {
        const page = session.browser.getPage(session.id);
        if (session.browser.name.startsWith('WebKit') || page.browser().protocol !== 'cdp') return false;
        await (await page.createCDPSession()).send('Emulation.setEmulatedMedia', { features: payload });
        return true;
      }
      // "Use my location" against the browser's real geolocation: the permission answered as a person
      // would ('granted' with a position, 'denied', or back to 'prompt'), through the DevTools protocol
      // in Chromium and WebDriver BiDi in Firefox.
      if (command === 'signpost-geolocation') {
        const page = session.browser.getPage(session.id);
        const { state, latitude, longitude } = payload;
        await page.browserContext().setPermission(new URL(page.url()).origin, { permission: { name: 'geolocation' }, state });
        if (state === 'granted') await page.setGeolocation({ latitude, longitude, accuracy: 10 });
        return true;
      }
      // Source and Welsh text of every message with no placeholder, to look for English left in a Welsh render.
      if (command === 'signpost-welsh') return plainMessages('cy');
      if (command === 'signpost-readme-tokens') {
        const readme = readFileSync(new URL('README.md', root), 'utf8');
        const table = readme.slice(readme.indexOf('## Theme tokens'), readme.indexOf('## ', readme.indexOf('## Theme tokens') + 3));
        return { tokens: [...table.matchAll(/^\| `(--signpost-[a-z-]+)` \|/gm)].map((m) => m[1]) };
      }
      return undefined;
    },
  };
}
