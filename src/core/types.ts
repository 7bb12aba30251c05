// The engine's public vocabulary. Ids and shapes here are a stable contract shared by the worker,
// the CLI, the overlay and the policy file: change them only with a version bump.

export type Platform = 'x' | 'facebook' | 'linkedin';
export const PLATFORMS: readonly Platform[] = ['x', 'facebook', 'linkedin'];

/** Where the text goes: a new post, a reply on X, a comment on Facebook/LinkedIn, a private message. */
export type DraftContext = 'post' | 'reply' | 'comment' | 'message';
export const DRAFT_CONTEXTS: readonly DraftContext[] = ['post', 'reply', 'comment', 'message'];

export interface Draft {
  text: string;
  platform: Platform;
  /** The posting identity as the site shows it: "@handle" on X, a person or page name elsewhere. */
  account?: string;
  context: DraftContext;
  /** Whom a reply, comment or message answers ("@handle", a person's name). */
  replyTo?: string;
  /** Several posts sent together (an X thread). */
  thread?: boolean;
  /** The audience the site shows ("Anyone", "Public"), when it shows one. */
  audience?: string;
  /** Whether the posting identity is a person or a Page / company page, when the site shows it. */
  identity?: 'person' | 'page';
}

export type Severity = 'info' | 'warning' | 'critical';
export type Verdict = 'clear' | 'caution' | 'stop';

export const CATEGORIES = [
  'offensive',
  'inclusive-language',
  'tone',
  'sensitive-event',
  'wrong-account',
  'crisis',
  'unverified-claim',
  'disclosure',
  'confidential',
  'privacy',
  'placeholder',
  'link',
  'date',
  'length',
  'accessibility',
  'policy',
  'spelling',
] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Finding {
  rule: string;
  category: Category;
  severity: Severity;
  /** One plain sentence for a person. */
  message: string;
  /** [start, end) as UTF-16 indexes into the draft's text. */
  start?: number;
  end?: number;
  suggestion?: string;
}

export interface Review {
  verdict: Verdict;
  findings: Finding[];
}
