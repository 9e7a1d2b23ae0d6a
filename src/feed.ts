// Reading feeds without any element: `import { loadFeed, parseFeed } from 'signpost-widgets/feed.js'`
// defines nothing, so a server, a build script or another framework can use the same validation.
export { parseFeed, validWait, FeedError } from './feed/schema.js';
export type { Feed, FeedField, Service, Pathway, WaitingTime, InvalidWait, WaitState, FeedIssue, IssueCode, OnIssue, ParseOptions } from './feed/schema.js';
export { describeWait, type WaitWords } from './waiting-time/describe.js';
export { loadFeed, type LoadOptions } from './feed/loader.js';
