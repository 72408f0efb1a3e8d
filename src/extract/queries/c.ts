import type { LanguageSpec } from '../LanguageSpec.js';

/** @internal Queries shared by C and C++ (the C++ grammar extends the C grammar). */
export const C_COMMON_QUERY = String.raw`
(function_definition declarator: (function_declarator declarator: (identifier) @function.name parameters: (parameter_list) @function.params)) @function
(function_definition declarator: (pointer_declarator declarator: (function_declarator declarator: (identifier) @function.name parameters: (parameter_list) @function.params))) @function
(function_definition declarator: (pointer_declarator declarator: (pointer_declarator declarator: (function_declarator declarator: (identifier) @function.name parameters: (parameter_list) @function.params)))) @function
((declaration type: (_) @return.type declarator: (function_declarator declarator: (_) @function.name parameters: (parameter_list) @function.params)) @function
 .
 (function_definition !type declarator: (function_declarator declarator: (identifier) @_macro)) @function.absorbed
 (#match? @_macro "^[A-Z][A-Z0-9_]*$"))
((function_definition (storage_class_specifier) @_static) @static.of (#eq? @_static "static"))
(parameter_declaration type: (_) @param.type declarator: (identifier) @param.name) @param
(parameter_declaration type: (_) @param.type declarator: (pointer_declarator declarator: (identifier) @param.name) @param.pointer) @param
(parameter_declaration type: (_) @param.type declarator: (pointer_declarator declarator: (pointer_declarator declarator: (identifier) @param.name)) @param.pointer) @param
(function_definition type: (_) @return.type declarator: (function_declarator))
(function_definition type: (_) @return.type declarator: (pointer_declarator) @return.pointer)
(struct_specifier name: (type_identifier) @name.type body: (_))
(enum_specifier name: (type_identifier) @name.type)
(type_definition declarator: (type_identifier) @name.type)
(preproc_def name: (identifier) @name.constant)
(translation_unit (declaration (type_qualifier) declarator: (init_declarator declarator: (identifier) @name.constant)))
(compound_statement (declaration declarator: [(identifier) (init_declarator declarator: (identifier))] @name.variable))
(preproc_include path: (_) @import.module)
`;

/** @internal Integer and floating types of the C family. */
export const C_TYPES: Readonly<Record<string, string>> = {
  int: 'integer', long: 'integer', short: 'integer', char: 'integer', unsigned: 'integer', size_t: 'integer',
  int32_t: 'integer', int64_t: 'integer', uint8_t: 'integer', uint32_t: 'integer', uint64_t: 'integer',
  float: 'number', double: 'number', bool: 'boolean', _Bool: 'boolean', void: 'void', 'char*': 'string',
};

/** C: functions, structs, macros and includes. */
export const cSpec: LanguageSpec = {
  query: C_COMMON_QUERY,
  types: C_TYPES,
  attributeMacros: true,
  scopeFromSyntaxOnly: true,
  styleOrder: ['snake_case', 'SCREAMING_SNAKE_CASE', 'PascalCase', 'camelCase', 'kebab-case'],
};
