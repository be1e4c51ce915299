// "Copy ClaimReview" for the newsroom's own members: the whole <script type="application/ld+json">
// block, for the fact-check's page in their own CMS, where search engines and Fact Check
// Explorer read it. When the browser refuses the clipboard, the block is shown selected in a
// read-only field to copy by hand; either way the outcome is announced.
import { useEffect, useId, useRef, useState } from 'react';

type CopyState = 'idle' | 'copied' | 'refused';

export function CopyClaimReview({ block }: { block: string }) {
  const [state, setState] = useState<CopyState>('idle');
  const fieldId = useId();
  const field = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (state !== 'refused') return;
    field.current?.focus();
    field.current?.select();
  }, [state]);

  async function copy() {
    try {
      if (navigator.clipboard === undefined) throw new Error('No clipboard in this browser.');
      await navigator.clipboard.writeText(block);
      setState('copied');
    } catch {
      setState('refused');
    }
  }

  return (
    <section className="public-copy" aria-labelledby={`${fieldId}-heading`}>
      <h2 id={`${fieldId}-heading`}>ClaimReview for your site</h2>
      <p>Paste it into this fact-check’s page on your own site, where search engines and Fact Check Explorer read it.</p>
      <button type="button" onClick={() => void copy()}>
        Copy ClaimReview
      </button>
      <p className="public-copy-status" role="status">
        {state === 'copied' ? 'Copied' : state === 'refused' ? 'The browser did not allow copying: the ClaimReview is selected below.' : ''}
      </p>
      {state === 'refused' && (
        <>
          <label htmlFor={fieldId}>ClaimReview to copy (press Ctrl+C, or ⌘C on a Mac)</label>
          <textarea id={fieldId} ref={field} className="public-copy-field" readOnly rows={8} value={block} />
        </>
      )}
    </section>
  );
}
