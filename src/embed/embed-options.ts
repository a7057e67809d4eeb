/**
 * The embed page's options, read from its own URL (`embed.html?src=…&event=…`): what the author
 * put in the iframe's `src`. Pure: no DOM. Values that make no sense fall back to the default, as
 * the element's attributes do.
 *
 * | parameter | meaning | becomes |
 * | --- | --- | --- |
 * | `src` | address of an events.json (relative to the embed page, or absolute and CORS-enabled) | `src` |
 * | `event` | id of the event to open | `selected` |
 * | `view` | the first window, `1937-01/1938-12` (`YYYY[-MM[-DD]]/YYYY[-MM[-DD]]`) | `start`, `end` |
 * | `lang` | `en`, `ru`, `cs` or `de` | `locale` and the page's `lang` |
 * | `theme` | `light`, `dark` or `auto` (the reader's setting; default) | the page's `color-scheme` |
 * | `layout` | handed to the element's `layout` attribute, when the element has one | `layout` |
 */
export const EMBED_THEMES = ['light', 'dark', 'auto'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

export interface EmbedOptions {
  /** Attributes for `<purge-timeline>`, by name. */
  readonly attributes: Readonly<Record<string, string>>;
  /** The embed page's `lang`. */
  readonly lang: string;
  /** The page's `color-scheme`: `light`, `dark`, or `light dark` for `auto`. */
  readonly colorScheme: string;
}

const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const EVENT_ID = /^[a-z0-9-]{1,200}$/;
const LANGUAGE = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;
const LAYOUT = /^[a-z-]{1,40}$/;

/**
 * The options in `search` (a URL's query, `?` optional).
 * @example readEmbedOptions('?src=my.json&event=munich-agreement&lang=de&theme=dark')
 * // → { attributes: { src: 'my.json', selected: 'munich-agreement', locale: 'de' }, lang: 'de', colorScheme: 'dark' }
 */
export function readEmbedOptions(search: string): EmbedOptions {
  const params = new URLSearchParams(search);
  const attributes: Record<string, string> = {};
  const src = params.get('src')?.trim();
  if (src) attributes.src = src;
  const event = params.get('event')?.trim();
  if (event && EVENT_ID.test(event)) attributes.selected = event;
  const [start, end, extra] = (params.get('view') ?? '').split('/');
  if (start && end && extra === undefined && PARTIAL_DATE.test(start) && PARTIAL_DATE.test(end)) {
    attributes.start = start;
    attributes.end = end;
  }
  const lang = params.get('lang')?.trim();
  if (lang && LANGUAGE.test(lang)) attributes.locale = lang;
  const layout = params.get('layout')?.trim();
  if (layout && LAYOUT.test(layout)) attributes.layout = layout;
  const theme = params.get('theme') as EmbedTheme | null;
  const colorScheme = theme === 'light' || theme === 'dark' ? theme : 'light dark';
  return { attributes, lang: attributes.locale ?? 'en', colorScheme };
}
