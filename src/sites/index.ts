// The adapters, by host name.
import type { SiteAdapter } from './adapter';
import { facebook } from './facebook';
import { linkedin } from './linkedin';
import { x } from './x';

export const adapters: readonly SiteAdapter[] = [x, linkedin, facebook];

export function adapterForHost(hostname: string): SiteAdapter | undefined {
  return adapters.find((a) => a.hosts.includes(hostname));
}
