import type { LanguageId } from '../LanguageId.js';
import { SCRIPT_TEMPLATES } from './scriptTemplates.js';
import type { EntityNames, ServiceTemplate } from './ServiceTemplate.js';
import { SYSTEM_TEMPLATES } from './systemTemplates.js';

const TEMPLATES: Readonly<Record<LanguageId, ServiceTemplate>> = { ...SCRIPT_TEMPLATES, ...SYSTEM_TEMPLATES };

const ENTITIES = [
  'Order', 'Invoice', 'Customer', 'Product', 'Shipment', 'Payment', 'Account', 'Session', 'Ticket', 'Report',
  'Coupon', 'Refund', 'Supplier', 'Warehouse', 'Review', 'Address', 'Employee', 'Contract', 'Budget', 'Campaign',
];

/**
 * Generates a realistic service module of about `lines` lines (never fewer) in `language`: imports,
 * then repeated blocks of an entity type, a repository class with guarded async methods, and helper
 * functions. Entity names come from a fixed list rotated by `seed`, so equal arguments give equal text.
 * Used for the medium/large fixtures and the xlarge benchmark inputs.
 */
export function generateServiceSource(language: LanguageId, lines: number, seed = 0): string {
  const template = TEMPLATES[language];
  let out = template.header;
  let count = lineCount(out);
  for (let i = 0; count < lines; i++) {
    const base = ENTITIES[(i + seed) % ENTITIES.length];
    const round = Math.floor((i + seed) / ENTITIES.length);
    const block = template.block(names(round === 0 ? base : `${base}${round + 1}`, i));
    out += block;
    count += lineCount(block);
  }
  return out;
}

function names(Pascal: string, index: number): EntityNames {
  const snake = Pascal.replace(/(?<=[a-z0-9])([A-Z0-9])/g, '_$1').toLowerCase();
  return { Pascal, camel: Pascal[0].toLowerCase() + Pascal.slice(1), snake, SCREAM: snake.toUpperCase(), index };
}

/** Lines of newline-terminated text: every template piece ends with a newline. */
function lineCount(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
