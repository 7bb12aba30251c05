// Who a draft speaks to, from its context: rules raise severity when a brand answers someone.
import type { RuleContext } from '../rule';

// The @handles a draft opens with ("@ana @luis thanks!"): on X, the people a reply answers.
const OPENING_MENTIONS = /^\s*(?:@[\w.]+\s*)+/u;

/** Where the @handles the text opens with end (white space after them included); 0 when it opens otherwise. */
export const openingMentionsEnd = (text: string): number => OPENING_MENTIONS.exec(text)?.[0].length ?? 0;

/** A reply, comment or message, or a post that opens by @mentioning someone. */
export function isAddressed(ctx: Pick<RuleContext, 'draft' | 'text'>): boolean {
  return ctx.draft.context !== 'post' || !!ctx.draft.replyTo || openingMentionsEnd(ctx.text) > 0;
}

/** The brand itself answering a customer in public or private. */
export const isBrandAnswer = (ctx: Pick<RuleContext, 'draft' | 'text' | 'account'>) =>
  ctx.account.kind === 'brand' && isAddressed(ctx);
