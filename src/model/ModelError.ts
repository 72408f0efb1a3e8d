/** Machine-readable error codes produced by the parser. */
export type ModelErrorCode =
  | 'invalid_json'
  | 'duplicate_key'
  | 'too_deep'
  | 'wrong_type'
  | 'missing_field'
  | 'unknown_field'
  | 'unknown_enum'
  | 'not_finite'
  | 'out_of_range'
  | 'empty_string'
  | 'invalid_regex'
  | 'regex_needs_backtracking'
  | 'regex_too_large'
  | 'unsupported_regex'
  | 'duplicate_id'
  | 'invalid_integer'
  | 'invalid_enforcement'
  | 'unknown_op'
  | 'unsupported_version'
  | 'io_error';

/** One problem in an input, located by a JSON path such as `constraints[3].rules[0].value`. */
export interface ModelError {
  readonly code: ModelErrorCode;
  readonly message: string;
  /** JSON path of the offending value; `$` for the document itself. */
  readonly path: string;
}

/** Formats an error as `path: message`, the form the CLI prints. */
export function formatModelError(error: ModelError): string {
  return `${error.path}: ${error.message}`;
}

/** Either a value or the complete list of problems that prevented it. */
export type ParseResult<T> =
  | { readonly ok: true; readonly value: T; readonly errors?: undefined }
  | { readonly ok: false; readonly errors: readonly ModelError[]; readonly value?: undefined };
