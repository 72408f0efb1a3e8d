/**
 * The size limits of every input, in one place so that what one command writes the others read
 * back:
 * - `sourceFile` (5 MiB): code files read by `extract`, `run` and `validate`; larger files are
 *   generated or minified, and the extractor's memory grows with them;
 * - `jsonFile` (256 MiB): constraint files, policies and compiled IRs (`conflicts`, `compile`,
 *   `validate -c`, `export-spec`, `run -c`). `compile`, `extract` and `run` refuse to write a JSON
 *   file over it, so any file they write is accepted back. It stays well under V8's largest string
 *   (about 512 MiB of UTF-16 code units), which bounds what `JSON.parse` can take at all.
 * - `gitignore` (1 MiB): each `.gitignore` met while walking a directory.
 */
export const INPUT_LIMITS = {
  sourceFile: 5 * 1024 * 1024,
  jsonFile: 256 * 1024 * 1024,
  gitignore: 1024 * 1024,
} as const;
