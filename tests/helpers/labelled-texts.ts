// The text of every labelled draft: the development set in ../shared and every set in corpus/.
import { readFileSync, readdirSync } from 'node:fs';

export function labelledTexts(): string[] {
  const corpus = new URL('../../corpus/', import.meta.url);
  const files = [new URL('../../../shared/corpus/dev-drafts.jsonl', import.meta.url), ...readdirSync(corpus).map((d) => new URL(`${d}/${d}-drafts.jsonl`, corpus))];
  return files.flatMap((f) =>
    readFileSync(f, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { text: string }).text),
  );
}
