/**
 * Copies text to the clipboard: the async Clipboard API where the page may use it, else the
 * older selection-and-`copy` route, from a textarea inside the element's own shadow root.
 * @returns whether the text was copied
 */
export async function copyText(text: string, root: ShadowRoot): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.cssText = 'position: fixed; inset-block-start: -1000px; opacity: 0';
    root.append(area);
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }
}
