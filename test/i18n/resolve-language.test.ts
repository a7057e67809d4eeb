import { expect, fixture, html } from '@open-wc/testing';
import { languageOf, resolveLanguageCode } from '../../src/i18n/resolve-language.js';
import { languageCodes } from '../../src/i18n/languages/index.js';

const TAGS: readonly (readonly [string | null | undefined, string])[] = [
  ['ru', 'ru'],
  ['ru-RU', 'ru'],
  ['RU', 'ru'],
  ['cs-CZ', 'cs'],
  ['cs', 'cs'],
  ['de-AT', 'de'],
  ['DE-de', 'de'],
  ['de_CH', 'de'],
  [' de ', 'de'],
  ['en-US', 'en'],
  ['en-GB', 'en'],
  ['fr-FR', 'en'],
  ['sr-Latn-RS', 'en'],
  ['', 'en'],
  [null, 'en'],
  [undefined, 'en'],
  ['rus', 'en'],
];

describe('resolveLanguageCode', () => {
  for (const [tag, code] of TAGS) {
    it(`${JSON.stringify(tag)} → ${code}`, () => {
      expect(resolveLanguageCode(tag)).to.equal(code);
    });
  }

  it('has one language per code', () => {
    const codes = languageCodes;
    expect(new Set(codes).size).to.equal(codes.length);
    expect(codes).to.include.members(['en', 'ru', 'cs', 'de']);
  });
});

describe('languageOf', () => {
  it('prefers the element’s own locale attribute', async () => {
    const root = await fixture<HTMLElement>(html`<div lang="de"><span locale="cs-CZ" lang="ru"></span></div>`);
    expect(languageOf(root.querySelector('span')!)).to.equal('cs-CZ');
  });

  it('takes the element’s own lang', async () => {
    const element = await fixture<HTMLElement>(html`<span lang="ru-RU"></span>`);
    expect(languageOf(element)).to.equal('ru-RU');
  });

  it('takes the nearest lang of an ancestor', async () => {
    const root = await fixture<HTMLElement>(html`<section lang="de"><div lang="cs"><p><span></span></p></div></section>`);
    expect(languageOf(root.querySelector('span')!)).to.equal('cs');
    expect(resolveLanguageCode(languageOf(root.querySelector('span')!))).to.equal('cs');
  });

  it('ignores an empty locale attribute', async () => {
    const root = await fixture<HTMLElement>(html`<div lang="ru"><span locale=""></span></div>`);
    expect(languageOf(root.querySelector('span')!)).to.equal('ru');
  });

  it('crosses shadow roots to their hosts', async () => {
    const host = await fixture<HTMLElement>(html`<div lang="ru"><article></article></div>`);
    const article = host.querySelector('article')!;
    const outer = article.attachShadow({ mode: 'open' });
    outer.innerHTML = '<div><aside></aside></div>';
    const inner = outer.querySelector('aside')!.attachShadow({ mode: 'closed' });
    inner.innerHTML = '<p><b></b></p>';
    const deepest = inner.querySelector('b')!;
    expect(languageOf(deepest)).to.equal('ru');
  });

  it('stops at a lang inside the shadow tree', async () => {
    const host = await fixture<HTMLElement>(html`<div lang="ru"></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div lang="de-AT"><span></span></div>';
    expect(languageOf(shadow.querySelector('span')!)).to.equal('de-AT');
  });

  it('treats lang="" as unknown, which resolves to English', async () => {
    const root = await fixture<HTMLElement>(html`<div lang="ru"><p lang=""><span></span></p></div>`);
    expect(languageOf(root.querySelector('span')!)).to.equal(undefined);
    expect(resolveLanguageCode(languageOf(root.querySelector('span')!))).to.equal('en');
  });

  it('is undefined for a detached element without lang', () => {
    expect(languageOf(document.createElement('div'))).to.equal(undefined);
  });
});
