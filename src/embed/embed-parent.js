// Optional script for a page that frames purge-timeline's embed page (docs/embed.md): each
// <iframe data-purge-timeline> gets the height its chronology asks for, and learns this page's
// address, so "Copy link" links here and a link here that names an event opens it in the frame.
// The embed works without it (then give the iframe a height yourself).
addEventListener('message', (event) => {
  if (!event.data || event.data.type !== 'purge-timeline:height') return;
  for (const frame of document.querySelectorAll('iframe[data-purge-timeline]')) {
    if (frame.contentWindow !== event.source) continue;
    frame.style.height = `${event.data.height}px`;
    frame.contentWindow.postMessage({ type: 'purge-timeline:parent-url', url: location.href }, '*');
  }
});
