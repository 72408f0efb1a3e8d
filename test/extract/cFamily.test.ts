import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectConflicts } from '../../src/compile/conflicts/detectConflicts.js';
import { extractPaths } from '../../src/extract/extractPaths.js';
import { sniffLanguage } from '../../src/extract/sniffLanguage.js';
import { stripTypeMacro } from '../../src/extract/stripTypeMacro.js';
import { extract, extractTree, ruleLines } from './extractHelpers.js';

describe('C and C++ on real headers', () => {
  it('never takes attribute or export macros for types', async () => {
    expect(stripTypeMacro('CJSON_PUBLIC(char *)')).toBe('char*');
    expect(stripTypeMacro('FMT_CONSTEXPR')).toBeUndefined();
    expect(stripTypeMacro('FILE')).toBe('FILE');
    expect(stripTypeMacro('SIZE_MAX_T')).toBe('SIZE_MAX_T');
    const c = await extract('CJSON_PUBLIC(char *) cJSON_Print(int item) { return 0; }\nFMT_CONSTEXPR int f(int a) { return a; }\n', 'c', 'x.c');
    expect(ruleLines(c.constraints).filter((l) => l.startsWith('fn:'))).toEqual(['fn:cJSON_Print/param:item type is integer hard', 'fn:cJSON_Print/return type is string hard', 'fn:f/param:a type is integer hard', 'fn:f/return type is integer hard']);
    const cpp = await extract('JSON_HEDLEY_WARN_UNUSED_RESULT static basic_json array(int x) { return x; }\n', 'cpp', 'x.hpp');
    expect(ruleLines(cpp.constraints).filter((l) => l.startsWith('fn:'))).toEqual(['fn:x.hpp#array(int)/param:x type is integer hard', 'fn:x.hpp#array(int)/return type is basic_json hard']);
  });

  it('sniffs C++ in .h files by their text, ignoring comments, or by a C++ sibling', async () => {
    expect(sniffLanguage('a/x.h', 'c', 'namespace geo {\n}\n')).toBe('cpp');
    expect(sniffLanguage('a/x.h', 'c', 'template <typename T> T id(T x);\n')).toBe('cpp');
    expect(sniffLanguage('a/x.h', 'c', '/* a class { of errors } and a::b */\nint f(void);\n')).toBe('c');
    expect(sniffLanguage('a/x.h', 'c', 'int f(void);\n', () => true)).toBe('cpp');
    expect(sniffLanguage('a/x.c', 'c', 'namespace geo {}\n')).toBe('c');
    const r = await extractPaths([resolve('fixtures/headers')], { cwd: resolve('fixtures/headers') });
    expect(r.results.map((x) => [x.file, x.language])).toEqual([
      ['shape.h', 'cpp'],
      ['util.h', 'c'],
      ['widget.cpp', 'cpp'],
      ['widget.h', 'cpp'],
    ]);
    expect(r.results.flatMap((x) => x.syntaxErrors)).toEqual([]);
  });
});

describe('C++ class scopes on real headers', () => {
  it('qualifies by a class defined as A::B and by a specialization with its arguments', async () => {
    const text = [
      'namespace std {',
      'class path { class iterator; };',
      'class path::iterator { public: int* operator->() const { return 0; } };',
      'template<typename T, bool B> class S { public: T* get() { return 0; } };',
      'template<typename T> class S<T, false> { public: void get() { } };',
      '}',
    ].join('\n');
    const r = await extract(text, 'cpp', 'x.hpp');
    const subjects = [...new Set(r.constraints.flatMap((c) => c.rules.map((x) => x.subject)).filter((s) => s.startsWith('fn:')))].sort();
    expect(subjects).toEqual(['fn:std.S.get()/return', 'fn:std.S<T,false>.get()/return', 'fn:std.path.iterator.operator->()const/return']);
  });

  it('gives a member read inside skipped text its file, so two headers never share its subject', async () => {
    // Braces split across `#if` branches are beyond the parser: the namespace around these members is lost.
    const broken = (ret: string) =>
      ['namespace std {', '#if X', 'template<typename T> class C {', '#else', 'template<typename T> class C : public B<T> {', '#endif', ' public:', `  ${ret} find(int k) { return 0; }`, '};', '}'].join('\n');
    const r = await extractTree({ 'a.hpp': broken('iterator'), 'b.hpp': broken('const_iterator') });
    expect(r.results.every((x) => x.syntaxErrors.length > 0)).toBe(true);
    const returns = r.constraints.flatMap((c) => c.rules).filter((x) => /^fn:.*find.*\/return$/.test(x.subject)).map((x) => x.subject);
    expect(new Set(returns).size).toBe(returns.length);
    expect(returns.every((s) => /^fn:(a|b)\.hpp#/.test(s))).toBe(true);
    expect(detectConflicts(r.constraints).filter((c) => c.tier === 'hard')).toEqual([]);
  });
});
