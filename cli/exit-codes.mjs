/** The exit status of every command: what CI reads. */
export const EXIT = Object.freeze({
  /** Valid (warnings allowed unless --strict). */
  OK: 0,
  /** The file has problems (errors, or warnings under --strict). */
  PROBLEMS: 1,
  /** A file could not be read (missing, a folder, unreadable), or the command line is wrong. */
  UNREADABLE: 2,
});
