import { describe, expect, it } from 'vitest';
import { parseFunctionSubject } from '../../src/validate/parseFunctionSubject.js';

const parts = (s: string) => {
  const f = parseFunctionSubject(s);
  return f && [f.owner, f.qualified, f.discriminator, f.accessor, f.part, f.declared, f.plain];
};

describe('parseFunctionSubject', () => {
  it('reads the example of every language in docs/model.md', () => {
    expect(parts('fn:src/user/service#UserService.create/param:id')).toEqual(['src/user/service', 'UserService.create', undefined, undefined, 'param:id', 'UserService.create', false]);
    expect(parts('fn:flask.app#Flask.route/return')).toEqual(['flask.app', 'Flask.route', undefined, undefined, 'return', 'Flask.route', false]);
    expect(parts('fn:github.com/gin-gonic/gin/render#JSON.Render/return')).toEqual(['github.com/gin-gonic/gin/render', 'JSON.Render', undefined, undefined, 'return', 'JSON.Render', false]);
    expect(parts('fn:serde_json::value#<Value as From<u8>>.from/param:n')).toEqual(['serde_json::value', '<Value as From<u8>>.from', undefined, undefined, 'param:n', '<Value as From<u8>>.from', false]);
    expect(parts('fn:com.acme.billing#PaymentService.charge(String,BigDecimal)/param:amount')).toEqual([
      'com.acme.billing',
      'PaymentService.charge',
      '(String,BigDecimal)',
      undefined,
      'param:amount',
      'PaymentService.charge',
      false,
    ]);
    expect(parts('fn:src/util.c#helper/return')).toEqual(['src/util.c', 'helper', undefined, undefined, 'return', 'helper', false]);
    expect(parts('fn:app.C.get()const/return')).toEqual([undefined, 'app.C.get', '()const', undefined, 'return', 'app.C.get', false]);
    expect(parts('fn:pkg.mod#Outer.method.<locals>.helper/return')).toEqual(['pkg.mod', 'Outer.method.<locals>.helper', undefined, undefined, 'return', 'Outer.method.<locals>.helper', false]);
  });
  it('takes hand-written subjects as plain: no owner, no types, no accessor', () => {
    expect(parts('fn:parse_args/return')).toEqual([undefined, 'parse_args', undefined, undefined, 'return', 'parse_args', true]);
    expect(parts('fn:Cart.add/param:qty')).toEqual([undefined, 'Cart.add', undefined, undefined, 'param:qty', 'Cart.add', true]);
  });
  it('keeps a setter and a deleter apart from their getter', () => {
    expect(parts('fn:src/a#C.x~set/param:v')).toEqual(['src/a', 'C.x', undefined, 'set', 'param:v', 'C.x~set', false]);
    expect(parts('fn:m#C.x~delete/return')).toEqual(['m', 'C.x', undefined, 'delete', 'return', 'C.x~delete', false]);
    expect(parts('fn:src/a#C.x/return')![5]).toBe('C.x');
    // A C++ destructor is a name, not an accessor.
    expect(parts('fn:app.Foo.~Foo()/return')).toEqual([undefined, 'app.Foo.~Foo', '()', undefined, 'return', 'app.Foo.~Foo', false]);
  });
  it('tells an owner from a private method or a raw identifier', () => {
    expect(parts('fn:src/a#C.#secret/return')!.slice(0, 2)).toEqual(['src/a', 'C.#secret']);
    expect(parts('fn:C.#secret/return')!.slice(0, 2)).toEqual([undefined, 'C.#secret']);
    expect(parts('fn:crate::m#r#type/return')!.slice(0, 2)).toEqual(['crate::m', 'r#type']);
  });
  it('reads C++ operators and nested template arguments', () => {
    expect(parts('fn:app.F.operator()(int)/return')!.slice(1, 3)).toEqual(['app.F.operator()', '(int)']);
    expect(parts('fn:app.F.operator<(const F&)const/return')!.slice(1, 3)).toEqual(['app.F.operator<', '(const F&)const']);
    expect(parts('fn:m#<W as T<fn(u8)>>.f/return')!.slice(1, 3)).toEqual(['<W as T<fn(u8)>>.f', undefined]);
  });
  it('returns undefined for anything that is not a function subject', () => {
    for (const s of ['calls', 'fn:/return', 'fn:f', 'fn:f/params:x', 'fn:f/param:', 'fn:m#/return', 'x:f/return']) expect(parseFunctionSubject(s), s).toBeUndefined();
  });
});
