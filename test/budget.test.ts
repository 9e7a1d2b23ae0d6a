import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface Sizes {
  bundle: { minified: number; gzip: number };
  entries: Record<string, number>;
  budget: { bundle: number; entry: number; entries: Record<string, number> };
}

// A size check, not a timing: a regression in what a patient's phone downloads cannot land silently.
describe('bundle budget', () => {
  let sizes: Sizes;
  before(async () => {
    sizes = await executeServerCommand<Sizes, undefined>('signpost-sizes');
  });

  it('keeps dist/signpost.js, everything included, within 20,000 bytes gzip', () => {
    expect(sizes.bundle.gzip).to.be.above(1000, 'the bundle was built');
    expect(sizes.budget.bundle).to.equal(20_000);
    expect(sizes.bundle.gzip).to.be.at.most(sizes.budget.bundle);
  });

  it("keeps each element's own entry within 14,000 bytes gzip, the finder within its documented ceiling", () => {
    expect(Object.keys(sizes.entries)).to.have.members(['provider', 'waiting-time', 'get-help', 'service-finder']);
    expect(sizes.budget.entry).to.equal(14_000);
    expect(Object.keys(sizes.budget.entries), 'exceptions to the 14,000').to.deep.equal(['service-finder']);
    for (const [name, gzip] of Object.entries(sizes.entries)) expect(gzip, name).to.be.at.most(sizes.budget.entries[name] ?? sizes.budget.entry);
  });
});
