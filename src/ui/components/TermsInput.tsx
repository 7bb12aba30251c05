// A list of short terms typed as "outage, delay, refund": keeps what the person types (a trailing
// comma included) and hands back the parsed list.
import { useEffect, useState } from 'preact/hooks';

export const parseTerms = (text: string) =>
  text
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

export function TermsInput({ id, terms, onChange, disabled }: { id: string; terms: readonly string[]; onChange: (t: string[]) => void; disabled?: boolean }) {
  const [text, setText] = useState(terms.join(', '));
  // Follow a change from outside (a save, an import) unless it is what the person is typing.
  useEffect(() => {
    if (parseTerms(text).join('\n') !== terms.join('\n')) setText(terms.join(', '));
  }, [terms.join('\n')]);
  return (
    <input
      id={id}
      type="text"
      value={text}
      disabled={disabled}
      onInput={(e) => {
        const v = e.currentTarget.value;
        setText(v);
        onChange(parseTerms(v));
      }}
    />
  );
}
