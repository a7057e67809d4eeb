/**
 * The data model of `<purge-timeline>`: the shape of `events.json` (as authored) and of the
 * events after parsing (as drawn). `events.schema.json` describes the authored shape for
 * authors' own validators; `data/parse-events.ts` turns unknown JSON into these types.
 */

/** How precisely the source dates something; never more precise than the text. */
export const DATE_PRECISIONS = ['day', 'month', 'part-of-month', 'season', 'quarter', 'part-of-year', 'year', 'part-of-decade', 'decade'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** "early", "mid" or "late" part of a month, a year or a decade. */
export const DATE_PARTS = ['early', 'mid', 'late'] as const;
export type DatePart = (typeof DATE_PARTS)[number];

export const SEASONS = ['spring', 'summer', 'autumn', 'winter'] as const;
export type Season = (typeof SEASONS)[number];

/**
 * A date as a historian writes it, parsed from strings such as `1937`, `1937-05`,
 * `1938-09-29`, `mid-1938`, `mid-1938-08`, `autumn-1938`, `1938-Q4`, `early-1930s`, and any of
 * them prefixed with `~` for "about".
 *
 * `start` is inclusive and `end` exclusive, both at 00:00 UTC, so the span is the same
 * calendar days in every time zone.
 */
export interface PartialDate {
  /** The string it was parsed from, e.g. `mid-1938-08`. */
  readonly raw: string;
  readonly precision: DatePrecision;
  /** `~` prefix: the text says "about", "some time", "shortly after". */
  readonly approximate: boolean;
  readonly year: number;
  /** 1–12 for day, month and part-of-month precision. */
  readonly month?: number;
  /** 1–31 for day precision. */
  readonly day?: number;
  readonly part?: DatePart;
  readonly season?: Season;
  /** 1–4 for quarter precision. */
  readonly quarter?: number;
  /** First day of the span, 00:00 UTC, inclusive. */
  readonly start: Date;
  /** The day after the span, 00:00 UTC, exclusive. */
  readonly end: Date;
}

/** One source as a footnote prints it. */
export interface Source {
  /** As printed, e.g. `Pechenkin A. A.` or `Chaustov V./Samuelson L.`; absent for anonymous collections. */
  readonly author?: string;
  /** As printed (italic in the chapter), e.g. `Voyennaya elita v 1935–1939 gg.` */
  readonly title: string;
  /** Anything the footnote prints between title and pages: volume, editors, place, publisher, year. */
  readonly details?: string;
  /** As printed, e.g. `p. 13`, `pp. 98–132`, `Vol. II, 741–748 and 748–760`. */
  readonly pages?: string;
  /** Optional link to the work; rendered only for http(s) URLs. */
  readonly url?: string;
}

/** A footnote of the chapter, kept once in the file and referred to by number from events. */
export interface Footnote {
  readonly number: number;
  /** The footnote's full text exactly as the chapter prints it (a quotation). */
  readonly text: string;
  /** The sources the footnote names, in its order; empty for a purely explanatory footnote. */
  readonly sources: readonly Source[];
}

/**
 * The source the footnotes belong to (e.g. the chapter), with what a citation of it needs.
 * A field the source does not give is absent: bibliographic data is never invented.
 */
export interface ChapterSource {
  /** As printed, e.g. `7. Consequences of Mass Massacre of the Soviet Elites`. */
  readonly title: string;
  /** One sentence, in the file author's own words, on what the source is about. */
  readonly description?: string;
  /** Author(s) as printed. */
  readonly author?: string;
  /** The book the chapter is part of. */
  readonly book?: string;
  /** Editor(s) of that book, as printed. */
  readonly editor?: string;
  readonly publisher?: string;
  /** Place of publication, e.g. `Prague`. */
  readonly place?: string;
  /** Year of publication as text, e.g. `"2019"`. */
  readonly year?: string;
  /** An http(s) link to the source. */
  readonly url?: string;
  /** The chapter's pages in the book, e.g. `pp. 201–236`. */
  readonly pages?: string;
}

/**
 * How firmly the source states something. `stated`: plainly (the default); `hedged`: the source
 * qualifies it ("seems to have been", "probably", "according to X"); `disputed`: the source says
 * others disagree.
 */
export const CERTAINTY_LEVELS = ['stated', 'hedged', 'disputed'] as const;
export type Certainty = (typeof CERTAINTY_LEVELS)[number];

export interface Category {
  readonly id: string;
  readonly label: string;
}

/** An event as authored in `events.json`. */
export interface TimelineEventInput {
  /** Stable, URL-safe (`[a-z0-9-]+`); used in deep links, so never renamed. */
  readonly id: string;
  /** Short title shown on the timeline. */
  readonly title: string;
  /** Date (or start of the range) at the precision the text gives, see {@link PartialDate}. */
  readonly date: string;
  /** End of a range, with its own precision. Absent for a single date. */
  readonly end?: string;
  /** One to three sentences in the project's own words. */
  readonly summary: string;
  /** A category id from the file's `categories`. */
  readonly category: string;
  /** Footnote numbers that support the event; `[]` (or absent) only with `unsourced: true`. */
  readonly footnotes?: readonly number[];
  /** For readers, in plain words: where the chapter is vague or inconsistent about this event. */
  readonly note?: string;
  /** How firmly the source states it; absent means `"stated"`. */
  readonly certainty?: Certainty;
  /** The source's own qualifying words, verbatim; required with `hedged` and `disputed`, not allowed otherwise. */
  readonly hedge?: string;
  /** Who holds the other view and what it is, where the source says; only with `hedged` and `disputed`. */
  readonly otherView?: string;
  /** The source gives no footnote for this statement; then `footnotes` is `[]` or absent. */
  readonly unsourced?: true;
}

/** A period the source itself draws, as authored in `events.json` (drawn as a band behind the events). */
export interface EraInput {
  /** Like event ids (`[a-z0-9-]+`), unique among the eras. */
  readonly id: string;
  /** Name of the period, at most 60 characters. */
  readonly label: string;
  /** Start of the period, a partial date as for events. */
  readonly date: string;
  /** End of the period (required), a partial date as for events. */
  readonly end: string;
  readonly summary?: string;
  /** Footnote numbers that support the period; `[]` (or absent) only with `unsourced: true`. */
  readonly footnotes?: readonly number[];
  readonly unsourced?: true;
  readonly note?: string;
}

/** The whole file. */
export interface EventsFile {
  readonly $schema?: string;
  readonly title?: string;
  readonly source?: ChapterSource;
  readonly categories: readonly Category[];
  readonly footnotes: readonly Footnote[];
  readonly events: readonly TimelineEventInput[];
  /** Periods the source draws, in any order. */
  readonly eras?: readonly EraInput[];
}

/** An event after parsing: dates resolved, footnotes joined. */
export interface TimelineEvent {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly category: Category;
  readonly date: PartialDate;
  readonly end?: PartialDate;
  /** Empty exactly when `unsourced` is true. */
  readonly footnotes: readonly Footnote[];
  readonly note?: string;
  /** `"stated"` when the file does not say. */
  readonly certainty: Certainty;
  /** Present when `certainty` is `hedged` or `disputed` (the file must give it then). */
  readonly hedge?: string;
  readonly otherView?: string;
  /** The source gives no footnote for this statement. */
  readonly unsourced: boolean;
}

/** An era after parsing: dates resolved, footnotes joined. */
export interface TimelineEra {
  readonly id: string;
  readonly label: string;
  readonly date: PartialDate;
  readonly end: PartialDate;
  readonly summary?: string;
  readonly footnotes: readonly Footnote[];
  readonly unsourced: boolean;
  readonly note?: string;
}
