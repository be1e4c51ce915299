// Shows a stored rationale. The HTML is parsed through the rationale editor's Tiptap
// schema and rendered as React elements, so only paragraphs, emphasis, line breaks and
// http(s) links survive; scripts, event handlers and other markup never reach the page.
import { getSchema } from '@tiptap/core';
import { DOMParser as ProseMirrorDOMParser, type Mark, type Node } from '@tiptap/pm/model';
import type { ReactNode } from 'react';
import { ExternalLink } from '../../../../components/external-link';
import { rationaleExtensions } from '../../utils/claim-form/rationale-extensions';

const rationaleSchema = getSchema(rationaleExtensions);
const rationaleParser = ProseMirrorDOMParser.fromSchema(rationaleSchema);

function parseRationale(html: string): Node {
  // A document made by DOMParser is inert: its scripts never run and its images never load.
  const detached = new DOMParser().parseFromString(html, 'text/html');
  return rationaleParser.parse(detached.body);
}

function renderMarked(text: ReactNode, marks: readonly Mark[], key: number): ReactNode {
  return marks.reduceRight<ReactNode>((inner, mark) => {
    switch (mark.type.name) {
      case 'bold':
        return <strong key={key}>{inner}</strong>;
      case 'italic':
        return <em key={key}>{inner}</em>;
      case 'link': {
        return (
          <ExternalLink key={key} href={typeof mark.attrs.href === 'string' ? mark.attrs.href : null}>
            {inner}
          </ExternalLink>
        );
      }
      default:
        return inner;
    }
  }, text);
}

function renderInline(node: Node, key: number): ReactNode {
  if (node.isText) return renderMarked(node.text ?? '', node.marks, key);
  if (node.type.name === 'hardBreak') return <br key={key} />;
  return node.textContent === '' ? null : renderMarked(node.textContent, node.marks, key);
}

function renderBlock(node: Node, key: number): ReactNode {
  const children: ReactNode[] = [];
  node.forEach((child, _offset, index) => {
    children.push(child.isBlock ? renderBlock(child, index) : renderInline(child, index));
  });
  if (node.type.name === 'paragraph') return <p key={key}>{children}</p>;
  return children;
}

export function RationaleView({ html }: { html: string | null }) {
  if (html === null || html.trim() === '') return null;
  const document = parseRationale(html);
  if (document.textContent.trim() === '') return null;
  return <div className="rationale">{renderBlock(document, 0)}</div>;
}
