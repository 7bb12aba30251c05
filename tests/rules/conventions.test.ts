// The codebase's own conventions for rules: one rule per file named after its id, every rule
// registered, every rule covered by a rule-tester file.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/core/rules/index';
import { CATEGORIES } from '../../src/core/types';

const rulesDir = join(import.meta.dirname, '../../src/core/rules');
const ruleFiles = readdirSync(rulesDir).filter((f) => f.endsWith('.ts') && f !== 'index.ts');

describe('rule conventions', () => {
  it('registers every rule file exactly once, with meta.id equal to its file name', () => {
    const ids = rules.map((r) => r.meta.id).sort();
    expect(ids).toEqual(ruleFiles.map((f) => f.replace(/\.ts$/, '')).sort());
  });
  for (const file of ruleFiles) {
    const id = file.replace(/\.ts$/, '');
    it(`${id} has a rule-tester file that uses ruleTester`, () => {
      const test = join(import.meta.dirname, `${id}.test.ts`);
      expect(existsSync(test), `tests/rules/${id}.test.ts is missing`).toBe(true);
      expect(readFileSync(test, 'utf8')).toMatch(/ruleTester\(/);
    });
  }
  it('uses only the public categories and writes descriptions for people', () => {
    for (const r of rules) {
      expect(CATEGORIES).toContain(r.meta.category);
      expect(r.meta.description.length).toBeGreaterThan(15);
    }
  });
});
