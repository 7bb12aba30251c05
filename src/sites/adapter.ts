// One interface for every site. Nothing outside src/sites queries a site's DOM: the content script
// asks the adapter, at event time, which composer an event belongs to and what it holds.
import type { Draft, Platform } from '../core/types';

/** A composer found at event time. Never cached across events: the sites re-render freely. */
export interface Composer {
  /** What kind of composer, for diagnostics and tests ("modal", "inline", "reply-inline", "narrow"…). */
  kind: string;
  /** The scope everything else is looked up in: the dialog, or the column or form holding it. */
  root: Element;
  /** The editor (the first one in a thread): focus goes back here after "Edit". */
  editor: HTMLElement;
  /** The site's own submit button for this composer. */
  submit: HTMLElement;
}

/** What the composer holds and who it goes out as, read once at the moment of sending: a draft but
 * for the platform, which the adapter is. */
export type ComposerReading = Omit<Draft, 'platform'>;

/** A send the adapter recognises but cannot read (the site changed its markup): never blocks. */
export interface Unreadable {
  /** The composer kind, as in Composer.kind. */
  kind: string;
  /** What could not be found: "text", "editor", "submit", "account"… (never the text itself). */
  missing: string[];
}

export interface SiteAdapter {
  platform: Platform;
  /** Host names this adapter serves. */
  hosts: readonly string[];
  /** The composer whose submit button the click landed on (or inside); null for any other click. */
  composerForSubmit(event: Event): Composer | null;
  /** The composer whose editor the event (a keydown, a focus) happened in; null elsewhere. */
  composerForEditor(event: Event): Composer | null;
  /** Whether this keydown in the composer's editor sends it (Ctrl/⌘+Enter on X). */
  isSendKey(event: KeyboardEvent, composer: Composer): boolean;
  /** Reads text, identity and context. Pure DOM reads: never writes into the editor. */
  read(composer: Composer): ComposerReading;
  /** The submit button looked up again now (the site may have re-rendered it since the event). */
  resolveSubmit(composer: Composer): HTMLElement | null;
  /** Disabled buttons post nothing: no need to hold them. */
  isDisabled(button: HTMLElement): boolean;
  /**
   * Called for a click or send key that neither composerFor… method claimed: whether it looks like
   * a send the adapter knows (a submit-like button, Enter in a known editor) whose composer it
   * cannot read. The post then goes through, with a small notice, and the worker records what was
   * missing so the team knows which selector to fix.
   */
  unreadable?(event: Event): Unreadable | null;
}
