// Does a plain-text file read like an article? Files that do not are left unannotated,
// and the reason is shown to the user. Cheap: looks at lines and punctuation only.

const MIN_WORDS = 40;
const MIN_SENTENCES = 3;
/** Lines that start like log records, stack frames or config entries. */
const LOG_LINE = /^\s*(?:\[?\d{4}-\d\d-\d\d[T ]\d\d:\d\d|\[?\d\d:\d\d:\d\d|\[?(?:TRACE|DEBUG|INFO|WARN(?:ING)?|ERROR|FATAL)\b|at \S+ \(|[\w.-]+\s*[=:]\s*\S+\s*$|[{}[\]])/;
/** Where a sentence ends. The lookbehind starts a match only at the first mark of a run, so a long run of marks stays linear. */
const SENTENCE_END = /(?<![.!?…])[.!?…]+["'”’)]?(?=\s|$)/g;
const MIN_SENTENCE_CHARS = 20;

/** Null when the text reads as prose; otherwise a short reason for the status bar. */
export function notProseReason(text: string): string | null {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const words = sample.match(/[A-Za-z]{2,}/g)?.length ?? 0;
  if (words < MIN_WORDS) return `too short to be an article (${words} words)`;
  const lines = sample.split(/\r\n?|\n/).filter((line) => line.trim());
  const logLike = lines.filter((line) => LOG_LINE.test(line)).length;
  if (logLike >= 5 && logLike / lines.length > 0.3) return 'looks like a log or data file';
  let sentences = 0;
  let from = 0;
  for (const end of sample.matchAll(SENTENCE_END)) {
    const piece = sample.slice(from, end.index);
    const line = piece.slice(piece.lastIndexOf('\n') + 1);
    if (line.length > MIN_SENTENCE_CHARS && /[A-Za-z]/.test(line)) sentences++;
    from = end.index + end[0].length;
  }
  if (sentences < MIN_SENTENCES) return 'no sentences found';
  return null;
}
