// The team's policy: the person's own (storage.local) under whatever a team or agency pushes with
// the browser's enterprise policy (storage.managed), whose fields are locked. Read at each review:
// an MV3 worker may be stopped at any moment, so nothing that matters lives only in memory.
import browser from 'webextension-polyfill';
import { parsePolicy, parsePolicyText, type ParseResult } from '../core/policy/parse';
import { EMPTY_POLICY, type Policy } from '../core/policy/types';

export const POLICY_KEY = 'policy';

export interface PolicyState {
  /** What the review uses: the person's policy with the managed fields on top. */
  policy: Policy;
  /** Top-level fields set by a managed policy: shown locked, never changed here. */
  locked: string[];
  /** Things the person should know (a saved policy that could not be read, a bad managed policy). */
  problems: string[];
}

/** A copy of the managed policy in session storage, where reading it takes a millisecond. */
export const MANAGED_MIRROR = 'managedPolicy';
/** How long a review waits for a first read of managed storage before going on without it. */
const MANAGED_WAIT_MS = 300;

/** Reads managed storage (Chrome's first read in a browser session takes seconds) into the mirror. */
export async function refreshManagedMirror(): Promise<Record<string, unknown>> {
  let managed: Record<string, unknown> = {};
  try {
    managed = (await browser.storage.managed.get()) ?? {};
  } catch {
    // no managed storage here (not set up, or a browser without it)
  }
  await browser.storage.session.set({ [MANAGED_MIRROR]: managed }).catch(() => undefined); // a full session area: read it again next time
  return managed;
}

async function readManaged(wait: boolean): Promise<Record<string, unknown>> {
  const mirror = (await browser.storage.session.get(MANAGED_MIRROR))[MANAGED_MIRROR];
  if (mirror && typeof mirror === 'object') return mirror as Record<string, unknown>;
  const fresh = refreshManagedMirror();
  if (wait) return fresh;
  // Never let that slow first read hold a post: the worker starts it at start-up, so by the time a
  // person presses Post it is normally done.
  return Promise.race([fresh, new Promise<Record<string, unknown>>((r) => setTimeout(() => r({}), MANAGED_WAIT_MS))]);
}

/**
 * The policy in force. Reviews pass `waitForManaged: false` (the default) so that a slow first read
 * of managed storage cannot delay a post; the options page waits for it.
 */
export async function loadPolicyState({ waitForManaged = false } = {}): Promise<PolicyState> {
  const problems: string[] = [];
  const stored = (await browser.storage.local.get(POLICY_KEY))[POLICY_KEY];
  let policy: Policy = structuredClone(EMPTY_POLICY);
  if (stored !== undefined) {
    const local = parsePolicy(stored);
    if (local.ok) policy = local.policy;
    else problems.push(`Your saved policy could not be read (${local.error}); the defaults apply until you import it again.`);
  }
  const managed = await readManaged(waitForManaged);
  const locked = Object.keys(managed).filter((k) => k !== 'version');
  if (locked.length === 0) return { policy, locked, problems };
  const parsed = parsePolicy({ ...managed, version: 1 });
  if (!parsed.ok) {
    problems.push(`Your organisation's policy could not be read (${parsed.error}); it was not applied.`);
    return { policy, locked: [], problems };
  }
  for (const key of locked) policy[key] = parsed.policy[key];
  return { policy, locked, problems };
}

export async function loadPolicy(): Promise<Policy> {
  return (await loadPolicyState()).policy;
}

/** Saves a whole policy, or nothing: a bad one is refused with the reason, the old one stays. */
export async function savePolicy(candidate: unknown): Promise<ParseResult> {
  const parsed = parsePolicy(candidate);
  if (parsed.ok) await browser.storage.local.set({ [POLICY_KEY]: parsed.policy });
  return parsed;
}

/** Import of a policy file's text: the same all-or-nothing rule. */
export async function importPolicyText(text: string): Promise<ParseResult> {
  const parsed = parsePolicyText(text);
  return parsed.ok ? savePolicy(parsed.policy) : parsed;
}

/** Changes the saved policy with `edit` (read, edit, validate, save), e.g. marking one account. */
export async function updatePolicy(edit: (p: Policy) => void): Promise<ParseResult> {
  const stored = (await browser.storage.local.get(POLICY_KEY))[POLICY_KEY];
  const current = parsePolicy(stored ?? EMPTY_POLICY);
  // A saved policy that cannot be read is refused, not overwritten: importing it again (or a new
  // file) is the way out, and nothing of it is lost meanwhile.
  if (!current.ok) return { ok: false, error: `your saved policy could not be read (${current.error}); import a policy file first` };
  edit(current.policy);
  return savePolicy(current.policy);
}

/** The policy file as the person would export it (pretty JSON, the same format as import). */
export const policyFileText = (policy: Policy) => `${JSON.stringify(policy, null, 2)}\n`;
