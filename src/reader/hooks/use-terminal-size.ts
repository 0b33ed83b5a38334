import { useStdout } from 'ink';
import { useEffect, useState } from 'react';

export interface Size {
  columns: number;
  rows: number;
}

function read(stdout: NodeJS.WriteStream): Size {
  const env = process.env;
  return {
    columns: stdout.columns || Number(env.COLUMNS) || 80,
    rows: stdout.rows || Number(env.LINES) || 24,
  };
}

/** The terminal size, updated on resize. */
export function useTerminalSize(): Size {
  const { stdout } = useStdout();
  const [size, setSize] = useState(() => read(stdout));
  useEffect(() => {
    const onResize = () => setSize(read(stdout));
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout]);
  return size;
}
