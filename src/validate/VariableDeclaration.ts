import type { NameCategory } from './DeclarationSink.js';
import { nestingStep } from './splitParams.js';
import { IDENT, type Token } from './Tokenizer.js';

/** The parameter and return-type tokens of an arrow function bound by a declaration. */
export interface ArrowHeader {
  readonly params: readonly string[];
  readonly ret: readonly string[];
}

/** Called once the declaration's category is known; `arrow` when it binds an arrow function. */
export type OnDeclared = (category: NameCategory, name: Token, arrow?: ArrowHeader) => void;

const NOT_A_FUNCTION_START = new Set(['new', 'await', 'typeof', 'void', 'delete']);

type Step = 'name' | 'after' | 'type' | 'init' | 'async' | 'parens' | 'afterParens' | 'ret' | 'ident';

/**
 * Reads one `const`/`let`/`var` declaration from the token after the keyword until its initializer
 * shows what it binds: a function (`function`, `async function`, an arrow, with its parameters and
 * return annotation) or a value of the declaration's own category. Destructuring and generic arrows
 * (`<T>(x) => …`) end the reading without a declaration. `done` turns true once it has decided.
 */
export class VariableDeclaration {
  done = false;
  private step: Step = 'name';
  private depth = 0;
  private name: Token | undefined;
  private readonly params: string[] = [];
  private readonly ret: string[] = [];

  constructor(
    private readonly category: NameCategory,
    private readonly onDeclared: OnDeclared,
  ) {}

  token(t: Token): void {
    const x = t.text;
    switch (this.step) {
      case 'name':
        if (t.kind === IDENT) {
          this.name = t;
          this.step = 'after';
        } else this.done = true;
        return;
      case 'after':
        if (x === ':') this.step = 'type';
        else if (x === '=') this.step = 'init';
        else this.decide(this.category);
        return;
      case 'type':
        this.depth += nestingStep(x);
        if (x === '=' && this.depth === 0) this.step = 'init';
        else if ((x === ';' || x === ',') && this.depth === 0) this.decide(this.category);
        return;
      case 'init':
      case 'async':
        if (x === 'function') this.decide('functions');
        else if (x === 'async' && this.step === 'init') this.step = 'async';
        else if (x === '(') {
          this.step = 'parens';
          this.depth = 1;
        } else if (t.kind === IDENT && !NOT_A_FUNCTION_START.has(x)) {
          this.params.push(x);
          this.step = 'ident';
        } else if (x === '<') this.done = true;
        else this.decide(this.step === 'async' ? 'functions' : this.category);
        return;
      case 'parens':
        if (x === '(') this.depth++;
        else if (x === ')' && --this.depth === 0) {
          this.step = 'afterParens';
          return;
        }
        this.params.push(x);
        return;
      case 'afterParens':
        if (x === '=>') this.decide('functions', true);
        else if (x === ':') this.step = 'ret';
        else this.decide(this.category);
        return;
      case 'ret':
        if (x === '=>' && this.depth === 0) this.decide('functions', true);
        else if (x === ';' && this.depth === 0) this.decide('functions');
        else {
          this.depth += nestingStep(x);
          this.ret.push(x);
        }
        return;
      default:
        // 'ident': `x => …` binds an arrow of one parameter.
        if (x === '=>') this.decide('functions', true);
        else this.decide(this.category);
    }
  }

  private decide(category: NameCategory, arrow = false): void {
    this.done = true;
    this.onDeclared(category, this.name!, arrow ? { params: this.params, ret: this.ret } : undefined);
  }
}
