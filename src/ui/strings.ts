// Names that are the same in every language.
import type { Platform } from '../core/types';

export const PLATFORM_NAMES: Record<Platform, string> = { x: 'X', facebook: 'Facebook', linkedin: 'LinkedIn' };
