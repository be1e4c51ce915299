// What is wrong with a verdict before it is sent, in the words a form shows at each field,
// as public.verdicts' constraints and validate_verdict state the rules (a label of 1 to 100
// characters unique in the scale, ignoring case; a description of up to 1,000; a rating of 1
// to 5 or none; a colour #rrggbb), plus the contrast the colour needs to be read. A colour
// close to another verdict's is a warning, not a problem: the admin may mean it.
import { colourContrast, isHexColour, lookalikeVerdicts, minimumTextContrast, minimumUnderlineContrast } from './verdict-colours';

export const maximumVerdictLabelLength = 100;
export const maximumVerdictDescriptionLength = 1000;

export interface VerdictDraft {
  label: string;
  description: string;
  rating: string;
  colour: string;
}

export interface ScaleVerdict {
  id: string;
  label: string;
  color: string;
}

export interface VerdictProblems {
  label?: string;
  description?: string;
  rating?: string;
  colour?: string;
}

export function normaliseColour(colour: string): string {
  return colour.trim().toLowerCase();
}

function labelProblem(label: string, others: readonly ScaleVerdict[]): string | undefined {
  const trimmed = label.trim();
  if (trimmed === '') return 'Enter a label, the word readers see, like “Mostly false”.';
  if ([...trimmed].length > maximumVerdictLabelLength) return `Keep the label to ${maximumVerdictLabelLength} characters or fewer.`;
  const taken = others.find((other) => other.label.trim().toLowerCase() === trimmed.toLowerCase());
  if (taken !== undefined) return `The scale already has “${taken.label}”: choose another label.`;
  return undefined;
}

function ratingProblem(rating: string): string | undefined {
  if (rating === '' || /^[1-5]$/.test(rating)) return undefined;
  return 'Choose a rating from 1 (false) to 5 (true), or none.';
}

export function colourProblem(colour: string): string | undefined {
  const value = normaliseColour(colour);
  if (!isHexColour(value)) return 'Enter a colour as # and six hexadecimal digits, like #b91c1c.';
  const contrast = colourContrast(value);
  if (contrast.onWhite < minimumTextContrast) {
    return `This colour has ${contrast.onWhite.toFixed(1)}:1 contrast on white; readers need ${minimumTextContrast}:1. Choose a darker one.`;
  }
  if (contrast.onHighlight < minimumUnderlineContrast) {
    return `This colour has ${contrast.onHighlight.toFixed(1)}:1 contrast on its highlight; readers need ${minimumUnderlineContrast}:1.`;
  }
  return undefined;
}

/** The problems of a draft; `others` is the rest of the scale (without the verdict being edited). */
export function verdictProblems(draft: VerdictDraft, others: readonly ScaleVerdict[]): VerdictProblems {
  const problems: VerdictProblems = {};
  const label = labelProblem(draft.label, others);
  if (label !== undefined) problems.label = label;
  if ([...draft.description].length > maximumVerdictDescriptionLength) {
    problems.description = `Keep the description to ${maximumVerdictDescriptionLength} characters or fewer.`;
  }
  const rating = ratingProblem(draft.rating);
  if (rating !== undefined) problems.rating = rating;
  const colour = colourProblem(draft.colour);
  if (colour !== undefined) problems.colour = colour;
  return problems;
}

/** A warning for a valid colour that readers could confuse with another verdict's; null if none. */
export function colourWarning(colour: string, others: readonly ScaleVerdict[]): string | null {
  const value = normaliseColour(colour);
  if (colourProblem(value) !== undefined) return null;
  const alike = lookalikeVerdicts(value, others);
  if (alike.length === 0) return null;
  return `Readers may not tell this colour from ${alike.map((label) => `“${label}”`).join(' and ')}.`;
}
