/** A warning line without its "papers: warning: " prefix: what the status bar shows. */
export const warningText = (line: string) => line.replace(/^papers: (warning: )?/, '');
