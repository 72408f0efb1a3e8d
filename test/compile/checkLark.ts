import { toJsRegex } from './toJsRegex.js';

const REGEX_LITERAL = /\/(?:\\.|[^/\\])+\//g;

/** Rule bodies of a grammar's `name: body` lines (directives and `//` comments skipped). */
function ruleLines(lark: string): string[] {
  return lark.split('\n').filter((line) => line !== '' && !line.startsWith('%') && !line.startsWith('//'));
}

/**
 * Test helper: the bodies of every `/…/` regex literal of a grammar, read rule by rule so that a
 * comment's `//` never shifts the reading.
 */
export function larkRegexLiterals(lark: string): string[] {
  return ruleLines(lark).flatMap((line) => (line.slice(line.indexOf(':') + 1).match(REGEX_LITERAL) ?? []).map((r) => r.slice(1, -1)));
}

/**
 * Test helper: checks the shape of an emitted Lark grammar and returns its problems. Every line is
 * a directive, a comment or `name: body`; every symbol a body references (outside `/…/` regex
 * literals) is defined; `start` is defined; every regex literal compiles (read back as JavaScript).
 */
export function checkLark(lark: string): string[] {
  const problems: string[] = [];
  const defined = new Set<string>();
  const bodies: [string, string][] = [];
  for (const line of ruleLines(lark)) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*): (.*)$/.exec(line);
    if (!m) {
      problems.push(`malformed line ${JSON.stringify(line)}`);
      continue;
    }
    if (defined.has(m[1])) problems.push(`${m[1]} defined twice`);
    defined.add(m[1]);
    bodies.push([m[1], m[2]]);
  }
  if (!defined.has('start')) problems.push('start is not defined');
  for (const [name, body] of bodies) {
    const regexes = body.match(REGEX_LITERAL) ?? [];
    for (const r of regexes) {
      try {
        toJsRegex(r.slice(1, -1));
      } catch (e) {
        problems.push(`${name}: regex ${r} does not compile: ${(e as Error).message}`);
      }
    }
    const rest = body.replace(REGEX_LITERAL, ' ');
    for (const symbol of rest.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []) {
      if (!defined.has(symbol)) problems.push(`${name} references undefined ${symbol}`);
    }
    if (/[^A-Za-z0-9_&~ ]/.test(rest)) problems.push(`${name}: unexpected operator in ${JSON.stringify(rest)}`);
  }
  return problems;
}
