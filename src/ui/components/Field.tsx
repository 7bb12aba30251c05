// A form control under its visible label. The label is tied by id rather than wrapped around the
// control: a wrapping label would make a select's accessible name "Mode Guard (risky drafts only)".
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

export function Field({ label, hideLabel = false, grow = false, children }: { label: string; hideLabel?: boolean; grow?: boolean; children: (id: string) => ComponentChildren }) {
  const id = useId();
  return (
    <div class={`field${grow ? ' grow' : ''}`}>
      <label for={id} class={hideLabel ? 'sr-only' : undefined}>
        {label}
      </label>
      {children(id)}
    </div>
  );
}
