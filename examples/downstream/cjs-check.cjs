// CommonJS consumers: require() of the kit subpaths must work (Node ≥ 20.19 loads ESM without
// top-level await synchronously).
const arbitraries = require('ananke-ts/arbitraries');
const properties = require('ananke-ts/properties');
const set = arbitraries.sampleConstraintSet(100);
const report = properties.checkConflictDetector(() => require('ananke-ts').detectConflicts, { numRuns: 10 });
if (set.constraints.length !== 100 || !report.ok) throw new Error('CommonJS use of the kit failed');
console.log(`require() from CommonJS: ok (${set.constraints.length} constraints, ${report.results.length} properties)`);
