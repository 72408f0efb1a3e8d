import { LRUCache } from 'lru-cache';
import { compile } from '../compile/compile.js';
import type { Compiled } from '../compile/Compiled.js';
import type { CompileConstraints } from '../compile/CompileConstraints.js';
import type { Constraint, ConstraintSet } from '../model/constraint.js';
import { constraintFingerprint, type Fingerprint } from './constraintFingerprint.js';

/** Options of {@link createCompileCache}. */
export interface CompileCacheConstraints {
  /** Most entries kept; the least recently used is evicted beyond it. Default 1000. */
  readonly max?: number;
}

/** A compile-cache key: `key` indexes the cache, `verify` (independent bits) is checked on a hit. */
export interface CompileKey {
  readonly key: string;
  readonly verify: string;
}

/** Counters of a compile cache. */
export interface CompileCacheStats {
  readonly hits: number;
  readonly misses: number;
  readonly evictions: number;
  /** Lookups whose key matched an entry with different verification bits (counted as misses too). */
  readonly collisions: number;
  readonly size: number;
  readonly max: number;
}

/** A bounded cache of compiled IRs keyed by the content of the set. */
export interface CompileCache {
  /** The key of a set; O(1) per constraint already fingerprinted by this cache. */
  key(set: ConstraintSet | readonly Constraint[], options?: CompileConstraints): CompileKey;
  /** The cached IR for a key, or undefined. Treat the IR as immutable: it is shared. */
  get(key: CompileKey): Compiled | undefined;
  set(key: CompileKey, compiled: Compiled): void;
  /** `get`, or `compile` and `set` on a miss. Equal to a fresh `compile` (cache transparency). */
  compile(set: ConstraintSet | readonly Constraint[], options?: CompileConstraints): Compiled;
  stats(): CompileCacheStats;
}

/*
 * The key is order-independent because the IR is: per-constraint fingerprints are combined by
 * lane-wise addition mod 2^32, which is commutative. Ids are unique within a set, so a set is never
 * a multiset and the sum of 64 pseudo-random bits per lane pair identifies it up to chance. Two
 * lanes form the key and two independent lanes (another seed) are stored and compared on every
 * hit, so a key collision is detected with probability 1 − 2^-64 rather than returning a wrong IR.
 * Fingerprints are memoised per constraint object in a WeakMap owned by this cache: after an edit
 * only the new constraint object is hashed, and the rest cost one map lookup and four additions.
 */

/** Creates a compile cache backed by `lru-cache`. */
export function createCompileCache(options: CompileCacheConstraints = {}): CompileCache {
  const max = options.max ?? 1000;
  const fingerprints = new WeakMap<Constraint, Fingerprint>();
  let hits = 0;
  let misses = 0;
  let evictions = 0;
  let collisions = 0;
  const lru = new LRUCache<string, { verify: string; compiled: Compiled }>({
    max,
    dispose: (_value, _key, reason) => {
      if (reason === 'evict') evictions++;
    },
  });
  const cache: CompileCache = {
    key(set, opts) {
      const constraints = 'constraints' in set ? set.constraints : (set as readonly Constraint[]);
      let a = 0;
      let b = 0;
      let c = 0;
      let d = 0;
      for (let i = 0; i < constraints.length; i++) {
        const constraint = constraints[i];
        let f = fingerprints.get(constraint);
        if (!f) fingerprints.set(constraint, (f = constraintFingerprint(constraint)));
        a = (a + f[0]) >>> 0;
        b = (b + f[1]) >>> 0;
        c = (c + f[2]) >>> 0;
        d = (d + f[3]) >>> 0;
      }
      const mode = opts?.strict ? 's' : 'r';
      return { key: `${mode}${constraints.length}:${hex(a)}${hex(b)}`, verify: `${hex(c)}${hex(d)}` };
    },
    get(key) {
      const entry = lru.get(key.key);
      if (entry && entry.verify === key.verify) {
        hits++;
        return entry.compiled;
      }
      if (entry) collisions++;
      misses++;
      return undefined;
    },
    set(key, compiled) {
      lru.set(key.key, { verify: key.verify, compiled });
    },
    compile(set, opts) {
      const key = cache.key(set, opts);
      const hit = cache.get(key);
      if (hit) return hit;
      const compiled = compile(set, opts);
      cache.set(key, compiled);
      return compiled;
    },
    stats: () => ({ hits, misses, evictions, collisions, size: lru.size, max }),
  };
  return cache;
}

function hex(n: number): string {
  return n.toString(16).padStart(8, '0');
}
