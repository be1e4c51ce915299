// The article text with its claim highlights and what happens on it: the Add claim button
// next to a selection that can hold a claim, a tooltip over highlights, and on click either
// the claim's card or, where claims overlap, a choice between all of them.
import { EditorContent, type Editor } from '@tiptap/react';
import { useRef, useState } from 'react';
import type { Verdict } from '../../../../entities/verdicts/api/get-verdicts';
import type { ClaimListItem } from '../../api/claim-types';
import type { ClaimableSelection } from '../../hooks/workspace/use-annotated-editor';
import { claimIdsAt } from '../../utils/workspace/claims-at-point';
import { ClaimChooser } from './claim-chooser';
import { ClaimTooltip, type PointPlacement } from './claim-tooltip';
import './workspace.css';

function placementBelow(element: Element, container: Element, claimIds: string[]): PointPlacement {
  const box = element.getBoundingClientRect();
  const frame = container.getBoundingClientRect();
  return { claimIds, top: Math.round(box.bottom - frame.top + 4), left: Math.round(box.left - frame.left) };
}

function sameIds(a: readonly string[], b: readonly string[]) {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}

export function AnnotatedArticle({
  editor,
  selection,
  claims,
  verdicts,
  onAddClaim,
  onFocusClaim,
}: {
  editor: Editor;
  /** A selection that can become a claim, or null (no Add claim button). */
  selection: ClaimableSelection | null;
  claims: ReadonlyMap<string, ClaimListItem>;
  verdicts: ReadonlyMap<string, Verdict>;
  onAddClaim: () => void;
  onFocusClaim: (claimId: string) => void;
}) {
  const frameRef = useRef<HTMLDivElement>(null);
  const [tooltip, setTooltip] = useState<PointPlacement | null>(null);
  const [chooser, setChooser] = useState<PointPlacement | null>(null);

  const highlightAt = (target: EventTarget | null) => {
    const ids = claimIdsAt(target, editor.view.dom);
    const element = target instanceof Element ? target.closest('[data-claim-id]') : null;
    return { ids, element };
  };

  return (
    <div
      ref={frameRef}
      className="annotated-text"
      onMouseOver={(event) => {
        const { ids, element } = highlightAt(event.target);
        if (ids.length === 0 || element === null || frameRef.current === null) {
          if (tooltip !== null) setTooltip(null);
          return;
        }
        if (tooltip === null || !sameIds(tooltip.claimIds, ids)) {
          setTooltip(placementBelow(element, frameRef.current, ids));
        }
      }}
      onMouseLeave={() => setTooltip(null)}
      onKeyDown={(event) => {
        // A tooltip can always be dismissed without moving the pointer (WCAG 1.4.13).
        if (event.key === 'Escape' && tooltip !== null) setTooltip(null);
      }}
      onClick={(event) => {
        // A drag that selected words is a selection, not a click on a highlight.
        if (document.getSelection()?.isCollapsed === false) return;
        const { ids, element } = highlightAt(event.target);
        if (ids.length === 0 || element === null || frameRef.current === null) return;
        setTooltip(null);
        if (ids.length === 1 && ids[0] !== undefined) onFocusClaim(ids[0]);
        else setChooser(placementBelow(element, frameRef.current, ids));
      }}
    >
      <EditorContent editor={editor} />
      {selection !== null && (
        <button
          type="button"
          className="button button-primary add-claim-button"
          style={{ top: selection.top, left: selection.left }}
          aria-keyshortcuts="c"
          // Keeps the selection and the editor's focus; the click itself opens the form.
          onMouseDown={(event) => event.preventDefault()}
          onClick={onAddClaim}
        >
          Add claim
        </button>
      )}
      {tooltip !== null && chooser === null && <ClaimTooltip placement={tooltip} claims={claims} verdicts={verdicts} />}
      {chooser !== null && (
        <ClaimChooser
          placement={chooser}
          claims={claims}
          verdicts={verdicts}
          onChoose={(claimId) => {
            setChooser(null);
            onFocusClaim(claimId);
          }}
          onClose={() => {
            setChooser(null);
            editor.commands.focus();
          }}
          onDismiss={() => setChooser(null)}
        />
      )}
    </div>
  );
}
