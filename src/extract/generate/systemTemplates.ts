import type { EntityNames, ServiceTemplate } from './ServiceTemplate.js';

/** Go, Rust, Java, C and C++ service templates. */
export const SYSTEM_TEMPLATES = {
  go: {
    header: `package service\n\nimport (\n\t"context"\n\t"errors"\n\t"fmt"\n)\n\nvar ErrNotFound = errors.New("not found")\n`,
    block: (e: EntityNames) => `
const ${e.Pascal}PageSize = ${20 + e.index}

type ${e.Pascal} struct {
	ID     string
	Amount float64
}

type ${e.Pascal}Store struct{ db Database }

func New${e.Pascal}Store(db Database) *${e.Pascal}Store { return &${e.Pascal}Store{db: db} }

func (s *${e.Pascal}Store) Find(ctx context.Context, id string) (*${e.Pascal}, error) {
	row, err := s.db.Get(ctx, "${e.snake}", id)
	if err != nil {
		return nil, fmt.Errorf("find ${e.snake} %s: %w", id, err)
	}
	if row == nil {
		return nil, ErrNotFound
	}
	return &${e.Pascal}{ID: row.ID, Amount: row.Amount}, nil
}

func Total${e.Pascal}Amount(items []${e.Pascal}, minimum float64) float64 {
	total := 0.0
	for _, item := range items {
		total += item.Amount
	}
	if total < minimum {
		return minimum
	}
	return total
}
`,
  },
  rust: {
    header: `use std::collections::HashMap;\nuse crate::db::{Database, DbError};\n`,
    block: (e: EntityNames) => `
pub const ${e.SCREAM}_PAGE_SIZE: usize = ${20 + e.index};

#[derive(Debug, Clone)]
pub struct ${e.Pascal} {
    pub id: String,
    pub amount: f64,
}

pub struct ${e.Pascal}Store {
    cache: HashMap<String, ${e.Pascal}>,
}

impl ${e.Pascal}Store {
    pub fn new() -> Self {
        ${e.Pascal}Store { cache: HashMap::new() }
    }

    pub async fn find(&mut self, db: &Database, id: &str) -> Result<${e.Pascal}, DbError> {
        if let Some(hit) = self.cache.get(id) {
            return Ok(hit.clone());
        }
        let row = db.get("${e.snake}", id).await?;
        let item = ${e.Pascal} { id: row.id, amount: row.amount };
        self.cache.insert(id.to_string(), item.clone());
        Ok(item)
    }
}

pub fn total_${e.snake}_amount(items: &[${e.Pascal}], minimum: f64) -> f64 {
    let total: f64 = items.iter().map(|i| i.amount).sum();
    total.max(minimum)
}
`,
  },
  java: {
    header: `package com.example.service;\n\nimport java.util.List;\nimport java.util.Optional;\n`,
    block: (e: EntityNames) => `
class ${e.Pascal}Repository {
    private static final int PAGE_SIZE = ${20 + e.index};
    private final Database database;

    ${e.Pascal}Repository(Database database) {
        this.database = database;
    }

    Optional<${e.Pascal}> find${e.Pascal}(String id) {
        try {
            Row row = database.get("${e.snake}", id);
            return Optional.ofNullable(row).map(${e.Pascal}::fromRow);
        } catch (DatabaseException e) {
            throw new IllegalStateException("find ${e.camel} " + id, e);
        }
    }

    List<${e.Pascal}> list${e.Pascal}s(int page) {
        int offset = page * PAGE_SIZE;
        return database.query("${e.snake}", offset, PAGE_SIZE).stream().map(${e.Pascal}::fromRow).toList();
    }

    double totalAmount(List<${e.Pascal}> items, double minimum) {
        double total = 0;
        for (${e.Pascal} item : items) total += item.amount();
        return Math.max(total, minimum);
    }
}
`,
  },
  c: {
    header: `#include <stdlib.h>\n#include <string.h>\n#include "db.h"\n`,
    block: (e: EntityNames) => `
#define ${e.SCREAM}_PAGE_SIZE ${20 + e.index}

typedef struct ${e.snake} {
    char id[32];
    double amount;
} ${e.Pascal};

int ${e.snake}_find(db_handle *db, const char *id, ${e.Pascal} *out) {
    db_row row;
    if (db_get(db, "${e.snake}", id, &row) != 0) return -1;
    strncpy(out->id, row.id, sizeof out->id - 1);
    out->amount = row.amount;
    return 0;
}

double ${e.snake}_total(const ${e.Pascal} *items, size_t count, double minimum) {
    double total = 0.0;
    for (size_t i = 0; i < count; i++) total += items[i].amount;
    return total < minimum ? minimum : total;
}
`,
  },
  cpp: {
    header: `#include <stdexcept>\n#include <string>\n#include <vector>\n#include "db.hpp"\n`,
    block: (e: EntityNames) => `
namespace ${e.snake} {

struct ${e.Pascal} {
  std::string id;
  double amount;
};

class ${e.Pascal}Repository {
 public:
  explicit ${e.Pascal}Repository(Database& db) : db_(db) {}

  ${e.Pascal} find(const std::string& id) {
    try {
      auto row = db_.get("${e.snake}", id);
      return ${e.Pascal}{row.id, row.amount};
    } catch (const DbError& error) {
      throw std::runtime_error("find ${e.snake} " + id + ": " + error.what());
    }
  }

  double totalAmount(const std::vector<${e.Pascal}>& items, double minimum = 0.0) const {
    double total = 0;
    for (const auto& item : items) total += item.amount;
    return total < minimum ? minimum : total;
  }

 private:
  Database& db_;
};

}  // namespace ${e.snake}
`,
  },
} satisfies Record<string, ServiceTemplate>;
