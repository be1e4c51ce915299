// The newsroom's profile: name and slug, and the website and logo public pages and
// ClaimReview show (http(s) only). Problems are named at their field before anything is sent,
// a refusal lands at the field it concerns, and nothing typed is lost.
import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingStatus } from '../../../components/loading-status';
import { TextField } from '../../../components/text-field';
import { maximumNewsroomNameLength, maximumSlugLength } from '../../../entities/newsroom/utils/newsroom-fields';
import type { NewsroomProfile } from '../api/get-newsroom-profile';
import { settingsQueries } from '../api/settings-queries';
import { useNewsroomProfileChange } from '../hooks/use-newsroom-profile-change';
import {
  maximumAddressLength,
  newsroomProfileProblems,
  type NewsroomProfileDraft,
  type NewsroomProfileProblems,
} from '../utils/newsroom-profile-problems';
import { placeRefusal } from '../utils/settings-refusal';

type Field = keyof NewsroomProfileDraft;
const fieldOrder: Field[] = ['name', 'slug', 'url', 'logoUrl'];

function refusedField(code: string, message: string): Field | undefined {
  if (code === '23505' || /slug/i.test(message)) return 'slug';
  if (/logo_url/i.test(message)) return 'logoUrl';
  if (/url/i.test(message)) return 'url';
  if (/name/i.test(message)) return 'name';
  return undefined;
}

function draftOf(profile: NewsroomProfile): NewsroomProfileDraft {
  return { name: profile.name, slug: profile.slug, url: profile.url ?? '', logoUrl: profile.logo_url ?? '' };
}

function ProfileFormFields({ profile }: { profile: NewsroomProfile }) {
  const [draft, setDraft] = useState(() => draftOf(profile));
  const [problems, setProblems] = useState<NewsroomProfileProblems>({});
  const [saved, setSaved] = useState(false);
  const mutation = useNewsroomProfileChange();
  const idPrefix = useId();
  const inputId = (field: Field) => `${idPrefix}-${field}`;
  const refusal = mutation.isError ? placeRefusal(mutation.error, 'The profile was not saved', refusedField) : null;
  const shown = (field: Field) => problems[field] ?? (refusal?.field === field ? refusal.message : undefined);

  const change = (field: Field) => (value: string) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setProblems((current) => ({ ...current, [field]: undefined }));
    setSaved(false);
    mutation.reset();
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const found = newsroomProfileProblems(draft);
    setProblems(found);
    const first = fieldOrder.find((field) => found[field] !== undefined);
    if (first !== undefined) return document.getElementById(inputId(first))?.focus();
    const url = draft.url.trim();
    const logoUrl = draft.logoUrl.trim();
    mutation.mutate(
      { newsroomId: profile.id, name: draft.name.trim(), slug: draft.slug, url: url === '' ? null : url, logoUrl: logoUrl === '' ? null : logoUrl },
      {
        onSuccess: () => setSaved(true),
        onError: (error) => {
          const placed = placeRefusal(error, 'The profile was not saved', refusedField);
          if (placed.field !== undefined) document.getElementById(inputId(placed.field))?.focus();
        },
      },
    );
  };

  return (
    <form className="settings-form" onSubmit={handleSubmit} noValidate aria-labelledby={`${idPrefix}-title`}>
      <h2 id={`${idPrefix}-title`}>Profile</h2>
      <p>Public pages sign each fact-check with this name and logo, and ClaimReview names the newsroom at its website.</p>
      {refusal !== null && refusal.field === undefined && <ErrorAlert title={refusal.message} />}
      <TextField inputId={inputId('name')} label="Newsroom name" name="name" required maxLength={maximumNewsroomNameLength} value={draft.name} onValueChange={change('name')} problem={shown('name')} />
      <TextField
        inputId={inputId('slug')}
        label="Slug"
        name="slug"
        required
        maxLength={maximumSlugLength}
        autoCapitalize="none"
        spellCheck={false}
        hint="Lowercase letters, digits and hyphens; no other newsroom may have it."
        value={draft.slug}
        onValueChange={change('slug')}
        problem={shown('slug')}
      />
      <TextField
        inputId={inputId('url')}
        label="Website address"
        name="url"
        type="url"
        maxLength={maximumAddressLength}
        hint="Optional. https:// or http:// only, e.g. https://harbour.example/."
        value={draft.url}
        onValueChange={change('url')}
        problem={shown('url')}
      />
      <TextField
        inputId={inputId('logoUrl')}
        label="Logo address"
        name="logo-url"
        type="url"
        maxLength={maximumAddressLength}
        hint="Optional. The address of a square image, https:// or http:// only."
        value={draft.logoUrl}
        onValueChange={change('logoUrl')}
        problem={shown('logoUrl')}
      />
      <div className="settings-actions">
        <button type="submit" className="button button-primary" disabled={mutation.isPending}>
          {mutation.isPending ? 'Saving…' : 'Save profile'}
        </button>
        <p role="status" className="settings-saved">
          {saved ? 'Profile saved.' : ''}
        </p>
      </div>
    </form>
  );
}

export function ProfileForm({ newsroomId }: { newsroomId: string }) {
  const profile = useQuery(settingsQueries.profile(newsroomId));
  if (profile.isPending) return <LoadingStatus>Loading the profile…</LoadingStatus>;
  if (profile.isError) {
    return (
      <ErrorAlert title="The profile could not be loaded.">
        <button type="button" className="button button-quiet" onClick={() => void profile.refetch()}>
          Try again
        </button>
      </ErrorAlert>
    );
  }
  return <ProfileFormFields key={profile.data.id} profile={profile.data} />;
}
