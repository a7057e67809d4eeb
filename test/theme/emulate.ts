/** Media emulation through CDP (Chromium only: the command throws in Firefox, where tests skip). */
import { executeServerCommand } from '@web/test-runner-commands';

export type MediaFeatures = { name: 'forced-colors' | 'prefers-color-scheme' | 'prefers-contrast'; value: string }[];

/** Emulates exactly these media features (an empty list ends every emulation). */
export async function emulateMediaFeatures(features: MediaFeatures): Promise<void> {
  await executeServerCommand('emulate-media-features', { features });
}
