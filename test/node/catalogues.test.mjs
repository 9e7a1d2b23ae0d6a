// Every word translatable, and the Welsh catalogue complete and built (scripts/i18n.mjs, also `npm run i18n:check`).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { catalogues, untranslated } from '../../scripts/i18n.mjs';

describe('every word goes through the catalogue', () => {
  // safety: H8
  it('finds no user-facing text written straight into a template', () => {
    assert.deepEqual(untranslated(), []);
  });

  it('the check itself catches text, spoken attributes and literal holes, and ignores code', () => {
    const bad = `html\`<p class="note">Call us</p><ul aria-label="Tags" part=\${x ? 'a' : 'b'}>\${open ? 'Read less' : msg('Read more')}</ul>\`;
        html\`<p>\${msg('Fine')}</p><b title=\${msg('Fine')}>&nbsp;</b>\`;`;
    assert.deepEqual(
      untranslated({ 'bad.ts': bad }).map((f) => f.text),
      ['aria-label="Tags"', 'Call us', "'Read less'"],
    );
  });

  // safety: H8
  it('the Welsh catalogue translates every message, with every plural form Welsh needs, and is built', () => {
    const report = catalogues();
    assert.ok(report.cy.messages > 100, `${report.cy.messages} messages`);
    assert.deepEqual(report.cy.missing, [], 'untranslated');
    assert.deepEqual(report.cy.plurals, [], 'plural forms');
    assert.equal(report.cy.built, true, 'src/i18n/locales/cy.ts rebuilt from xliff/cy.xlf (npm run i18n:build)');
  });
});
