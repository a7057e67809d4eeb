/** How long a download's object URL stays valid: long enough for the browser to start saving. */
const REVOKE_AFTER_MS = 60_000;

/**
 * Saves `text` as a file: a Blob behind a temporary `<a download>` clicked inside the element's
 * own shadow root. No network; the object URL is revoked a minute later.
 */
export function downloadText(file: { readonly text: string; readonly filename: string; readonly type: string }, root: ShadowRoot): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: `${file.type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.hidden = true;
  root.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
