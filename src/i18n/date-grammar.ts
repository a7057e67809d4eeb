import type { Locale, Month } from 'date-fns';

/**
 * Puts a date label that this project's own date labels wrote into another grammatical case,
 * word by word, for languages whose "about" or "early/mid/late" governs a case (Russian
 * "около" + genitive: "ок. апреля 1938"; Czech "kolem" + genitive: "kolem dubna 1938").
 *
 * It only works on the closed vocabulary of those labels (month names, season and part words,
 * decade suffixes), which is why each language lists its words: a word not in the table, such
 * as a month already in the genitive ("августа") or a number, stays as it is.
 *
 * @param words - Nominative → target case, e.g. `апрель` → `апреля`
 * @param rewrite - Applied to each word the table does not know, e.g. `1930-е` → `1930-х`
 * @returns The label with each word replaced; words are separated by single spaces
 *
 * @example
 * const genitive = createWordCase(new Map([['осень', 'осени']]));
 * genitive('осень 1938') //=> 'осени 1938'
 */
export function createWordCase(
  words: ReadonlyMap<string, string>,
  rewrite: (word: string) => string = (word) => word,
): (label: string) => string {
  return (label) =>
    label
      .split(' ')
      .map((word) => words.get(word) ?? rewrite(word))
      .join(' ');
}

const MONTHS: readonly Month[] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];

/**
 * Pairs every month's standalone name (date-fns `LLLL`, the nominative: "апрель", "duben") with
 * its formatting name (`MMMM`, the genitive: "апреля", "dubna"), from a date-fns locale.
 *
 * @param locale - A date-fns locale whose formatting month names are genitive (ru, cs, pl, …)
 */
export function monthNominativeToGenitive(locale: Locale): [string, string][] {
  const { localize } = locale;
  return MONTHS.map((month) => [
    localize.month(month, { width: 'wide', context: 'standalone' }),
    localize.month(month, { width: 'wide', context: 'formatting' }),
  ]);
}

/**
 * The years of a winter as historians write them, for a `winter-YYYY` date (December of the
 * year before to February): "1938" → "1937/38". Anything but a plain year stays as it is.
 *
 * @example
 * formatWinterYears('1938') //=> '1937/38'
 * formatWinterYears('1900') //=> '1899/1900'
 */
export function formatWinterYears(year: string): string {
  if (!/^\d+$/.test(year)) return year;
  const previous = Number(year) - 1;
  const previousCentury = Math.floor(previous / 100);
  const century = Math.floor(Number(year) / 100);
  return previousCentury === century && year.length === 4 ? `${previous}/${year.slice(2)}` : `${previous}/${year}`;
}
