import { readFile } from 'node:fs/promises';

/** A file that could not be read at all: exit status 2. */
export class UnreadableFileError extends Error {
  name = 'UnreadableFileError';
}

/** A file that was read but is not UTF-8 text: a problem of the file, exit status 1. */
export class NotUtf8Error extends Error {
  name = 'NotUtf8Error';
}

const REASONS = {
  ENOENT: 'there is no such file',
  EISDIR: 'it is a folder (expected a file)',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

/** The file as text; UTF-8 only, so a stray Windows-1252 export is caught, not garbled. */
export async function readTextFile(path) {
  let bytes;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new UnreadableFileError(`${path}: cannot be read: ${REASONS[error.code] ?? error.message}`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new NotUtf8Error(
      `${path}: is not UTF-8 text (expected UTF-8: in Excel save as "CSV UTF-8 (Comma delimited)"; in LibreOffice choose the character set "Unicode (UTF-8)")`,
    );
  }
}
