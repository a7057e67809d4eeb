import type { Footnote, PartialDate } from '../types.js';

/**
 * A period the chapter itself draws (format v2's `eras[i]`, parsed): a labelled span with its
 * own dates, precision and citations. Typed structurally, so the eras modules read the parser's
 * `TimelineEra` as it is.
 */
export interface Era {
  readonly id: string;
  /** At most 60 characters. */
  readonly label: string;
  readonly date: PartialDate;
  readonly end: PartialDate;
  readonly summary?: string;
  readonly footnotes: readonly Footnote[];
  readonly unsourced?: boolean;
  readonly note?: string;
}

/** The eras of parsed data, or none for data without them. */
export function erasOf(data: object | undefined): readonly Era[] {
  const eras = data && 'eras' in data ? (data as { eras?: unknown }).eras : undefined;
  return Array.isArray(eras) ? (eras as readonly Era[]) : [];
}
