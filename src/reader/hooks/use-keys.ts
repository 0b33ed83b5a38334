import { useStdin } from 'ink';
import { useEffect } from 'react';
import { createKeyParser } from '../keys/parse.js';
import type { Program } from '../program.js';

/**
 * The one place the reader reads keys: every chunk Ink reads from stdin is parsed into key
 * presses and handed to the program as one batch of messages.
 */
export function useKeys(program: Program): void {
  const { setRawMode, internal_eventEmitter: events, isRawModeSupported } = useStdin();
  useEffect(() => {
    if (!isRawModeSupported) return;
    setRawMode(true);
    return () => setRawMode(false);
  }, [isRawModeSupported, setRawMode]);
  useEffect(() => {
    const parser = createKeyParser();
    const onInput = (chunk: string) => {
      const keys = parser.push(chunk);
      if (keys.length) program.send(keys.map((key) => ({ type: 'key', key })));
    };
    events?.on('input', onInput);
    return () => {
      events?.off('input', onInput);
    };
  }, [events, program]);
}
