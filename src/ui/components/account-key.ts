// One account, however it is written: the engine matches ids case-insensitively, with or without "@".
import { normalizeAccountId } from '../../core/policy/account';
import type { Platform } from '../../core/types';

export const accountKey = (platform: Platform, id: string) => `${platform}|${normalizeAccountId(id)}`;
