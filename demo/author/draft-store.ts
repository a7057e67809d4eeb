/**
 * The draft (the sheets or events.json being edited) kept in this browser's localStorage, so a
 * reload loses nothing. Nothing is sent anywhere.
 */
export interface Sheet {
  name: string;
  text: string;
}

const KEY = 'purge-timeline-author:draft';

/** The saved sheets, or `undefined` when there are none (or storage is unavailable). */
export function loadDraft(): Sheet[] | undefined {
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(KEY) ?? 'null');
    if (!Array.isArray(saved)) return undefined;
    return saved.filter((sheet): sheet is Sheet => typeof sheet?.name === 'string' && typeof sheet?.text === 'string');
  } catch {
    return undefined;
  }
}

/** Saves the sheets; says whether it could (private windows and full storage refuse). */
export function saveDraft(sheets: readonly Sheet[]): boolean {
  try {
    localStorage.setItem(KEY, JSON.stringify(sheets));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing saved, nothing to clear.
  }
}
