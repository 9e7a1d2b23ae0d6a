import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface Docs {
  declared: Record<string, string[]>;
  documented: Record<string, string[]>;
  upToDate: boolean;
}

describe('README element reference', () => {
  let docs: Docs;
  before(async () => {
    docs = await executeServerCommand<Docs, undefined>('signpost-docs');
  });

  it('documents every element that custom-elements.json declares, and no other', () => {
    expect(Object.keys(docs.declared)).to.have.members([
      'signpost-get-help',
      'signpost-provider',
      'signpost-service-finder',
      'signpost-waiting-time',
    ]);
    expect(Object.keys(docs.documented)).to.have.members(Object.keys(docs.declared));
  });

  it('documents exactly the attributes each element declares', () => {
    for (const [tag, attributes] of Object.entries(docs.declared)) {
      expect(docs.documented[tag], `${tag}: run node scripts/docs.mjs after npm run build`).to.deep.equal(attributes);
    }
  });

  it('matches what scripts/docs.mjs generates from the manifest', () => {
    expect(docs.upToDate, 'README element reference is stale: run npm run build && node scripts/docs.mjs').to.equal(true);
  });
});
