/**
 * A VS Code snippet as the text it inserts when every placeholder is left as offered: `${1:text}` gives `text`,
 * `${1|a,b|}` its first choice, `$1` and `$0` nothing, date variables the given date. Enough for the letters'
 * snippets (no transforms, no escapes: the test checks there are none).
 */
const pad = (n: number) => String(n).padStart(2, '0');

export function expandSnippet(body: string, today = new Date(2024, 2, 8)): string {
  const variables: Record<string, string> = {
    CURRENT_YEAR: String(today.getFullYear()),
    CURRENT_MONTH: pad(today.getMonth() + 1),
    CURRENT_DATE: pad(today.getDate()),
  };
  let text = body.replace(/\$([A-Z_]+)/g, (m, name: string) => variables[name] ?? m);
  // innermost placeholders first, so nested ones expand too
  for (let guard = 0; guard < 100 && /\$\{\d+[:|]/.test(text); guard++) {
    text = text
      .replace(/\$\{\d+:([^${}]*)\}/g, '$1')
      .replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1');
  }
  return text.replace(/\$\{\d+\}|\$\d+/g, '');
}
