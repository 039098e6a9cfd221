/** API keys (`isk_…`) and bearer credentials, wherever they turn up in text a client chose (a URL, a header). */
const SECRETS = /\bisk_[A-Za-z0-9_-]+|\b(Bearer|Basic)\s+[^\s,;]+/gi;

/** The text with every credential-shaped part replaced, for log lines and stored events. */
export function redactSecrets(text: string): string {
  return text.replace(SECRETS, (match) =>
    match.toLowerCase().startsWith('isk_') ? 'isk_[redacted]' : `${match.split(/\s/)[0]} [redacted]`,
  );
}
