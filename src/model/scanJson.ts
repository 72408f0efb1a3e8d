import type { ModelError } from './ModelError.js';
import { join } from './ParseContext.js';
import { quoteValue } from './quoteValue.js';

/**
 * Deepest nesting of arrays and objects accepted in user JSON (the document itself is level 1).
 *
 * A constraint file nests 5 levels and a ConstraintSpec 4. A compiled IR is the deepest input we
 * read back: its JSON Schema spends at most 2 levels per level of a type expression, whose depth is
 * capped at 64 (`MAX_TYPE_DEPTH`), plus about 8 levels of envelope — so 256 never refuses our own
 * output, while `JSON.stringify` and every other recursive consumer stay thousands of frames away
 * from a stack overflow (V8 overflows between 10^4 and 10^5 levels).
 */
export const MAX_JSON_DEPTH = 256;

/** At most this many duplicate-key errors are listed; one is enough to refuse the file. */
const MAX_ERRORS = 100;

/** Above this many keys an object's keys move from a list (cheap to reset) into a Set (O(1) lookups). */
const LIST_KEYS = 16;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;

/**
 * Finds what `JSON.parse` accepts silently in a text it has already accepted: duplicate keys (it
 * keeps the last one, so the file means something its author may not have seen) and nesting deeper
 * than {@link MAX_JSON_DEPTH} (it parses 10^5 levels, but `JSON.stringify` of such a value overflows
 * the stack). Each error has a JSON path: the duplicated member, or the first value nested too deep.
 *
 * One left-to-right pass with an explicit stack, never recursion: O(n) time in the text length and
 * O(depth + keys of the open objects) memory. Value strings are skipped with `indexOf`; keys are
 * compared after unescaping (`"a"` and `"\u0061"` are the same key). Call it only on text that
 * `JSON.parse` accepted: it does not check the grammar itself.
 */
export function scanJson(text: string): ModelError[] {
  const errors: ModelError[] = [];
  // Per level (1 = the document's top container): whether it is an object, the key or index of the
  // member being read, and the keys seen so far. Arrays are reused across siblings at one level.
  const isObject: boolean[] = [false];
  const member: (string | number)[] = [0];
  const keyLists: string[][] = [[]];
  const keySets: (Set<string> | undefined)[] = [undefined];
  let depth = 0;
  let expectKey = false;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      if (expectKey) {
        const raw = text.slice(i + 1, end);
        const key = raw.includes('\\') ? (JSON.parse(text.slice(i, end + 1)) as string) : raw;
        member[depth] = key;
        if (seen(keyLists[depth], keySets, depth, key) && errors.length < MAX_ERRORS) {
          errors.push({ code: 'duplicate_key', path: pathTo(depth, member), message: `duplicate key ${quoteValue(key)}; JSON.parse would silently keep only the last one` });
        }
        expectKey = false;
      }
      i = end + 1;
      continue;
    }
    if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      if (depth >= MAX_JSON_DEPTH) {
        errors.push({ code: 'too_deep', path: pathTo(depth, member), message: `nested deeper than ${MAX_JSON_DEPTH} levels of arrays and objects` });
        return errors;
      }
      depth++;
      const object = c === OPEN_OBJECT;
      isObject[depth] = object;
      member[depth] = 0;
      if (keyLists.length <= depth) keyLists.push([]);
      else keyLists[depth].length = 0;
      keySets[depth] = undefined;
      expectKey = object;
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      depth--;
      expectKey = false;
    } else if (c === COMMA) {
      if (isObject[depth]) expectKey = true;
      else (member[depth] as number)++;
    }
    i++;
  }
  return errors;
}

/** Index of the quote that closes the string opened at `start`: the first one not escaped. */
function stringEnd(text: string, start: number): number {
  let at = start + 1;
  for (;;) {
    const q = text.indexOf('"', at);
    // Unreachable on text JSON.parse accepted; the guard keeps a misuse from looping.
    if (q < 0) return text.length;
    // A quote is escaped when an odd number of backslashes precede it. Each run of backslashes is
    // counted once, by the quote right after it, so this stays linear.
    let b = q - 1;
    while (b > start && text.charCodeAt(b) === BACKSLASH) b--;
    if ((q - 1 - b) % 2 === 0) return q;
    at = q + 1;
  }
}

/** Records `key` among the keys of the object at `depth`; true when it was already there. */
function seen(list: string[], sets: (Set<string> | undefined)[], depth: number, key: string): boolean {
  const set = sets[depth];
  if (set) {
    if (set.has(key)) return true;
    set.add(key);
    return false;
  }
  if (list.includes(key)) return true;
  list.push(key);
  if (list.length > LIST_KEYS) sets[depth] = new Set(list);
  return false;
}

/** The JSON path of the member being read at `depth` (`$` for the document itself). */
function pathTo(depth: number, member: readonly (string | number)[]): string {
  let path = '$';
  for (let d = 1; d <= depth; d++) path = join(path, member[d]);
  return path;
}
