// Who a draft speaks to, from its context: rules raise severity when a brand answers someone.
import type { RuleContext } from '../rule';

/** A reply, comment or message, or a post that opens by @mentioning someone. */
export function isAddressed(ctx: Pick<RuleContext, 'draft' | 'text'>): boolean {
  return ctx.draft.context !== 'post' || !!ctx.draft.replyTo || /^\s*@[\w.]/u.test(ctx.text);
}

/** The brand itself answering a customer in public or private. */
export const isBrandAnswer = (ctx: Pick<RuleContext, 'draft' | 'text' | 'account'>) =>
  ctx.account.kind === 'brand' && isAddressed(ctx);
