import { scenarios } from '../src/bridge/bridge.scenarios.js';
import { benchScenarios } from './benchScenarios.js';

benchScenarios(scenarios);
