/**
 * How firmly the chapter says what an event says (format v2's `certainty`, `hedge`,
 * `otherView`, `unsourced`). Typed structurally, so these helpers read any event that has the
 * fields, and an event without them counts as stated (the format's default).
 */
export type CertaintyLevel = 'stated' | 'hedged' | 'disputed';

export interface CertaintyFields {
  readonly certainty?: CertaintyLevel;
  /** The chapter's own qualifying words, verbatim. */
  readonly hedge?: string;
  /** Who holds the other view, in plain words, where the chapter says. */
  readonly otherView?: string;
  /** The chapter gives no footnote for this. */
  readonly unsourced?: boolean;
}

/** `stated` unless the event says otherwise. */
export function certaintyOf(event: CertaintyFields): CertaintyLevel {
  return event.certainty === 'hedged' || event.certainty === 'disputed' ? event.certainty : 'stated';
}

/** The level the item and the list mark, or `undefined` for what the chapter states firmly. */
export function markedCertainty(event: CertaintyFields): 'hedged' | 'disputed' | undefined {
  const level = certaintyOf(event);
  return level === 'stated' ? undefined : level;
}
