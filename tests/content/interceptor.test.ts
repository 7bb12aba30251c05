// @vitest-environment happy-dom
// The hold/release state machine with a fake site: nothing lost, nothing doubled, nothing swallowed.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startInterceptor, type Interceptor, type InterceptorDeps } from '../../src/content/interceptor';
import type { ReviewAnswer } from '../../src/shared/messages';
import type { Composer, SiteAdapter } from '../../src/sites/adapter';
import type { OverlayActions, OverlayView } from '../../src/ui/overlay/view';

const answer = (verdict: ReviewAnswer['verdict'], over: Partial<ReviewAnswer> = {}): ReviewAnswer => ({
  verdict,
  mode: 'guard',
  cooldownSeconds: 0,
  reviewId: 7,
  ...over,
  findings: verdict === 'clear' ? [] : [{ rule: 'placeholder', category: 'placeholder', severity: 'critical', message: 'A marker.', start: 0, end: 3 }],
  account: { kind: 'unknown' },
  ...over,
});

// A minimal site: an editor and a Post button that "posts" on click, from a listener on document.
function fakeSite() {
  document.body.innerHTML = '<div id="c"><div id="ed" contenteditable="true" tabindex="0">hello</div><button id="post">Post</button><button id="other">Media</button></div>';
  const editor = document.getElementById('ed') as HTMLElement;
  const submit = document.getElementById('post') as HTMLButtonElement;
  const postedTexts: string[] = [];
  document.addEventListener('click', (e) => {
    if (e.target === submit && !submit.disabled) postedTexts.push(editor.textContent ?? '');
  });
  const composer: Composer = { kind: 'fake', root: document.getElementById('c')!, editor, submit };
  const adapter: SiteAdapter = {
    platform: 'x',
    hosts: ['x.com'],
    composerForSubmit: (e) => (e.target === submit ? composer : null),
    composerForEditor: (e) => (e.target === editor ? composer : null),
    isSendKey: (e) => e.key === 'Enter' && e.ctrlKey,
    read: () => ({ text: editor.textContent ?? '', account: '@me', context: 'post' }),
    resolveSubmit: () => (submit.isConnected ? submit : null),
    isDisabled: (b) => (b as HTMLButtonElement).disabled,
  };
  return { editor, submit, postedTexts, adapter };
}

const settle = () => new Promise((r) => setTimeout(r, 5));

describe('interceptor', () => {
  let site: ReturnType<typeof fakeSite>;
  let overlays: { view: OverlayView; actions: OverlayActions }[];
  let deps: InterceptorDeps;
  let interceptor: Interceptor;
  const start = (over: Partial<InterceptorDeps> = {}) => {
    deps = {
      review: vi.fn(async () => answer('clear')),
      wake: vi.fn(),
      showOverlay: (view, actions) => (overlays.push({ view, actions }), true),
      unreadable: vi.fn(),
      alive: () => true,
      steppedAside: vi.fn(),
      composerGone: vi.fn(),
      outcome: vi.fn(),
      setAccountKind: vi.fn(async () => undefined),
      ...over,
    };
    interceptor = startInterceptor(site.adapter, deps);
  };
  beforeEach(() => {
    site = fakeSite();
    overlays = [];
  });
  afterEach(() => interceptor.stop());

  it('releases a clean post once, with the text it reviewed', async () => {
    start();
    site.submit.click();
    expect(site.postedTexts).toEqual([]); // held
    await settle();
    expect(site.postedTexts).toEqual(['hello']);
    expect(deps.review).toHaveBeenCalledWith({ platform: 'x', text: 'hello', account: '@me', context: 'post' });
    expect(overlays).toEqual([]);
  });

  it('a double click and Ctrl+Enter while held post once', async () => {
    start();
    site.submit.click();
    site.submit.click();
    site.editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    await settle();
    expect(site.postedTexts).toEqual(['hello']);
    expect(deps.review).toHaveBeenCalledTimes(1);
  });

  it('holds a risky post behind the overlay; Edit posts nothing and focuses the editor', async () => {
    start({ review: async () => answer('stop') });
    site.submit.click();
    await settle();
    expect(overlays).toHaveLength(1);
    expect(overlays[0]!.view.answer?.verdict).toBe('stop');
    overlays[0]!.actions.onEdit();
    await settle();
    expect(site.postedTexts).toEqual([]);
    expect(document.activeElement).toBe(site.editor);
    // After Edit the person can send again, and is reviewed again.
    site.submit.click();
    await settle();
    expect(overlays).toHaveLength(2);
  });

  it('Post anyway releases exactly once', async () => {
    start({ review: async () => answer('caution') });
    site.submit.click();
    await settle();
    overlays[0]!.actions.onPost();
    await settle();
    expect(site.postedTexts).toEqual(['hello']);
  });

  it('a failed or late review shows "unavailable" and still lets the person post', async () => {
    start({ review: async () => Promise.reject(new Error('The review took too long to answer.')) });
    site.submit.click();
    await settle();
    expect(overlays[0]!.view.unavailable).toMatch(/too long/);
    overlays[0]!.actions.onPost();
    await settle();
    expect(site.postedTexts).toEqual(['hello']);
  });

  it('releases the post when no overlay can be shown, rather than swallowing it', async () => {
    start({ review: async () => answer('stop'), showOverlay: () => { throw new Error('no DOM'); } });
    site.submit.click();
    await settle();
    expect(site.postedTexts).toEqual(['hello']);
  });

  it('leaves other buttons, disabled buttons, plain Enter and IME composition alone', async () => {
    start();
    const other = document.getElementById('other')!;
    const clicked = vi.fn();
    other.addEventListener('click', clicked);
    other.click();
    expect(clicked).toHaveBeenCalledTimes(1);
    site.submit.disabled = true;
    site.submit.click();
    site.editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    site.editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, isComposing: true, bubbles: true }));
    await settle();
    expect(deps.review).not.toHaveBeenCalled();
  });

  it('lets a send it cannot read go through untouched, and says so', async () => {
    start();
    site.adapter.read = () => {
      throw new Error('no text node');
    };
    site.submit.click();
    await settle();
    expect(site.postedTexts).toEqual(['hello']);
    expect(deps.unreadable).toHaveBeenCalledWith({ kind: 'fake', missing: ['text'] });

    const other = document.getElementById('other')!;
    site.adapter.unreadable = (e) => (e.target === other ? { kind: 'fake', missing: ['editor'] } : null);
    const clicked = vi.fn();
    other.addEventListener('click', clicked);
    other.click();
    expect(clicked).toHaveBeenCalledTimes(1);
    expect(deps.unreadable).toHaveBeenLastCalledWith({ kind: 'fake', missing: ['editor'] });
  });

  it('steps aside for good once the extension is gone: the site posts on its own, untouched', async () => {
    let alive = true;
    start({ alive: () => alive });
    alive = false;
    site.submit.click();
    expect(site.postedTexts).toEqual(['hello']); // the site's own handler ran, synchronously
    site.submit.click();
    expect(site.postedTexts).toEqual(['hello', 'hello']);
    expect(deps.review).not.toHaveBeenCalled();
    expect(deps.steppedAside).toHaveBeenCalledTimes(1);
  });

  it('reports what the person did: edited, posted anyway', async () => {
    start({ review: async () => answer('caution') });
    site.submit.click();
    await settle();
    overlays[0]!.actions.onEdit();
    expect(deps.outcome).toHaveBeenLastCalledWith(7, 'edited');
    site.submit.click();
    await settle();
    overlays[1]!.actions.onPost();
    await settle();
    expect(deps.outcome).toHaveBeenLastCalledWith(7, 'posted-anyway');
  });

  it('when the composer is gone by the time of Post anyway, nothing is posted, the person is told, and it is recorded as left', async () => {
    start({ review: async () => answer('stop') });
    site.submit.click();
    await settle();
    site.submit.remove(); // the site closed the composer under the overlay
    overlays[0]!.actions.onPost();
    await settle();
    expect(site.postedTexts).toEqual([]);
    expect(deps.composerGone).toHaveBeenCalledTimes(1);
    expect(deps.outcome).toHaveBeenLastCalledWith(7, 'left');
  });

  it('every-post mode shows the overlay for a clean post too; Post posts it once', async () => {
    start({ review: async () => answer('clear', { mode: 'every-post' }) });
    site.submit.click();
    await settle();
    expect(overlays).toHaveLength(1);
    expect(site.postedTexts).toEqual([]);
    overlays[0]!.actions.onPost();
    await settle();
    expect(site.postedTexts).toEqual(['hello']);
    expect(deps.outcome).toHaveBeenLastCalledWith(7, 'posted');
  });

  it('asks once about a new account, saves the answer and reviews again under it', async () => {
    const review = vi.fn(async () => answer('clear', { askKind: true }));
    start({ review });
    site.submit.click();
    await settle();
    expect(overlays).toHaveLength(1);
    review.mockResolvedValueOnce(answer('stop', { reviewId: 8 }));
    const next = await overlays[0]!.actions.onAnswerKind('brand');
    expect(deps.setAccountKind).toHaveBeenCalledWith('x', '@me', 'brand');
    expect(next?.answer).toMatchObject({ verdict: 'stop', reviewId: 8, askKind: false });
    overlays[0]!.actions.onPost();
    await settle();
    expect(deps.outcome).toHaveBeenLastCalledWith(8, 'posted-anyway');
  });

  it('leaving the page with the overlay open posts nothing and is recorded as left', async () => {
    start({ review: async () => answer('stop') });
    site.submit.click();
    await settle();
    overlays[0]!.actions.onLeave();
    await settle();
    expect(site.postedTexts).toEqual([]);
    expect(deps.outcome).toHaveBeenLastCalledWith(7, 'left');
  });

  it('a clean post whose composer is gone by release time: the person is told, the journal says left', async () => {
    start();
    site.submit.click();
    site.submit.remove();
    await settle();
    expect(site.postedTexts).toEqual([]);
    expect(deps.composerGone).toHaveBeenCalledTimes(1);
    expect(deps.outcome).toHaveBeenLastCalledWith(7, 'left');
  });

  it('an adapter that throws at release time does not leave the page blocked', async () => {
    start({ review: async () => answer('stop') });
    site.submit.click();
    await settle();
    const resolve = site.adapter.resolveSubmit;
    site.adapter.resolveSubmit = () => {
      throw new Error('markup changed');
    };
    overlays[0]!.actions.onPost();
    await settle();
    expect(deps.composerGone).toHaveBeenCalledTimes(1);
    site.adapter.resolveSubmit = resolve;
    site.submit.click(); // the next send is held and reviewed again, not swallowed
    await settle();
    expect(overlays).toHaveLength(2);
  });

  it('wakes the worker when an editor gets focus', () => {
    start();
    site.editor.focus();
    expect(deps.wake).toHaveBeenCalledTimes(1);
  });
});
