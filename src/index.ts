// The package entry and the CDN bundle: importing it defines every Signpost element.
export { SignpostProvider } from './provider/provider.js';
export { SignpostWaitingTime } from './waiting-time/waiting-time.js';
export { SignpostGetHelp } from './get-help/get-help.js';
export { SignpostServiceFinder } from './service-finder/service-finder.js';
export { parseFeed, FeedError, loadFeed } from './feed.js';
export type { Feed, Service, Pathway, WaitingTime } from './feed.js';
export type { ActionDetail, ErrorDetail, IssueDetail, LoadedDetail } from './internal/events.js';
