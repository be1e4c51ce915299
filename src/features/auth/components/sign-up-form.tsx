// The "Create account" form: display name, email and password. Problems are named at their
// field before anything is sent, and a refusal from the auth server lands at the field it
// concerns; nothing typed is lost. A signed-in result needs no navigation here (the
// session change moves the page on); where the server wants the email confirmed first,
// the form says so instead.
import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { TextField } from '../../../components/text-field';
import { signUp } from '../api/sign-up';
import { placeSignUpError } from '../utils/sign-up-error';
import { maximumDisplayNameLength, minimumPasswordLength, signUpProblems, type SignUpFields, type SignUpProblems } from '../utils/sign-up-problems';
import './sign-in-form.css';

const fieldOrder: Array<keyof SignUpFields> = ['displayName', 'email', 'password'];

export function SignUpForm() {
  const [fields, setFields] = useState<SignUpFields>({ displayName: '', email: '', password: '' });
  const [problems, setProblems] = useState<SignUpProblems>({});
  const mutation = useMutation({ mutationFn: signUp });
  const idPrefix = useId();
  const inputId = (field: keyof SignUpFields) => `${idPrefix}-${field}`;
  const refusal = mutation.isError ? placeSignUpError(mutation.error) : null;
  const shownProblems: SignUpProblems = { ...refusal?.fields, ...problems };

  const change = (field: keyof SignUpFields) => (value: string) => {
    setFields((current) => ({ ...current, [field]: value }));
    setProblems((current) => ({ ...current, [field]: undefined }));
    if (mutation.isError) mutation.reset();
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const found = signUpProblems(fields);
    setProblems(found);
    const firstProblem = fieldOrder.find((field) => found[field] !== undefined);
    if (firstProblem !== undefined) {
      document.getElementById(inputId(firstProblem))?.focus();
      return;
    }
    mutation.mutate(
      { email: fields.email.trim(), password: fields.password, displayName: fields.displayName.trim() },
      {
        onError: (error) => {
          const field = fieldOrder.find((name) => placeSignUpError(error).fields[name] !== undefined);
          if (field !== undefined) document.getElementById(inputId(field))?.focus();
        },
      },
    );
  };

  if (mutation.data?.signedIn === false) {
    return (
      <p role="status" className="sign-up-confirm">
        Almost there: we sent a link to {fields.email.trim()}. Open it to confirm your address, then sign in.
      </p>
    );
  }

  return (
    <form className="sign-in-form" onSubmit={handleSubmit} noValidate>
      {refusal?.form != null && <ErrorAlert title={refusal.form} />}
      <TextField
        inputId={inputId('displayName')}
        label="Display name"
        name="display-name"
        autoComplete="name"
        required
        maxLength={maximumDisplayNameLength}
        hint="The name your colleagues see on your claims and comments."
        value={fields.displayName}
        onValueChange={change('displayName')}
        problem={shownProblems.displayName}
      />
      <TextField
        inputId={inputId('email')}
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        maxLength={255}
        value={fields.email}
        onValueChange={change('email')}
        problem={shownProblems.email}
      />
      <TextField
        inputId={inputId('password')}
        label="Password"
        name="new-password"
        type="password"
        autoComplete="new-password"
        required
        maxLength={72}
        hint={`At least ${minimumPasswordLength} characters.`}
        value={fields.password}
        onValueChange={change('password')}
        problem={shownProblems.password}
      />
      <button type="submit" className="button button-primary" disabled={mutation.isPending}>
        {mutation.isPending ? 'Creating account…' : 'Create account'}
      </button>
    </form>
  );
}
