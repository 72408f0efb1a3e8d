import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GRAMMAR_INSTALL_COMMAND, isModuleNotFound, MissingGrammarError } from '../../src/extract/grammarPath.js';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const GRAMMARS = ['web-tree-sitter', '@vscode/tree-sitter-wasm', 'tree-sitter-c'];

describe('the grammars as optional peer dependencies', () => {
  it('are optional peers, kept as devDependencies, and never plain dependencies', () => {
    for (const name of GRAMMARS) {
      expect(pkg.peerDependenciesMeta[name], name).toEqual({ optional: true });
      expect(pkg.devDependencies[name], name).toBe(pkg.peerDependencies[name]);
      expect(pkg.dependencies[name], name).toBeUndefined();
    }
  });

  it('are installed by the one command the error prints, at the pinned versions', () => {
    const installed = GRAMMAR_INSTALL_COMMAND.replace(/^npm i /, '').split(' ');
    expect(installed.sort()).toEqual(GRAMMARS.map((name) => `${name}@${pkg.peerDependencies[name]}`).sort());
    const error = new MissingGrammarError('web-tree-sitter');
    expect(error.code).toBe('missing_grammar');
    expect(error.message).toContain('web-tree-sitter is not installed');
    expect(error.message.endsWith(GRAMMAR_INSTALL_COMMAND)).toBe(true);
  });

  it('recognises a missing module from ESM and from CommonJS, and nothing else', () => {
    expect(isModuleNotFound({ code: 'ERR_MODULE_NOT_FOUND' })).toBe(true);
    expect(isModuleNotFound({ code: 'MODULE_NOT_FOUND' })).toBe(true);
    expect(isModuleNotFound(new Error('boom'))).toBe(false);
    expect(isModuleNotFound(null)).toBe(false);
  });

  it('ships no source maps and no sources', () => {
    expect(pkg.files).toEqual(['bin', 'dist', '!dist/**/*.map']);
    expect(pkg.scripts.prepare).toBeUndefined(); // an install script: npm warns about it downstream
    expect(pkg.scripts.prepack).toBe('npm run build');
  });
});
