import { Box, Text } from 'ink';
import TextInput from 'ink-text-input';
import { useEffect } from 'react';

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
  // Runs after TextInput's own effect (children first), i.e. once it listens to stdin.
  useEffect(() => {
    if (!focused) return;
    onReady?.(true);
    return () => onReady?.(false);
  }, [focused, onReady]);
  return (
    <Box width={width} height={1}>
      <Text color="cyan">{label}</Text>
      <Box flexGrow={1}>
        {focused ? (
          <TextInput value={value} onChange={onChange} onSubmit={onSubmit} focus />
        ) : (
          <Text>{value}</Text>
        )}
      </Box>
      <Text dimColor>{count}</Text>
    </Box>
  );
}
