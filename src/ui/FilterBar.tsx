import { Box, Text } from 'ink';
import TextInput from 'ink-text-input';
import { useEffect, useState } from 'react';

export interface FilterBarProps {
  label: string;
  value: string;
  focused: boolean;
  width: number;
  count: string;
  onChange(value: string): void;
  onSubmit(): void;
  /** Told when the focused input starts (and stops) listening to keys. */
  onReady?(ready: boolean): void;
}

export function FilterBar({
  label,
  value,
  focused,
  width,
  count,
  onChange,
  onSubmit,
  onReady,
}: FilterBarProps) {
  // TextInput keeps its cursor to itself and leaves it where it was when the value changes
  // from outside (text typed before it listened, appended by the reader): the cursor would
  // stay at the start, where Backspace does nothing. Such a change mounts it afresh, with the
  // cursor at the end.
  const [own, setOwn] = useState({ value, mount: 0 });
  if (own.value !== value) setOwn({ value, mount: own.mount + 1 });
  const change = (next: string) => {
    setOwn((o) => ({ ...o, value: next }));
    onChange(next);
  };
  // Runs after TextInput's own effect (children first), i.e. once it listens to stdin.
  useEffect(() => {
    if (!focused) return;
    onReady?.(true);
    return () => onReady?.(false);
  }, [focused, onReady, own.mount]);
  return (
    <Box width={width} height={1}>
      <Text color="cyan">{label}</Text>
      <Box flexGrow={1}>
        {focused ? (
          <TextInput key={own.mount} value={value} onChange={change} onSubmit={onSubmit} focus />
        ) : (
          <Text>{value}</Text>
        )}
      </Box>
      <Text dimColor>{count}</Text>
    </Box>
  );
}
