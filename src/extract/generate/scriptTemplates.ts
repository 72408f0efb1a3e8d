import type { EntityNames, ServiceTemplate } from './ServiceTemplate.js';

const tsBlock = (e: EntityNames): string => `
export const ${e.SCREAM}_PAGE_SIZE = ${20 + e.index};

export interface ${e.Pascal} {
  readonly id: string;
  readonly createdAt: Date;
  readonly amount: number;
}

/** Loads and stores ${e.camel} records; every database call is guarded. */
export class ${e.Pascal}Repository {
  constructor(private readonly db: Database, private readonly log: Logger) {}

  async find${e.Pascal}(id: string): Promise<${e.Pascal} | undefined> {
    try {
      const row = await this.db.get('${e.snake}', id);
      return row ? to${e.Pascal}(row) : undefined;
    } catch (error) {
      this.log.error(\`find ${e.camel} \${id} failed\`, error);
      throw new NotFoundError('${e.snake}', id);
    }
  }

  async list${e.Pascal}s(page: number, pageSize: number = ${e.SCREAM}_PAGE_SIZE): Promise<${e.Pascal}[]> {
    try {
      const rows = await this.db.query('${e.snake}', { offset: page * pageSize, limit: pageSize });
      return rows.map(to${e.Pascal});
    } catch (error) {
      this.log.warn('list failed', error);
      return [];
    }
  }
}

export function to${e.Pascal}(row: Row): ${e.Pascal} {
  return { id: String(row.id), createdAt: new Date(String(row.created_at)), amount: Number(row.amount ?? 0) };
}

export function total${e.Pascal}Amount(items: readonly ${e.Pascal}[], minimum?: number): number {
  const total = items.reduce((sum, item) => sum + item.amount, 0);
  return minimum === undefined ? total : Math.max(total, minimum);
}
`;

const TS_HEADER = `import { randomUUID } from 'node:crypto';
import type { Database, Logger, Row } from './infrastructure.js';
import { NotFoundError } from './errors.js';

export const SERVICE_ID = randomUUID();
`;

const jsBlock = (e: EntityNames): string =>
  tsBlock(e)
    .replace('{}\n', '{\n    this.db = db;\n    this.log = log;\n  }\n')
    .replace(/export interface [\s\S]*?\n}\n/, '')
    .replace(/\): Promise<[^>]*(?:<[^>]*>)?[^>]*> \{/g, ') {')
    .replace(/\): [\w[\]]+ \{/g, ') {')
    .replace(/(\w+)\??: (?:readonly )?[\w[\]]+( =|[,)])/g, '$1$2')
    .replace(/private readonly /g, '');

/** TypeScript, TSX, JavaScript and Python service templates. */
export const SCRIPT_TEMPLATES = {
  typescript: { header: TS_HEADER, block: tsBlock },
  tsx: {
    header: `import { useEffect, useState } from 'react';\n${TS_HEADER}`,
    block: (e: EntityNames) => `${tsBlock(e)}
export function ${e.Pascal}Badge({ item }: { item: ${e.Pascal} }): JSX.Element {
  const [label, setLabel] = useState<string>('');
  useEffect(() => setLabel(\`\${item.id}: \${item.amount}\`), [item]);
  return <span className="${e.snake}">{label}</span>;
}
`,
  },
  javascript: { header: TS_HEADER.replace("import type { Database, Logger, Row } from './infrastructure.js';\n", ''), block: jsBlock },
  python: {
    header: `import logging
from dataclasses import dataclass
from typing import Optional

from app.db import Database, NotFoundError

logger = logging.getLogger(__name__)
`,
    block: (e: EntityNames) => `
${e.SCREAM}_PAGE_SIZE = ${20 + e.index}


@dataclass
class ${e.Pascal}:
    id: str
    amount: float


class ${e.Pascal}Repository:
    def __init__(self, db: Database, page_size: int = ${e.SCREAM}_PAGE_SIZE) -> None:
        self.db = db
        self.page_size = page_size

    async def find_${e.snake}(self, item_id: str) -> Optional[${e.Pascal}]:
        try:
            row = await self.db.fetch_one("${e.snake}", id=item_id)
        except ConnectionError as error:
            logger.warning("find ${e.snake} %s failed: %s", item_id, error)
            raise NotFoundError(item_id) from error
        return ${e.Pascal}(row["id"], row["amount"]) if row else None

    async def list_${e.snake}s(self, page: int) -> list[${e.Pascal}]:
        try:
            rows = await self.db.fetch_all("${e.snake}", offset=page * self.page_size)
        except ConnectionError:
            return []
        return [${e.Pascal}(r["id"], r["amount"]) for r in rows]


def total_${e.snake}_amount(items: list[${e.Pascal}], minimum: float = 0.0) -> float:
    total = sum(item.amount for item in items)
    return max(total, minimum)
`,
  },
} satisfies Record<string, ServiceTemplate>;
