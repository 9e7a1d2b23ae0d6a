import { expect } from '@open-wc/testing';
import { landing, mailHref, normalisePhone, smsHref, telHref, webHref } from './url.js';

describe('URL helper', () => {
  const hostile = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' \tjava\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    'VBScript:msgbox(1)',
    '/relative/path',
    '../up',
    '//evil.example/protocol-relative',
    'file:///etc/passwd',
    'ftp://example.org/',
  ];

  for (const value of hostile) {
    // safety: H7
    it(`refuses ${JSON.stringify(value)}`, () => {
      for (const href of [telHref(value), smsHref(value), mailHref(value)]) expect(href).to.equal(undefined);
      expect(webHref(value, true)).to.equal(undefined);
    });
  }

  // safety: H7
  it('allows https everywhere and http only for website links', () => {
    expect(webHref('https://example.org/a?b=c')).to.equal('https://example.org/a?b=c');
    expect(webHref('http://example.org/')).to.equal(undefined);
    expect(webHref('http://example.org/', true)).to.equal('http://example.org/');
    expect(webHref('  https://example.org/  ')).to.equal('https://example.org/');
  });

  // safety: H1
  it('normalises UK phone numbers for tel: and sms:', () => {
    expect(normalisePhone('0113 496 0000')).to.equal('01134960000');
    expect(normalisePhone('+44 (0)113 496-0000')).to.equal('+441134960000');
    expect(telHref('116 123')).to.equal('tel:116123');
    expect(telHref('999')).to.equal('tel:999');
    expect(smsHref('85258', 'SHOUT')).to.equal('sms:85258?&body=SHOUT');
    expect(telHref('call us')).to.equal(undefined);
    expect(telHref('0113 496 0000 ext 4')).to.equal(undefined);
    expect(telHref(undefined)).to.equal(undefined);
  });

  // safety: H7
  it('accepts mailto only for a plain address', () => {
    expect(mailHref('hello@example.org')).to.equal('mailto:hello@example.org');
    expect(mailHref('a@b.c?cc=x@y.z')).to.equal(undefined);
    expect(mailHref('not an email')).to.equal(undefined);
  });

  // safety: H7
  it('refuses links whose text could hide where they go: userinfo and numeric hosts', () => {
    for (const value of [
      'https://nhs.uk@evil.example/',
      'https://www.nhs.uk:pass@evil.example/',
      'https://192.168.0.1/',
      'https://0x7f.1/',
      'https://2130706433/',
      'https://[::1]/',
    ]) {
      expect(webHref(value, true), value).to.equal(undefined);
    }
  });

  // safety: H7
  it('names the host a link lands on, as the browser resolved it', () => {
    expect(landing(webHref('https://www.nhs.uk/mental-health/')!)).to.equal('nhs.uk');
    // A look-alike shows as what it is: Cyrillic letters become punycode.
    expect(landing(webHref('https://nhs.\u0443\u043a/')!)).to.match(/^nhs\.xn--/);
    expect(landing(webHref('https://NHS.UK.evil.example./x')!)).to.equal('nhs.uk.evil.example.');
  });

  it('keeps the trunk zero of a number written (0)113 without a country code', () => {
    expect(normalisePhone('(0)113 496 0000')).to.equal('01134960000');
    expect(normalisePhone('+44(0)113 496 0000')).to.equal('+441134960000');
    expect(normalisePhone('+44 (0) 113 496 0000')).to.equal('+441134960000');
  });

  // safety: H7
  it('allows mailto for one plain address only', () => {
    for (const value of [
      'a@b.example,c@d.example',
      'a@b.example;c@d.example',
      'a%2Cc@d.example',
      'a@b.example%2Cc@d.example',
      'A <a@b.example>',
      'a@b@c.example',
      'a@b.example?bcc=c@d.example',
      'a@-.',
      'a@b',
    ]) {
      expect(mailHref(value), value).to.equal(undefined);
    }
    expect(mailHref(' first.last+tag@nhs.example.uk ')).to.equal('mailto:first.last+tag@nhs.example.uk');
  });

  // safety: H7
  it('never turns a scheme-prefixed value into a phone link', () => {
    expect(telHref('tel:javascript:alert(1)')).to.equal(undefined);
    expect(smsHref('javascript:alert(1)')).to.equal(undefined);
  });
});
