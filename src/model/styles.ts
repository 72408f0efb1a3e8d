/** The five naming styles and the regex that defines each (anchored, ASCII only). */
export const STYLE_REGEXES = {
  camelCase: /^[a-z][a-zA-Z0-9]*$/,
  PascalCase: /^[A-Z][a-zA-Z0-9]*$/,
  snake_case: /^[a-z][a-z0-9_]*$/,
  SCREAMING_SNAKE_CASE: /^[A-Z][A-Z0-9_]*$/,
  'kebab-case': /^[a-z][a-z0-9-]*$/,
} as const;

/** A naming style name. */
export type Style = keyof typeof STYLE_REGEXES;

/** Every style, in a fixed order. */
export const STYLES = Object.keys(STYLE_REGEXES) as Style[];

/** True when `value` names one of the five styles. */
export function isStyle(value: string): value is Style {
  return Object.prototype.hasOwnProperty.call(STYLE_REGEXES, value);
}
