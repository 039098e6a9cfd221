/** The prompt's first 60 characters on one line: an app's name until the plan gives it one. */
export function placeholderName(prompt: string): string {
  const line = prompt.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}
