import { useStdout } from 'ink';
import { useEffect } from 'react';
import type { Program } from '../program.js';

/** The terminal's size, read once here and told to the program on every resize. */
export function terminalSize(stdout: NodeJS.WriteStream): { columns: number; rows: number } {
  return {
    columns: stdout.columns || Number(process.env.COLUMNS) || 80,
    rows: stdout.rows || Number(process.env.LINES) || 24,
  };
}

export function useResize(program: Program): void {
  const { stdout } = useStdout();
  useEffect(() => {
    const onResize = () => program.send([{ type: 'resize', ...terminalSize(stdout) }]);
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout, program]);
}
