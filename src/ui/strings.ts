// Every string the overlay shows, in one place (moved to _locales when the UI is translated).
import type { Platform } from '../core/types';

export const PLATFORM_NAMES: Record<Platform, string> = { x: 'X', facebook: 'Facebook', linkedin: 'LinkedIn' };

export const strings = {
  titleFindings: (n: number) => (n === 1 ? 'Second Look: one thing to check before posting' : `Second Look: ${n} things to check before posting`),
  titleUnavailable: 'Second Look: review unavailable',
  unavailableBody: 'The review could not run, so nothing was checked. You can still post.',
  edit: 'Edit post',
  post: 'Post anyway',
  postUnreviewed: 'Post without review',
  severity: { critical: 'Stop', warning: 'Check', info: 'Note' },
  crisisBanner: (topic: string) => `Crisis mode: ${topic}. Do not rush.`,
  draftLabel: 'Your draft',
  brand: 'brand account',
  personal: 'personal account',
};
