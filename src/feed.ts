// Reading feeds without any element: `import { loadFeed, parseFeed } from 'signpost-widgets/feed.js'`
// defines nothing, so a server, a build script or another framework can use the same validation.
export { parseFeed, parseWaitingTime, FeedError } from './feed/schema.js';
export type { Feed, Service, Pathway, WaitingTime } from './feed/schema.js';
export { loadFeed, type LoadOptions } from './feed/loader.js';
