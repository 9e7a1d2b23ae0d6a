// The one list of what the suite does not run in WebKit, and why. Each key names a capability a
// test needs (tests ask `supported(key)` from test/support/engine.ts); files kept out whole name their file.
// The summary reporter prints this list whenever WebKit ran, so nothing is left out silently.
export const notInWebKit = {
  'forced-colors': 'test/media.test.ts "forced colours": WebKit has no forced-colours mode (Windows High Contrast is not on its platforms)',
  'a11y-tree': 'test/a11y-tree.test.ts (whole file): accessibility-tree snapshots come over the DevTools protocol, which WebKitWebDriver does not speak',
  geolocation:
    'src/service-finder "Use my location" (2 tests): WebDriver classic can neither answer the permission prompt nor set a position, and WebKit keeps a permission once given',
  'viewport-320':
    "test/a11y.test.ts reflow with a 320 px window (2 tests): WebKitGTK's MiniBrowser window cannot be narrower than 447 px (WebKit still runs the reflow of the page embedded in a 320 px frame, and the finder's hostile feed in a 320 px box)",
};
