// Signs the user out and lands on the sign-in page. If the server cannot be reached the
// session is kept, and the reason is shown next to the button.
import { useMutation } from '@tanstack/react-query';
import { useLocation } from 'wouter';
import { signOut } from '../api/sign-out';

export function SignOutButton() {
  const [, navigate] = useLocation();
  const mutation = useMutation({
    mutationFn: signOut,
    onSuccess: () => navigate('/sign-in', { replace: true }),
  });

  return (
    <>
      <button
        type="button"
        className="button button-quiet"
        onClick={() => mutation.mutate()}
        disabled={mutation.isPending}
      >
        Sign out
      </button>
      {mutation.isError && (
        <span role="alert" className="inline-error">
          Sign-out failed: {mutation.error.message}
        </span>
      )}
    </>
  );
}
