/** The word forms of one noun phrase for each CLDR plural category a language uses; `other` is required. */
export type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & { readonly other: string };

/**
 * Creates a chooser of plural forms by the CLDR rules of a language (`Intl.PluralRules`), so
 * Russian gets 1 событие / 2 события / 5 событий / 21 событие and Czech 1 událost /
 * 2 události / 5 událostí / 22 událostí.
 *
 * @param locale - A BCP 47 tag, e.g. `ru`
 * @returns A function from a count and its forms to the form that count takes; a category
 *   without a form falls back to `other`
 *
 * @example
 * const plural = createPlural('ru');
 * plural(22, { one: 'событие', few: 'события', many: 'событий', other: 'события' }) //=> 'события'
 */
export function createPlural(locale: string): (count: number, forms: PluralForms) => string {
  const rules = new Intl.PluralRules(locale);
  return (count, forms) => forms[rules.select(count)] ?? forms.other;
}
