// What is wrong with a newsroom's profile before it is saved: the name and slug by the shared
// newsroom rules, the website and logo as public.newsrooms' constraints state them (http or
// https, a host, no spaces, at most 2,048 characters; both optional).
import { newsroomNameProblem, slugProblem } from '../../../entities/newsroom/utils/newsroom-fields';

export const maximumAddressLength = 2048;
const webAddress = /^https?:\/\/[^\s/?#]+\S*$/i;

export interface NewsroomProfileDraft {
  name: string;
  slug: string;
  url: string;
  logoUrl: string;
}

export type NewsroomProfileProblems = Partial<Record<keyof NewsroomProfileDraft, string>>;

function addressProblem(value: string, what: string): string | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (trimmed.length > maximumAddressLength) return `Keep the ${what} to ${maximumAddressLength} characters or fewer.`;
  if (!webAddress.test(trimmed)) return `Enter the ${what} as a web address starting with https:// or http://.`;
  return undefined;
}

export function newsroomProfileProblems(draft: NewsroomProfileDraft): NewsroomProfileProblems {
  const found: NewsroomProfileProblems = {
    name: newsroomNameProblem(draft.name),
    slug: slugProblem(draft.slug),
    url: addressProblem(draft.url, 'website address'),
    logoUrl: addressProblem(draft.logoUrl, 'logo address'),
  };
  return Object.fromEntries(Object.entries(found).filter(([, problem]) => problem !== undefined));
}
