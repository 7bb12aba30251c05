// A section's editable copy of a saved value. It follows the saved value when that changes (a save,
// an import, another window), and keeps the person's edits otherwise.
import { useEffect, useState } from 'preact/hooks';

export function useDraft<T>(saved: T): [T, (next: T) => void, boolean] {
  const key = JSON.stringify(saved);
  const [draft, setDraft] = useState<T>(() => structuredClone(saved));
  useEffect(() => setDraft(structuredClone(saved)), [key]);
  return [draft, setDraft, JSON.stringify(draft) !== key];
}
