/** The timeline's keys and what each does, as a pure map (the element performs the action). */
export type TimelineKeyAction = 'zoom-in' | 'zoom-out' | 'show-all' | 'next' | 'previous' | 'open' | 'close';

const ACTIONS: Readonly<Record<string, TimelineKeyAction>> = {
  '+': 'zoom-in',
  '=': 'zoom-in',
  '-': 'zoom-out',
  _: 'zoom-out',
  '0': 'show-all',
  ArrowRight: 'next',
  ArrowLeft: 'previous',
  Enter: 'open',
  ' ': 'open',
  Escape: 'close',
};

/** The action of a key pressed on the timeline; none with Alt, Ctrl or ⌘ held (those are the browser's and the page's). */
export function timelineKeyAction(event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>): TimelineKeyAction | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey) return undefined;
  return Object.hasOwn(ACTIONS, event.key) ? ACTIONS[event.key] : undefined;
}
