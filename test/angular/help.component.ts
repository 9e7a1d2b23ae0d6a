// The README's Angular example ("Use with React / Vue / Angular / SSR"), run by test/angular.test.ts.
// The README quotes everything below the marker, with the package's name in the import paths
// (test/node/readme-examples.test.mjs checks that they are the same).
// readme:angular
import { Component, CUSTOM_ELEMENTS_SCHEMA, Input, signal } from '@angular/core';
import type { ActionDetail, LoadedDetail } from '../../src/index.js';
import '../../src/index.js';

@Component({
  selector: 'app-help',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <signpost-provider [endpoint]="endpoint" practice="B82005" [categoryMap]="categoryMap" (signpost-loaded)="loaded($event)">
      <signpost-get-help pathway="adult" (signpost-action)="action($event)"></signpost-get-help>
      <signpost-service-finder page-size="5"></signpost-service-finder>
    </signpost-provider>
    <p>{{ services() }} local services</p>
  `,
})
export class HelpComponent {
  // One practice's file of a national directory (README "A national directory as static files").
  @Input() endpoint = 'https://files.icb.example.org/signpost/practice/{practice}.json';
  readonly categoryMap = { 'hearing voices': 'peer-support' };
  readonly services = signal(0);
  readonly actions: ActionDetail[] = [];

  loaded(event: Event) {
    this.services.set((event as CustomEvent<LoadedDetail>).detail.services);
  }

  // Count it in your own analytics: Signpost tracks nobody.
  action(event: Event) {
    this.actions.push((event as CustomEvent<ActionDetail>).detail);
  }
}
