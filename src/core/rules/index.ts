// Every rule the engine runs, in the order findings of equal severity are listed.
import type { Rule } from '../rule';
import { offensive } from './offensive';
import { placeholder } from './placeholder';
import { length } from './length';
import { link } from './link';
import { privacy } from './privacy';
import { confidential } from './confidential';
import { blockedTerm } from './blocked-term';
import { massMention } from './mass-mention';
import { date } from './date';
import { sensitiveEvent } from './sensitive-event';
import { hashtagCase } from './hashtag-case';
import { crisis } from './crisis';
import { toneShouting } from './tone-shouting';
import { toneDismissive } from './tone-dismissive';
import { toneContempt } from './tone-contempt';
import { engagementBait } from './engagement-bait';
import { toneHarmfulJoke } from './tone-harmful-joke';
import { wrongAccount } from './wrong-account';
import { unverifiedClaim } from './unverified-claim';
import { disclosure } from './disclosure';
import { inclusiveLanguage } from './inclusive-language';

export const rules: readonly Rule[] = [
  offensive,
  placeholder,
  length,
  link,
  privacy,
  confidential,
  blockedTerm,
  massMention,
  date,
  sensitiveEvent,
  hashtagCase,
  crisis,
  toneShouting,
  toneDismissive,
  toneContempt,
  engagementBait,
  toneHarmfulJoke,
  wrongAccount,
  unverifiedClaim,
  disclosure,
  inclusiveLanguage,
];
