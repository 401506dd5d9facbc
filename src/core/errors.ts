/**
 * Errors for bad input. Every message names the file and, where it can, the row
 * (1-based, the header being row 1), the column, the bad value and what was expected,
 * so whoever maintains the data can fix it without reading code.
 */

/** One problem found in an input file. */
export interface DataProblem {
  file: string;
  row?: number;
  column?: string;
  value?: string;
  /** What is wrong, in words that follow the value: `is not a number`. */
  problem: string;
}

/** Formats a problem as one line, e.g. `data/kpi/observations.csv row 14, column value: "1,207" is not a number`. */
export function formatProblem(p: DataProblem): string {
  const where = [
    p.file,
    p.row !== undefined ? ` row ${p.row}` : '',
    p.column !== undefined ? `, column ${p.column}` : '',
  ].join('');
  const what = p.value !== undefined ? `${JSON.stringify(p.value)} ${p.problem}` : p.problem;
  return `${where}: ${what}`;
}

/** Thrown when input data is malformed; carries every problem found, not only the first. */
export class DataError extends Error {
  readonly problems: DataProblem[];
  constructor(problems: DataProblem[]) {
    const shown = problems.slice(0, 20).map(formatProblem);
    if (problems.length > 20) shown.push(`… and ${problems.length - 20} more problems`);
    super(shown.join('\n'));
    this.name = 'DataError';
    this.problems = problems;
  }
}
