import { scenarios } from '../src/validate/validate.scenarios.js';
import { benchScenarios } from './benchScenarios.js';

benchScenarios(scenarios);
