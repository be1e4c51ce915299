// The organisation a public fact-check speaks for: the article's newsroom, named as the author
// of every ClaimReview and in the page's byline. Its website becomes a link only when it is
// http(s); without one, ClaimReview names the site the fact-check is published on.
import { safeExternalUrl } from '../../../lib/safe-external-url';

export interface NewsroomProfile {
  name: string;
  url: string | null;
  logo_url: string | null;
}

export interface Organization {
  name: string;
  // The address ClaimReview names; the newsroom's own site when it has a usable one.
  url: string;
  website: string | null;
  logo: string | null;
}

export function newsroomOrganization(newsroom: NewsroomProfile, siteOrigin: string): Organization {
  const website = safeExternalUrl(newsroom.url);
  return {
    name: newsroom.name.trim(),
    url: website ?? siteOrigin,
    website,
    logo: safeExternalUrl(newsroom.logo_url),
  };
}
