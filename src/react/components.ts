import type * as ReactModule from 'react';
import { createComponent, type EventName } from '@lit/react';
import { SignpostProvider } from '../provider/provider.component.js';
import { SignpostWaitingTime } from '../waiting-time/waiting-time.component.js';
import { SignpostGetHelp } from '../get-help/get-help.component.js';
import { SignpostServiceFinder } from '../service-finder/service-finder.component.js';
import type { ActionDetail, ErrorDetail, IssueDetail, LoadedDetail } from '../internal/events.js';

/**
 * React components for the elements, built with @lit/react: props are set as properties (objects
 * too, whenever the element is defined) and events are `onSignpost*` props. This module defines no
 * element; `signpost-widgets/react` does.
 */

const feedEvents = {
  onSignpostLoaded: 'signpost-loaded' as EventName<CustomEvent<LoadedDetail>>,
  onSignpostError: 'signpost-error' as EventName<CustomEvent<ErrorDetail>>,
  onSignpostIssue: 'signpost-issue' as EventName<CustomEvent<IssueDetail>>,
};
const actionEvents = { ...feedEvents, onSignpostAction: 'signpost-action' as EventName<CustomEvent<ActionDetail>> };

/** The four components for a given React (the package's `react` entry passes its own import). */
export function signpostComponents(react: typeof ReactModule) {
  // @lit/react sets as properties the names found on the class's prototype, where Lit puts its
  // accessors only when the class is finalized; reading observedAttributes finalizes it now, so an
  // object (`data`, `categoryMap`) is never set as an attribute while the tag is not yet defined.
  for (const element of [SignpostProvider, SignpostWaitingTime, SignpostGetHelp, SignpostServiceFinder]) void element.observedAttributes;
  return {
    Provider: createComponent({ react, tagName: 'signpost-provider', elementClass: SignpostProvider, events: feedEvents, displayName: 'SignpostProvider' }),
    WaitingTime: createComponent({
      react,
      tagName: 'signpost-waiting-time',
      elementClass: SignpostWaitingTime,
      events: feedEvents,
      displayName: 'SignpostWaitingTime',
    }),
    GetHelp: createComponent({ react, tagName: 'signpost-get-help', elementClass: SignpostGetHelp, events: actionEvents, displayName: 'SignpostGetHelp' }),
    ServiceFinder: createComponent({
      react,
      tagName: 'signpost-service-finder',
      elementClass: SignpostServiceFinder,
      events: actionEvents,
      displayName: 'SignpostServiceFinder',
    }),
  };
}
