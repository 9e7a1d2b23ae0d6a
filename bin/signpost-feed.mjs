#!/usr/bin/env node
// signpost-feed, the feed editors' command: src/cli/main.ts, compiled into dist/cli/ by `npm run build`.
import '../dist/cli/main.js';
