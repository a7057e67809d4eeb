/**
 * A stand-in for date-fns' `format` with only the tokens the element's patterns use (the date
 * labels of every language, the axis, the overview band, the window text): day `d` `dd`, month
 * `M`–`MMMM` and standalone `L`–`LLLL`, weekday `E`–`EEEE`, year `y` `yy` `yyyy`, quoted text and
 * punctuation. Names come from the date-fns locale's own `localize`, so every language reads as
 * with date-fns; date-fns' `format` with its 40 token kinds is about 4 KB gzip of the entry.
 * The bundle and the tests use it in place of `date-fns/format` for the element's own modules
 * (scripts/rollup-plugin-vendor-substitutes.mjs); test/date/date-fns-format-lite.test.ts checks it
 * against date-fns itself. A token it does not know throws, as date-fns does for unknown letters.
 */
import type { Locale } from 'date-fns';

type Width = 'narrow' | 'abbreviated' | 'wide' | 'short';

/** date-fns' own tokenizer, without ordinals (`do`, …), which no pattern here uses. */
const TOKENS = /(\w)\1*|''|'(''|[^'])+('|$)|./g;
const ESCAPED = /^'([^]*?)'?$/;

const pad = (value: number, length: number): string => String(Math.abs(value)).padStart(length, '0');

/** date-fns' widths for month and weekday names by the token's length. */
const MONTH_WIDTHS: Readonly<Record<number, Width>> = { 3: 'abbreviated', 4: 'wide', 5: 'narrow' };
const DAY_WIDTHS: Readonly<Record<number, Width>> = { 1: 'abbreviated', 2: 'abbreviated', 3: 'abbreviated', 4: 'wide', 5: 'narrow', 6: 'short' };

function formatToken(token: string, date: Date, locale: Locale): string | undefined {
  const letter = token[0];
  const length = token.length;
  const localize = locale.localize;
  switch (letter) {
    case 'd':
      return length <= 2 ? pad(date.getDate(), length) : undefined;
    case 'y': {
      const signed = date.getFullYear();
      const year = signed > 0 ? signed : 1 - signed;
      return pad(length === 2 ? year % 100 : year, length);
    }
    case 'M':
    case 'L': {
      const month = date.getMonth();
      if (length <= 2) return pad(month + 1, length);
      const width = MONTH_WIDTHS[length];
      return width && localize.month(month as never, { width, context: letter === 'M' ? 'formatting' : 'standalone' });
    }
    case 'E': {
      const width = DAY_WIDTHS[length];
      return width && localize.day(date.getDay() as never, { width, context: 'formatting' });
    }
    default:
      return undefined;
  }
}

/** `format(date, pattern, { locale })` as date-fns gives it, for the tokens above. */
export function format(date: Date | number, pattern: string, options: { readonly locale: Locale }): string {
  const value = new Date(date);
  if (Number.isNaN(value.getTime())) throw new RangeError('Invalid time value');
  return (pattern.match(TOKENS) ?? [])
    .map((part) => {
      if (part === "''") return "'";
      if (part[0] === "'") return (ESCAPED.exec(part)?.[1] ?? part).replace(/''/g, "'");
      if (!/[a-zA-Z]/.test(part[0]!)) return part;
      const text = formatToken(part, value, options.locale);
      if (text === undefined) throw new RangeError(`purge-timeline's date-fns format stand-in does not know the token \`${part}\``);
      return text;
    })
    .join('');
}
