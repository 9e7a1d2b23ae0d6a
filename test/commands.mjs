import { readFileSync } from 'node:fs';
import { measureSizes } from '../scripts/size.mjs';
import { elements, readmeApi, renderApi } from '../scripts/docs.mjs';
import { catalogues, plainMessages, untranslated } from '../scripts/i18n.mjs';

const root = new URL('../', import.meta.url);

/** Attributes per tag, as declared in the manifest and as documented in the README's reference. */
function docs() {
  const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
  const readme = readmeApi(readFileSync(new URL('README.md', root), 'utf8'));
  const declared = Object.fromEntries(elements(manifest).map((el) => [el.tagName, (el.attributes ?? []).map((a) => a.name).sort()]));
  const documented = {};
  for (const section of readme.split(/^### /m).slice(1)) {
    const tag = /^`<([a-z-]+)>`/.exec(section)?.[1];
    const attributes = section.match(/^\| Attribute \|[\s\S]*?(?=\n\n)/m)?.[0] ?? '';
    documented[tag] = [...attributes.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]).sort();
  }
  return { declared, documented, upToDate: readme === renderApi(manifest) };
}

/** Server-side commands the browser tests call through `executeServerCommand`. */
export function signpostCommands() {
  return {
    name: 'signpost-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'signpost-sizes') return measureSizes();
      // The runner's emulateMedia cannot set forced-colors in Chromium; the DevTools protocol can.
      // Firefox (WebDriver BiDi) and WebKit have no DevTools protocol: false, and their media groups launch with the features on.
      if (command === 'signpost-media-features') {
        const page = session.browser.getPage(session.id);
        // WebKit's media group, like Firefox's, is launched with the features on.
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
      if (command === 'signpost-docs') return docs();
      if (command === 'signpost-untranslated') return untranslated(payload?.sources);
      if (command === 'signpost-catalogues') return catalogues();
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
