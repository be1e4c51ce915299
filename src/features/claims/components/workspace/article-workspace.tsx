// The annotated article: the text in Tiptap with every claim highlighted, Add claim (button
// or `c`) for a selection, the side panel of claims, the claim panel for adding or opening
// one, and edit mode for those allowed to correct the text. Loaded lazily with Tiptap.
import { useQuery } from '@tanstack/react-query';
import type { JSONContent } from '@tiptap/core';
import type { EditorState } from '@tiptap/pm/state';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { describeRange, type TextAnchor } from '../../../../lib/anchoring/selectors';
import type { Json, Tables } from '../../../../lib/database.types';
import { LoadingStatus } from '../../../../components/loading-status';
import { ErrorAlert } from '../../../../components/error-alert';
import { peopleQueries } from '../../../../entities/people/api/people-queries';
import { verdictQueries } from '../../../../entities/verdicts/api/verdict-queries';
import { useViewer } from '../../../../entities/viewer/hooks/use-viewer';
import { mayEditArticleText, mayReview, roleIn } from '../../../../entities/viewer/utils/roles';
import { claimQueries } from '../../api/claim-queries';
import { syncSelectionFromDom } from '../../extensions/add-claim-shortcut';
import { setHighlightsMeta } from '../../extensions/claim-highlights';
import { setReadOnly } from '../../extensions/read-only-caret';
import { claimableSelectionOf, useAnnotatedEditor } from '../../hooks/workspace/use-annotated-editor';
import { useClaimAnchors } from '../../hooks/workspace/use-claim-anchors';
import { useLiveArticle } from '../../hooks/workspace/use-live-article';
import { useSaveArticleText } from '../../hooks/workspace/use-save-article-text';
import { cachedTextMapOf } from '../../utils/workspace/text-map-cache';
import { ClaimPanel } from '../claim-form/claim-panel';
import { ClaimsSidebar, type CardFocusRequest } from '../sidebar/claims-sidebar';
import { AnnotatedArticle } from './annotated-article';
import { EditTextToolbar } from './edit-text-toolbar';
import './workspace.css';

export type WorkspaceArticle = Pick<Tables<'articles'>, 'id' | 'newsroom_id' | 'body' | 'updated_at' | 'created_by'>;

type PanelTarget = { kind: 'new'; anchor: TextAnchor } | { kind: 'existing'; claimId: string };

const noNames: ReadonlyMap<string, string> = new Map();

const prefersReducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

export function ArticleWorkspace({
  article,
  renderConversation,
  openClaimId = null,
}: {
  article: WorkspaceArticle;
  /** The comments and history of an open claim, from another feature (composed in src/app). */
  renderConversation?: (claimId: string) => ReactNode;
  /** A claim to open and show in the text as the page loads (a link from My work). */
  openClaimId?: string | null;
}) {
  const claims = useQuery(claimQueries.list(article.id));
  const verdicts = useQuery(verdictQueries.scale(article.newsroom_id));
  const viewer = useViewer();
  const people = useQuery(peopleQueries.names());
  const userId = viewer.data?.id ?? null;
  const [panelTarget, setPanelTarget] = useState<PanelTarget | null>(
    openClaimId === null ? null : { kind: 'existing', claimId: openClaimId },
  );
  const shownOnLoad = useRef(false);
  const openerRef = useRef<HTMLElement | null>(null);
  // What had the focus when a panel was opened, unless that was inside the panel itself.
  const rememberOpener = useCallback(() => {
    const active = document.activeElement;
    if (active instanceof HTMLElement && active !== document.body && active.closest('.claim-panel') === null) {
      openerRef.current = active;
    }
  }, []);
  const [panelKey, setPanelKey] = useState(0);
  const [focusRequest, setFocusRequest] = useState<CardFocusRequest | null>(null);
  const [editing, setEditing] = useState(false);
  const [refreshCount, setRefreshCount] = useState(0);
  // What the editor last showed as saved: the body it opened with, then each saved body.
  const savedBodyRef = useRef<JSONContent>(article.body as JSONContent);
  const [savedUpdatedAt, setSavedUpdatedAt] = useState<string | null>(null);
  const [revisionNote, setRevisionNote] = useState('');
  const [noteProblem, setNoteProblem] = useState<string | null>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);

  const openNewClaim = useCallback((state: EditorState) => {
    const range = claimableSelectionOf(state);
    if (range === null) return false;
    rememberOpener();
    const map = cachedTextMapOf(state.doc);
    setPanelTarget({ kind: 'new', anchor: describeRange(map.text, range.start, range.end) });
    setPanelKey((key) => key + 1);
    return true;
  }, [rememberOpener]);

  useLiveArticle(article.id);
  const { editor, selection } = useAnnotatedEditor(article.body as JSONContent, openNewClaim);
  const anchors = useClaimAnchors(editor, claims.data, verdicts.data, refreshCount);

  // The claim a link asked for is marked in the text once its highlight exists.
  useEffect(() => {
    if (openClaimId === null || shownOnLoad.current || anchors === null) return;
    if (!anchors.claims.some((claim) => claim.id === openClaimId)) return;
    shownOnLoad.current = true;
    editor.view.dispatch(setHighlightsMeta(editor.state.tr, { focusedId: openClaimId }));
    editor.view.dom.querySelector(`[data-claim-id="${CSS.escape(openClaimId)}"]`)?.scrollIntoView({ block: 'center' });
  }, [anchors, editor, openClaimId]);

  const claimById = useMemo(() => new Map((claims.data ?? []).map((claim) => [claim.id, claim])), [claims.data]);
  const verdictById = useMemo(
    () => new Map((verdicts.data ?? []).map((verdict) => [verdict.id, verdict])),
    [verdicts.data],
  );

  const save = useSaveArticleText({
    editor,
    articleId: article.id,
    claims: claims.data ?? [],
    expectedUpdatedAt: savedUpdatedAt ?? article.updated_at,
    onSaved: (body: Json, updatedAt: string | null) => {
      savedBodyRef.current = body as JSONContent;
      setSavedUpdatedAt(updatedAt);
      editor.view.dispatch(setReadOnly(editor.state.tr, true));
      setEditing(false);
      setRefreshCount((count) => count + 1);
    },
  });

  // The claim's highlight and card are marked together, whichever of the two was clicked.
  // Stable callbacks, so the memoised cards of the side panel are not all re-rendered.
  const focusClaim = useCallback(
    (claimId: string) => {
      editor.view.dispatch(setHighlightsMeta(editor.state.tr, { focusedId: claimId }));
      setFocusRequest((previous) => ({ claimId, count: (previous?.count ?? 0) + 1 }));
    },
    [editor],
  );

  const showInText = useCallback(
    (claimId: string) => {
      focusClaim(claimId);
      const highlight = editor.view.dom.querySelector(`[data-claim-id="${CSS.escape(claimId)}"]`);
      highlight?.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
    },
    [editor, focusClaim],
  );

  const openClaim = useCallback((claimId: string) => {
    rememberOpener();
    setPanelTarget({ kind: 'existing', claimId });
    setPanelKey((key) => key + 1);
  }, [rememberOpener]);

  // Closing the panel puts the focus back where it was when the panel opened (the card's
  // Open button, or the article text for a new claim), not on the page's body.
  const closePanel = useCallback(() => {
    setPanelTarget(null);
    const opener = openerRef.current;
    openerRef.current = null;
    requestAnimationFrame(() => {
      if (opener?.isConnected === true) opener.focus();
      else editor.view.dom.focus();
    });
  }, [editor]);

  const startEditing = () => {
    setPanelTarget(null);
    editor.view.dispatch(setReadOnly(editor.state.tr, false));
    setEditing(true);
    editor.commands.focus();
  };

  // save_article_text's rule, so the field says it before anything is sent.
  const noteRequired = (claims.data ?? []).some((claim) => claim.status !== 'draft');
  const saveText = () => {
    if (noteRequired && revisionNote.trim() === '') {
      setNoteProblem('Say what changed and why: a checked article keeps a note with every change of its text.');
      noteRef.current?.focus();
      return;
    }
    save.mutate(revisionNote.trim(), { onSuccess: () => setRevisionNote('') });
  };

  const cancelEditing = () => {
    editor.commands.setContent(savedBodyRef.current, { emitUpdate: false });
    editor.view.dispatch(setReadOnly(editor.state.tr, true));
    save.reset();
    setEditing(false);
    setRefreshCount((count) => count + 1);
  };

  // Judged by the viewer's role in the article's newsroom, as save_article_text judges it.
  const canEdit = mayEditArticleText(
    viewer.data == null ? null : { id: viewer.data.id, role: roleIn(viewer.data, article.newsroom_id) },
    article.created_by,
  );

  return (
    <div className="workspace">
      <div className="workspace-text">
        {canEdit && (
          <EditTextToolbar
            editing={editing}
            saving={save.isPending}
            error={save.error}
            onEdit={startEditing}
            onSave={saveText}
            onCancel={cancelEditing}
            note={revisionNote}
            noteRequired={noteRequired}
            noteProblem={noteProblem}
            noteRef={noteRef}
            onNoteChange={(note) => {
              setRevisionNote(note);
              setNoteProblem(null);
            }}
          />
        )}
        <p className="meta workspace-hint" id="workspace-hint">
          Select words in the text, then choose Add claim or press C.
        </p>
        <AnnotatedArticle
          editor={editor}
          selection={editing || panelTarget?.kind === 'new' ? null : selection}
          claims={claimById}
          verdicts={verdictById}
          onAddClaim={() => {
            syncSelectionFromDom(editor.view);
            openNewClaim(editor.state);
          }}
          onFocusClaim={focusClaim}
        />
      </div>
      <aside className="workspace-side" aria-label="Claims and claim form">
        {panelTarget !== null && (
          <ClaimPanel
            key={panelKey}
            articleId={article.id}
            newsroomId={article.newsroom_id}
            target={panelTarget}
            onClose={closePanel}
          />
        )}
        {panelTarget?.kind === 'existing' && renderConversation?.(panelTarget.claimId)}
        {claims.isError ? (
          <ErrorAlert title="The claims could not be loaded.">
            <p>{claims.error.message}</p>
          </ErrorAlert>
        ) : anchors === null ? (
          <LoadingStatus>Loading claims…</LoadingStatus>
        ) : (
          <ClaimsSidebar
            claims={anchors.claims}
            ranges={anchors.ranges}
            verdicts={verdicts.data ?? []}
            userId={userId}
            reviewer={mayReview({ role: roleIn(viewer.data, article.newsroom_id) })}
            names={people.data ?? noNames}
            focusRequest={focusRequest}
            onShowInText={showInText}
            onOpen={openClaim}
          />
        )}
      </aside>
    </div>
  );
}
