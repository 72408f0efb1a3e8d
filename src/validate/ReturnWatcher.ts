import type { DeclarationSink, FunctionName } from './DeclarationSink.js';
import { NUM, PUNCT, type Token } from './Tokenizer.js';

const IDLE = 0;
const AFTER_RETURN = 1;
const AFTER_SIGN = 2;
const AFTER_NUMBER = 3;
/** JavaScript only: a number then a newline; the next token says whether ASI ended the statement. */
const AFTER_NEWLINE = 4;
const NONE: FunctionName = { name: '', entity: '' };

/**
 * Watches `return <sign?><number>` followed by the end of the statement, and reports it for the
 * named function the tracker names. Anything else after `return` is a non-literal return. With
 * `asi` (JavaScript), a newline after the number ends the statement only when the next token cannot
 * continue the expression (`return 5` newline `+ 1` returns 6).
 */
export class ReturnWatcher {
  private state = IDLE;
  private fn: FunctionName = NONE;
  private sign = '';
  private number: Token | undefined;

  constructor(
    private readonly sink: DeclarationSink,
    private readonly asi: boolean,
  ) {}

  /** A `return` keyword of function `fn` (undefined: anonymous, not watched). */
  start(fn: FunctionName | undefined): void {
    this.state = fn === undefined ? IDLE : AFTER_RETURN;
    this.fn = fn ?? NONE;
    this.sign = '';
  }

  /** Every token after the `return`. */
  token(t: Token): void {
    switch (this.state) {
      case IDLE:
        return;
      case AFTER_RETURN:
        if (t.kind === PUNCT && (t.text === '-' || t.text === '+')) {
          this.sign = t.text === '-' ? '-' : '';
          this.state = AFTER_SIGN;
        } else if (t.kind === NUM) {
          this.number = t;
          this.state = AFTER_NUMBER;
        } else this.other();
        return;
      case AFTER_SIGN:
        if (t.kind === NUM) {
          this.number = t;
          this.state = AFTER_NUMBER;
        } else this.other();
        return;
      case AFTER_NUMBER:
        if (t.kind === PUNCT && (t.text === ';' || t.text === '}')) this.literal();
        else this.other();
        return;
      default:
        if (t.kind === PUNCT && t.text !== ';' && t.text !== '}') this.other();
        else this.literal();
    }
  }

  /** A newline that ends a logical line (Python) or any code newline (JavaScript). */
  newline(): void {
    if (this.state === AFTER_NUMBER) {
      if (this.asi) this.state = AFTER_NEWLINE;
      else this.literal();
    } else if (this.state === AFTER_RETURN || this.state === AFTER_SIGN) {
      if (this.state === AFTER_RETURN || !this.asi) this.other();
    }
  }

  /** The end of the text: a pending literal return is complete. */
  end(): void {
    if (this.state === AFTER_NUMBER || this.state === AFTER_NEWLINE) this.literal();
    else if (this.state !== IDLE) this.other();
  }

  private literal(): void {
    this.state = IDLE;
    this.sink.returned(this.fn, this.sign + this.number!.text, this.number!);
  }

  private other(): void {
    this.state = IDLE;
    this.sink.returnedOther(this.fn);
  }
}
