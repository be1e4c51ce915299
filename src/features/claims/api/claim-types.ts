// The claims feature's row types, shared by the api, the claim panel and the workspace.
import type { Tables } from '../../../lib/database.types';

export type Claim = Tables<'claims'>;
export type Source = Tables<'sources'>;
export type ClaimWithSources = Claim & { sources: Source[] };

// A row of claimQueries.list: a claim being saved is shown at once, before the server has
// confirmed it, and carries optimistic: true until the list is fetched again.
export type ClaimListItem = ClaimWithSources & { optimistic?: true };

export type SourceStance = 'supports' | 'refutes' | 'context';

export type ClaimantKind = 'person' | 'organization';
