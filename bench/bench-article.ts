// The benchmark's article and claims: 50,000 characters made from the seed article's paragraphs,
// repeated with words varied so that most quotes are unique, 1,000 quotes of 20-200 characters at
// word boundaries (overlapping like real claims do), and a copy of the text where one character
// inside 10% of the quotes was changed, so exactly those quotes need approximate matching.
// Everything is derived from a fixed PRNG seed, so every run measures the same input.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../stack/config.ts';
import { parseSeedArticle, paragraphSeparator } from '../stack/seed/seed-article.ts';

export interface BenchAnchor {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

export interface BenchArticle {
  paragraphs: string[];
  text: string;
  anchors: BenchAnchor[];
  perturbedText: string;
  perturbedIndexes: number[];
}

export const articleLength = 50_000;
export const quoteCount = 1_000;
export const perturbedShare = 0.1;
const contextLength = 32;

// mulberry32: small, fast and good enough to pick words and offsets reproducibly.
function randomGenerator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)]!;
}

function buildParagraphs(seedParagraphs: string[], random: () => number): string[] {
  const vocabulary = [...new Set(seedParagraphs.join(' ').split(/\s+/).filter((word) => /^[a-z]{4,}$/.test(word)))];
  const paragraphs: string[] = [];
  let length = 0;
  for (let copy = 0; length < articleLength; copy += 1) {
    for (const seedParagraph of seedParagraphs) {
      const words = seedParagraph.split(' ').map((word) => (/^[a-z]{3,}$/.test(word) && random() < 0.3 ? pick(vocabulary, random) : word));
      const paragraph = copy === 0 ? seedParagraph : words.join(' ');
      const separator = paragraphs.length === 0 ? 0 : paragraphSeparator.length;
      const room = articleLength - length - separator;
      if (room <= 0) break;
      paragraphs.push(paragraph.slice(0, room));
      length += separator + Math.min(paragraph.length, room);
    }
  }
  return paragraphs;
}

function describe(text: string, start: number, end: number): BenchAnchor {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - contextLength), start),
    suffix: text.slice(end, end + contextLength),
    start,
    end,
  };
}

function buildAnchors(paragraphs: string[], text: string, random: () => number): BenchAnchor[] {
  const paragraphStarts: number[] = [];
  let offset = 0;
  for (const paragraph of paragraphs) {
    paragraphStarts.push(offset);
    offset += paragraph.length + paragraphSeparator.length;
  }
  const anchors: BenchAnchor[] = [];
  while (anchors.length < quoteCount) {
    const index = Math.floor(random() * paragraphs.length);
    const paragraph = paragraphs[index]!;
    const length = 20 + Math.floor(random() * 181);
    let start = Math.floor(random() * Math.max(1, paragraph.length - length));
    while (start > 0 && paragraph[start - 1] !== ' ') start -= 1;
    let end = Math.min(paragraph.length, start + length);
    while (end < paragraph.length && paragraph[end] !== ' ') end += 1;
    if (end - start < 20 || end - start > 200) continue;
    const base = paragraphStarts[index]!;
    anchors.push(describe(text, base + start, base + end));
  }
  return anchors.sort((a, b) => a.start - b.start || a.end - b.end);
}

// Changes one letter inside a tenth of the quotes, each at a character no other quote covers, and
// only in quotes that occur once, so that the changed quote occurs nowhere verbatim and really
// needs approximate matching.
function perturb(text: string, anchors: BenchAnchor[], random: () => number): { perturbedText: string; perturbedIndexes: number[] } {
  const coverage = new Uint16Array(text.length);
  for (const anchor of anchors) for (let i = anchor.start; i < anchor.end; i += 1) coverage[i] = (coverage[i] ?? 0) + 1;
  const characters = text.split('');
  const perturbedIndexes: number[] = [];
  const wanted = Math.round(anchors.length * perturbedShare);
  const order = anchors.map((_, index) => index).sort(() => random() - 0.5);
  for (const index of order) {
    if (perturbedIndexes.length === wanted) break;
    const anchor = anchors[index]!;
    if (text.indexOf(anchor.exact) !== text.lastIndexOf(anchor.exact)) continue;
    const middle = Math.floor((anchor.start + anchor.end) / 2);
    let at = -1;
    for (let step = 0; step < anchor.end - anchor.start && at === -1; step += 1) {
      const candidate = middle + (step % 2 === 0 ? step / 2 : -(step + 1) / 2);
      if (candidate > anchor.start && candidate < anchor.end - 1 && coverage[candidate] === 1 && /[a-z]/.test(characters[candidate]!)) {
        at = candidate;
      }
    }
    if (at === -1) continue;
    characters[at] = characters[at] === 'x' ? 'q' : 'x';
    perturbedIndexes.push(index);
  }
  const perturbedText = characters.join('');
  const stillVerbatim = perturbedIndexes.filter((index) => perturbedText.includes(anchors[index]!.exact));
  if (stillVerbatim.length > 0) throw new Error(`${stillVerbatim.length} perturbed quotes still occur verbatim`);
  return { perturbedText, perturbedIndexes: perturbedIndexes.sort((a, b) => a - b) };
}

export function buildBenchArticle(): BenchArticle {
  const seed = parseSeedArticle(readFileSync(path.join(repoRoot, 'tests', 'fixtures', 'seed-article.txt'), 'utf8'));
  const random = randomGenerator(20250605);
  const paragraphs = buildParagraphs(seed.paragraphs, random);
  const text = paragraphs.join(paragraphSeparator);
  const anchors = buildAnchors(paragraphs, text, random);
  return { paragraphs, text, anchors, ...perturb(text, anchors, random) };
}
