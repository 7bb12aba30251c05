// The adapters, by host name.
import type { SiteAdapter } from './adapter';
import { linkedin } from './linkedin';
import { x } from './x';

export const adapters: readonly SiteAdapter[] = [x, linkedin];

export function adapterForHost(hostname: string): SiteAdapter | undefined {
  return adapters.find((a) => a.hosts.includes(hostname));
}
