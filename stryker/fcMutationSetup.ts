import * as fc from 'fast-check';

/*
 * fast-check defaults for mutation runs only. A killed mutant needs one failing run, not a shrunk
 * counterexample: shrinking a mutant's failure costs more than finding it and changes nothing about
 * whether it was killed. Explicit per-call parameters still win over these globals.
 */
fc.configureGlobal({ ...fc.readConfigureGlobal(), endOnFailure: true });
