// Reading a policy file: all or nothing. A bad file is refused whole, with the first bad field named
// (`accounts[2].kind: expected "brand" or "personal"`), so a team never runs on half a policy.
import * as v from 'valibot';
import { policySchema } from './schema';
import type { Policy } from './types';

export type ParseResult = { ok: true; policy: Policy } | { ok: false; error: string };

/** `accounts[2].crisis.until`: the path a person would use to find the field in the file. */
export function issuePath(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key?: unknown }).key;
    out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  }
  return out;
}

/** The first problem, named by its path, and how many more there are. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[], root: string): string {
  const [first] = issues;
  if (!first) return `${root}: invalid`;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  return `${issuePath(first) || root}: ${first.message}${more}`;
}

export function parsePolicy(json: unknown): ParseResult {
  const result = v.safeParse(policySchema, json);
  if (!result.success) return { ok: false, error: describeIssues(result.issues, 'policy') };
  return { ok: true, policy: result.output as Policy };
}

export function parsePolicyText(text: string): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, error: `policy is not valid JSON: ${(e as Error).message}` };
  }
  return parsePolicy(json);
}
