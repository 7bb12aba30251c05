// The sites Second Look works on, by host name. The worker answers content scripts on these only.
import type { Platform } from '../core/types';

export const SITE_HOSTS: Record<string, Platform> = {
  'x.com': 'x',
  'twitter.com': 'x',
  'mobile.x.com': 'x',
  'mobile.twitter.com': 'x',
  'www.facebook.com': 'facebook',
  'web.facebook.com': 'facebook',
  'www.linkedin.com': 'linkedin',
};

export function platformOfUrl(url: string | undefined): Platform | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' ? SITE_HOSTS[u.hostname] : undefined;
  } catch {
    return undefined;
  }
}
