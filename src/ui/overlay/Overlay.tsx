// The calm overlay: who is posting where, what looks wrong and why, Edit or Post anyway.
// Only a real person can press its buttons: events a page script makes are not trusted.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n';
import { AskKind } from './parts/AskKind';
import { Checklist } from './parts/Checklist';
import { DraftText } from './parts/DraftText';
import { Findings } from './parts/Findings';
import { useCountdown } from './parts/use-countdown';
import { trusted } from './trusted';
import type { AccountKindAnswer, OverlayActions, OverlayView } from './view';
import { whoLine } from './who';

function title(view: OverlayView, interrupting: number): string {
  if (view.unavailable) return t('overlay_title_unavailable');
  if (interrupting === 0) return t('overlay_title_clear');
  return interrupting === 1 ? t('overlay_title_one') : t('overlay_title_many', interrupting);
}

export function Overlay({ view: initial, actions }: { view: OverlayView; actions: OverlayActions }) {
  const [view, setView] = useState(initial);
  const [asking, setAsking] = useState(Boolean(initial.answer?.askKind));
  const editRef = useRef<HTMLButtonElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);
  // Focus Edit as soon as the overlay is in the page, so the very next key press lands in it.
  useLayoutEffect(() => editRef.current?.focus(), []);
  const wait = useCountdown(initial.answer?.cooldownSeconds ?? 0);

  const { draft, answer, unavailable } = view;
  const findings = (answer?.findings ?? []).filter((f) => f.severity !== 'info');
  const crisis = answer?.account.crisis;
  const everyPost = answer?.mode === 'every-post';

  const answerKind = async (kind: AccountKindAnswer) => {
    setAsking(false);
    const next = await actions.onAnswerKind(kind);
    if (next) setView(next);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    e.stopPropagation(); // the site's own shortcuts must not fire while the overlay is open
    if (!e.isTrusted) return;
    if (e.repeat && e.key === 'Enter') {
      // The Enter that sent the post, still held down: it must not press the button now in focus.
      e.preventDefault();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      actions.onEdit();
    } else if (e.key === 'Tab') {
      // Trap focus: cycle through the overlay's own focusable elements.
      const focusable = [...(dialogRef.current?.querySelectorAll<HTMLElement>('button:not([disabled]), [tabindex="0"]') ?? [])];
      const root = dialogRef.current?.getRootNode() as ShadowRoot | undefined;
      const i = focusable.indexOf(root?.activeElement as HTMLElement);
      const next = (i + (e.shiftKey ? -1 : 1) + focusable.length) % focusable.length;
      e.preventDefault();
      focusable[next]?.focus();
    }
  };

  const postLabel = unavailable
    ? t('overlay_post_unreviewed')
    : wait > 0
      ? t('overlay_post_wait', wait)
      : findings.length
        ? t('overlay_post')
        : t('overlay_post_clear');

  return (
    <div class="backdrop">
      <div
        ref={dialogRef}
        class={`dialog ${unavailable ? 'unavailable' : (answer?.verdict ?? '')}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby="sl-title"
        aria-describedby="sl-who"
        onKeyDown={onKeyDown}
      >
        <h2 id="sl-title">{title(view, findings.length)}</h2>
        <p id="sl-who" class="who">
          {whoLine(draft, answer?.account)}
        </p>
        {crisis && (
          <p class="crisis" role="note">
            {t('overlay_crisis', crisis)}
          </p>
        )}
        {asking && draft.account && <AskKind account={draft.account} onAnswer={answerKind} />}
        {unavailable ? (
          <p class="unavailable-body">
            {t('overlay_unavailable_body')} <span class="reason">({unavailable})</span>
          </p>
        ) : findings.length ? (
          <Findings text={draft.text} findings={findings} />
        ) : (
          <p class="nothing">{t('overlay_nothing_found')}</p>
        )}
        {(everyPost || crisis) && !unavailable && <Checklist />}
        <DraftText text={draft.text} findings={findings} />
        <div class="actions">
          <button ref={editRef} type="button" class="edit" onClick={trusted(actions.onEdit)}>
            {t('overlay_edit')}
          </button>
          <button type="button" class="post" disabled={wait > 0} onClick={trusted(() => wait <= 0 && actions.onPost())}>
            {postLabel}
          </button>
        </div>
      </div>
    </div>
  );
}
