import type { TimelineEra } from '../types.js';

/** A period the chapter itself draws (format v2's `eras[i]`, parsed): the parser's own type. */
export type Era = TimelineEra;

/** The eras of parsed data, or none for data without them. */
export function erasOf(data: object | undefined): readonly Era[] {
  const eras = data && 'eras' in data ? (data as { eras?: unknown }).eras : undefined;
  return Array.isArray(eras) ? (eras as readonly Era[]) : [];
}
