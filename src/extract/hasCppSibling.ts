import { existsSync } from 'node:fs';

const CPP_EXTENSIONS = ['.cpp', '.cc', '.cxx', '.hpp', '.hh', '.hxx'];

/** Whether a C++ source or header with the same stem sits next to `path` (`x.h` and `x.cpp`). */
export function hasCppSibling(path: string): boolean {
  const stem = path.replace(/\.[^./\\]+$/, '');
  return CPP_EXTENSIONS.some((ext) => existsSync(stem + ext));
}
