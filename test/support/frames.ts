/** Resolves at the next animation frame. */
export const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/**
 * Calls `sample` at every animation frame from now until `stop()`, keeping what it returns: what a
 * reader saw, frame by frame (a frame's callbacks run before its paint, after the tasks before it).
 */
export function recordFrames<T>(sample: () => T): { frames: T[]; stop: () => void } {
  const frames: T[] = [];
  let recording = true;
  const record = () => {
    if (!recording) return;
    frames.push(sample());
    requestAnimationFrame(record);
  };
  requestAnimationFrame(record);
  return { frames, stop: () => (recording = false) };
}
