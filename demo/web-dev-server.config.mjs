// The demo server: `npm start` builds dist/ and then runs this. Serves the project root, so the demo
// loads the real bundle at /dist/signpost.js, plus the demo-only routes in routes.mjs.
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { demoRoutes } from './routes.mjs';

const rootDir = fileURLToPath(new URL('..', import.meta.url));

/** 8000, or the next free port when something else has it. */
async function freePort(port) {
  for (; ; port++) {
    const free = await new Promise((resolve) => {
      const probe = createServer()
        .once('error', () => resolve(false))
        .once('listening', () => probe.close(() => resolve(true)))
        .listen(port);
    });
    if (free) return port;
  }
}

const port = await freePort(Number(process.env.PORT) || 8000);

export default {
  rootDir,
  port,
  // No browser is opened: CI has none, and people open the URL printed below.
  open: false,
  watch: false,
  appIndex: 'demo/index.html',
  middleware: [demoRoutes()],
  plugins: [
    {
      name: 'signpost-demo-url',
      serverStart() {
        console.log(`\nSignpost demo: http://localhost:${port}/\n`);
      },
    },
  ],
};
