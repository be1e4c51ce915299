// Formats the benchmark's figures as the Markdown table printed by `npm run bench` and kept in
// bench/results.md: each figure with its budget and whether it is met.

export interface Row {
  figure: string;
  value: string;
  budget: string;
  verdict: 'pass' | 'FAIL' | '—';
}

export function msRow(figure: string, ms: number, budgetMs?: number): Row {
  return {
    figure,
    value: `${ms.toFixed(1)} ms`,
    budget: budgetMs === undefined ? '—' : `≤ ${budgetMs} ms`,
    verdict: budgetMs === undefined ? '—' : ms <= budgetMs ? 'pass' : 'FAIL',
  };
}

export function kbRow(figure: string, kb: number, budgetKb: number): Row {
  return { figure, value: `${kb.toFixed(1)} KB`, budget: `≤ ${budgetKb} KB gzip`, verdict: kb <= budgetKb ? 'pass' : 'FAIL' };
}

export function infoRow(figure: string, value: string, budget = '—', verdict: Row['verdict'] = '—'): Row {
  return { figure, value, budget, verdict };
}

export function markdownTable(rows: Row[]): string {
  const escape = (cell: string) => cell.replaceAll('|', '\\|');
  return [
    '| Figure | Measured | Budget | Result |',
    '| --- | ---: | --- | --- |',
    ...rows.map((row) => `| ${escape(row.figure)} | ${escape(row.value)} | ${escape(row.budget)} | ${row.verdict} |`),
  ].join('\n');
}
