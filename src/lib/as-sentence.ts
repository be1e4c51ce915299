// Turns a database's refusal ("the slug "x" is taken by another newsroom: choose another")
// into a sentence a form can show: a capital letter to start and a full stop to end.

export function asSentence(message: string): string {
  const trimmed = message.trim();
  const capitalised = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}
