// `import { GetHelp, ServiceFinder, WaitingTime, Provider } from 'signpost-widgets/react'`: React
// components for every element, which this entry also defines. Props are typed from the element
// classes; events are onSignpostLoaded, onSignpostError, onSignpostIssue and (get-help, finder) onSignpostAction.
import * as React from 'react';
import { signpostComponents } from './react/components.js';
import './index.js';

export const { Provider, WaitingTime, GetHelp, ServiceFinder } = signpostComponents(React);
export type { ActionDetail, ErrorDetail, IssueDetail, LoadedDetail } from './internal/events.js';
