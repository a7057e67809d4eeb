import { expect } from '@open-wc/testing';
import { cs } from 'date-fns/locale/cs';
import { ru } from 'date-fns/locale/ru';
import { createWordCase, formatWinterYears, monthNominativeToGenitive } from '../../src/i18n/date-grammar.js';
import { createPlural } from '../../src/i18n/plural.js';

describe('date grammar helpers', () => {
  it('formatWinterYears writes the winter across two years', () => {
    expect(formatWinterYears('1938')).to.equal('1937/38');
    expect(formatWinterYears('1940')).to.equal('1939/40');
    expect(formatWinterYears('1900')).to.equal('1899/1900');
    expect(formatWinterYears('MCMXXXVIII')).to.equal('MCMXXXVIII');
  });

  it('monthNominativeToGenitive pairs the month names of a locale', () => {
    expect(monthNominativeToGenitive(ru)[4]).to.deep.equal(['май', 'мая']);
    expect(monthNominativeToGenitive(cs)[8]).to.deep.equal(['září', 'září']);
    expect(monthNominativeToGenitive(cs)).to.have.length(12);
  });

  it('createWordCase replaces known words and rewrites the rest', () => {
    const genitive = createWordCase(new Map([['осень', 'осени']]), (word) => word.replace(/-е$/, '-х'));
    expect(genitive('осень 1938')).to.equal('осени 1938');
    expect(genitive('1930-е')).to.equal('1930-х');
    expect(genitive('августа 1938')).to.equal('августа 1938');
  });

  it('createPlural follows CLDR, falling back to other', () => {
    const ru3 = createPlural('ru');
    const forms = { one: 'год', few: 'года', many: 'лет', other: 'года' };
    expect([1, 2, 5, 11, 21, 22, 25, 111].map((n) => ru3(n, forms))).to.deep.equal(['год', 'года', 'лет', 'лет', 'год', 'года', 'лет', 'лет']);
    expect(createPlural('de')(1, { other: 'Jahre' })).to.equal('Jahre');
  });
});
