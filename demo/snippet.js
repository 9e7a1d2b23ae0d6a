// The embed code, built in one place for the README (scripts/snippet.mjs writes it there), the demo's
// "Get the code" and the tests. Plain JavaScript with no imports: it runs in the browser and in Node.

/**
 * What every element's fallback holds: the emergency numbers as links a phone can tap before any
 * script runs (or if none ever does). Plain markup, styled by nothing but the host page; once the
 * element starts, its shadow root replaces it in the same frame.
 */
export const FALLBACK =
  '<p>In an emergency call <a href="tel:999">999</a>. For urgent mental health help call <a href="tel:111">NHS 111</a> and choose option 2. Samaritans, any time: <a href="tel:116123">116 123</a>.</p>';

/** The address public npm CDNs give a published file: the exact version, so the integrity hash holds. */
export const cdnUrl = (release, file) => `https://cdn.jsdelivr.net/npm/${release.name}@${release.version}/dist/${file}`;

/** The script line: a module script pinned by its Subresource Integrity hash. */
export const scriptLine = (release, file, src = cdnUrl(release, file)) =>
  `<script type="module" src="${src}" integrity="${release.integrity[file]}" crossorigin="anonymous"></script>`;

const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One element with its attributes (name, value pairs) and the fallback inside. */
export const elementCode = ({ tag, attributes = [] }) =>
  `<${tag}${attributes.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('')}>\n  ${FALLBACK}\n</${tag}>`;

/**
 * The script for a set of elements: the get-help-only script when the card is all there is,
 * otherwise the whole bundle (never both on one page).
 */
export const scriptFor = (elements) => (elements.every(({ tag }) => tag === 'signpost-get-help') ? 'signpost-get-help.js' : 'signpost.js');

/**
 * A whole snippet: the script line once, an optional <style> block, then each element.
 * `src` replaces the CDN address (a test pointing the same snippet at a local build).
 */
export function snippet(release, elements, { css, src } = {}) {
  const file = scriptFor(elements);
  return [
    `<!-- Signpost ${release.version}: the script line once per page, before the elements. -->`,
    scriptLine(release, file, src),
    ...(css ? ['<style>', css.replace(/^/gm, '  '), '</style>'] : []),
    ...elements.map(elementCode),
  ].join('\n');
}
