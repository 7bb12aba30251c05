// The calm overlay: who is posting where, what looks wrong and why, Edit or Post anyway.
// Only a real person can press its buttons: events a page script makes are not trusted.
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Finding } from '../../core/types';
import { strings } from '../strings';
import { highlightRuns } from './highlight';
import type { OverlayActions, OverlayView } from './view';
import { whoLine } from './who';

const EXCERPT_MAX = 80;

function excerpt(text: string, f: Finding): string | undefined {
  if (f.start === undefined || f.end === undefined || f.end <= f.start) return undefined;
  const s = text.slice(f.start, f.end);
  return s.length > EXCERPT_MAX ? `${s.slice(0, EXCERPT_MAX - 1)}…` : s;
}

export function Overlay({ view, actions }: { view: OverlayView; actions: OverlayActions }) {
  const editRef = useRef<HTMLButtonElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);
  // Focus Edit as soon as the overlay is in the page, so the very next key press lands in it.
  useLayoutEffect(() => editRef.current?.focus(), []);

  const { draft, answer, unavailable } = view;
  const findings = (answer?.findings ?? []).filter((f) => f.severity !== 'info');
  const title = unavailable ? strings.titleUnavailable : strings.titleFindings(findings.length);
  const crisis = answer?.account.crisis;

  const trusted = (fn: () => void) => (e: Event) => {
    if (e.isTrusted) fn();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    e.stopPropagation(); // the site's own shortcuts must not fire while the overlay is open
    if (!e.isTrusted) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      actions.onEdit();
    } else if (e.key === 'Tab') {
      // Trap focus: cycle through the overlay's own focusable elements.
      const focusable = [...(dialogRef.current?.querySelectorAll<HTMLElement>('button, [tabindex="0"]') ?? [])];
      const root = dialogRef.current?.getRootNode() as ShadowRoot | undefined;
      const i = focusable.indexOf(root?.activeElement as HTMLElement);
      const next = (i + (e.shiftKey ? -1 : 1) + focusable.length) % focusable.length;
      e.preventDefault();
      focusable[next]?.focus();
    }
  };

  return (
    <div class="backdrop">
      <div
        ref={dialogRef}
        class={`dialog ${unavailable ? 'unavailable' : answer?.verdict ?? ''}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby="sl-title"
        aria-describedby="sl-who"
        onKeyDown={onKeyDown}
      >
        <h2 id="sl-title">{title}</h2>
        <p id="sl-who" class="who">
          {whoLine(draft, answer?.account)}
        </p>
        {crisis && (
          <p class="crisis" role="note">
            {strings.crisisBanner(crisis)}
          </p>
        )}
        {unavailable ? (
          <p class="unavailable-body">
            {strings.unavailableBody} <span class="reason">({unavailable})</span>
          </p>
        ) : (
          <ul class="findings">
            {findings.map((f, i) => {
              const ex = excerpt(draft.text, f);
              return (
                <li key={i} class={f.severity}>
                  <span class="badge">{strings.severity[f.severity]}</span>
                  <span class="message">{f.message}</span>
                  {ex && !f.message.includes(ex) && <q class="excerpt">{ex}</q>}
                  {f.suggestion && <span class="suggestion">{f.suggestion}</span>}
                </li>
              );
            })}
          </ul>
        )}
        <div class="draft" tabIndex={0} aria-label={strings.draftLabel}>
          {highlightRuns(draft.text, findings).map((r, i) => (r.marked ? <mark key={i}>{r.text}</mark> : r.text))}
        </div>
        <div class="actions">
          <button ref={editRef} type="button" class="edit" onClick={trusted(actions.onEdit)}>
            {strings.edit}
          </button>
          <button type="button" class="post" onClick={trusted(actions.onPost)}>
            {unavailable ? strings.postUnreviewed : strings.post}
          </button>
        </div>
      </div>
    </div>
  );
}
