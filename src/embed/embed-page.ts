/**
 * The script of the embed page (dist/embed.html): builds one `<purge-timeline>` from the page's
 * URL (embed-options.ts), tells the framing page the height it would like, and takes the framing
 * page's address for "Copy link" when that page sends it (embed-messages.ts, docs/embed.md).
 */
import { definePurgeTimeline } from '../index.js';
import { readEmbedOptions } from './embed-options.js';
import { heightMessage, parentUrlOf } from './embed-messages.js';

definePurgeTimeline();
const options = readEmbedOptions(location.search);
document.documentElement.lang = options.lang;
document.documentElement.style.colorScheme = options.colorScheme;

const element = document.createElement('purge-timeline');
const supported = new Set([...(element.constructor as typeof HTMLElement & { observedAttributes?: string[] }).observedAttributes ?? []]);
const { selected: linkedEvent, ...attributes } = options.attributes;
for (const [name, value] of Object.entries(attributes)) {
  // `layout` only when this version of the element has it.
  if (supported.has(name)) element.setAttribute(name, value);
}
document.body.append(element);

/**
 * Opens an event once the timeline is drawn. (Given as the `selected` attribute at start, the
 * popover opened and was light-dismissed at once in Chromium 156: reported, not fixed here.)
 */
const open = (id: string) => element.timelineReady.then(() => (element.selected = id));
if (linkedEvent) open(linkedEvent);

// The height the content would like, to the framing page (nothing happens without one).
if (window.parent !== window) {
  let posted = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(element.getBoundingClientRect().height);
    if (height === posted) return;
    posted = height;
    window.parent.postMessage(heightMessage(height), '*');
  }).observe(element);
}

let linkedEventOpened = false;
window.addEventListener('message', (event) => {
  if (event.source !== window.parent || window.parent === window) return;
  const parentUrl = parentUrlOf(event.data);
  if (!parentUrl) return;
  element.linkBase = parentUrl.href;
  // A link to the parent page that names an event (what "Copy link" now gives) opens it here, once.
  // The element has no id, so its deep-link parameter is `purge-timeline` (src/url/deep-link.ts).
  const selected = parentUrl.searchParams.get('purge-timeline');
  if (selected && !linkedEventOpened) {
    linkedEventOpened = true;
    open(selected);
  }
});
