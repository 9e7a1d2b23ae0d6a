// The README's Angular example, bootstrapped for real: Angular 21 compiling the component in the
// browser (JIT), zoneless, with CUSTOM_ELEMENTS_SCHEMA. A property, an attribute and both events.
import '@angular/compiler';
import { createComponent, provideZonelessChangeDetection } from '@angular/core';
import { createApplication } from '@angular/platform-browser';
import { expect, waitUntil } from '@open-wc/testing';
import type { SignpostProvider } from '../src/provider/provider.component.js';
import { HelpComponent } from './angular/help.component.js';

const text = (el: Element) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('Angular (the README example)', () => {
  // Clicking a tel: link must not leave the test page.
  const stay = (event: Event) => {
    const link = event.composedPath()[0];
    if (link instanceof HTMLAnchorElement && link.href.startsWith('tel:')) event.preventDefault();
  };
  before(() => document.addEventListener('click', stay, true));
  after(() => document.removeEventListener('click', stay, true));

  it('binds categoryMap as a property and practice as an attribute, and hears signpost-loaded and signpost-action', async () => {
    const app = await createApplication({ providers: [provideZonelessChangeDetection()] });
    const hostElement = document.body.appendChild(document.createElement('app-help'));
    const ref = createComponent(HelpComponent, { environmentInjector: app.injector, hostElement });
    try {
      ref.setInput('endpoint', '/test/fixtures/talking-therapies/published/practice/{practice}.json');
      app.attachView(ref.hostView);
      ref.changeDetectorRef.detectChanges();
      const provider = hostElement.querySelector<SignpostProvider>('signpost-provider')!;
      expect(provider.categoryMap).to.deep.equal({ 'hearing voices': 'peer-support' });
      expect(provider.hasAttribute('category-map'), 'an object is never an attribute').to.equal(false);
      expect(provider.getAttribute('practice')).to.equal('B82005');

      // signpost-loaded reached the component's handler, and zoneless change detection showed it:
      // B82005's own file (the practice attribute chose it) has 3 services.
      const line = hostElement.querySelector('p')!;
      await waitUntil(() => line.textContent!.trim() === '3 local services', 'the loaded event updates the template');
      expect(ref.instance.services()).to.equal(3);
      const finder = hostElement.querySelector('signpost-service-finder')!;
      await waitUntil(() => text(finder).includes('Northside Talking Therapies'), 'the finder lists the practice’s services');
      expect(text(finder), 'a service of another practice’s file').not.to.include('Example Talking Therapies CIC');

      // signpost-action, from the emergency tier that renders without the feed.
      const getHelp = hostElement.querySelector('signpost-get-help')!;
      const call999 = getHelp.shadowRoot!.querySelector<HTMLAnchorElement>('a[href="tel:999"]');
      expect(call999).to.exist;
      call999!.click();
      expect(ref.instance.actions).to.deep.equal([{ widget: 'get-help', kind: 'call', value: 'tel:999' }]);
    } finally {
      ref.destroy();
      app.destroy();
      hostElement.remove();
    }
  });
});
