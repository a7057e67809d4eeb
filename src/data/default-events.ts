/** The chapter's chronology, shipped inside the bundle: what the element shows without `src`. */
import eventsFile from '../../events.json';

export const defaultEventsFile: unknown = eventsFile;
