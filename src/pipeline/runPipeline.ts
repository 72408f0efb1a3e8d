import { join, resolve } from 'node:path';
import { exportSpec } from '../bridge/exportSpec.js';
import { serializeSpec } from '../bridge/serializeSpec.js';
import type { ConstraintSpec } from '../bridge/ConstraintSpec.js';
import type { ExtractionCache } from '../cache/createExtractionCache.js';
import { compile } from '../compile/compile.js';
import type { Compiled } from '../compile/Compiled.js';
import { parseCompileInput } from '../compile/parse/parseCompileInput.js';
import { toLLGuidance, type TopLevelGrammar } from '../compile/toLLGuidance.js';
import { extractPaths, type FileProblem } from '../extract/extractPaths.js';
import type { LanguageId } from '../extract/LanguageId.js';
import { assertOutputSize } from '../io/assertOutputSize.js';
import { InputError } from '../io/InputError.js';
import { INPUT_LIMITS } from '../io/inputLimits.js';
import { readTextFile, STDIN_PATH } from '../io/readTextFile.js';
import { renderJson } from '../io/renderJson.js';
import { writeDirectoryAtomic } from '../io/writeDirectoryAtomic.js';
import type { Constraint } from '../model/constraint.js';
import type { ModelError } from '../model/ModelError.js';
import { mergePolicy } from './mergePolicy.js';
import { renderRunReport } from './renderRunReport.js';

/** Options of {@link runPipeline}. */
export interface RunPipelineConstraints {
  /** A hand-written constraint file merged over the extracted constraints. Default none. */
  readonly policy?: string;
  /**
   * The directory the four outputs are written to, as one set: they go to a fresh directory that
   * then replaces this one, so readers never see two runs' files mixed. An existing directory is
   * replaced only when it holds nothing but {@link RUN_OUTPUTS}; default none (nothing written).
   */
  readonly outDir?: string;
  /** Resolves relative paths and names files in origins. Default `process.cwd()`. */
  readonly cwd?: string;
  /** Extraction cache reused across runs. Default none: every file is extracted. */
  readonly cache?: ExtractionCache;
  /** `max_tokens` of the llguidance grammar and the spec. Default absent. */
  readonly maxTokens?: number;
}

/** Milliseconds spent per stage. */
export interface StageTimings {
  readonly extract: number;
  readonly merge: number;
  readonly compile: number;
  readonly emit: number;
  /** Writing the outputs (0 when nothing is written); measured after the report was rendered. */
  readonly write: number;
}

/** Everything one run produced. */
export interface PipelineResult {
  readonly inputs: readonly string[];
  readonly policyFile?: string;
  readonly counts: { readonly files: number; readonly extracted: number; readonly policy: number; readonly overridden: number };
  /** Files that failed (`error`) or were skipped (`notice`); the run goes on without them. */
  readonly problems: readonly FileProblem[];
  readonly warnings: readonly string[];
  /** The language most input files are written in, or undefined without files. */
  readonly language?: LanguageId;
  readonly compiled: Compiled;
  readonly grammar: TopLevelGrammar;
  readonly spec: ConstraintSpec;
  readonly specText: string;
  readonly specBytes: number;
  readonly timings: StageTimings;
  readonly report: string;
  /** Paths written, in order. */
  readonly written: readonly string[];
}

/** A run that could not start: the policy file is unreadable or invalid. */
export interface PipelineFailure {
  readonly ok: false;
  readonly file: string;
  readonly errors: readonly ModelError[];
}

/** The output file names inside `outDir`. */
export const RUN_OUTPUTS = { compiled: 'compiled.json', grammar: 'llguidance.json', spec: 'spec.json', report: 'report.md' } as const;

async function readPolicy(file: string): Promise<{ ok: true; constraints: readonly Constraint[] } | PipelineFailure> {
  let text: string;
  try {
    text = (await readTextFile(file, { allowInvalidUtf8: false, maxBytes: INPUT_LIMITS.jsonFile })).text;
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return { ok: false, file, errors: [{ code: 'io_error', message: e.message, path: '$' }] };
  }
  const parsed = parseCompileInput(text);
  return parsed.ok ? { ok: true, constraints: parsed.value.set.constraints } : { ok: false, file, errors: parsed.errors };
}

function dominantLanguage(languages: readonly LanguageId[]): LanguageId | undefined {
  const counts = new Map<LanguageId, number>();
  for (const l of languages) counts.set(l, (counts.get(l) ?? 0) + 1);
  let best: LanguageId | undefined;
  for (const [l, n] of counts) if (best === undefined || n > counts.get(best)! || (n === counts.get(best)! && l < best)) best = l;
  return best;
}

/**
 * `ananke run`: extract constraints from files and directories, merge a policy over them, compile,
 * and (with `outDir`) write the compiled IR, the llguidance TopLevelGrammar, the ConstraintSpec and
 * a short report, as one directory replaced atomically. Bad source files are reported and
 * skipped; an unreadable or invalid policy stops the run before anything is written. An output
 * path that cannot be written throws an `OutputError` naming it. Code generation is not part of it.
 */
export async function runPipeline(paths: readonly string[], options: RunPipelineConstraints = {}): Promise<{ ok: true; value: PipelineResult } | PipelineFailure> {
  const cwd = options.cwd ?? process.cwd();
  const t0 = performance.now();
  const inputPath = (p: string) => (p === STDIN_PATH ? p : resolve(cwd, p));
  const policyFile = options.policy === undefined ? undefined : inputPath(options.policy);
  const policy = policyFile === undefined ? { ok: true as const, constraints: [] } : await readPolicy(policyFile);
  if (!policy.ok) return { ...policy, file: options.policy ?? policy.file };
  const t1 = performance.now();
  const roots = paths.map(inputPath);
  const batch = await extractPaths(roots, { cwd, cache: options.cache });
  const t2 = performance.now();
  const merged = mergePolicy(batch.constraints, policy.constraints);
  const t3 = performance.now();
  const compiled = compile(merged.constraints);
  const t4 = performance.now();
  const language = dominantLanguage(batch.results.map((r) => r.language));
  const grammar = toLLGuidance(compiled, { maxTokens: options.maxTokens });
  const spec = exportSpec(compiled, { language, maxTokens: options.maxTokens });
  const specText = serializeSpec(spec);
  const t5 = performance.now();
  const base = {
    inputs: [...paths],
    ...(options.policy !== undefined ? { policyFile: options.policy } : {}),
    counts: { files: batch.results.length, extracted: batch.constraints.length, policy: policy.constraints.length, overridden: merged.overridden.length },
    problems: batch.problems,
    warnings: batch.warnings,
    ...(language !== undefined ? { language } : {}),
    compiled,
    grammar,
    spec,
    specText,
    specBytes: Buffer.byteLength(specText),
    // Reading the policy counts as part of merging it.
    timings: { extract: t2 - t1, merge: t1 - t0 + (t3 - t2), compile: t4 - t3, emit: t5 - t4, write: 0 },
    written: [] as string[],
  };
  const report = renderRunReport(base);
  if (options.outDir === undefined) return { ok: true, value: { ...base, report } };
  const dir = resolve(cwd, options.outDir);
  const w0 = performance.now();
  const files: [string, string][] = [
    [RUN_OUTPUTS.compiled, renderJson(compiled, join(options.outDir, RUN_OUTPUTS.compiled))],
    [RUN_OUTPUTS.grammar, renderJson(grammar, join(options.outDir, RUN_OUTPUTS.grammar))],
    [RUN_OUTPUTS.spec, specText],
    [RUN_OUTPUTS.report, report],
  ];
  // What run writes, validate and export-spec must be able to read back.
  for (const [name, data] of files) assertOutputSize(data, join(options.outDir, name));
  // Every file read, so that none of them can sit in the directory being replaced.
  const read = [...batch.results.map((r) => r.file), ...batch.problems.map((p) => p.file)].map(inputPath);
  await writeDirectoryAtomic(dir, files, {
    replaceable: Object.values(RUN_OUTPUTS),
    inputs: [...(policyFile === undefined ? [] : [policyFile]), ...roots, ...read],
    display: options.outDir,
  });
  const write = performance.now() - w0;
  return { ok: true, value: { ...base, report, timings: { ...base.timings, write }, written: files.map(([name]) => join(options.outDir!, name)) } };
}
