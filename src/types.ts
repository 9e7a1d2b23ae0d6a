import type { LitElement } from 'lit';
import type { ActionDetail, ErrorDetail, IssueDetail, LoadedDetail } from './internal/events.js';
import type { SignpostProvider } from './provider/provider.component.js';
import type { SignpostWaitingTime } from './waiting-time/waiting-time.component.js';
import type { SignpostGetHelp } from './get-help/get-help.component.js';
import type { SignpostServiceFinder } from './service-finder/service-finder.component.js';

/**
 * The elements' public properties and events, for framework typings (signpost-widgets/types/*):
 * derived from the classes, so they cannot drift from them.
 */

/** A class's own public properties, all optional. */
type Props<E> = Partial<Omit<E, keyof LitElement>>;

/** Event handlers in React 19's and Preact's spelling (`onsignpost-loaded`) and the camelCase one Vue maps `@signpost-loaded` to. */
interface FeedHandlers {
  'onsignpost-loaded'?: (event: CustomEvent<LoadedDetail>) => void;
  'onsignpost-error'?: (event: CustomEvent<ErrorDetail>) => void;
  onSignpostLoaded?: (event: CustomEvent<LoadedDetail>) => void;
  onSignpostError?: (event: CustomEvent<ErrorDetail>) => void;
  'onsignpost-issue'?: (event: CustomEvent<IssueDetail>) => void;
  onSignpostIssue?: (event: CustomEvent<IssueDetail>) => void;
}
interface ActionHandlers extends FeedHandlers {
  'onsignpost-action'?: (event: CustomEvent<ActionDetail>) => void;
  onSignpostAction?: (event: CustomEvent<ActionDetail>) => void;
}

/** Tag name -> element class. */
export interface SignpostTagMap {
  'signpost-provider': SignpostProvider;
  'signpost-waiting-time': SignpostWaitingTime;
  'signpost-get-help': SignpostGetHelp;
  'signpost-service-finder': SignpostServiceFinder;
}

/** Tag name -> what a template may set on it. */
export interface SignpostElementProps {
  'signpost-provider': Props<SignpostProvider> & FeedHandlers;
  'signpost-waiting-time': Props<SignpostWaitingTime> & FeedHandlers;
  'signpost-get-help': Props<SignpostGetHelp> & ActionHandlers;
  'signpost-service-finder': Props<SignpostServiceFinder> & ActionHandlers;
}

export type { ActionDetail, ErrorDetail, IssueDetail, LoadedDetail };
