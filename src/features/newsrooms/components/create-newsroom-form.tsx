// "Start a newsroom": its name and slug (suggested from the name until the person edits it).
// Problems are named at the field before anything is sent, a refusal (a taken slug) lands at
// the field it concerns, and nothing typed is lost. The creator becomes the newsroom's admin.
import { useId, useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { TextField } from '../../../components/text-field';
import {
  maximumNewsroomNameLength,
  maximumSlugLength,
  newsroomNameProblem,
  slugFromName,
  slugProblem,
} from '../../../entities/newsroom/utils/newsroom-fields';
import { useCreateNewsroom } from '../hooks/use-join-newsroom';
import { placeCreateNewsroomError } from '../utils/create-newsroom-error';

interface Problems {
  name?: string | undefined;
  slug?: string | undefined;
}

export function CreateNewsroomForm({ viewerId, onJoining }: { viewerId: string; onJoining?: () => void }) {
  const [name, setName] = useState('');
  const [slug, setSlug] = useState('');
  const [slugEdited, setSlugEdited] = useState(false);
  const [problems, setProblems] = useState<Problems>({});
  const mutation = useCreateNewsroom(viewerId);
  const idPrefix = useId();
  const nameId = `${idPrefix}-name`;
  const slugId = `${idPrefix}-slug`;
  const refusal = mutation.isError ? placeCreateNewsroomError(mutation.error) : {};
  const shown: Problems = { name: problems.name ?? refusal.name, slug: problems.slug ?? refusal.slug };

  const changeName = (value: string) => {
    setName(value);
    if (!slugEdited) setSlug(slugFromName(value));
    setProblems({});
    mutation.reset();
  };
  const changeSlug = (value: string) => {
    setSlug(value);
    setSlugEdited(true);
    setProblems((current) => ({ ...current, slug: undefined }));
    mutation.reset();
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const found: Problems = { name: newsroomNameProblem(name), slug: slugProblem(slug) };
    setProblems(found);
    if (found.name !== undefined) return document.getElementById(nameId)?.focus();
    if (found.slug !== undefined) return document.getElementById(slugId)?.focus();
    onJoining?.();
    mutation.mutate(
      { name: name.trim(), slug },
      {
        onError: (error) => {
          const placed = placeCreateNewsroomError(error);
          document.getElementById(placed.name !== undefined ? nameId : slugId)?.focus();
        },
      },
    );
  };

  return (
    <form className="join-form" onSubmit={handleSubmit} noValidate aria-labelledby={`${idPrefix}-title`}>
      <h2 id={`${idPrefix}-title`}>Start a newsroom</h2>
      <p>You become its admin: you invite your colleagues and give each of them a role.</p>
      {refusal.form !== undefined && <ErrorAlert title={refusal.form} />}
      <TextField
        inputId={nameId}
        label="Newsroom name"
        name="newsroom-name"
        required
        maxLength={maximumNewsroomNameLength}
        value={name}
        onValueChange={changeName}
        problem={shown.name}
      />
      <TextField
        inputId={slugId}
        label="Slug"
        name="newsroom-slug"
        required
        maxLength={maximumSlugLength}
        autoCapitalize="none"
        spellCheck={false}
        hint="Lowercase letters, digits and hyphens, e.g. harbour-gazette. It must not be taken by another newsroom."
        value={slug}
        onValueChange={changeSlug}
        problem={shown.slug}
      />
      <button type="submit" className="button button-primary" disabled={mutation.isPending}>
        {mutation.isPending ? 'Creating newsroom…' : 'Create newsroom'}
      </button>
    </form>
  );
}
