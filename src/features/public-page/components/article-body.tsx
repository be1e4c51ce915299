// Renders a laid-out article (utils/document-layout) as plain React elements, with no editor:
// published claims' words in a <mark> of their verdict's colour, followed by a numbered label
// naming the verdict (so colour is never the only sign) that links to the claim's card.
import { Fragment, type ReactNode } from 'react';
import type { DocumentLayout, InlineMark, InlinePiece, LaidOutBlock } from '../utils/document-layout';
import { claimCardId, claimLabelId, type ClaimMarker } from './claim-marker';

function withMark(inner: ReactNode, mark: InlineMark, key: number): ReactNode {
  switch (mark.kind) {
    case 'bold':
      return <strong key={key}>{inner}</strong>;
    case 'italic':
      return <em key={key}>{inner}</em>;
    case 'link':
      return (
        <a key={key} href={mark.href} target="_blank" rel="noopener noreferrer">
          {inner}
        </a>
      );
  }
}

function renderPiece(piece: InlinePiece, key: number, markers: ReadonlyMap<string, ClaimMarker>): ReactNode {
  if (piece.kind === 'label') {
    const marker = markers.get(piece.claimId);
    if (marker === undefined) return null;
    return (
      <a key={key} id={claimLabelId(piece.claimId)} className="public-highlight-label" href={`#${claimCardId(piece.claimId)}`} style={marker.style}>
        <span className="visually-hidden">{`Fact-check ${marker.number}: `}</span>
        <span aria-hidden="true">{`${marker.number} · `}</span>
        {marker.label}
      </a>
    );
  }
  const inner = piece.kind === 'break' ? <br key={key} /> : piece.marks.reduceRight<ReactNode>((text, mark, index) => withMark(text, mark, index), piece.text);
  const innermost = piece.claimIds.at(-1);
  const marker = innermost === undefined ? undefined : markers.get(innermost);
  if (marker === undefined) return <Fragment key={key}>{inner}</Fragment>;
  return (
    <mark key={key} className="public-highlight" data-claim-id={innermost} style={marker.style}>
      {inner}
    </mark>
  );
}

function renderBlock(block: LaidOutBlock, key: number, markers: ReadonlyMap<string, ClaimMarker>): ReactNode {
  if (block.kind === 'textblock') {
    const pieces = block.pieces.map((piece, index) => renderPiece(piece, index, markers));
    if (block.type === 'codeBlock') return <pre key={key}>{pieces}</pre>;
    if (block.type === 'heading') {
      // The page's title is the h1, so the article's own headings start one level lower.
      const level = Math.min(Math.max(block.level + 1, 3), 6);
      const Heading = `h${level}` as 'h3' | 'h4' | 'h5' | 'h6';
      return <Heading key={key}>{pieces}</Heading>;
    }
    return <p key={key}>{pieces}</p>;
  }
  const children = block.children.map((child, index) => renderBlock(child, index, markers));
  switch (block.type) {
    case 'blockquote':
      return <blockquote key={key}>{children}</blockquote>;
    case 'bulletList':
      return <ul key={key}>{children}</ul>;
    case 'orderedList':
      return (
        <ol key={key} start={block.start}>
          {children}
        </ol>
      );
    case 'listItem':
      return <li key={key}>{children}</li>;
    case 'other':
      return <div key={key}>{children}</div>;
  }
}

export function ArticleBody({ layout, markers }: { layout: DocumentLayout; markers: ReadonlyMap<string, ClaimMarker> }) {
  return <div className="public-article-body">{layout.blocks.map((block, index) => renderBlock(block, index, markers))}</div>;
}
