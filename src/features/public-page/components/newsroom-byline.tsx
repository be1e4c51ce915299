// "Fact-checked by" the article's newsroom: its logo and name, linking to its website when it
// has an http(s) one. The logo sits beside the name it shows, so it carries no text of its own.
import { ExternalLink } from '../../../components/external-link';
import type { Organization } from '../utils/organization';

export function NewsroomByline({ organization }: { organization: Organization }) {
  const mark = (
    <>
      {organization.logo !== null && <img className="public-byline-logo" src={organization.logo} alt="" width={32} height={32} />}
      <strong>{organization.name}</strong>
    </>
  );
  return (
    <p className="public-byline">
      Fact-checked by{' '}
      {organization.website === null ? mark : <ExternalLink className="public-byline-link" href={organization.website}>{mark}</ExternalLink>}
    </p>
  );
}
