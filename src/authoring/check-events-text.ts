/**
 * The text of an events.json checked exactly as the element reads it (data/parse-events.ts), each
 * problem placed at the line and column of its value in the text, so editors and CI annotations
 * can point at it. Locations come from Microsoft's jsonc-parser (VS Code's own), in strict JSON
 * mode: comments and trailing commas are syntax errors, as they are for `JSON.parse`.
 */
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { parseEvents, type ParsedEvents } from '../data/parse-events.js';
import type { DataProblem } from '../data/problem.js';
import { outOfRangeProblems, type Bounds } from '../data/range-problems.js';
import { explainDateProblem } from './spreadsheet-date.js';
import { pathSegments } from './value-at-path.js';

export interface CheckOptions {
  /** The element's `min`–`max`: events wholly outside are warnings, as the element reports them. */
  readonly bounds?: Bounds;
}

export interface LocatedProblem extends DataProblem {
  /** 1-based line of the value the problem is about (of the enclosing value when it is missing). */
  readonly line: number;
  /** 1-based column, in UTF-16 code units as editors count them. */
  readonly column: number;
}

export interface CheckResult {
  readonly problems: readonly LocatedProblem[];
  /** The parsed file; absent when the text is not JSON. */
  readonly json?: unknown;
  readonly parsed?: ParsedEvents;
}

const SYNTAX_MESSAGES: Readonly<Record<string, string>> = {
  InvalidSymbol: 'unexpected character (expected JSON: a value, a comma or a closing bracket)',
  InvalidNumberFormat: 'not a valid number (expected digits, e.g. 203)',
  PropertyNameExpected: 'expected a field name in double quotes (is there a comma too many before it?)',
  ValueExpected: 'expected a value (is a comma too many, or a value missing?)',
  ColonExpected: 'expected ":" after the field name',
  CommaExpected: 'expected a comma between two values or fields',
  CloseBraceExpected: 'expected "}" to close the object',
  CloseBracketExpected: 'expected "]" to close the array',
  EndOfFileExpected: 'expected the end of the file after the closing "}"',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'the text is never closed (expected a closing ")',
  UnexpectedEndOfNumber: 'the number is cut off',
  InvalidUnicode: 'invalid \\u escape (expected four hexadecimal digits)',
  InvalidEscapeCharacter: 'invalid escape (expected \\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX)',
  InvalidCharacter: 'a control character inside text (expected it escaped, e.g. \\n for a line break)',
};

/** Line starts, for offset → line and column. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function position(starts: readonly number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
}

/**
 * The node a parser path names, or the nearest enclosing one that exists (a missing field: its
 * object). With `atKey`, a field's key rather than its value: where an editor underlines an
 * unknown field.
 */
function nodeAt(root: Node, path: string, atKey: boolean): Node {
  const segments = pathSegments(path);
  for (let length = segments.length; length > 0; length -= 1) {
    const node = findNodeAtLocation(root, segments.slice(0, length));
    if (!node) continue;
    const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
    return atKey && key ? key : node;
  }
  return root;
}

/**
 * Checks the text of an events file: JSON syntax, then the element's own parser (and, given
 * `bounds`, the element's warning for events outside `min`–`max`). Never throws.
 *
 * @example
 * checkEventsText('{"categories": [], "events": [{"id": "x", "title": "X", "category": "a", "date": "Sept 1937"}]}').problems[0]
 * //=> { severity: 'error', path: 'events[0].date', message: '"Sept 1937" is not a date (expected …)', line: 1, column: 80 }
 */
export function checkEventsText(text: string, options: CheckOptions = {}): CheckResult {
  // A BOM is what Windows editors write; the element's fetch drops it too (TextDecoder).
  const body = text.replace(/^\uFEFF/, '');
  const starts = lineStarts(body);
  const errors: ParseError[] = [];
  const root = parseTree(body, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0 || !root) {
    const problems = errors.map((error) => ({
      severity: 'error' as const,
      path: '',
      message: `not valid JSON: ${SYNTAX_MESSAGES[printParseErrorCode(error.error)] ?? printParseErrorCode(error.error)}`,
      ...position(starts, error.offset),
    }));
    if (problems.length === 0) problems.push({ severity: 'error', path: '', message: 'the file is empty (expected a JSON events file)', line: 1, column: 1 });
    return { problems };
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    return { problems: [{ severity: 'error', path: '', message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}`, line: 1, column: 1 }] };
  }
  const parsed = parseEvents(json);
  const found = [...parsed.problems, ...(options.bounds ? outOfRangeProblems(parsed, options.bounds) : [])];
  const problems = found.map((problem) => {
    const node = nodeAt(root, problem.path, problem.message.startsWith('unknown field'));
    return { ...explainDateProblem(json, problem), ...position(starts, node.offset) };
  });
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return { problems, json, parsed };
}
