// The embed-code generator (demo/embed.html): the form's choices → the embed page's URL
// (docs/embed.md) → an <iframe> to copy, and a live preview of it. Text only: nothing from the
// form reaches innerHTML.
const form = document.getElementById('embed-options');
const code = document.getElementById('embed-code');
const preview = document.getElementById('preview');
const status = document.getElementById('copy-status');
const embedPage = new URL('../dist/embed.html', location.href);
const parentScript = new URL('../dist/embed-parent.js', location.href);

/** The embed page's address for the form's current choices. */
function embedUrl() {
  const data = new FormData(form);
  const url = new URL(embedPage);
  const set = (name, value) => value && url.searchParams.set(name, value);
  set('src', data.get('src').trim());
  set('event', data.get('event').trim());
  const from = data.get('from').trim();
  const to = data.get('to').trim();
  if (from && to) url.searchParams.set('view', `${from}/${to}`);
  if (data.get('lang') !== 'en') set('lang', data.get('lang'));
  if (data.get('theme') !== 'auto') set('theme', data.get('theme'));
  return url;
}

const escapeAttribute = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function update() {
  const url = embedUrl();
  const height = Math.max(300, Number(new FormData(form).get('height')) || 640);
  const withScript = form.elements['parent-script'].checked;
  const iframe =
    `<iframe data-purge-timeline src="${escapeAttribute(url.href)}"\n` +
    `        title="Chronology of the Soviet purges, 1935–1941" loading="lazy"\n` +
    `        style="width: 100%; height: ${height}px; border: 0"\n` +
    `        sandbox="allow-scripts allow-same-origin allow-popups" allow="clipboard-write"></iframe>`;
  code.value = withScript ? `${iframe}\n<script src="${escapeAttribute(parentScript.href)}" defer></script>` : iframe;
  preview.style.height = `${height}px`;
  // The preview follows once typing pauses, not on every key.
  clearTimeout(previewTimer);
  previewTimer = setTimeout(() => preview.src !== url.href && (preview.src = url.href), 400);
}
let previewTimer;

form.addEventListener('input', update);
form.addEventListener('submit', (event) => event.preventDefault());
document.getElementById('copy-code').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(code.value);
    status.textContent = 'Copied.';
  } catch {
    code.select();
    status.textContent = 'Select the code and copy it (Ctrl+C / ⌘C).';
  }
});

// The shipped events' ids, as suggestions.
import('../events.json', { with: { type: 'json' } })
  .then(({ default: file }) => {
    const list = document.getElementById('event-ids');
    for (const event of file.events) {
      const option = document.createElement('option');
      option.value = event.id;
      option.label = event.title;
      list.append(option);
    }
  })
  .catch(() => undefined);

update();
