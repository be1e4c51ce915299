// The organisation named as the author of every published ClaimReview. A newsroom sets
// VITE_FACTMARK_ORGANIZATION_NAME and VITE_FACTMARK_ORGANIZATION_URL at build time; without
// them the page names Factmark at the site's own address.
import { safeExternalUrl } from '../../../lib/safe-external-url';

export interface Organization {
  name: string;
  url: string;
}

const defaultOrganizationName = 'Factmark';

export function readOrganization(env: Record<string, unknown>, siteOrigin: string): Organization {
  const name = typeof env.VITE_FACTMARK_ORGANIZATION_NAME === 'string' ? env.VITE_FACTMARK_ORGANIZATION_NAME.trim() : '';
  const url = typeof env.VITE_FACTMARK_ORGANIZATION_URL === 'string' ? safeExternalUrl(env.VITE_FACTMARK_ORGANIZATION_URL) : null;
  return { name: name === '' ? defaultOrganizationName : name, url: url ?? siteOrigin };
}

export function configuredOrganization(): Organization {
  return readOrganization(import.meta.env, window.location.origin);
}
