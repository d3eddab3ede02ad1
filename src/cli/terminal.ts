// Reports are GitHub markdown, escaped so data cannot inject markup (`&#96;`, `&#42;`, `<details>`). A person
// reading them in a terminal gets plain text instead; files, pipes and CI logs keep the markdown.

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The markdown report as plain text: entities decoded, HTML tags and bold markers removed, tables kept. */
export function forTerminal(markdown: string): string {
  return markdown
    .replace(/<details>\s*<summary>(.*?)<\/summary>/g, '$1:')
    .replace(/<\/details>/g, '')
    .replace(/<\/?sub>/g, '')
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&([a-z]+);/g, (entity, name: string) => NAMED[name] ?? entity)
    .replace(/\n{3,}/g, '\n\n');
}

/** Whether the CLI's stdout is a person's terminal (not a file, a pipe or a CI log). */
export function isTerminal(stdout: unknown, env: NodeJS.ProcessEnv = process.env): boolean {
  return (stdout as { isTTY?: boolean }).isTTY === true && !env.CI && !env.GITHUB_ACTIONS;
}

/** Writes a markdown report: plain text to a terminal, markdown anywhere else. */
export function writeReport(stdout: { write(text: string): unknown }, markdown: string): void {
  stdout.write(isTerminal(stdout) ? forTerminal(markdown) : markdown);
}
