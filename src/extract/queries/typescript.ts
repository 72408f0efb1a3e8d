import type { LanguageSpec } from '../LanguageSpec.js';
import { JS_COMMON_QUERY, JS_NAME_REWRITES, JS_TYPES } from './javascript.js';

/** Type annotations, optional parameters, interfaces and `any`: the parts JavaScript lacks. */
const TS_ONLY_QUERY = String.raw`
(required_parameter pattern: (identifier) @param.name type: (type_annotation (_) @param.type)? value: (_)? @param.default) @param
(optional_parameter pattern: (identifier) @param.name "?" @param.optional type: (type_annotation (_) @param.type)? value: (_)? @param.default) @param
(function_signature name: (identifier) @function.name) @function
(method_signature name: (property_identifier) @function.name) @function
(abstract_method_signature name: (property_identifier) @function.name) @function
(construct_signature "new" @function.name) @function
(construct_signature type: (type_annotation (_) @return.type))
(function_signature return_type: (type_annotation (_) @return.type))
(method_signature return_type: (type_annotation (_) @return.type))
(abstract_method_signature return_type: (type_annotation (_) @return.type))
(function_declaration return_type: (type_annotation (_) @return.type))
(method_definition return_type: (type_annotation (_) @return.type))
(arrow_function return_type: (type_annotation (_) @return.type))
(function_expression return_type: (type_annotation (_) @return.type))
(class_declaration name: (type_identifier) @scope.name @name.type) @scope
(abstract_class_declaration name: (type_identifier) @scope.name @name.type) @scope
(interface_declaration name: (type_identifier) @scope.name @name.type) @scope
(type_alias_declaration name: (type_identifier) @name.type)
(enum_declaration name: (identifier) @name.type)
(internal_module name: (identifier) @scope.name) @scope
(predefined_type "any") @any
`;

/** TypeScript (and TSX, whose grammar shares these node types). */
export const typescriptSpec: LanguageSpec = {
  query: JS_COMMON_QUERY + TS_ONLY_QUERY,
  types: JS_TYPES,
  styleOrder: ['camelCase', 'PascalCase', 'SCREAMING_SNAKE_CASE', 'snake_case', 'kebab-case'],
  hasAny: true,
  dangerousCalls: ['eval', 'Function'],
  hasAwait: true,
  nameRewrites: JS_NAME_REWRITES,
};
