import { scenarios } from '../src/pipeline/pipeline.scenarios.js';
import { benchScenarios } from './benchScenarios.js';

benchScenarios(scenarios);
