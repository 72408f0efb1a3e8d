import { toJsRegex } from './toJsRegex.js';

/**
 * Test helper: checks the shape of an emitted Lark grammar and returns its problems. Every line is
 * a directive, a comment or `name: body`; every symbol a body references (outside `/…/` regex
 * literals) is defined; `start` is defined; every regex literal compiles (read back as JavaScript).
 */
export function checkLark(lark: string): string[] {
  const problems: string[] = [];
  const defined = new Set<string>();
  const bodies: [string, string][] = [];
  for (const line of lark.split('\n')) {
    if (line === '' || line.startsWith('%') || line.startsWith('//')) continue;
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
    const regexes = body.match(/\/(?:\\.|[^/\\])+\//g) ?? [];
    for (const r of regexes) {
      try {
        toJsRegex(r.slice(1, -1));
      } catch (e) {
        problems.push(`${name}: regex ${r} does not compile: ${(e as Error).message}`);
      }
    }
    const rest = body.replace(/\/(?:\\.|[^/\\])+\//g, ' ');
    for (const symbol of rest.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []) {
      if (!defined.has(symbol)) problems.push(`${name} references undefined ${symbol}`);
    }
    if (/[^A-Za-z0-9_&~ ]/.test(rest)) problems.push(`${name}: unexpected operator in ${JSON.stringify(rest)}`);
  }
  return problems;
}
