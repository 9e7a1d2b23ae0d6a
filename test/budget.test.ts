import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface Sizes {
  bundle: { minified: number; gzip: number };
  entries: Record<string, number>;
}

// A size check, not a timing: a regression in what a patient's phone downloads cannot land silently.
describe('bundle budget', () => {
  let sizes: Sizes;
  before(async () => {
    sizes = await executeServerCommand<Sizes, undefined>('signpost-sizes');
  });

  it('keeps dist/signpost.js, everything included, within 20,000 bytes gzip', () => {
    expect(sizes.bundle.gzip).to.be.above(1000, 'the bundle was built');
    expect(sizes.bundle.gzip).to.be.at.most(20_000);
  });

  it("keeps each element's own entry within 14,000 bytes gzip", () => {
    expect(Object.keys(sizes.entries)).to.have.members(['provider', 'waiting-time', 'get-help', 'service-finder']);
    for (const [name, gzip] of Object.entries(sizes.entries)) expect(gzip, name).to.be.at.most(14_000);
  });
});
