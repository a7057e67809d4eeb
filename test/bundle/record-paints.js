// A classic script run before the bundle (paint-record-page.html): `?lang=ru` sets the page's
// language, and every animation frame records the titles the element shows (preview cards and
// timeline items), how many of them have no date beside them and when (performance.now()), into
// `window.paints`.
const lang = new URLSearchParams(location.search).get('lang');
if (lang) document.documentElement.lang = lang;
window.paints = [];
function record(now) {
  const root = document.querySelector('purge-timeline')?.shadowRoot;
  const titles = root ? [...root.querySelectorAll('.item-title')] : [];
  if (titles.length > 0) {
    const undated = titles.filter((title) => !title.parentElement?.querySelector('.item-date')?.textContent?.trim());
    window.paints.push({
      at: now,
      preview: !!root.querySelector('.preview'),
      titles: titles.length,
      undated: undated.map((title) => title.textContent.trim()),
      date: root.querySelector('.item-date')?.textContent?.trim(),
    });
  }
  requestAnimationFrame(record);
}
requestAnimationFrame(record);
