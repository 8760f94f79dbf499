// The cohort matrix as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote
// or line break quoted, quotes doubled). Spreadsheets run a cell that starts with =, +, - or @
// (and some a tab or carriage return) as a formula, and student names are typed by students, so
// such text cells get a leading apostrophe (OWASP "CSV Injection"). Pure.
import type { CohortReport } from "./read-cohort-report.ts";

/** Text that a spreadsheet would read as a formula, made plain text. Pure. */
function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One CSV field: text neutralised and quoted when needed; numbers as they are. Pure. */
export function csvField(value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  const text = neutralizeFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Column headings of the CSV, in the page's language. */
export interface CsvHeadings {
  student: string;
  email: string;
  solved: string;
}

/**
 * The matrix as CSV text: a heading row (student, email, one column per exercise titled in
 * `language`, solved count), then a row per student with best scores (empty: never graded).
 * Starts with a byte-order mark so that spreadsheet programs read it as UTF-8. Pure.
 */
export function cohortCsv(report: CohortReport, headings: CsvHeadings, language: "en" | "zh"): string {
  const rows: (string | number | null)[][] = [
    [headings.student, headings.email, ...report.exercises.map((exercise) => exercise.title[language]), headings.solved],
    ...report.students.map((student) => [student.displayName, student.email, ...student.bestScores, student.solvedCount]),
  ];
  return `\uFEFF${rows.map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
}

/** The download's file name for cohort `name`: ASCII letters, digits and dashes. Pure. */
export function csvFileName(name: string): string {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60);
  return `cohort-${slug || "matrix"}.csv`;
}
