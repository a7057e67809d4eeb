/**
 * Stands in for the `uuid` package where vis-timeline and vis-data import it
 * (scripts/rollup-plugin-vendor-substitutes.mjs): they only call `v4()` to name the clusters and
 * items that have no id. The platform's `crypto.randomUUID` where the page is a secure context;
 * elsewhere (a plain-http intranet page) the same version-4 layout from `getRandomValues`.
 */
export function v4(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
